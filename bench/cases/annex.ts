import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { parseCsvRecords, toCsv } from "../../src/domain/reading/csv";
import { buildAnnexModel } from "../../src/domain/report/annex-model";
import { excelValue } from "../../src/domain/report/table-model";
import { assignTargets, type BaselineUnit } from "../../src/domain/targets/assign";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { renderTableModel } from "../../src/excel/render-table-model";
import { sideBySide, type BenchCase } from "../harness";
import { countingContext } from "../counting-context";

const COLUMNS = ["cong_khai_minh_bach", "tien_do_giai_quyet", "dvc_truc_tuyen", "thanh_toan_truc_tuyen", "muc_do_hai_long", "so_hoa_ho_so"];
const CODES = ["CKMB.TL", "TDGQ.TL", "CLGQ.TL", "TTTT.TL", "MDHL.TL", "MDSH.TL"];

/** n communes with the real rates of a3, cycled under numbered names. */
function communes(n: number): Record<string, string>[] {
  const a3 = parseCsvRecords(fs.readFileSync(path.join(__dirname, "..", "..", "test", "fixtures", "seed-tables", "a3_2023_communes.csv"), "utf8"));
  return Array.from({ length: n }, (_, i) => ({ ...a3[i % a3.length], unit: `Xã Thử ${i + 1}` }));
}

function asBaseline(rows: Record<string, string>[]): BaselineUnit[] {
  return rows.map((r) => ({ unit: r.unit, level: "commune", values: Object.fromEntries(CODES.map((code, i) => [code, r[COLUMNS[i]] === "" ? null : Number(r[COLUMNS[i]])])) }));
}

function memoryIo(files: Record<string, string>): CliIo {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: (p) => Buffer.from(files[p]),
    writeFile: () => undefined,
    exists: (p) => p in files,
  };
}

export const cases: BenchCase[] = [
  {
    name: "annex: CLI 10k units vs raw exceljs",
    goal: "ratio ≤ 1.5",
    async run() {
      const rows = communes(10_000);
      const csv = toCsv([["unit", ...COLUMNS], ...rows.map((r) => [r.unit, ...COLUMNS.map((c) => r[c])])]);
      const io = memoryIo({ "base.csv": csv });
      const args = ["annex", "--baseline", "base.csv", "--campaign", "chien-dich-100-ngay-2024", "--out", "annex.xlsx", "--overwrite"];

      // The same cells, written bare by exceljs: the floor any .xlsx writer pays.
      const model = buildAnnexModel(assignTargets(getCampaignPreset("chien-dich-100-ngay-2024"), asBaseline(rows)));
      const raw = async () => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("raw");
        for (const row of model.rows) ws.addRow(row.cells.map((c) => excelValue(c)));
        await wb.xlsx.writeBuffer();
      };
      const r = await sideBySide(async () => {
        if ((await main(args, io)) !== 0) throw new Error("chiso annex failed");
      }, raw, 5);
      return { units: rows.length, cells: model.rows.length * model.columnWidths.length, cliMs: r.subjectMs, rawExceljsMs: r.baselineMs, ratio: r.ratio };
    },
  },
  {
    name: "annex: Office.js syncs by unit count",
    goal: "syncs ≤ 3",
    async run() {
      const figures: Record<string, number> = {};
      const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
      for (const n of [17, 220, 2_000, 10_000]) {
        const { context, syncs } = countingContext();
        await renderTableModel(context, buildAnnexModel(assignTargets(campaign, asBaseline(communes(n)))));
        figures[`syncs_${n}`] = syncs();
      }
      return figures;
    },
  },
];
