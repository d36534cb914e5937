/**
 * Vietnamese numbers as staff paste them: `91,16%`, `100%`, `2.143` (thousands),
 * `17,8/20` (points of a maximum), `-` (empty), `93.2%` (a dot decimal slipped in).
 * Never guessed silently: anything ambiguous or broken comes back with a message.
 */
export type ParsedNumber =
  | { ok: true; value: number | null; kind: "empty" | "plain" | "percent" | "ratio"; max?: number; warning?: string }
  | { ok: false; message: string; suggestion?: number };

const EMPTY = /^(-|–|—|\.|)$/;

/** One number, Vietnamese style first (`.` thousands, `,` decimal), dot decimals accepted when unambiguous. */
function parseBare(raw: string): { value: number; warning?: string } | null {
  const s = raw.replace(/\s+/g, "");
  if (/^[+-]?\d+$/.test(s)) return { value: Number(s) };
  // 1.234.567 or 2.143: dots group thousands, as Vietnamese print them
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return { value: Number(s.replace(/\./g, "").replace(",", ".")) };
  if (/^[+-]?\d+,\d+$/.test(s)) return { value: Number(s.replace(",", ".")) };
  // 93.2 cannot be thousands (those take groups of three digits): a dot decimal, read as such.
  if (/^[+-]?\d+\.\d+$/.test(s)) return { value: Number(s) };
  return null;
}

export function parseVietnameseNumber(input: string | number | null | undefined): ParsedNumber {
  if (input === null || input === undefined) return { ok: true, value: null, kind: "empty" };
  if (typeof input === "number") {
    return Number.isFinite(input) ? { ok: true, value: input, kind: "plain" } : { ok: false, message: "Giá trị không phải là số hữu hạn." };
  }
  const text = input.normalize("NFC").replace(/\u00a0/g, " ").trim();
  if (EMPTY.test(text)) return { ok: true, value: null, kind: "empty" };

  const ratio = /^(.+?)\s*\/\s*(.+)$/.exec(text);
  if (ratio) {
    const a = parseBare(ratio[1]);
    const b = parseBare(ratio[2]);
    if (a && b && b.value > 0) return { ok: true, value: a.value, kind: "ratio", max: b.value, warning: a.warning ?? b.warning };
    return { ok: false, message: `"${text}" không phải dạng điểm/tối đa hợp lệ (ví dụ 17,8/20).` };
  }

  const isPercent = /%\s*$/.test(text);
  const body = isPercent ? text.replace(/%\s*$/, "") : text;
  const bare = parseBare(body);
  if (bare) return { ok: true, value: bare.value, kind: isPercent ? "percent" : "plain", warning: bare.warning };

  const suggestion = suggest(body);
  return {
    ok: false,
    message:
      `"${text}" không phải số hợp lệ` +
      (suggestion !== undefined ? `; có thể là ${suggestion.toLocaleString("vi-VN")}${isPercent ? "%" : ""}?` : "."),
    suggestion,
  };
}

/** A likely reading of a broken number (`9.,8` → 9.8), offered to the user, never applied. */
function suggest(body: string): number | undefined {
  const digitsAndSeps = body.replace(/[^\d.,]/g, "");
  const m = /^(\d+)[.,]+(\d+)$/.exec(digitsAndSeps);
  if (m) return Number(`${m[1]}.${m[2]}`);
  if (/^\d+$/.test(digitsAndSeps)) return Number(digitsAndSeps);
  return undefined;
}
