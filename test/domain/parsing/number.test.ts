import fc from "fast-check";
import { isNumberLike, parseVietnameseNumber, scanCommon, type CommonNumber } from "../../../src/domain/parsing/number";
import { refusalText } from "../../../src/domain/problems/user-error";

describe("parseVietnameseNumber: the formats of the issue, values by hand", () => {
  test.each([
    ["91,16%", 91.16, "percent"],
    ["100,0%", 100, "percent"],
    ["100%", 100, "percent"],
    ["2.143", 2143, "plain"], // seed 000: "1.559/2.143 = 72,8%" (two thousand one hundred forty-three dossiers)
    ["93.2%", 93.2, "percent"], // seed 002 line 815: a dot decimal cannot be thousands (one digit after it)
    ["85,03", 85.03, "plain"],
    ["1.234.567,5", 1234567.5, "plain"],
    [" 64,05 ", 64.05, "plain"],
  ])("%s → %d (%s)", (text, value, kind) => {
    expect(parseVietnameseNumber(text)).toEqual(expect.objectContaining({ ok: true, value, kind }));
  });

  test("17,8/20 is points of a maximum (seed 000: on-time 88,93% → 17,8/20)", () => {
    expect(parseVietnameseNumber("17,8/20")).toEqual(expect.objectContaining({ ok: true, value: 17.8, max: 20, kind: "ratio" }));
  });

  test.each(["-", "–", "", "   "])("%j is an empty cell", (text) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: true, value: null, kind: "empty" });
  });

  test("the decimal separator used is reported, so a table can question the odd one", () => {
    expect(parseVietnameseNumber("93.2%")).toEqual(expect.objectContaining({ decimal: "." }));
    expect(parseVietnameseNumber("91,16%")).toEqual(expect.objectContaining({ decimal: "," }));
    expect(parseVietnameseNumber("100%")).not.toHaveProperty("decimal", expect.anything());
  });

  test("in a dot-decimal table (a machine export) 2.143 is two point one four three", () => {
    expect(parseVietnameseNumber("2.143", { decimal: "." })).toEqual(expect.objectContaining({ ok: true, value: 2.143 }));
  });

  test("9.,8% (seed 002 line 976) is refused with the suggestion 9,8", () => {
    const p = parseVietnameseNumber("9.,8%");
    expect(p).toMatchObject({ ok: false, code: "number.invalid", suggestion: 9.8 });
    // the catalogue's params: the text as typed and the guess as printed, the % kept
    expect(p).toMatchObject({ params: { text: "9.,8%", suggestion: "9,8%" } });
    // composed from the one catalogue, as every door words it (no sentence of its own here)
    expect(!p.ok && refusalText(p)).toBe('"9.,8%" không phải số hợp lệ; có thể là 9,8%?');
  });

  test("a note in a number's place is refused without a made-up reading (a text-only table has one per cell)", () => {
    // "chưa rõ nguồn 5" is words: the 5 in it is no likely reading of the cell.
    expect(parseVietnameseNumber("chưa rõ nguồn 5")).toEqual({ ok: false, code: "number.invalid", params: { text: "chưa rõ nguồn 5" } });
    expect(parseVietnameseNumber("5 chưa rõ")).not.toHaveProperty("suggestion");
    // Mostly digits and separators: still offered.
    expect(parseVietnameseNumber("(91,16)")).toMatchObject({ ok: false, suggestion: 91.16 });
    expect(parseVietnameseNumber("12a")).toMatchObject({ ok: false, suggestion: 12 });
  });

  test("words keep the more telling problem they had: digits split by a space, a broken ratio, no data", () => {
    expect(parseVietnameseNumber("xem lại 12 34")).toMatchObject({ ok: false, code: "number.spaceInDigits" });
    expect(parseVietnameseNumber("chưa rõ/20")).toMatchObject({ ok: false, code: "number.badRatio" });
    expect(parseVietnameseNumber("Chưa có dữ liệu")).toEqual({ ok: true, value: null, kind: "empty" });
    expect(parseVietnameseNumber("Chắc")).toMatchObject({ ok: false, code: "number.invalid" });
  });

  test.each(["abc", "12a", "1,2,3", "%"])("%j is refused", (text) => {
    expect(parseVietnameseNumber(text).ok).toBe(false);
  });

  test("a number printed the Vietnamese way reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = whole + cents / 100;
        const printed = n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
        const p = parseVietnameseNumber(printed);
        return p.ok && p.value !== null && Math.abs(p.value - n) < 1e-9;
      }),
    );
  });

  test("never throws, on any string", () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseVietnameseNumber(s).ok === "boolean"));
  });
});

