/**
 * Whatever a sheet throws at them, the functions answer with a value of the documented
 * type or a CustomFunctions.Error (#VALUE! / #N/A with a Vietnamese message): never a
 * raw exception, never NaN, never an object where a number is promised.
 */
import fc from "fast-check";
import { isProblemCode } from "../../src/domain/problems/problem";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import * as fns from "../../src/functions/functions";
import { outcome, isVietnameseMessage } from "./excel-call";

const ruleSetIds = ["dvcqg-2026", "gialai-2026-03", "nhom-2023"];
const codes = getRuleSet("dvcqg-2026").indicators.map((i) => i.code);

/** What a cell can hold as Excel passes it, plus what a careless caller might pass. */
const cell = fc.oneof(
  fc.constant(""),
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: -5, max: 5000 }),
  fc.boolean(),
  fc.constantFrom("91,16%", "2.143", "17,8/20", "-", "93.2%", "9.,8", "abc", "1/0", "100%", "0,5", "  ", "∞", "120%"),
  fc.string(),
);
const text = fc.oneof(fc.constant(null), fc.constant(""), fc.constantFrom(...codes, ...ruleSetIds, "CKMB", "DVCTT", "Số hóa hồ sơ"), fc.string());
const range = fc.oneof(
  fc.array(cell, { maxLength: 25 }).map((r) => [r]),
  fc.array(cell, { maxLength: 25 }).map((r) => r.map((c) => [c])),
  fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }),
  fc.constant(null),
  cell,
);
const headerRange = fc.oneof(range, fc.shuffledSubarray(codes).map((r) => [r]));
const optionalRuleSet = fc.oneof(fc.constant(null), fc.constantFrom(...ruleSetIds), fc.string());

type Call = () => unknown;

function checkAnswer(call: Call, expected: "number" | "string" | "table"): void {
  const o = outcome(call); // throws (failing the property) on anything but CustomFunctions.Error
  if ("error" in o) {
    expect(["#VALUE!", "#N/A"]).toContain(o.error.code);
    // a refusal of the catalogue, never the catch-all of a bug
    expect(isProblemCode(o.error.problem)).toBe(true);
    expect(o.error.problem).not.toBe("function.unexpected");
    expect(isVietnameseMessage(o.error.message)).toBe(true);
    return;
  }
  const v = o.value;
  if (expected === "number") {
    expect(typeof v).toBe("number");
    expect(Number.isFinite(v)).toBe(true);
  } else if (expected === "string") {
    expect(typeof v).toBe("string");
    expect((v as string).length).toBeGreaterThan(0);
  } else {
    expect(Array.isArray(v)).toBe(true);
    for (const r of v as unknown[][]) {
      for (const c of r) {
        const ok = typeof c === "string" || (typeof c === "number" && Number.isFinite(c)) || (typeof c === "object" && c !== null && "code" in c);
        expect(ok).toBe(true);
      }
    }
  }
}

const RUNS = { numRuns: 300 };
const n = <T>(x: T) => x as never;

