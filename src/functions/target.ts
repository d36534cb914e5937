import { applyTargetRule } from "../domain/targets/rules";
import { fractionOf, readRate } from "./cells";
import { invalid, notAvailable } from "./errors";

const DEFAULT_UPLIFT = 10; // seed 002 III.2: "+10%" read as ten percentage points (annex II confirms)
const DEFAULT_CAP = 100;

/** Percent decimals kept: 67,37% + 10 lands on 77.37000000000001 in binary; the annex prints 77,37. */
const PERCENT_DECIMALS = 6;

/** The campaign rule of seed 002 III.2, every argument a fraction as the cells hold it; the result too. */
export function campaignTarget(baseCell: unknown, centralCell: unknown, upliftCell: unknown, capCell: unknown): number {
  const central = readRate(centralCell, { argument: "central" });
  if (central === null) notAvailable("function.missingCentral");
  const uplift = upliftCell === null || upliftCell === undefined ? DEFAULT_UPLIFT : readRate(upliftCell, { argument: "uplift" }) ?? DEFAULT_UPLIFT;
  const cap = capCell === null || capCell === undefined ? DEFAULT_CAP : readRate(capCell, { argument: "cap" }) ?? DEFAULT_CAP;
  if (cap < central) invalid("function.capBelowCentral");
  // An empty base is a unit without last year's result: the rule gives it the floor, central + uplift.
  const base = readRate(baseCell, { argument: "base" });
  const outcome = applyTargetRule({ kind: "uplift", central, uplift, cap }, base, "Kết quả năm trước", PERCENT_DECIMALS);
  return fractionOf(outcome.value);
}
