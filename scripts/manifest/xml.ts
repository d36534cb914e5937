/** A small XML reader for the manifest check: elements, attributes and text; throws on malformed XML. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\uFEFF/, "");
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  const lineAt = (i: number) => text.slice(0, i).split("\n").length;
  while ((m = token.exec(text))) {
    if (m.index !== consumed) throw new Error(`XML không hợp lệ ở dòng ${lineAt(consumed)}`);
    consumed = token.lastIndex;
    const [, cdata, close, open, attrs, selfClose, chars] = m;
    if (close) {
      const top = stack.pop();
      if (!top || top.name !== close) throw new Error(`Thẻ đóng </${close}> không khớp ở dòng ${lineAt(m.index)}`);
    } else if (open) {
      const attributes: Record<string, string> = {};
      for (const a of (attrs ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in attributes) throw new Error(`Thuộc tính ${a[1]} lặp lại ở dòng ${lineAt(m.index)}`);
        attributes[a[1]] = decode(a[2] ?? a[3] ?? "");
      }
      const el: XmlElement = { name: open, attributes, children: [], text: "", line: lineAt(m.index) };
      if (stack.length) stack[stack.length - 1].children.push(el);
      else if (root) throw new Error("XML có nhiều hơn một phần tử gốc");
      else root = el;
      if (!selfClose) stack.push(el);
    } else if (cdata !== undefined || chars !== undefined) {
      const t = cdata ?? decode(chars ?? "");
      if (stack.length) stack[stack.length - 1].text += t;
      else if (t.trim()) throw new Error(`Văn bản nằm ngoài phần tử gốc ở dòng ${lineAt(m.index)}`);
    }
  }
  if (consumed !== text.length) throw new Error(`XML không hợp lệ ở dòng ${lineAt(consumed)}`);
  if (stack.length) throw new Error(`Thẻ <${stack[stack.length - 1].name}> chưa được đóng`);
  if (!root) throw new Error("Tệp XML rỗng");
  return root;
}

export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

export const localName = (name: string) => name.slice(name.indexOf(":") + 1);

export function find(el: XmlElement, name: string): XmlElement | undefined {
  for (const e of walk(el)) if (localName(e.name) === name) return e;
  return undefined;
}

export function findAll(el: XmlElement, name: string): XmlElement[] {
  return [...walk(el)].filter((e) => localName(e.name) === name);
}
