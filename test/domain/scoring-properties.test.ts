/** Properties of the engine over arbitrary inputs (fast-check), for every built-in rule set. */
import fc from "fast-check";
import { builtinRuleSets } from "../../src/domain/ruleset/registry";
import { scoreIndicator, scoreUnit, type IndicatorInput } from "../../src/domain/scoring";

const input: fc.Arbitrary<IndicatorInput> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.double({ min: -50, max: 200, noNaN: false }),
  fc.record({ numerator: fc.integer({ min: -5, max: 5000 }), denominator: fc.integer({ min: -5, max: 5000 }) }),
  fc.record({ rate: fc.option(fc.double({ min: 0, max: 150, noNaN: true }), { nil: null }) }),
);

describe.each(builtinRuleSets().map((rs) => [rs.id, rs] as const))("%s", (_id, rs) => {
  const scored = rs.indicators.filter((i) => i.rule.kind !== "none");

  test("points stay within [0, max], lost = max − points, and nothing throws", () => {
    fc.assert(
      fc.property(fc.constantFrom(...scored), input, (ind, value) => {
        const s = scoreIndicator(ind, value, rs.pointDecimals);
        if (s.points === null) return s.lost === null;
        return s.points >= 0 && s.points <= ind.max && Math.abs(s.lost! - (ind.max - s.points)) < 1e-9;
      }),
    );
  });

  test("points never fall when the rate rises", () => {
    fc.assert(
      fc.property(fc.constantFrom(...scored), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (ind, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return scoreIndicator(ind, lo, rs.pointDecimals).points! <= scoreIndicator(ind, hi, rs.pointDecimals).points!;
      }),
    );
  });

  test("a unit's total is the sum of its groups, complete exactly when every scored indicator is usable", () => {
    const values = fc.dictionary(fc.constantFrom(...rs.indicators.map((i) => i.code)), input);
    fc.assert(
      fc.property(values, (vals) => {
        const u = scoreUnit(rs, { unit: "x", values: vals });
        const statuses = scored.map((ind) => scoreIndicator(ind, vals[ind.code], rs.pointDecimals).status);
        const usable = statuses.every((s) => s !== "missing" && s !== "invalid");
        if (u.complete !== usable) return false;
        if (!u.complete) return u.total === null && u.grade === null;
        const sum = rs.groups.reduce((s, g) => s + (u.groups[g.code] ?? 0), 0);
        return Math.abs(sum - u.total!) < 1e-6 && u.total! >= 0 && u.total! <= 100 + 1e-9 && u.grade !== null;
      }),
    );
  });
});
