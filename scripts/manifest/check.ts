import { find, findAll, localName, parseXml, walk, type XmlElement } from "./xml";

export interface ManifestFacts {
  namespace?: string;
  runtimeResid?: string;
  urls: string[];
  iconFiles: string[];
}

export interface ManifestCheck {
  errors: string[];
  facts: ManifestFacts;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Offline structural checks of an add-in manifest (office-addin-manifest validate needs
 * Microsoft's service): the shape a shared-runtime add-in with custom functions must have.
 */
export function checkManifest(xml: string, options: { expectedNamespace?: string; buttonLabel?: string } = {}): ManifestCheck {
  const errors: string[] = [];
  const facts: ManifestFacts = { urls: [], iconFiles: [] };
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return { errors: [(e as Error).message], facts };
  }
  const req = (cond: unknown, msg: string) => {
    if (!cond) errors.push(msg);
  };

  req(localName(root.name) === "OfficeApp" && root.attributes["xsi:type"] === "TaskPaneApp", "Phần tử gốc phải là OfficeApp xsi:type=\"TaskPaneApp\"");
  req(GUID.test(find(root, "Id")?.text.trim() ?? ""), "Id phải là một GUID");
  req(/^\d+\.\d+\.\d+\.\d+$/.test(find(root, "Version")?.text.trim() ?? ""), "Version phải có dạng a.b.c.d");
  req(find(root, "DefaultLocale")?.text.trim() === "vi-VN", "DefaultLocale phải là vi-VN");
  req(find(root, "Permissions")?.text.trim() === "ReadWriteDocument", "Permissions phải là ReadWriteDocument");
  const shared = findAll(root, "Set").find((s) => s.attributes.Name === "SharedRuntime");
  req(shared && shared.attributes.MinVersion === "1.1", "Thiếu <Set Name=\"SharedRuntime\" MinVersion=\"1.1\"/> trong Requirements");

  // Every resid must resolve to a resource, and resource ids must be unique.
  const resources = find(root, "Resources");
  const ids = new Map<string, XmlElement>();
  if (!resources) errors.push("Thiếu phần Resources");
  else {
    for (const r of walk(resources)) {
      const id = r.attributes.id;
      if (!id) continue;
      if (ids.has(id)) errors.push(`Tài nguyên "${id}" khai báo hai lần (dòng ${r.line})`);
      ids.set(id, r);
    }
  }
  for (const el of walk(root)) {
    const resid = el.attributes.resid;
    if (resid !== undefined && !ids.has(resid)) errors.push(`resid "${resid}" (dòng ${el.line}) không có trong Resources`);
  }
  for (const el of walk(root)) {
    const url = el.attributes.DefaultValue;
    if (url && /^https?:/.test(url)) {
      facts.urls.push(url);
      req(url.startsWith("https://"), `URL phải dùng HTTPS: ${url}`);
      if (localName(el.name) === "Image" || /Icon/.test(localName(el.name))) facts.iconFiles.push(url.slice(url.lastIndexOf("/") + 1));
    }
  }

  // One shared runtime: the task pane, the function file and the custom functions page use the same resid.
  const runtimes = findAll(root, "Runtime");
  req(runtimes.length === 1 && runtimes[0].attributes.lifetime === "long", "Cần đúng một <Runtime lifetime=\"long\">");
  const runtimeResid = runtimes[0]?.attributes.resid;
  facts.runtimeResid = runtimeResid;
  const cf = findAll(root, "ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions");
  if (!cf) errors.push("Thiếu ExtensionPoint xsi:type=\"CustomFunctions\"");
  else {
    const pageResid = find(find(cf, "Page") ?? cf, "SourceLocation")?.attributes.resid;
    req(pageResid === runtimeResid, `Trang của hàm tùy chỉnh (${pageResid}) phải dùng cùng runtime ${runtimeResid}`);
    req(find(find(cf, "Metadata") ?? cf, "SourceLocation"), "CustomFunctions thiếu Metadata");
    req(find(find(cf, "Script") ?? cf, "SourceLocation"), "CustomFunctions thiếu Script");
    const ns = find(cf, "Namespace")?.attributes.resid;
    facts.namespace = ns ? ids.get(ns)?.attributes.DefaultValue : undefined;
    if (options.expectedNamespace) req(facts.namespace === options.expectedNamespace, `Namespace phải là ${options.expectedNamespace} (đang là ${facts.namespace})`);
  }
  req(find(root, "FunctionFile")?.attributes.resid === runtimeResid, "FunctionFile phải dùng cùng runtime với ngăn tác vụ");
  const actions = findAll(root, "Action").filter((a) => a.attributes["xsi:type"] === "ShowTaskpane");
  req(actions.length >= 1, "Cần một nút mở ngăn tác vụ (Action ShowTaskpane)");
  const paneIds = new Set(actions.map((a) => find(a, "TaskpaneId")?.text.trim()));
  req(paneIds.size === 1, "Chỉ được có một ngăn tác vụ (một TaskpaneId)");
  for (const a of actions) req(find(a, "SourceLocation")?.attributes.resid === runtimeResid, "Nút mở ngăn tác vụ phải dùng cùng runtime");
  if (options.buttonLabel) {
    const labels = findAll(root, "Control").map((c) => ids.get(find(c, "Label")?.attributes.resid ?? "")?.attributes.DefaultValue);
    req(labels.includes(options.buttonLabel), `Thiếu nút "${options.buttonLabel}" trên ribbon`);
  }
  return { errors, facts };
}
