/**
 * What `chiso score --out x.xlsx` writes, read back with exceljs: the source's numbers as
 * numbers, levels in Vietnamese, each unit's problems in a "Vấn đề" column, long names and
 * long statements laid out to be read whole (LibreOffice prints them: pdftotext).
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { toCsv } from "../../src/domain/reading/csv";
import { fixturePath, portalTable, seedTable } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

const PORTAL_UNITS = fixturePath("portal-2026", "gialai_2026-10-10_units.csv");

async function scoreToXlsx(file: string, files: Record<string, string> = {}) {
  const m = memoryIo(files);
  const code = await main(["score", file, "--out", "u.xlsx"], m.io);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(m.written["u.xlsx"] as Uint8Array) as never);
  return { m, code, wb, bytes: m.written["u.xlsx"] as Uint8Array };
}

/** The 1-based column of a header in row 1. */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const headers = (ws.getRow(1).values as unknown[]).slice(1);
  const i = headers.indexOf(header);
  expect([header, i]).not.toEqual([header, -1]);
  return i + 1;
}

/** The 1-based row of a unit in column `col`. */
function rowOf(ws: ExcelJS.Worksheet, col: number, unit: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => {
    if (r.getCell(col).value === unit) found ??= r;
  });
  expect(found).toBeDefined();
  return found!;
}

function everyText(wb: ExcelJS.Workbook): string[] {
  const texts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value)))));
  return texts;
}

