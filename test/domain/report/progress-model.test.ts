import { percentVi } from "../../../src/domain/report/number-format";
import { buildProgressModel } from "../../../src/domain/report/progress-model";
import { styleBlocks, type TableModel } from "../../../src/domain/report/table-model";
import { assignTargets } from "../../../src/domain/targets/assign";
import { getCampaignPreset } from "../../../src/domain/targets/presets";
import { followProgress } from "../../../src/domain/targets/progress";
import { annexIBaseline } from "../targets/annex-i-baseline";
import { asUnits, currentDepartments, currentDistricts } from "../targets/progress-current";

const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
const assignment = assignTargets(campaign, [...annexIBaseline("a1_2023_departments", "department"), ...annexIBaseline("a2_2023_districts", "district")]);
const current = [...asUnits(currentDepartments(), "department"), ...asUnits(currentDistricts(), "district")];
const at50 = buildProgressModel(followProgress(assignment, current, "50d"));
const at100 = buildProgressModel(followProgress(assignment, current, "100d"));

const text = (m: TableModel, r: number) => m.rows[r].cells.map((c) => c.value);
const rowOf = (m: TableModel, kind: string, value: unknown) => m.rows.findIndex((r) => r.kind === kind && r.cells.some((c) => c.value === value));
const mergeAt = (m: TableModel, row: number, col: number) => m.merges.find((x) => x.row === row && x.col === col);
/** 2 + 6 indicators × (Chỉ tiêu | Kết quả | Đạt/Chưa đạt) + Số chỉ tiêu đạt */
const WIDTH = 21;

