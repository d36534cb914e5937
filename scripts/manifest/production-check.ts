import { find, findAll, localName, parseXml, walk } from "./xml";

/** What a manifest given to an organisation must have beyond its structure; Vietnamese messages. */
export function checkProductionManifest(xml: string): string[] {
  const errors: string[] = [];
  if (/localhost|127\.0\.0\.1/i.test(xml)) errors.push("Còn địa chỉ localhost trong manifest chính thức (kể cả AppDomain).");
  const root = parseXml(xml);
  const version = find(root, "Version")?.text?.trim() ?? "";
  const parts = version.split(".").map(Number);
  if (!/^\d+(\.\d+){3}$/.test(version) || parts[0] < 1) errors.push(`<Version> phải có dạng a.b.c.d với a ≥ 1 (đang là "${version}").`);
  const support = find(root, "SupportUrl")?.attributes.DefaultValue ?? "";
  if (!/^https:\/\/[^/]+\/.*help\.html$/.test(support)) errors.push(`<SupportUrl> phải trỏ tới trang hướng dẫn help.html qua HTTPS (đang là "${support}").`);
  const domains = findAll(root, "AppDomain").map((d) => d.text?.trim() ?? "");
  const origins = new Set<string>();
  for (const el of walk(root)) {
    const v = el.attributes.DefaultValue;
    if (localName(el.name) !== "SupportUrl" && v?.startsWith("https://")) origins.add(new URL(v).origin);
  }
  for (const o of origins) if (!domains.includes(o)) errors.push(`AppDomain thiếu ${o}, nơi manifest trỏ tới.`);
  return errors;
}
