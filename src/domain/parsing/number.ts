/**
 * Vietnamese numbers as staff paste them: `91,16%`, `100%`, `2.143` (thousands),
 * `17,8/20` (points of a maximum), `-` (empty), `93.2%` (a dot decimal slipped in).
 * Never guessed silently: anything ambiguous or broken comes back with a message.
 */
export type ParsedNumber =
  | {
      ok: true;
      value: number | null;
      kind: "empty" | "plain" | "percent" | "ratio";
      max?: number;
      warning?: string;
      /** the decimal separator the text used, when it had a fraction */
      decimal?: "," | ".";
    }
  | { ok: false; message: string; suggestion?: number };

export interface NumberOptions {
  /**
   * The table's decimal separator. Vietnamese print uses `,` and groups thousands with `.`
   * (`2.143` = 2143); a machine export (CSV from the portal) uses `.`, where `2.143` is 2.143.
   */
  decimal?: "," | ".";
}

const EMPTY = /^(-|–|—|\.|)$/;

interface Bare {
  value: number;
  decimal?: "," | ".";
}

/** One number, Vietnamese style first (`.` thousands, `,` decimal), dot decimals accepted when unambiguous. */
function parseBare(raw: string, decimal: "," | "."): Bare | null {
  const s = raw.replace(/\s+/g, "");
  if (/^[+-]?\d+$/.test(s)) return { value: Number(s) };
  // 1.234.567 or 2.143: dots group thousands, as Vietnamese print them
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) {
    if (decimal === "." && /^[+-]?\d{1,3}\.\d{3}$/.test(s)) return { value: Number(s), decimal: "." };
    return { value: Number(s.replace(/\./g, "").replace(",", ".")), decimal: s.includes(",") ? "," : undefined };
  }
  if (/^[+-]?\d+,\d+$/.test(s)) return { value: Number(s.replace(",", ".")), decimal: "," };
  // 93.2 cannot be thousands (those take groups of three digits): a dot decimal, read as such.
  if (/^[+-]?\d+\.\d+$/.test(s)) return { value: Number(s), decimal: "." };
  // 1,234.5 from an English-locale export
  if (decimal === "." && /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { value: Number(s.replace(/,/g, "")), decimal: "." };
  return null;
}

export function parseVietnameseNumber(input: string | number | null | undefined, options: NumberOptions = {}): ParsedNumber {
  if (input === null || input === undefined) return { ok: true, value: null, kind: "empty" };
  if (typeof input === "number") {
    return Number.isFinite(input) ? { ok: true, value: input, kind: "plain" } : { ok: false, message: "Giá trị không phải là số hữu hạn." };
  }
  const decimal = options.decimal ?? ",";
  const text = input.normalize("NFC").replace(/\u00a0/g, " ").trim();
  if (EMPTY.test(text)) return { ok: true, value: null, kind: "empty" };

  const ratio = /^(.+?)\s*\/\s*(.+)$/.exec(text);
  if (ratio) {
    const a = parseBare(ratio[1], decimal);
    const b = parseBare(ratio[2], decimal);
    if (a && b && b.value > 0) return { ok: true, value: a.value, kind: "ratio", max: b.value, decimal: a.decimal ?? b.decimal };
    return { ok: false, message: `"${text}" không phải dạng điểm/tối đa hợp lệ (ví dụ 17,8/20).` };
  }

  const isPercent = /%\s*$/.test(text);
  const body = isPercent ? text.replace(/%\s*$/, "") : text;
  const bare = parseBare(body, decimal);
  if (bare) return { ok: true, value: bare.value, kind: isPercent ? "percent" : "plain", decimal: bare.decimal };

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

/** Looks like a number cell (possibly broken, like `9.,8%`): digits with separators, `%`, a `/max`, or a dash. */
export function isNumberLike(token: string): boolean {
  return /^(?:[-–—]|[+-]?[\d.,]*\d[\d.,]*\s*%?|[\d.,]*\d[\d.,]*\/[\d.,]*\d[\d.,]*)$/.test(token);
}
