import { parseTypedNumber, typedNumberText } from "../../../src/domain/parsing/typed-number";
import { refusalText } from "../../../src/domain/problems/user-error";

describe("numbers typed in the pane (targets, rule values, overrides)", () => {
  test("72,5 and 72.5 are both 72,5; a percent sign is allowed; thousands dots as printed", () => {
    expect(parseTypedNumber("72,5")).toEqual({ ok: true, value: 72.5 });
    expect(parseTypedNumber("72.5")).toEqual({ ok: true, value: 72.5 });
    expect(parseTypedNumber(" 72,5% ")).toEqual({ ok: true, value: 72.5 });
    expect(parseTypedNumber("100")).toEqual({ ok: true, value: 100 });
    expect(parseTypedNumber("1.234,5")).toEqual({ ok: true, value: 1234.5 });
  });

  test("bad or empty text is refused with a catalogue code carrying the text", () => {
    expect(parseTypedNumber("abc")).toEqual({ ok: false, problem: { code: "typed.notANumber", params: { text: "abc" } } });
    expect(parseTypedNumber("  ")).toEqual({ ok: false, problem: { code: "typed.empty", params: {} } });
    // points of a maximum are no percent target
    expect(parseTypedNumber("17,8/20")).toMatchObject({ ok: false, problem: { code: "typed.notANumber" } });
    // the broken number of seed 002 annex I (line 976): refused, with the parser's guess 9,8 as a field shows it
    expect(parseTypedNumber("9.,8")).toEqual({ ok: false, problem: { code: "typed.notANumber", params: { text: "9.,8", suggestion: "9,8" } } });
  });

  test("the pane's sentence for a refusal is Vietnamese and names what was typed and the guess", () => {
    const broken = parseTypedNumber("9.,8");
    expect(broken.ok).toBe(false);
    expect(!broken.ok && refusalText(broken.problem)).toBe("“9.,8” không phải là số (ví dụ 72,5). Có thể là 9,8?");
  });

  test("a field shows the number with a decimal comma", () => {
    expect(typedNumberText(72.5)).toBe("72,5");
    expect(typedNumberText(NaN)).toBe("");
    expect(typedNumberText(undefined)).toBe("");
  });
});
