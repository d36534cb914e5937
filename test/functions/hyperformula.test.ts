/**
 * Formula-level tests: the CHISO functions registered in HyperFormula (a real formula
 * engine), sheets built from seed tables, formulas evaluated over ranges, results
 * compared with the seeds or with hand calculation.
 */
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { portalTable, seedTable } from "../helpers/fixtures";
import { codedCell } from "./excel-call";
import { sheet, valueAt } from "./hyperformula-plugin";

const col = (n: number) => String.fromCharCode(65 + n); // 0 → A (sheets here stay under 26 columns)

describe("a full unit under dvcqg-2026: =CHISO.DIEM(B2:W2, B$1:W$1)", () => {
  // Hand calculation, rule by rule (DOMAIN.md table), points rounded to 2 decimals as the portal does:
  const row: [code: string, rate: number | string, points: number][] = [
    ["CKMB.1", 1, 6],
    ["CKMB.2", 0.9149, 3.66], // 4 × 91.49% = 3.6596 (portal: 43/47 → 3.66)
    ["CKMB.3", 1, 2],
    ["CKMB.4", 0.5, 3],
    ["TDGQ.1", 0.8893, 17.79], // 20 × 88.93% = 17.786 (seed 000: 17,8/20)
    ["TDGQ.2", 6.5, 0], // average days, shown not scored: any number passes
    ["CLGQ.1", 0.4, 1], // target 80: 2 × 40/80
    ["CLGQ.2", 0.73, 2.92],
    ["CLGQ.3", 0.9116, 6], // target 50 reached
    ["TTTT.1", 1, 2],
    ["TTTT.2", 0.9111, 2], // target 80 reached
    ["TTTT.3", 0.72, 4.32],
    ["MDSH.1", 0.8372, 5.02], // 6 × 83.72% = 5.0232
    ["MDSH.2", 0.7916, 3.17], // 4 × 79.16% = 3.1664
    ["MDSH.3", 0.9375, 2],
    ["MDSH.4", 0.0204, 0.08], // DOMAIN.md: 2.04% → 0.08 in the 10/2026 capture
    ["MDSH.5", 0.6, 1.2],
    ["MDSH.6", 1, 2],
    ["MDSH.7", 1, 2],
    ["MDHL.1", 1, 6],
    ["MDHL.2", 1, 6],
    ["MDHL.3", 0.8893, 5.93], // target 90: 6 × 88.93/90 = 5.9287
  ];
  // CKMB 14.66 + TDGQ 17.79 + CLGQ 9.92 + TTTT 8.32 + MDSH 15.47 + MDHL 17.93
  const HAND_TOTAL = 84.09;
  const asText = (r: number | string) => (typeof r === "number" && r <= 1 ? `${(r * 100).toFixed(2).replace(".", ",")}%` : String(r));

  const hf = sheet([
    ["Đơn vị", ...row.map((r) => r[0])],
    ["Đơn vị A", ...row.map((r) => r[1])],
    ["Đơn vị A (dán văn bản)", ...row.map((r) => asText(r[1]))],
    ["Đơn vị B (thiếu CLGQ.2)", ...row.map((r) => (r[0] === "CLGQ.2" ? "" : r[1]))],
    [
      "=CHISO.DIEM(B2:W2, B$1:W$1)",
      "=CHISO.DIEM(B2:W2)",
      "=CHISO.DIEM(B3:W3, B$1:W$1)",
      "=CHISO.DIEM(B4:W4, B$1:W$1)",
      '=CHISO.NHOM(B2:W2, B$1:W$1, "MDSH")',
      '=CHISO.NHOM(B2:W2, B$1:W$1, "DVCTT")',
      '=CHISO.NHOM(B4:W4, B$1:W$1, "TDGQ")',
      '=CHISO.NHOM(B4:W4, B$1:W$1, "Dịch vụ công trực tuyến")',
      "=CHISO.XEPLOAI(A5)",
      '=CHISO.DIEMTP("CKMB.2", C2)',
      '=CHISO.MATDIEM("MDHL.3", W2)',
    ],
    row.map((r) => `=CHISO.DIEMTP("${r[0]}", ${col(row.indexOf(r) + 1)}2)`),
  ]);

  test("the total is the hand total, with headers, in the rule set's order without them, and from pasted text", () => {
    expect(valueAt(hf, "A5")).toBeCloseTo(HAND_TOTAL, 10);
    expect(valueAt(hf, "B5")).toBeCloseTo(HAND_TOTAL, 10);
    expect(valueAt(hf, "C5")).toBeCloseTo(HAND_TOTAL, 10);
  });

  test("a missing indicator gives #N/A naming it, never a partial total; groups without it still compute", () => {
    expect(valueAt(hf, "D5")).toEqual(codedCell("NA", "function.missing", { indicators: "CLGQ.2", ruleSet: "dvcqg-2026", unknownColumns: "" }));
    expect(valueAt(hf, "G5")).toBeCloseTo(17.79, 10);
    // CLGQ (the portal's online-services part) is the group missing CLGQ.2
    expect(valueAt(hf, "H5")).toEqual(codedCell("NA", "function.missing", { indicators: "CLGQ.2", ruleSet: "dvcqg-2026", unknownColumns: "" }));
  });

  test("group scores: MDSH 15.47, DVCTT = CLGQ 9.92 + TTTT 8.32 = 18.24", () => {
    expect(valueAt(hf, "E5")).toBeCloseTo(15.47, 10);
    expect(valueAt(hf, "F5")).toBeCloseTo(18.24, 10);
  });

  test("grade of the total 84.09 is Tốt; DIEMTP and MATDIEM per indicator", () => {
    expect(valueAt(hf, "I5")).toBe("Tốt");
    expect(valueAt(hf, "J5")).toBeCloseTo(3.66, 10);
    expect(valueAt(hf, "K5")).toBeCloseTo(0.07, 10); // 6 − 5.93
  });

  test("a row of DIEMTP gives each hand value; TDGQ.2 (display only) is #N/A; the others sum to the total", () => {
    let sum = 0;
    row.forEach(([code, , points], k) => {
      const v = valueAt(hf, `${col(k)}6`);
      if (code === "TDGQ.2") expect(v).toEqual(codedCell("NA", "function.displayOnly", { indicator: "TDGQ.2", name: getRuleSet("dvcqg-2026").indicators.find((i) => i.code === "TDGQ.2")!.name }));
      else {
        expect(v).toBeCloseTo(points, 10);
        sum += v as number;
      }
    });
    expect(sum).toBeCloseTo(HAND_TOTAL, 10);
  });
});

