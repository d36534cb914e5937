/**
 * percentOf and fractionOf round to 15 significant digits without a string on the common path
 * (src/domain/reading/cell.ts, fifteenDigits). The definition they were written as, and still
 * stand for, is Number(y.toPrecision(15)): these properties hold the shortcut to it, double
 * for double (Object.is, so -0 and +0 count as different).
 */
import fc from "fast-check";
import { fifteenDigits, fractionOf, percentOf } from "../../../src/domain/reading/cell";

const definition = (y: number) => Number(y.toPrecision(15));
const same = (a: number, b: number) => Object.is(a, b);

/** A decimal of up to 15 significant digits, at any scale from 10^-25 to 10^20, either sign. */
const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: -40, max: 20 }), fc.boolean())
  .map(([m, e, negative]) => Number(`${negative ? "-" : ""}${m}e${e}`));

/** An Excel-like fraction: up to 15 significant digits between 0 and 1. */
const fraction = fc.tuple(fc.integer({ min: 1, max: 15 }), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n })).map(([p, m]) => Number(`0.${(m % 10n ** BigInt(p)).toString().padStart(p, "0")}`));

test("percentOf is the definition for fractions of up to 15 significant digits", () => {
  fc.assert(
    fc.property(fraction, (f) => same(percentOf(f), definition(f * 100)) && same(fractionOf(f * 100), definition((f * 100) / 100))),
    { numRuns: 20_000 },
  );
});

test("fifteenDigits is the definition for decimals at every scale and for arbitrary doubles", () => {
  fc.assert(fc.property(decimal, (y) => same(fifteenDigits(y), definition(y)) && same(fifteenDigits(y * 100), definition(y * 100))), { numRuns: 20_000 });
  fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (y) => same(fifteenDigits(y), definition(y))), { numRuns: 20_000 });
  // Any bit pattern of a finite double, the subnormals and the largest included.
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0x7fefffff }), fc.integer({ min: 0, max: 0xffffffff }), (hi, lo) => {
      const view = new DataView(new ArrayBuffer(8));
      view.setUint32(0, hi);
      view.setUint32(4, lo);
      const y = view.getFloat64(0);
      return same(fifteenDigits(y), definition(y)) && same(fifteenDigits(-y), definition(-y));
    }),
    { numRuns: 20_000 },
  );
});

test("edge values: zeros, the ends of the shortcut's range, halves at the 15th digit and their neighbours", () => {
  const edges = [
    0, -0, 1, -1, 0.29, 0.12345, 100, 1e-8, 9.99999999999999e-9, 1e15, 999999999999999, 999999999999999.4, 1e14, 100000000000000.5,
    // a 16th digit of 5: the exact halfway cases toPrecision breaks upward, and the doubles beside them
    ...["0.1234567890123455", "1.000000000000005", "9.999999999999995", "99.99999999999995", "0.9999999999999995", "123456789012345.5"].map(Number),
    Number.MIN_VALUE, Number.MAX_VALUE, Number.EPSILON, 2 ** 49, 2 ** 50, 2 ** 53,
  ];
  for (const y of edges) {
    for (const v of [y, -y, nextUp(y), nextDown(y)]) expect([v, fifteenDigits(v)]).toEqual([v, definition(v)]);
  }
  expect(percentOf(0.29)).toBe(29); // 0.29 × 100 = 28.999999999999996
  expect(Object.is(percentOf(-0), 0)).toBe(true);
  expect(percentOf(Number.NaN)).toBeNaN();
  expect(percentOf(Infinity)).toBe(Infinity);
});

function nextUp(y: number): number {
  if (y === 0) return Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, y);
  view.setBigUint64(0, view.getBigUint64(0) + (y > 0 ? 1n : -1n));
  return view.getFloat64(0);
}

function nextDown(y: number): number {
  return -nextUp(-y);
}
