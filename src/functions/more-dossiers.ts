import { moreDossiers } from "../domain/scoring/plan";
import { checkCountPair, readCount, readRate } from "./cells";
import { notAvailable } from "./errors";

/** CANTHEM: whole dossiers to add to the numerator, at the current volume, to reach a rate (a fraction, as Excel holds rates). */
export function dossiersToRate(numeratorCell: unknown, denominatorCell: unknown, rateCell: unknown): number {
  const numerator = readCount(numeratorCell, "Tử số");
  const denominator = readCount(denominatorCell, "Mẫu số");
  if (numerator === null || denominator === null) notAvailable(`Thiếu ${numerator === null ? "tử số" : "mẫu số"}.`);
  checkCountPair("Số hồ sơ", numerator, denominator);
  const rate = readRate(rateCell, "Tỷ lệ cần đạt");
  if (rate === null) notAvailable("Thiếu tỷ lệ cần đạt (ví dụ 90%).");
  const more = moreDossiers(numerator, denominator, rate);
  // With no dossiers at all, no number of "more of them" reaches a rate: say so rather than 0.
  if (more === null) notAvailable("Mẫu số bằng 0: chưa có hồ sơ nào, nên không tính được số hồ sơ cần thêm.");
  return more;
}
