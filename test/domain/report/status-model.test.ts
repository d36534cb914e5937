/**
 * The status report ("Báo cáo hiện trạng", seed 000 Phụ lục I) as a table model, on the
 * province's own annex (b1_2026_criteria.csv, b1_2026_groups.csv) under gialai-2026-03.
 * Expected numbers are the annex's or hand calculations, named where they are used.
 */
import fc from "fast-check";
import { parseVietnameseNumber } from "../../../src/domain/parsing/number";
import { buildStatusModel, STATUS_COLUMNS, statusToJson } from "../../../src/domain/report/status-model";
import type { ModelRow, TableModel } from "../../../src/domain/report/table-model";
import { builtinRuleSets, getRuleSet } from "../../../src/domain/ruleset/registry";
import { recoverUnit } from "../../../src/domain/scoring/recovery";
import { scoreUnit } from "../../../src/domain/scoring/score";
import { arbitraryUnit } from "../../helpers/arbitrary-unit";
import { num, seedTable } from "../../helpers/fixtures";
import { EXPECTED_DISAGREEMENTS, INDICATOR_OF, seed000Input } from "../../helpers/seed-000";

const rs = getRuleSet("gialai-2026-03");
const model = buildStatusModel(recoverUnit(rs, scoreUnit(rs, seed000Input())));
const COLS = STATUS_COLUMNS.length;

const values = (r: ModelRow) => r.cells.map((c) => c.value);
const rowOf = (m: TableModel, name: string) => m.rows.find((r) => r.kind === "data" && r.cells[1].value === name)!;
const rowOfCode = (code: string) => rowOf(model, rs.indicators.find((i) => i.code === code)!.name);
const parsed = (v: unknown) => {
  const p = parseVietnameseNumber(String(v));
  if (!p.ok) throw new Error(`not a Vietnamese number: ${v}`);
  return p;
};

test("title, the unit and the rule set in the subtitle, one header row repeated on every page, printed as the annexes", () => {
  expect(values(model.rows[0])[0]).toBe("BÁO CÁO HIỆN TRẠNG CHỈ SỐ 766");
  expect(values(model.rows[1])[0]).toBe("Đơn vị: Tỉnh Gia Lai. Bộ quy tắc: Bộ chỉ số 766 theo báo cáo tỉnh Gia Lai (số liệu 01/03/2026) (gialai-2026-03).");
  for (const r of [0, 1]) expect(model.merges).toContainEqual({ row: r, col: 0, rowSpan: 1, colSpan: COLS });
  const h = model.rows.findIndex((r) => r.kind === "header");
  expect(values(model.rows[h])).toEqual(["STT", "Tiêu chí", "Hiện trạng (tỷ lệ)", "Điểm đạt/tối đa", "Điểm bị mất", "Cần đạt", "Nhận xét"]);
  expect(model.print).toMatchObject({ paper: "A4", repeatRows: { first: h, last: h }, fitToWidth: true });
  expect(model.font.name).toBe("Times New Roman");
  expect(model.sheetName).toBe("Tỉnh Gia Lai");
  for (const r of model.rows) expect(r.cells).toHaveLength(COLS);
});

test("one block per group opened by its line, as the annex prints them (hand sums under the lines)", () => {
  expect(model.rows.filter((r) => r.kind === "section").map((r) => r.cells[0].value)).toEqual([
    // the annex leaves out group CKMB entirely
    "I. Công khai, minh bạch (18 điểm): chưa có số liệu để tính điểm",
    // 20 × 0.8893 = 17.786 → 17.79; annex group III: "đạt 17,8/20 điểm, mất 2,2 điểm"
    "II. Tiến độ, kết quả giải quyết: đạt 17,79/20 điểm, mất 2,21 điểm",
    // 6 + 4 × 0.73 + 0 = 8.92; annex group I prints 10/12 (criterion 2 printed 4/4)
    "III. Dịch vụ công trực tuyến: đạt 8,92/12 điểm, mất 3,08 điểm",
    // 2 + 6 × 0.72 + 2 = 8.32; annex group II: "8.3/10 điểm, mất 1,7 điểm"
    "IV. Thanh toán trực tuyến: đạt 8,32/10 điểm, mất 1,68 điểm",
    // 2 + 5.86 + 3.96 = 11.82 of 14 for the three criteria the annex lists
    "V. Số hóa hồ sơ (22 điểm): chưa đủ số liệu để tính điểm nhóm; các tiêu chí có số liệu đạt 11,82/14 điểm, mất 2,18 điểm",
    // 6 × 88.93 / 90 + 6 + 6 = 17.93; annex group V: "17,9/18 điểm, mất 0,1 điểm"
    "VI. Mức độ hài lòng: đạt 17,93/18 điểm, mất 0,07 điểm",
    "Tổng điểm: chưa tính được, còn 8 tiêu chí chưa có số liệu hợp lệ",
  ]);
});

