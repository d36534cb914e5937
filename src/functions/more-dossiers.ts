import { moreDossiers } from "../domain/scoring/plan";
import { checkCountPair, readCount, readRate } from "./cells";
import { notAvailable } from "./errors";

/** CANTHEM: whole dossiers to add to the numerator, at the current volume, to reach a rate (a fraction, as Excel holds rates). */
export function dossiersToRate(numeratorCell: unknown, denominatorCell: unknown, rateCell: unknown): number {
  const numerator = readCount(numeratorCell, { argument: "numerator" });
  const denominator = readCount(denominatorCell, { argument: "denominator" });
  if (numerator === null || denominator === null) notAvailable(numerator === null ? "function.missingNumerator" : "function.missingDenominator");
  checkCountPair({ argument: "dossiers" }, numerator, denominator);
  const rate = readRate(rateCell, { argument: "targetRate" });
  if (rate === null) notAvailable("function.missingTargetRate");
  const more = moreDossiers(numerator, denominator, rate);
  // With no dossiers at all, no number of "more of them" reaches a rate: say so rather than 0.
  if (more === null) notAvailable("function.noDossiers");
  return more;
}
