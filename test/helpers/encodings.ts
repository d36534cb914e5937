/**
 * Bytes of a text in the encodings Vietnamese offices save in, built here from the standard
 * decoders' own tables (Node's TextEncoder only writes UTF-8).
 */

let cp1258: Map<string, number> | null = null;

function cp1258Table(): Map<string, number> {
  if (cp1258) return cp1258;
  const decoder = new TextDecoder("windows-1258");
  cp1258 = new Map();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== "\ufffd" && !cp1258.has(ch)) cp1258.set(ch, b);
  }
  return cp1258;
}

/** Windows-1258: a letter the code page holds whole, else its base (ê, ơ…) then the tone as a combining mark. */
export function windows1258(text: string): Uint8Array {
  const table = cp1258Table();
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const whole = table.get(ch);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const [base, ...marks] = [...ch.normalize("NFD")];
    // the base letter with its vowel mark (â, ơ, ư…) when the code page has it, then the tone
    const vowel = marks.find((m) => table.has((base + m).normalize("NFC")));
    const rest = vowel ? [(base + vowel).normalize("NFC"), ...marks.filter((m) => m !== vowel)] : [base, ...marks];
    for (const p of rest) {
      const b = table.get(p);
      if (b === undefined) throw new Error(`windows-1258 cannot write ${JSON.stringify(p)}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}

export function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let i = 0;
  const put = (code: number) => {
    out[i++] = code & 0xff;
    out[i++] = code >> 8;
  };
  if (bom) put(0xfeff);
  for (let k = 0; k < text.length; k++) put(text.charCodeAt(k));
  return out;
}

export function utf16be(text: string, bom = true): Uint8Array {
  const le = utf16le(text, bom);
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
