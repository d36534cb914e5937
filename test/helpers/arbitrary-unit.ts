import fc from "fast-check";
import type { RuleSet } from "../../src/domain/ruleset/schema";
import type { IndicatorInput, UnitInput } from "../../src/domain/scoring/score";

/** Any value a table may hold for an indicator: none, a rate in or out of range, counts (0/0 too), a rate object. */
export const indicatorInput: fc.Arbitrary<IndicatorInput> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.double({ min: -50, max: 200, noNaN: false }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.record({ numerator: fc.integer({ min: -5, max: 500 }), denominator: fc.integer({ min: -5, max: 500 }) }),
  fc.record({ numerator: fc.constant(0), denominator: fc.constant(0) }),
  fc.record({ rate: fc.option(fc.double({ min: 0, max: 150, noNaN: true }), { nil: null }) }),
);

/** A unit with any subset of the rule set's indicators given. */
export function arbitraryUnit(rs: RuleSet): fc.Arbitrary<UnitInput> {
  return fc.record({
    unit: fc.constantFrom("Tỉnh Gia Lai", "Xã Ia Grai", "Sở Tư pháp"),
    values: fc.dictionary(fc.constantFrom(...rs.indicators.map((i) => i.code)), indicatorInput),
  });
}