describe("progress report table model (seed 002 IV.5.1), annex I with the documented changes", () => {
  test("title and a subtitle naming the campaign and the milestone, merged over the 21 columns", () => {
    expect(at50.columnWidths).toHaveLength(WIDTH);
    expect(text(at50, 0)[0]).toBe("BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU");
    expect(text(at50, 1)[0]).toBe("Chiến dịch 100 ngày “Nâng cao hiệu quả sử dụng dịch vụ công” (Gia Lai, 2024); so với chỉ tiêu 50 ngày");
    expect(text(at100, 1)[0]).toMatch(/; so với chỉ tiêu 100 ngày và duy trì trong thời gian tiếp theo$/);
    for (const r of [0, 1]) expect(mergeAt(at50, r, 0)).toEqual({ row: r, col: 0, rowSpan: 1, colSpan: WIDTH });
    expect(at50.sheetName).toBe("Tiến độ 50d");
  });

  test("one numbered section per level with a two-row header: indicator over Chỉ tiêu | Kết quả | Đạt/Chưa đạt", () => {
    expect(at50.rows.filter((r) => r.kind === "section").map((r) => r.cells[0].value)).toEqual([
      "1. Các sở, ban, ngành tỉnh",
      "2. Các huyện, thị xã, thành phố",
      "Tổng hợp: đơn vị đạt toàn bộ chỉ tiêu",
    ]);
    const h = rowOf(at50, "header", "Đơn vị");
    expect(text(at50, h).slice(0, 3)).toEqual(["TT", "Đơn vị", "Tiến độ giải quyết"]);
    expect(text(at50, h)[5]).toBe("Tỷ lệ dịch vụ công trực tuyến");
    expect(text(at50, h)[20]).toBe("Số chỉ tiêu đạt");
    expect(mergeAt(at50, h, 2)).toEqual({ row: h, col: 2, rowSpan: 1, colSpan: 3 });
    for (const c of [0, 1, 20]) expect(mergeAt(at50, h, c)).toMatchObject({ rowSpan: 2, colSpan: 1 });
    expect(text(at50, h + 1).slice(2, 8)).toEqual(["Chỉ tiêu", "Kết quả", "Đạt/Chưa đạt", "Chỉ tiêu", "Kết quả", "Đạt/Chưa đạt"]);
    expect(at50.print.repeatRows).toEqual({ first: h, last: h + 1 });
    expect(text(at50, rowOf(at50, "header", "Địa phương"))[1]).toBe("Địa phương");
  });

  test("Sở Giao thông vận tải: payment 73% against 72,37% (Đạt) at 50 days, against 77,37% marked at 100 days", () => {
    const r50 = rowOf(at50, "data", "Sở Giao thông vận tải");
    // sections list units in a1's order without Sở Y tế: GTVT is the 4th
    // a1 line 457: tiến độ 92,12, DVC 40,3 (target 50), payment 73, công khai 13,2, hài lòng 100, số hóa 85
    expect(text(at50, r50)).toEqual([4, "Sở Giao thông vận tải", 100, 92.12, "Chưa đạt", 50, 40.3, "Chưa đạt", 72.37, 73, "Đạt", 100, 13.2, "Chưa đạt", 100, 100, "Đạt", 80, 85, "Đạt", "3/6"]);
    expect(at50.rows[r50].cells[9].style).toBe("value");
    const r100 = rowOf(at100, "data", "Sở Giao thông vận tải");
    const pay = at100.rows[r100].cells.slice(8, 11);
    expect(pay.map((c) => c.value)).toEqual([77.37, 73, "Chưa đạt"]);
    expect(pay.map((c) => c.style)).toEqual(["value", "marked", "marked"]);
    expect(pay[1].mark).toBe("Còn thiếu 4,37 điểm % so với chỉ tiêu 77,37%.");
    expect(percentVi(pay[0].value as number, pay[0].format!.kind === "percent" ? pay[0].format!.decimals : 0)).toBe("77,37%");
    expect(text(at100, r100)[20]).toBe("1/6");
  });

  test("a missing result is '—' with a note, never 'Chưa đạt'", () => {
    const r = rowOf(at50, "data", "Ban Quản lý khu kinh tế");
    const soHoa = at50.rows[r].cells.slice(17, 20);
    expect(soHoa.map((c) => c.value)).toEqual([80, "—", "—"]);
    expect(soHoa.map((c) => c.style)).toEqual(["value", "value", "value"]);
    expect(soHoa[1].mark).toBe("Chưa có số liệu kết quả.");
  });

  test("marks: one per unmet result, none on results at their target", () => {
    const unmet = at50.rows.flatMap((row) => row.cells.filter((c) => c.mark?.startsWith("Còn thiếu")));
    const chuaDat = at50.rows.flatMap((row) => row.cells.filter((c) => c.value === "Chưa đạt"));
    expect(unmet).toHaveLength(chuaDat.length);
    const nv = at50.rows[rowOf(at50, "data", "Sở Ngoại vụ")];
    expect(nv.cells.filter((c) => c.style === "marked")).toEqual([]);
    expect(nv.cells[20].value).toBe("6/6");
  });

  test("summary block: k/n per level, the rate, units without full data", () => {
    const h = rowOf(at50, "header", "Cấp");
    expect(text(at50, h)[2]).toBe("Đạt toàn bộ chỉ tiêu");
    // 19 columns after TT and Cấp shared by 3 fields: 7, 6, 6
    expect([2, 9, 15].map((c) => mergeAt(at50, h, c)?.colSpan)).toEqual([7, 6, 6]);
    const dep = text(at50, h + 1);
    const dis = text(at50, h + 2);
    // departments 2/3 (Ngoại vụ, Tài chính; n = units with số hóa), 17 − 3 = 14 without full data
    expect([dep[0], dep[1], dep[2], dep[9], dep[15]]).toEqual([1, "Các sở, ban, ngành tỉnh", "2/3", 66.67, 14]);
    // districts 1/16 (Chư Pưh), 6,25%; Chư Păh missing
    expect([dis[0], dis[1], dis[2], dis[9], dis[15]]).toEqual([2, "Các huyện, thị xã, thành phố", "1/16", 6.25, 1]);
    const at100Dep = text(at100, rowOf(at100, "header", "Cấp") + 1);
    expect(at100Dep[2]).toBe("1/3");
  });

  test("notes: how to read it, the missing, unknown and excluded units", () => {
    const notes = at50.rows.filter((r) => r.kind === "note").map((r) => String(r.cells[0].value));
    expect(notes[0]).toBe("Ghi chú:");
    expect(notes).toContain("- Ô tô nền vàng, chữ nghiêng đậm: chưa đạt chỉ tiêu; ghi chú trong ô nêu số điểm % còn thiếu.");
    expect(notes).toContain("- Ô “—”: chưa có số liệu kết quả, không tính là chưa đạt.");
    expect(notes).toContain("- Chưa có số liệu kết quả (không có trong bảng): Sở Y tế, Huyện Chư Păh.");
    expect(notes).toContain("- Có trong bảng kết quả nhưng không được giao chỉ tiêu: Công an tỉnh, Huyện Chư Pah.");
    expect(notes).toContain("- Không giao chỉ tiêu cho Ban Dân tộc, Thanh tra tỉnh: không có thủ tục hành chính (Kế hoạch, mục III.2, chú thích 2).");
  });

  test("print setup as the annex; one cell per column everywhere; few style blocks", () => {
    expect(at50.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect(at50.font.name).toBe("Times New Roman");
    for (const r of at50.rows) expect(r.cells).toHaveLength(WIDTH);
    const blocks = styleBlocks(at50);
    expect(blocks.reduce((s, b) => s + b.rows * b.cols, 0)).toBe(at50.rows.length * WIDTH);
  });
});
