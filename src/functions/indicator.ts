import { indicatorProblemText } from "../domain/problems/problem";
import type { Indicator, RuleSet } from "../domain/ruleset/schema";
import { scoreIndicator, type IndicatorInput, type IndicatorScore } from "../domain/scoring";
import { checkCountPair, readCount, readRate } from "./cells";
import { invalid, notAvailable } from "./errors";

/**
 * One indicator's value from Excel arguments: a rate alone, or numerator and denominator.
 * An omitted denominator (null) means the first argument is a rate; an empty denominator
 * cell ("") means a count is missing, never a rate.
 */
function indicatorInput(ind: Indicator, rateOrNumerator: unknown, denominator: unknown): IndicatorInput {
  if (denominator === null || denominator === undefined) {
    const rate = readRate(rateOrNumerator, ind.code);
    if (rate === null) notAvailable(`${ind.code}: thiếu tỷ lệ "${ind.name}".`);
    return rate;
  }
  const numerator = readCount(rateOrNumerator, `${ind.code} tử số`);
  const denom = readCount(denominator, `${ind.code} mẫu số`);
  if (numerator === null || denom === null) notAvailable(`${ind.code}: thiếu ${numerator === null ? "tử số" : "mẫu số"}.`);
  checkCountPair(ind.code, numerator, denom);
  return { numerator, denominator: denom };
}

/** Points of one indicator; #N/A when the rule gives none (0/0 of a dossier-based metric, a display-only indicator). */
export function indicatorPoints(rs: RuleSet, ind: Indicator, rateOrNumerator: unknown, denominator: unknown): IndicatorScore & { points: number; lost: number } {
  if (ind.rule.kind === "none") notAvailable(`${ind.code} (${ind.name}) chỉ để theo dõi, không tính điểm.`);
  const s = scoreIndicator(ind, indicatorInput(ind, rateOrNumerator, denominator), rs.pointDecimals, rs.groups.find((g) => g.code === ind.group)?.rateDecimals ?? null);
  if (s.points === null || s.lost === null) notAvailable(s.problem ? indicatorProblemText(s.problem) : `${ind.code}: không có điểm.`);
  return { ...s, points: s.points, lost: s.lost };
}

/**
 * numerator/denominator as a fraction. For 0/0 the indicator's rule decides: `zero` → 0,
 * `full` → 1 (the points those rates earn), `empty` or no indicator → #N/A.
 */
export function rateOf(numeratorCell: unknown, denominatorCell: unknown, ind: Indicator | null): number {
  const numerator = readCount(numeratorCell, "Tử số");
  const denominator = readCount(denominatorCell, "Mẫu số");
  if (numerator === null || denominator === null) notAvailable(`Thiếu ${numerator === null ? "tử số" : "mẫu số"}.`);
  checkCountPair(ind?.code ?? "Tỷ lệ", numerator, denominator);
  if (denominator > 0) return numerator / denominator;
  if (!ind) notAvailable("Mẫu số bằng 0: tỷ lệ không xác định. Ghi thêm mã chỉ tiêu để áp dụng quy tắc mẫu số 0.");
  switch (ind.emptyDenominator) {
    case "zero":
      return 0;
    case "full":
      return 1;
    case "empty":
      return notAvailable(`${ind.code}: mẫu số bằng 0, theo quy tắc không có tỷ lệ.`);
  }
  return invalid(`${ind.code}: quy tắc mẫu số 0 không rõ.`);
}