test("each criterion's printed points/max and points lost, read back from the sheet's text, within 0,05 but for the documented disagreements", () => {
  const disagreeing: string[] = [];
  for (const c of seedTable("b1_2026_criteria")) {
    const row = rowOfCode(INDICATOR_OF[c.stt]);
    const pts = parsed(row.cells[3].value);
    const lost = parsed(row.cells[4].value).value!;
    expect(pts).toMatchObject({ kind: "ratio", max: num(c.max_points) });
    if (Math.abs(pts.value! - num(c.points)!) > 0.05 || Math.abs(lost - num(c.points_lost)!) > 0.05) disagreeing.push(c.stt);
  }
  expect(disagreeing).toEqual(EXPECTED_DISAGREEMENTS["gialai-2026-03"].map((d) => d.split(":")[0]));
});

test("MDHL.3, a target rule: 88,93% → 5,93/6, lost 0,07 marked, needs 90%: 1,07 điểm % more (90 − 88,93)", () => {
  const row = rowOfCode("MDHL.3");
  expect(row.cells[2]).toMatchObject({ value: 88.93, format: { kind: "percent", decimals: 2 } });
  expect(values(row).slice(3, 5)).toEqual(["5,93/6", 0.07]);
  expect(row.cells[4].format).toEqual({ kind: "decimal", decimals: 2 }); // a number Excel can sum, shown 0,07
  expect(row.cells[4].style).toBe("marked");
  expect(row.cells[5]).toMatchObject({ value: 90, format: { kind: "percent", decimals: 0 } });
  expect(row.cells[6].value).toBe("Mất 0,07 điểm; cần tăng tỷ lệ thêm 1,07 điểm % (lên 90%) để đạt điểm tối đa.");
});

test("TTTT.3, a linear rule: 72% → 4,32/6 (annex 4,3/6), lost 1,68 (annex 1,7), needs 100%: 28 điểm % more", () => {
  const row = rowOfCode("TTTT.3");
  expect(values(row).slice(2)).toEqual([72, "4,32/6", 1.68, 100, "Mất 1,68 điểm; cần tăng tỷ lệ thêm 28 điểm % (lên 100%) để đạt điểm tối đa."]);
});

test("full points, display-only and missing indicators: plain cells, no invented numbers", () => {
  const full = rowOfCode("CLGQ.3"); // 91,16% ≥ 50%: 6/6
  expect(values(full).slice(2)).toEqual([91.16, "6/6", 0, 50, "Đạt điểm tối đa."]);
  expect(full.cells[4].style).toBe("value");
  expect(values(rowOfCode("TDGQ.2")).slice(2)).toEqual(["—", "—", "—", "—", "Chỉ theo dõi, không tính điểm."]);
  const missing = rowOfCode("CKMB.1");
  expect(values(missing).slice(2, 6)).toEqual(["—", "—/6", "—", 100]);
  expect(missing.cells[6].value).toBe("Chưa tính được điểm: thiếu số liệu \"Tỷ lệ TTHC công bố đúng hạn\".");
  // numbered 1…n across the groups, one row per indicator of the rule set
  const data = model.rows.filter((r) => r.kind === "data");
  expect(data.map((r) => r.cells[0].value)).toEqual(rs.indicators.map((_, i) => i + 1));
});

test("notes explain 'Cần đạt', the marked cells and the dash", () => {
  const notes = model.rows.filter((r) => r.kind === "note").map((r) => String(r.cells[0].value));
  expect(notes[0]).toBe("Ghi chú:");
  expect(notes.some((n) => n.startsWith("- Cần đạt: tỷ lệ để đạt điểm tối đa"))).toBe(true);
  expect(notes).toContain("- Ô tô nền vàng, chữ nghiêng đậm: tiêu chí bị mất điểm.");
  expect(notes).toContain("- Ô “—”: chưa có số liệu hợp lệ, chưa tính điểm.");
});

test("the JSON carries each comment and group line with the numbers", () => {
  const json = statusToJson(recoverUnit(rs, scoreUnit(rs, seed000Input())));
  const tttt = json.groups.find((g) => g.code === "TTTT")!;
  expect(tttt.line).toBe("IV. Thanh toán trực tuyến: đạt 8,32/10 điểm, mất 1,68 điểm");
  expect(tttt.indicators.find((i) => i.code === "TTTT.3")).toMatchObject({ lost: 1.68, missingRate: 28, comment: expect.stringMatching(/^Mất 1,68 điểm/) });
});

describe.each(builtinRuleSets().map((x) => [x.id, x] as const))("any unit under %s", (_id, set) => {
  test("no NaN, undefined or null printed; every row as wide as the header; merges inside the sheet", () => {
    fc.assert(
      fc.property(arbitraryUnit(set), (u) => {
        const m = buildStatusModel(recoverUnit(set, scoreUnit(set, u)));
        for (const r of m.rows) {
          if (r.cells.length !== COLS) return false;
          for (const c of r.cells) {
            if (typeof c.value === "number" && !Number.isFinite(c.value)) return false;
            if (typeof c.value === "string" && /NaN|undefined|null|Infinity/.test(c.value)) return false;
          }
        }
        return m.merges.every((x) => x.row + x.rowSpan <= m.rows.length && x.col + x.colSpan <= COLS);
      }),
    );
  });
});
