/**
 * The summary sheet of seed 002 annex I, one model through both renderers: `chiso score
 * --out x.xlsx` (exceljs) and the Excel renderer of Tính điểm (the fake workbook). The
 * same cells; the file's formulas evaluated by HyperFormula give the values written beside
 * them; LibreOffice opens the file and prints the same counts (test-artifacts/summary-page.png).
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import { HyperFormula } from "hyperformula";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { scoreWorkbookModels } from "../../src/cli/commands/score";
import { readScoringInput } from "../../src/cli/scoring-input";
import { officialTotals } from "../../src/domain/report/official-totals";
import { scoreUnit } from "../../src/domain/scoring/score";
import { renderTableModel } from "../../src/excel/render-table-model";
import { chartOmittedNote } from "../../src/cli/xlsx/render-table-model";
import { FakeExcel } from "../excel/fake-excel";
import { annexI } from "../excel/seed-workbook";
import { seedTable } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");
/** Annex I with its one broken number mended as the user does on the import screen (Xã Diên Phú, "9.,8%" → "9,8%"). */
const mendedAnnexI = () => annexI().replace("9.,8%", "9,8%");

/** annex I pasted, imported to CSV, scored to .xlsx on the printed totals, as a user does it on the command line */
async function scoredFile() {
  const m = memoryIo({ "phu-luc-i.txt": mendedAnnexI() });
  expect(await main(["import", "phu-luc-i.txt", "--format", "csv", "--out", "bang.csv"], m.io)).toBeLessThanOrEqual(1);
  const code = await main(["score", "bang.csv", "--rules", "nhom-2023", "--totals", "printed", "--out", "bang.xlsx"], m.io);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(m.written["bang.xlsx"] as Uint8Array) as never);
  return { m, code, wb, bytes: m.written["bang.xlsx"] as Uint8Array };
}

/** The counts per grade nhom-2023 gives annex I's printed "Điểm" (a2 + a3, 237 units), the 17 departments without one. */
function handCounts(): Map<string, number> {
  const printed = [...seedTable("a2_2023_districts"), ...seedTable("a3_2023_communes")].map((r) => Number(r.diem));
  const band = (d: number) => (d >= 90 ? "Xuất sắc" : d >= 80 ? "Tốt" : d >= 70 ? "Khá" : d >= 50 ? "Trung bình" : "Yếu");
  const counts = new Map<string, number>();
  for (const d of printed) counts.set(band(d), (counts.get(band(d)) ?? 0) + 1);
  return counts;
}

const cellValue = (c: ExcelJS.Cell): unknown => {
  const v = c.value as unknown;
  if (v && typeof v === "object" && "formula" in v) return (v as ExcelJS.CellFormulaValue).result;
  return v ?? null;
};

