import * as fs from "fs";
import * as os from "os";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { refusalLine } from "../helpers/cli-refusal";
import { fixturePath, num, seedTable } from "../helpers/fixtures";

/** Real files in, written files kept in memory. */
function memoryIo(extra: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (p) => (p in extra ? Buffer.from(extra[p]) : fs.readFileSync(p)),
    writeFile: (p, d) => void written.set(p, d),
    exists: (p) => p in extra || fs.existsSync(p),
  };
  return { io, out, err, written, stdout: () => out.join(""), stderr: () => err.join("") };
}

const A1 = fixturePath("seed-tables", "a1_2023_departments.csv");
const A2 = fixturePath("seed-tables", "a2_2023_districts.csv");
const A3 = fixturePath("seed-tables", "a3_2023_communes.csv");

interface JsonOut {
  sections: { level: string; note?: string; rows: { unit: string; values: Record<string, Record<string, number | null>>; overridden: { indicator: string; milestones: string[]; value: number; rule: number; reason: string }[] }[] }[];
  excluded: { unit: string; reason: string }[];
}

async function annexJson(baseline: string): Promise<{ json: JsonOut; code: number; stderr: string }> {
  const m = memoryIo();
  const code = await main(["annex", "--baseline", baseline, "--campaign", "chien-dich-100-ngay-2024", "--format", "json"], m.io);
  return { json: JSON.parse(m.stdout()) as JsonOut, code, stderr: m.stderr() };
}

describe("chiso annex --format json, from the annex I tables (a1, a2)", () => {
  test("the header matcher reads a1/a2's columns; every a4/a5 target equals the output", async () => {
    const { json, code, stderr } = await annexJson(`${A1},${A2}`);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(json.sections.map((s) => [s.level, s.rows.length])).toEqual([
      ["department", 17],
      ["district", 17],
      ["commune", 0],
    ]);
    // a4/a5 columns → (indicator, milestone ids)
    const prefix: Record<string, string> = { tien_do: "TDGQ.TL", dvc: "CLGQ.TL", thanh_toan: "TTTT.TL", cong_khai: "CKMB.TL", hai_long: "MDHL.TL", so_hoa: "MDSH.TL" };
    const suffix: Record<string, string[]> = { "2023": ["base"], target: ["50d", "100d"], target_50d: ["50d"], target_100d: ["100d"] };
    let compared = 0;
    for (const [table, section] of [
      ["a4_targets_departments", 0],
      ["a5_targets_districts", 1],
    ] as const) {
      seedTable(table).forEach((r, i) => {
        const row = json.sections[section].rows[i];
        expect(row.unit).toBe(r.unit);
        for (const [col, text] of Object.entries(r)) {
          const m = /^([a-z_]+?)_(2023|target|target_50d|target_100d)$/.exec(col);
          if (!m) continue;
          for (const key of suffix[m[2]]) {
            expect([row.unit, col, key, row.values[prefix[m[1]]][key]]).toEqual([row.unit, col, key, num(text)]);
            compared++;
          }
        }
      });
    }
    expect(compared).toBe(17 * (5 + 12) + 17 * (6 + 12)); // a4: 5 bases, a5: 6; both 12 milestone targets per row
  });

  test("overridden cells are listed on their row with the rule's value and the reason", async () => {
    const { json } = await annexJson(`${A1},${A2}`);
    const yTe = json.sections[0].rows.find((r) => r.unit === "Sở Y tế")!;
    expect(yTe.overridden.map(({ indicator, milestones, value, rule }) => ({ indicator, milestones, value, rule }))).toEqual([
      { indicator: "CLGQ.TL", milestones: ["50d"], value: 92.9, rule: 30 },
      { indicator: "CLGQ.TL", milestones: ["100d"], value: 97.9, rule: 60 },
    ]);
  });

  test("communes (a3) get rows with their district's targets and the Ia Yeng warning", async () => {
    const { json, code, stderr } = await annexJson(`${A1},${A2},${A3}`);
    expect(code).toBe(0); // warnings only
    const communes = json.sections.find((s) => s.level === "commune")!;
    expect(communes.rows).toHaveLength(220);
    const yeng = communes.rows.find((r) => r.unit === "Xã Ia Yeng")!;
    expect(yeng.values["CLGQ.TL"]).toEqual({ base: 100, "50d": 30, "100d": 60 });
    expect(stderr).toMatch(/Xã Ia Yeng – Tỷ lệ dịch vụ công trực tuyến, Chỉ tiêu 100 ngày và duy trì trong thời gian tiếp theo: chỉ tiêu 60% thấp hơn kết quả năm 2023 \(100%\)/);
  });

  test("a level column and an excluded unit, from a user's table", async () => {
    const csv = "Đơn vị,Cấp,Tỷ lệ dịch vụ công trực tuyến,Thanh toán trực tuyến\nThanh tra tỉnh,tỉnh,0,0\nCông an tỉnh,tỉnh,\"62,5%\",10\nUBND xã Ia Hrú,xã,-,\n";
    const m = memoryIo({ "bang.csv": csv });
    const code = await main(["annex", "--baseline", "bang.csv", "--campaign", "chien-dich-100-ngay-2024", "--format", "json"], m.io);
    const json = JSON.parse(m.stdout()) as JsonOut;
    expect(code).toBe(0);
    expect(json.excluded).toEqual([{ unit: "Thanh tra tỉnh", reason: "Không có thủ tục hành chính (Kế hoạch, mục III.2, chú thích 2)." }]);
    expect(json.sections.map((s) => s.level)).toEqual(["department", "commune"]);
    // 62,5 ≥ 50 → 72,5 at 100 days; steps 30, 50 passed → 67,5 at 50 days
    expect(json.sections[0].rows[0].values["CLGQ.TL"]).toEqual({ base: 62.5, "50d": 67.5, "100d": 72.5 });
    expect(json.sections[1].rows[0].values["TTTT.TL"]).toEqual({ base: null, "50d": 20, "100d": 55 });
  });
});

