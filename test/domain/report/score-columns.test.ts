/**
 * The grade column Tính điểm adds follows the totals the summary counts (officialTotals):
 * on printed totals, the printed band; the formula reads the printed cell only where it holds
 * a number, as the workbook's own cells do. Rows from a3 (seed 002 annex I), nhom-2023's bands
 * (Trung bình from 50, Yếu under 50, of 100 points) applied by hand.
 */
import { HyperFormula } from "hyperformula";
import "../../functions/hyperformula-plugin";
import { officialTotals, type TotalsChoice } from "../../../src/domain/report/official-totals";
import { planScoreColumns } from "../../../src/domain/report/score-columns";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { readScoringTable } from "../../../src/domain/scoring/table-input";
import { scoreTableUnits } from "../../../src/domain/scoring/table-unit";

const rs = getRuleSet("nhom-2023");
const HEADER = ["stt", "unit", "district", "diem", "cong_khai_minh_bach", "tien_do_giai_quyet", "dvc_truc_tuyen", "thanh_toan_truc_tuyen", "muc_do_hai_long", "so_hoa_ho_so"];
// a3 line 92 (Xã Ia Yeng, printed 35.44: Yếu; its estimate 50,84: Trung bình) and line 143 (Xã HNeng, printed 52.34: Trung bình; estimate 46,68: Yếu)
const yeng = (diem: number | string) => [91, "Xã Ia Yeng", "Phú Thiện", diem, 0.1, 30.77, 100, 0, 81.5, 81.8];
const hneng = [142, "Xã HNeng", "Đak Đoa", 52.34, 39.3, 96.61, 0, 0, 100, 10.4];

function plan(rows: (string | number)[][], choice: TotalsChoice) {
  const table = readScoringTable(rs, [HEADER, ...rows]);
  const scored = scoreTableUnits(rs, table);
  const columns = planScoreColumns(rs, table, "T", scored, rows.length, officialTotals(rs, table, scored, choice));
  const grade = columns.headers.indexOf("Xếp loại");
  const total = columns.headers.indexOf("Tổng điểm (ước tính)");
  const formula = columns.formulaRow?.[grade];
  /** the grade formula evaluated on each row: the source's cells, then the estimate (column K) */
  const evaluated = () => {
    const sheet = rows.map((r, i) => {
      const at = (h: string) => (h === "Tổng điểm (ước tính)" ? `K${i + 1}` : `${String.fromCharCode(65 + HEADER.indexOf(h))}${i + 1}`);
      return [...r, columns.valueRows[i][total], formula!.replace(/T\[@\[([^\]]+)\]\]/g, (_, h: string) => at(h))];
    });
    const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3" });
    return hf.getSheetValues(0).map((r) => r[HEADER.length + 1]);
  };
  return { formula, evaluated, grades: columns.valueRows.map((r) => r[grade]) };
}

describe("Tính điểm's grade column", () => {
  test("printed totals held as numbers: the printed band, and a formula on the printed cell", () => {
    const { evaluated, grades } = plan([yeng(35.44), hneng], "printed");
    expect(grades).toEqual(["Yếu", "Trung bình"]);
    expect(evaluated()).toEqual(["Yếu", "Trung bình"]);
  });

  test("a printed cell left blank, or above the maximum: the estimate's band, in the values and the formula alike", () => {
    // officialTotals falls back to the computed total for both (the second with a warning)
    const { evaluated, grades } = plan([yeng(""), [...hneng.slice(0, 3), 152.34, ...hneng.slice(4)]], "printed");
    expect(grades).toEqual(["Trung bình", "Yếu"]);
    expect(evaluated()).toEqual(["Trung bình", "Yếu"]);
  });

  test("a printed total written as text (“35,44/100”): its band, written as a value, since no formula of ours reads that text", () => {
    const { formula, grades } = plan([yeng("35,44/100"), hneng], "printed");
    expect(grades).toEqual(["Yếu", "Trung bình"]);
    expect(formula).toBeNull();
  });

  test("computed totals: the estimate's band, a formula on the estimate", () => {
    const { evaluated, grades } = plan([yeng(35.44), hneng], "computed");
    expect(grades).toEqual(["Trung bình", "Yếu"]);
    expect(evaluated()).toEqual(["Trung bình", "Yếu"]);
  });
});