describe("isNumberLike: which PDF tokens end a unit's line", () => {
  test.each(["91,16%", "0%", "-", "9.,8%", "1/12", "60,14", "24,45"])("%s is number-like", (t) => expect(isNumberLike(t)).toBe(true));
  test.each(["Yang", "Pơ", "H'Bông", "A1", "%"])("%s is not", (t) => expect(isNumberLike(t)).toBe(false));
});

describe("fast paths agree with their plain definitions", () => {
  // The definition isNumberLike was first written as, kept here as the reference.
  const reference = (t: string) => /^(?:[-–—]|[+-]?[\d.,]*\d[\d.,]*\s*%?|[\d.,]*\d[\d.,]*\/[\d.,]*\d[\d.,]*)$/.test(t);
  const numberish = fc.array(fc.constantFrom("0", "1", "9", ",", ".", "%", "/", "-", "+", " ", "–", "a"), { maxLength: 8 }).map((xs) => xs.join(""));

  test("isNumberLike matches the reference regular expression", () => {
    fc.assert(fc.property(fc.oneof(numberish, fc.string({ maxLength: 8 })), (t) => isNumberLike(t) === reference(t)), { numRuns: 5000 });
    for (const t of ["1 2", "1% ", "1 %", "-1/2", "+", "1/2%", "1/", "/2", "1\u00a0%", "1\t", "1\u2003%", "1%%", "1 % "]) expect(isNumberLike(t)).toBe(reference(t));
  });
});

describe("the fast path for the common shapes agrees with the full reading", () => {
  test("d+,d*% and friends read the same as the general grammar would", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.option(fc.stringMatching(/^\d{1,6}$/)), fc.boolean(), (whole, frac, pct) => {
        const text = `${whole}${frac !== null ? "," + frac : ""}${pct ? "%" : ""}`;
        const p = parseVietnameseNumber(text);
        const expected = Number(`${whole}${frac !== null ? "." + frac : ""}`);
        return p.ok && p.value === expected && p.kind === (pct ? "percent" : "plain") && (frac !== null ? p.decimal === "," : p.decimal === undefined);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("scanCommon, the allocation-free reading of the common shapes", () => {
  // Long digit runs too: up to 15 digits the value is one exact division, beyond that the string path.
  test("reads the same double as Number() of the dot-decimal text, for any digit counts", () => {
    const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
    fc.assert(
      fc.property(digits(1, 18), fc.option(digits(1, 18)), fc.boolean(), (whole, frac, pct) => {
        const out: CommonNumber = { value: NaN, percent: false, comma: false };
        const text = `${whole}${frac !== null ? "," + frac : ""}${pct ? "%" : ""}`;
        const read = scanCommon(text, out);
        if (whole.length > 15) return !read;
        return read && out.value === Number(`${whole}${frac !== null ? "." + frac : ""}`) && out.percent === pct && out.comma === (frac !== null);
      }),
      { numRuns: 5000 },
    );
  });

  test.each(["2.143", "93.2%", "17,8/20", " 64,05", "64,05 ", "9.,8%", ",5", "5,", "5%%", "-5", ""])("%j is left to the full parser", (t) => {
    expect(scanCommon(t, { value: 0, percent: false, comma: false })).toBe(false);
  });
});