describe("chiso annex → .xlsx", () => {
  test("writes the annex: values as fractions with vi-VN percent formats, merges, print setup, Times New Roman", async () => {
    const m = memoryIo();
    const code = await main(["annex", "--baseline", `${A1},${A2}`, "--campaign", "chien-dich-100-ngay-2024", "--out", "phu-luc.xlsx"], m.io);
    expect(code).toBe(0);
    expect(m.stdout()).toBe("Đã ghi phu-luc.xlsx: 34 đơn vị, 7 ô điều chỉnh, 0 đơn vị không giao chỉ tiêu.\n");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(m.written.get("phu-luc.xlsx") as Uint8Array) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Phụ lục II")!;
    expect(ws.getCell("A1").value).toBe("PHỤ LỤC II");
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.model.merges).toContain("A1:Q1");
    // Sở Giao thông vận tải, payment: 67,37% → 72,37% → 77,37% (seed 002 line 1145)
    let gt = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(2).value === "Sở Giao thông vận tải") gt = r;
    });
    expect([8, 9, 10].map((c) => ws.getRow(gt).getCell(c).value)).toEqual([0.6737, 0.7237, 0.7737]);
    expect(ws.getRow(gt).getCell(9).numFmt).toBe("[$-42A]0.00%");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "6:7" });
    // an overridden cell carries its reason as a note
    let xd = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(2).value === "Sở Xây dựng") xd = r;
    });
    const note = ws.getRow(xd).getCell(6).note;
    expect(typeof note === "string" ? note : JSON.stringify(note)).toContain("68,7%");
  });

  test("an .xlsx baseline: percent cells (0,403 shown 40,30%) are read as percent, without float noise", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kết quả");
    ws.addRow(["STT", "Tên đơn vị", "Tỷ lệ dịch vụ công trực tuyến", "Tỷ lệ thanh toán trực tuyến"]);
    ws.addRow([1, "Sở Giao thông vận tải", 0.403, 0.6737]);
    for (const c of ["C2", "D2"]) ws.getCell(c).numFmt = "0.00%";
    const path = `${os.tmpdir()}/chiso-annex-baseline-${process.pid}.xlsx`;
    await wb.xlsx.writeFile(path);
    try {
      const m = memoryIo();
      expect(await main(["annex", "--baseline", path, "--campaign", "chien-dich-100-ngay-2024", "--format", "json"], m.io)).toBe(0);
      const row = (JSON.parse(m.stdout()) as JsonOut).sections[0].rows[0];
      // a4: Sở Giao thông vận tải, DVC 40,3 → 50 / 60; payment 67,37 → 72,37 / 77,37
      expect(row.values["CLGQ.TL"]).toEqual({ base: 40.3, "50d": 50, "100d": 60 });
      expect(row.values["TTTT.TL"]).toEqual({ base: 67.37, "50d": 72.37, "100d": 77.37 });
    } finally {
      fs.rmSync(path, { force: true });
    }
  });

  test("a campaign file is validated with Vietnamese messages; a missing --out is refused", async () => {
    const bad = { ...getCampaignPreset("chien-dich-100-ngay-2024"), milestones: [] };
    const m = memoryIo({ "cd.json": JSON.stringify(bad) });
    expect(await main(["annex", "--baseline", A1, "--campaign", "cd.json", "--out", "x.xlsx"], m.io)).toBe(2);
    // the first of the campaign's problems: no milestone at all (the others follow from it)
    const first = refusalLine("cli.campaignInvalid", { file: "cd.json", problems: [{ code: "json.tooFew", row: 0, column: "", params: { path: "mốc", minimum: 1 } }] });
    expect(m.stderr().slice(0, first.length)).toBe(first);

    const n = memoryIo();
    expect(await main(["annex", "--baseline", A1, "--campaign", "chien-dich-100-ngay-2024"], n.io)).toBe(2);
    expect(n.stderr()).toBe(refusalLine("cli.outNeeded", { example: "phu-luc.xlsx", screenFormats: ["json"] }));

    const u = memoryIo();
    expect(await main(["annex", "--baseline", A1, "--campaign", "khong-co"], u.io)).toBe(2);
    expect(u.stderr()).toBe('Lỗi: Không có chiến dịch mẫu "khong-co". Các mẫu có sẵn: chien-dich-100-ngay-2024.\n');
  });

  test("a user's campaign file with its own milestones and overrides", async () => {
    const preset = getCampaignPreset("chien-dich-100-ngay-2024");
    const own = {
      ...preset,
      id: "quy-3-2026",
      overrides: [{ unit: "Sở Tư pháp", indicator: "TTTT.TL", milestone: "100d", value: 70, reason: "Sở đăng ký mức cao hơn." }],
    };
    const m = memoryIo({ "quy3.json": JSON.stringify(own) });
    expect(await main(["annex", "--baseline", A1, "--campaign", "quy3.json", "--format", "json"], m.io)).toBe(0);
    const json = JSON.parse(m.stdout()) as JsonOut;
    const tp = json.sections[0].rows.find((r) => r.unit === "Sở Tư pháp")!;
    expect(tp.values["TTTT.TL"]).toEqual({ base: 0, "50d": 20, "100d": 70 });
    expect(json.sections[0].rows.find((r) => r.unit === "Sở Y tế")!.overridden).toEqual([]);
  });
});