describe("Tổng hợp of seed 002 annex I, through both renderers", () => {
  it("the CLI writes the scored table and the summary, stating the totals it counts", async () => {
    const { m, wb } = await scoredFile();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Bảng điểm", "Tổng hợp"]);
    expect(m.stdout()).toContain("Đã ghi bang.xlsx: trang “Bảng điểm” (254 đơn vị) và trang “Tổng hợp”.");
    expect(m.stderr()).toContain("Ghi chú: Xếp loại, k/n và xếp hạng theo Điểm đánh giá in trong bảng nguồn (cột “Điểm đánh giá”) cho 237 đơn vị");
    const summary = wb.getWorksheet("Tổng hợp")!;
    const rows = new Map<string, unknown[]>();
    summary.eachRow((r) => rows.set(String(r.getCell(1).value), [1, 2, 3].map((c) => cellValue(r.getCell(c)))));
    for (const [grade, n] of handCounts()) expect([grade, rows.get(grade)?.[1]]).toEqual([grade, n]);
    expect(rows.get("Chưa đủ số liệu")?.[1]).toBe(17);
    expect(rows.get("Tổng số")?.[1]).toBe(254);
    expect(summary.getCell("H4").value).toBe(chartOmittedNote("Tổng điểm theo đơn vị"));
  });

  it("the Excel renderer writes the same cells, and draws the chart", async () => {
    const { wb } = await scoredFile();
    const m = memoryIo({ "phu-luc-i.txt": mendedAnnexI() });
    await main(["import", "phu-luc-i.txt", "--format", "csv", "--out", "bang.csv"], m.io);
    const { ruleSet, table } = await readScoringInput("bang.csv", "nhom-2023", m.io);
    const scored = table.units.map((u) => scoreUnit(ruleSet, u.input));
    const [, model] = scoreWorkbookModels(ruleSet, table, scored, officialTotals(ruleSet, table, scored, "printed"), "bang.csv");
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    await fake.run(async (context) => renderTableModel(context as never, model, {}));
    const excel = fake.sheet("Tổng hợp")!;
    expect(excel.chartLog).toHaveLength(1);
    const file = wb.getWorksheet("Tổng hợp")!;
    const written = excel.dump();
    const differences: string[] = [];
    model.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        const x = file.getCell(r + 1, c + 1);
        if (x.isMerged && x.master.address !== x.address) return; // exceljs reads a merge's covered cells as its first
        const w = written[r]?.[c] ?? null;
        if (cell.formula) {
          if (w !== cell.formula || (x.value as ExcelJS.CellFormulaValue).formula !== cell.formula.slice(1)) differences.push(`${r},${c}: ${String(w)}`);
        } else if ((w === "" ? null : w) !== cellValue(x)) differences.push(`${r},${c}: ${String(w)} ≠ ${String(cellValue(x))}`);
      }),
    );
    expect(differences).toEqual([]);
  });

  it("the file's formulas, evaluated by HyperFormula, give the values written beside them", async () => {
    const { wb } = await scoredFile();
    const sheets: Record<string, unknown[][]> = {};
    const formulas: { sheet: string; row: number; col: number; result: unknown }[] = [];
    for (const ws of wb.worksheets) {
      const grid: unknown[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        grid[r - 1] = [];
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const v = cell.value as unknown;
          if (v && typeof v === "object" && "formula" in v) {
            grid[r - 1][c - 1] = `=${(v as ExcelJS.CellFormulaValue).formula}`;
            // exceljs writes a 0 result as an empty <v/> and reads it back as no result
            formulas.push({ sheet: ws.name, row: r - 1, col: c - 1, result: (v as ExcelJS.CellFormulaValue).result ?? 0 });
          } else grid[r - 1][c - 1] = v ?? null;
        });
      });
      sheets[ws.name] = Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
    }
    const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: "gpl-v3" });
    expect(formulas.length).toBe(13); // counts of 5 grades and of "Chưa đủ số liệu", and 7 shares (with "Tổng số")
    for (const f of formulas) {
      const got = hf.getCellValue({ sheet: hf.getSheetId(f.sheet)!, row: f.row, col: f.col });
      expect([f.row, f.col, typeof got === "number" ? Math.round(got * 1e6) / 1e6 : got]).toEqual([f.row, f.col, f.result]);
    }
  });

  it("opens in LibreOffice with the same counts (test-artifacts/summary-page.png)", async () => {
    const { bytes } = await scoredFile();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-summary-lo-"));
    try {
      const xlsx = path.join(dir, "bang.xlsx");
      fs.writeFileSync(xlsx, bytes);
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], { timeout: 170_000, stdio: "pipe" });
      const pdf = path.join(dir, "bang.pdf");
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
      let page = 0;
      let text = "";
      for (let p = pages; p >= 1 && !page; p--) {
        text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"]).toString().normalize("NFC");
        if (text.includes("TỔNG HỢP KẾT QUẢ CHỈ SỐ 766")) page = p;
      }
      expect(page).toBeGreaterThan(0);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      // the top of the page (counts, k/n): the part to look at
      execFileSync("pdftoppm", ["-png", "-r", "110", "-f", String(page), "-l", String(page), "-H", "700", "-singlefile", pdf, path.join(ARTIFACTS, "summary-page")]);
      const words = text.replace(/\s+/g, " ");
      const total = 254;
      for (const [grade, n] of handCounts()) {
        // Vietnamese shares as LibreOffice prints them: 12,34%
        const share = ((100 * n) / total).toFixed(2).replace(".", ",");
        expect(words).toContain(`${grade} ${n} ${share}%`);
      }
      expect(words).toContain("Chưa đủ số liệu 17 6,69%");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
