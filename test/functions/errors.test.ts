/**
 * The door of the custom functions' failures (src/functions/errors.ts): every error is #VALUE!
 * or #N/A carrying a catalogue code, worded from the one catalogue, short and NFC (issue 9, item 5).
 */
import { ProblemError } from "../../src/domain/problems/user-error";
import { guarded, invalid, notAvailable } from "../../src/functions/errors";
import { errorOf, isVietnameseMessage } from "./excel-call";

test("a coded refusal of the domain becomes #VALUE! with its code and params, worded from the catalogue", () => {
  const e = errorOf(() => guarded(() => {
    throw new ProblemError("ruleset.unknown", { id: "khong-co", known: "dvcqg-2026, nhom-2023" });
  }));
  expect(e).toMatchObject({ code: "#VALUE!", problem: "ruleset.unknown", params: { id: "khong-co", known: "dvcqg-2026, nhom-2023" } });
  expect(e.message).toContain('"khong-co"');
});

test("a bug (an English TypeError) becomes #VALUE! with a Vietnamese sentence, never its own message", () => {
  const e = errorOf(() => guarded(() => {
    throw new TypeError("Cannot read properties of undefined (reading 'code')");
  }));
  expect(e).toMatchObject({ code: "#VALUE!", problem: "function.unexpected" });
  expect(isVietnameseMessage(e.message)).toBe(true);
  expect(e.message).not.toMatch(/Cannot|undefined|TypeError|at /);
});

test("a thrown non-Error (a string) is the same catch-all", () => {
  expect(errorOf(() => guarded(() => {
    throw "boom";
  }))).toMatchObject({ code: "#VALUE!", problem: "function.unexpected" });
});

test("a function's own refusals pass through guarded unchanged, with their subject", () => {
  expect(errorOf(() => guarded(() => notAvailable("function.missingNumerator", {}, { indicator: "TDGQ.1" })))).toMatchObject({
    code: "#N/A",
    problem: "function.missingNumerator",
    subject: { indicator: "TDGQ.1" },
    message: "TDGQ.1: thiếu tử số.",
  });
});

test("a long user text is cut to one tooltip line (250 characters, ending with …) and the message is NFC", () => {
  const decomposed = "Xa\u0300 ".repeat(200); // "Xà " typed on a Mac, decomposed
  const e = errorOf(() => invalid("function.unknownIndicator", { ruleSet: "dvcqg-2026", text: decomposed, codes: "CKMB.1" }));
  expect(e.problem).toBe("function.unknownIndicator");
  expect(e.message).toHaveLength(250);
  expect(e.message.endsWith("…")).toBe(true);
  expect(e.message).toBe(e.message.normalize("NFC"));
  expect(e.message).toContain("Xà Xà");
});
