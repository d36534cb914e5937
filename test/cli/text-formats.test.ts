/**
 * Issue 9, Checks, second item: the same table saved as `,` CSV, `;` CSV with decimal commas
 * (UTF-8 with BOM and Windows-1258), TSV, UTF-16 and .xlsx gives the same rows from
 * `chiso score --format json`. The table is seed 002's annex I, districts (2023), as the
 * fixture a2_2023_districts.csv carries it (dot decimals, rates in percent).
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { parseCsv } from "../../src/domain/reading/csv";
import { decodeTextFile } from "../../src/domain/reading/text-file";
import { utf16be, utf16le, utf8, windows1258 } from "../helpers/encodings";
import { refusalLine } from "../helpers/cli-refusal";
import { fixturePath } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

const source = fs.readFileSync(fixturePath("seed-tables", "a2_2023_districts.csv"), "utf8");
const rows = parseCsv(source).filter((r) => r.some((c) => c !== ""));
const header = rows[0];
const RATE_COLUMNS = new Set(["cong_khai_minh_bach", "tien_do_giai_quyet", "dvc_truc_tuyen", "thanh_toan_truc_tuyen", "muc_do_hai_long", "so_hoa_ho_so"]);

const join = (rs: string[][], d: string) => rs.map((r) => r.join(d)).join("\r\n") + "\r\n";
const commaDecimals = rows.map((r) => r.map((c) => (/^\d+\.\d+$/.test(c) ? c.replace(".", ",") : c)));

/** "97.6" percent → "0.976" as a fraction, by moving the decimal point in the text (not by the code under test). */
function fractionText(percent: string): string {
  const [whole, frac = ""] = percent.split(".");
  const w = whole.padStart(3, "0");
  return `${w.slice(0, -2)}.${w.slice(-2)}${frac}`;
}

async function xlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRow(header);
  for (const r of rows.slice(1)) {
    const added = ws.addRow(r.map((c, j) => (RATE_COLUMNS.has(header[j]) ? Number(fractionText(c)) : /^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
    header.forEach((h, j) => {
      if (RATE_COLUMNS.has(h)) added.getCell(j + 1).numFmt = "0.0%";
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function scoreJson(file: string, data: string | Uint8Array): Promise<unknown> {
  const m = memoryIo({ [file]: data });
  const code = await main(["score", file, "--rules", "nhom-2023", "--format", "json"], m.io);
  // The one line allowed: which totals grade and rank (the table prints its own "Điểm đánh giá").
  const stderr = m.stderr().split("\n").filter((line) => line !== "" && !line.startsWith("Ghi chú: Xếp loại, k/n và xếp hạng theo điểm tính"));
  expect({ file, code, stderr }).toEqual({ file, code: 0, stderr: [] });
  return JSON.parse(m.stdout());
}

test("every saving of the table scores the same", async () => {
  const reference = await scoreJson("a.csv", join(rows, ","));
  // Huyện Mang Yang, seed 002 line 521: 18×97,6% + 20×89,65% + … the fixture's first unit
  expect((reference as { rows: { unit: string }[] }).rows[0].unit).toBe("Huyện Mang Yang");
  expect((reference as { rows: unknown[] }).rows).toHaveLength(rows.length - 1);
  const variants: [string, string | Uint8Array][] = [
    ["b.csv", utf8(join(commaDecimals, ";"), true)],
    ["c.csv", windows1258(join(commaDecimals, ";"))],
    ["d.tsv", join(rows, "\t")],
    ["e.csv", utf16le(join(commaDecimals, "\t"))],
    ["f.csv", utf16be(join(rows, ","))],
    ["g.xlsx", await xlsx()],
    // Excel's "Save as Unicode Text": UTF-16 LE with BOM, tab-separated, named .txt
    ["h.txt", utf16le(join(rows, "\t"))],
    ["i.txt", join(commaDecimals, ";")],
  ];
  for (const [file, data] of variants) expect({ file, out: await scoreJson(file, data) }).toEqual({ file, out: reference });
});

test("the portal capture saved by Excel as Unicode Text (.txt) scores as the .csv does, whatever the name", async () => {
  // gialai_2026-10-10_units.csv: 149 units; unit names hold commas, which a tab table keeps unquoted
  const csv = fs.readFileSync(fixturePath("portal-2026", "gialai_2026-10-10_units.csv"), "utf8");
  const portal = parseCsv(csv).filter((r) => r.some((c) => c !== ""));
  const scored = async (file: string, data: string | Uint8Array) => {
    const m = memoryIo({ [file]: data });
    const code = await main(["score", file, "--format", "json"], m.io);
    return { code, stdout: m.stdout(), refusal: m.stderr().startsWith("Lỗi") };
  };
  const reference = await scored("gialai.csv", csv);
  expect(reference.code).toBe(0);
  expect(JSON.parse(reference.stdout).rows).toHaveLength(149);
  const unicodeText = utf16le(join(portal, "\t"));
  for (const file of ["gialai.txt", "gialai.tsv", "gialai.TXT"]) expect({ file, ...(await scored(file, unicodeText)) }).toEqual({ file, ...reference });
});

describe("encodings", () => {
  const text = "Đơn vị;Tiến độ giải quyết\r\nXã Ia Rsươm;91,16\r\n";
  test.each([
    ["UTF-8", utf8(text), "utf-8"],
    ["UTF-8 with BOM", utf8(text, true), "utf-8"],
    ["UTF-16 LE", utf16le(text), "utf-16le"],
    ["UTF-16 BE", utf16be(text), "utf-16be"],
    ["UTF-16 LE without BOM", utf16le(text, false), "utf-16le"],
    ["Windows-1258", windows1258(text), "windows-1258"],
  ])("%s is read as the same text", (_, bytes, encoding) => {
    expect(decodeTextFile(bytes)).toEqual({ ok: true, text, encoding });
  });

  // "Tiến độ giải quyết" in the legacy fonts, byte by byte as their tables give it:
  // TCVN3 (ABC): ế = 0xD5, đ = 0xAE, ộ = 0xE9, ả = 0xB6; VNI: ế = e + 0xE1, đ = 0xF1, ộ = o + 0xE4, ả = a + 0xFB
  test("TCVN3 text is refused with a message naming TCVN3", () => {
    const bytes = Uint8Array.from([..."Ti"].map((c) => c.charCodeAt(0)).concat([0xd5, 0x6e, 0x20, 0xae, 0xe9, 0x20, 0x67, 0x69, 0xb6, 0x69]));
    expect(decodeTextFile(bytes)).toEqual({ ok: false, code: "file.legacyEncoding", params: { encoding: "TCVN3 (ABC)" } });
  });
  test("VNI text is refused with a message naming VNI", () => {
    const bytes = Uint8Array.from([0x54, 0x69, 0x65, 0xe1, 0x6e, 0x20, 0xf1, 0x6f, 0xe4, 0x20, 0x67, 0x69, 0x61, 0xfb, 0x69]);
    expect(decodeTextFile(bytes)).toEqual({ ok: false, code: "file.legacyEncoding", params: { encoding: "VNI" } });
  });
  test("the CLI says so and exits 2", async () => {
    const m = memoryIo({ "x.csv": Uint8Array.from([0x54, 0x69, 0x65, 0xe1, 0x6e, 0x20, 0xf1, 0x6f, 0xe4]) });
    expect(await main(["score", "x.csv"], m.io)).toBe(2);
    expect(m.stderr()).toBe(refusalLine("cli.fileUnreadable", { file: "x.csv", problem: { code: "file.legacyEncoding", params: { encoding: "VNI" } } }));
  });
});