describe("chiso score --out x.xlsx on the portal's units table (gialai 2026-10-10)", () => {
  const units = portalTable("units");

  it("writes the source's numbers as numbers, with the decimals the source shows, and its codes as text", async () => {
    const { wb } = await scoreToXlsx(PORTAL_UNITS);
    const ws = wb.getWorksheet("Bảng điểm")!;
    const unitCol = columnOf(ws, "unit");
    const first = units[0]; // Sở Văn hóa, Thể thao và Du lịch: total_score 79.27, MDHL 18.0, rank 1, code H21.17
    const row = rowOf(ws, unitCol, first.unit);
    const cell = (h: string) => row.getCell(columnOf(ws, h));
    for (const h of ["total_score", "CKMB", "TDGQ", "ONLINE", "TTTT", "MDSH", "MDHL", "rank", "group_rank"]) {
      expect([h, cell(h).type, cell(h).value]).toEqual([h, ExcelJS.ValueType.Number, Number(first[h])]);
    }
    // "18.0" keeps its one decimal (printed 18,0), "79.27" two, the rank none; vi-VN so LibreOffice prints 79,27
    expect(cell("MDHL").numFmt).toBe("[$-42A]0.0");
    expect(cell("CKMB").numFmt).toBe("[$-42A]0.00");
    expect(cell("rank").numFmt).toBe("0");
    expect([cell("unit_code").type, cell("unit_code").value]).toEqual([ExcelJS.ValueType.String, "H21.17"]);
    // no source number anywhere in the sheet is left as text
    const numberColumns = ["total_score", "CKMB", "TDGQ", "ONLINE", "TTTT", "MDSH", "MDHL", "rank", "group_rank"].map((h) => columnOf(ws, h));
    const asText: string[] = [];
    ws.eachRow((r, n) => n > 1 && numberColumns.forEach((c) => r.getCell(c).type !== ExcelJS.ValueType.Number && r.getCell(c).value !== null && asText.push(r.getCell(c).address)));
    expect(asText).toEqual([]);
  });

  it("names levels in Vietnamese on both sheets: AGENCY is Cấp tỉnh, COMMUNE is Cấp xã", async () => {
    const { wb } = await scoreToXlsx(PORTAL_UNITS);
    expect(everyText(wb).filter((t) => /\b(AGENCY|COMMUNE|DISTRICT)\b/.test(t))).toEqual([]);
    const ws = wb.getWorksheet("Bảng điểm")!;
    const levelCol = columnOf(ws, "level");
    const unitCol = columnOf(ws, "unit");
    const named = { AGENCY: "Cấp tỉnh", COMMUNE: "Cấp xã" } as Record<string, string>;
    for (const u of [units.find((u) => u.level === "AGENCY")!, units.find((u) => u.level === "COMMUNE")!]) {
      expect([u.unit, rowOf(ws, unitCol, u.unit).getCell(levelCol).value]).toEqual([u.unit, named[u.level]]);
    }
    // the k/n per level of "Tổng hợp": as many units per level as the fixture lists
    const summary = wb.getWorksheet("Tổng hợp")!;
    for (const [code, name] of Object.entries(named)) {
      expect([name, rowOf(summary, 1, name).getCell(2).value]).toEqual([name, units.filter((u) => u.level === code).length]);
    }
  });

  it("widens the name column for the longest name and grows a row whose name still wraps", async () => {
    const { wb } = await scoreToXlsx(PORTAL_UNITS);
    const ws = wb.getWorksheet("Bảng điểm")!;
    const unitCol = columnOf(ws, "unit");
    const width = ws.getColumn(unitCol).width!;
    // "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai", 46 characters: the 10 of before cut it to four lines
    expect(width).toBeGreaterThanOrEqual(30);
    expect(width).toBeLessThanOrEqual(40);
    expect(ws.getCell(2, unitCol).alignment?.wrapText).toBe(true);
  });

  it("LibreOffice prints the longest name and the summary's statement whole", async () => {
    const { bytes, m } = await scoreToXlsx(PORTAL_UNITS);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-score-xlsx-"));
    try {
      const xlsx = path.join(dir, "u.xlsx");
      fs.writeFileSync(xlsx, bytes);
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], { timeout: 170_000, stdio: "pipe" });
      const text = execFileSync("pdftotext", ["-layout", path.join(dir, "u.pdf"), "-"]).toString().normalize("NFC");
      const lines = text.split("\n").map((l) => l.replace(/\s+/g, " ").trim());
      expect(lines.some((l) => l.includes("Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai"))).toBe(true);
      // the statement stderr prints is the sheet's third line: wrapped over its merged cells, every word printed
      const statement = /Ghi chú: (.*)\n/.exec(m.stderr())![1];
      expect(text.replace(/\s+/g, " ")).toContain(statement);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe("the Vấn đề column: a unit's problems in the .xlsx, as the JSON lists them", () => {
  /** seed 002 annex I's departments (a1), Sở Ngoại vụ's "Tiến độ giải quyết" typed as 120 (printed 100.0): cell D9 of the file */
  function badTable(): string {
    const rows = seedTable("a1_2023_departments");
    const header = Object.keys(rows[0]);
    const body = rows.map((r) => header.map((h) => (r.unit === "Sở Ngoại vụ" && h === "tien_do_giai_quyet" ? "120" : r[h])));
    return toCsv([header, ...body]);
  }

  it("writes every problem of the row, one per line, and the row is tall enough for them", async () => {
    const files = { "bang.csv": badTable() };
    const json = memoryIo(files);
    await main(["score", "bang.csv"], json.io);
    const rows = (JSON.parse(json.stdout()) as { rows: { unit: string; problems: { code: string; cell?: string; message: string }[] }[] }).rows;
    const bad = rows.find((r) => r.unit === "Sở Ngoại vụ")!;
    expect(bad.problems.map((p) => [p.code, p.cell])).toContainEqual(["rate.outOfRange", "D9"]);

    const { wb, m, code } = await scoreToXlsx("bang.csv", files);
    expect(code).toBe(1);
    expect(m.stderr()).toContain('xem cột "Vấn đề"');
    const ws = wb.getWorksheet("Bảng điểm")!;
    const problemsCol = columnOf(ws, "Vấn đề");
    const row = rowOf(ws, columnOf(ws, "unit"), "Sở Ngoại vụ");
    const cell = row.getCell(problemsCol);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(String(cell.value).split("\n")).toEqual(bad.problems.map((p) => p.message));
    expect(cell.alignment?.wrapText).toBe(true);
    // three problems, three lines of 15 pt (Times New Roman 11)
    expect(bad.problems.length).toBe(3);
    expect(row.height).toBeGreaterThanOrEqual(3 * 15);
    // the bad cell itself is the number typed, not text
    expect(row.getCell(columnOf(ws, "tien_do_giai_quyet")).value).toBe(120);
    // a unit without a reader's problem lists only what the engine says of it, under the same column
    const fine = rows.find((r) => r.unit === "Sở Nội vụ")!;
    expect(String(rowOf(ws, columnOf(ws, "unit"), "Sở Nội vụ").getCell(problemsCol).value ?? "").split("\n")).toEqual(fine.problems.map((p) => p.message));
  });
});