describe("seed 002 annex I communes under nhom-2023 (group rates only: estimated totals)", () => {
  const communes = seedTable("a3_2023_communes");
  const cols = ["cong_khai_minh_bach", "tien_do_giai_quyet", "dvc_truc_tuyen", "thanh_toan_truc_tuyen", "muc_do_hai_long", "so_hoa_ho_so"];
  // As pasted from the PDF into cells formatted as %: fractions. Column H holds the portal's total.
  const data = [["Đơn vị", ...cols, "Điểm đánh giá"], ...communes.map((c) => [c.unit, ...cols.map((k) => Number(c[k]) / 100), Number(c.diem)])];
  const n = data.length; // header + 220
  const formulas = communes.map((_, k) => [`=CHISO.DIEM(B${k + 2}:G${k + 2}, B$1:G$1, "nhom-2023")`, `=CHISO.XEPLOAI(H${k + 2})`]);
  const hf = sheet(data.map((r, k) => (k === 0 ? [...r, "Ước tính", "Xếp loại"] : [...r, ...formulas[k - 1]])));

  test("Xã Đăk Yă: 18×100% + 20×91.76% + 12×14.9% + 10×0% + 18×100% + 22×29.5% = 62.63 (estimate; the portal printed 64.05)", () => {
    // 18 + 18.35 + 1.79 + 0 + 18 + 6.49, each rounded to 2 decimals
    expect(valueAt(hf, "I2")).toBeCloseTo(62.63, 10);
    expect(valueAt(hf, "H2")).toBe(64.05);
  });

  test("a column of =CHISO.XEPLOAI over the printed totals: 51 Yếu, 169 Trung bình", () => {
    const counts: Record<string, number> = {};
    for (let r = 2; r <= n; r++) {
      const g = String(valueAt(hf, `J${r}`));
      counts[g] = (counts[g] ?? 0) + 1;
    }
    expect(counts).toEqual({ Yếu: 51, "Trung bình": 169 });
    expect(hf.getSheetValues(0).length).toBe(221);
  });

  test("=COUNTIF over the grade column counts the communes under 50 (the annex's k/n, total 51)", () => {
    hf.setCellContents({ sheet: 0, row: 0, col: 11 }, [[`=COUNTIF(J2:J${n}, "Yếu")`]]);
    expect(valueAt(hf, "L1")).toBe(51);
  });
});