describe("arbitrary inputs: only documented values or CustomFunctions.Error", () => {
  test("DIEM", () => fc.assert(fc.property(range, headerRange, optionalRuleSet, (v, h, rs) => checkAnswer(() => fns.diem(n(v), n(h), n(rs)), "number")), RUNS));
  test("DIEMTP and MATDIEM", () =>
    fc.assert(
      fc.property(text, cell, fc.oneof(fc.constant(null), cell), optionalRuleSet, (code, a, b, rs) => {
        checkAnswer(() => fns.diemThanhPhan(n(code), a, b, n(rs)), "number");
        checkAnswer(() => fns.matDiem(n(code), a, b, n(rs)), "number");
      }),
      RUNS,
    ));
  test("NHOM", () => fc.assert(fc.property(range, headerRange, text, optionalRuleSet, (v, h, g, rs) => checkAnswer(() => fns.nhom(n(v), n(h), n(g), n(rs)), "number")), RUNS));
  test("XEPLOAI", () => fc.assert(fc.property(cell, fc.oneof(fc.constant(null), cell), optionalRuleSet, (v, m, rs) => checkAnswer(() => fns.xepLoai(v, n(m), n(rs)), "string")), RUNS));
  test("TYLE", () => fc.assert(fc.property(cell, cell, fc.oneof(fc.constant(null), text), optionalRuleSet, (a, b, c, rs) => checkAnswer(() => fns.tyLe(a, b, n(c), n(rs)), "number")), RUNS));
  test("DOCSO", () => fc.assert(fc.property(cell, (t) => checkAnswer(() => fns.docSo(t), "number")), RUNS));
  test("CHITIEU", () => fc.assert(fc.property(cell, cell, fc.oneof(fc.constant(null), cell), fc.oneof(fc.constant(null), cell), (a, b, u, c) => checkAnswer(() => fns.chiTieu(a, b, n(u), n(c)), "number")), RUNS));
  test("BANGDIEM", () =>
    fc.assert(
      fc.property(
        fc.oneof(range, fc.array(cell, { maxLength: 6 }).map((r) => [["Đơn vị", "CKMB.TL", "TDGQ.TL", "CLGQ.TL", "TTTT.TL", "MDHL.TL", "MDSH.TL"], ["Xã A", ...r]])),
        optionalRuleSet,
        (t, rs) => checkAnswer(() => fns.bangDiem(n(t), n(rs)), "table"),
      ),
      RUNS,
    ));
  test("QUYTAC", () => fc.assert(fc.property(optionalRuleSet, (rs) => checkAnswer(() => fns.quyTac(n(rs)), "string")), RUNS));
});

describe("valid rates: the functions agree with one another", () => {
  const rate = fc.double({ min: 0, max: 1, noNaN: true });
  const rs = getRuleSet("dvcqg-2026");

  test("DIEMTP is within [0, max] and DIEMTP + MATDIEM = max", () =>
    fc.assert(
      fc.property(fc.constantFrom(...rs.indicators.filter((i) => i.rule.kind !== "none")), rate, (ind, r) => {
        const points = fns.diemThanhPhan(ind.code, r, n(null), "dvcqg-2026");
        expect(points).toBeGreaterThanOrEqual(0);
        expect(points).toBeLessThanOrEqual(ind.max);
        expect(points + fns.matDiem(ind.code, r, n(null), "dvcqg-2026")).toBeCloseTo(ind.max, 9);
      }),
      RUNS,
    ));

  test("DIEM of a full row is the sum of its DIEMTP, and the sum of its NHOM", () =>
    fc.assert(
      fc.property(fc.array(rate, { minLength: rs.indicators.length, maxLength: rs.indicators.length }), (rates) => {
        const headers = [rs.indicators.map((i) => i.code)];
        const total = fns.diem([rates], headers, "dvcqg-2026");
        const byIndicator = rs.indicators.filter((i) => i.rule.kind !== "none").reduce((s, i) => s + fns.diemThanhPhan(i.code, rates[rs.indicators.indexOf(i)], n(null), "dvcqg-2026"), 0);
        const byGroup = rs.groups.reduce((s, g) => s + fns.nhom([rates], headers, g.code, "dvcqg-2026"), 0);
        expect(total).toBeCloseTo(byIndicator, 9);
        expect(total).toBeCloseTo(byGroup, 9);
      }),
      { numRuns: 200 },
    ));

  test("XEPLOAI never improves when the score drops", () => {
    const order = rs.grades.map((g) => g.label);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(order.indexOf(fns.xepLoai(lo, n(null), "dvcqg-2026"))).toBeGreaterThanOrEqual(order.indexOf(fns.xepLoai(hi, n(null), "dvcqg-2026")));
      }),
      RUNS,
    );
  });
});