describe("the portal capture as a sheet: numerator and denominator columns named by portal field", () => {
  const rs = getRuleSet("dvcqg-2026");
  const metrics = portalTable("metrics");
  const units = portalTable("units");
  const fields = ["PUBLISH_ON_TIME", "PUBLIC_UPDATE_ON_TIME", "PUBLIC_CONTENT_FULL", "DOSSIER_SYNC", "TDGQ_TienDoGiaiQuyet", "PETITION_PROCESSING_ON_TIME", "PETITION_HANDLING_SATISFACTION", "DOSSIER_RECEIVING_SATISFACTION"];
  const header = ["Đơn vị", ...fields.flatMap((f) => [`${f} tử số`, `${f} mẫu số`])];
  const sample = units.slice(0, 40);
  const rows = sample.map((u) => [
    u.unit,
    ...fields.flatMap((f) => {
      const m = metrics.find((x) => x.unit_code === u.unit_code && x.metric_code === f)!;
      return [Number(m.numerator), Number(m.denominator)];
    }),
  ]);
  const last = col(header.length - 1);
  const hf = sheet([
    header,
    ...rows.map((r, k) => [...r, `=CHISO.NHOM(B${k + 2}:${last}${k + 2}, B$1:${last}$1, "CKMB")`, `=CHISO.NHOM(B${k + 2}:${last}${k + 2}, B$1:${last}$1, "MDHL")`, `=CHISO.DIEM(B${k + 2}:${last}${k + 2}, B$1:${last}$1)`]),
  ]);
  const [ckmbCol, mdhlCol, totalCol] = [col(header.length), col(header.length + 1), col(header.length + 2)];

  test("CKMB and MDHL group scores equal the portal's for 40 units", () => {
    expect(rs.id).toBe("dvcqg-2026");
    sample.forEach((u, k) => {
      expect(valueAt(hf, `${ckmbCol}${k + 2}`)).toBeCloseTo(Number(u.CKMB), 2);
      expect(valueAt(hf, `${mdhlCol}${k + 2}`)).toBeCloseTo(Number(u.MDHL), 2);
    });
  });

  test("the total is #N/A: the capture has no per-indicator online-service data (CLGQ) — said, not summed", () => {
    const v = valueAt(hf, `${totalCol}2`) as { error: string; message: string };
    expect(v.error).toBe("NA");
    expect(v.message).toMatch(/Thiếu số liệu .*CLGQ\.1/);
  });
});

describe("=CHISO.BANGDIEM spills a score table beside its source", () => {
  const communes = seedTable("a3_2023_communes").slice(0, 5);
  const cols = ["cong_khai_minh_bach", "tien_do_giai_quyet", "dvc_truc_tuyen", "thanh_toan_truc_tuyen", "muc_do_hai_long", "so_hoa_ho_so"];
  const hf = sheet([
    ["Đơn vị", ...cols, '=CHISO.BANGDIEM(A1:G7, "nhom-2023")'],
    ...communes.map((c) => [c.unit, ...cols.map((k) => Number(c[k]) / 100)]),
    ["", "", "", "", "", "", ""],
  ]);

  test("header row, then one row per unit: group scores, estimated total, grade, rank", () => {
    // nhom-2023 group order: CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH
    expect(valueAt(hf, "H1")).toBe("Đơn vị");
    expect(valueAt(hf, "O1")).toBe("Tổng điểm (ước tính)");
    expect(valueAt(hf, "H2")).toBe("Xã Đăk Yă");
    expect(valueAt(hf, "I2")).toBeCloseTo(18, 10); // CKMB 18 × 100%
    expect(valueAt(hf, "J2")).toBeCloseTo(18.35, 10); // TDGQ 20 × 91.76%
    expect(valueAt(hf, "O2")).toBeCloseTo(62.63, 10); // as =CHISO.DIEM above
    expect(valueAt(hf, "P2")).toBe("Trung bình");
    expect(typeof valueAt(hf, "Q2")).toBe("number");
  });

  test("the blank source row stays blank in the spill, so rows line up", () => {
    expect(valueAt(hf, "H7")).toBe("");
    expect(valueAt(hf, "O7")).toBe("");
  });
});
