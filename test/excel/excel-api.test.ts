import * as fs from "fs";
import * as path from "path";
import { parseExcelApi } from "../../scripts/excel-api/parse";
import { FakeExcel } from "./fake-excel";
import { declaredExcelApi } from "./excel-api";
import current from "./excel-api.json";

describe("the strict fake's allow-list", () => {
  it("is what @types/office-js says today (regenerate: npx tsx scripts/excel-api/generate.ts)", () => {
    const dts = fs.readFileSync(path.join(__dirname, "..", "..", "node_modules", "@types", "office-js", "index.d.ts"), "utf8");
    expect(parseExcelApi(dts)).toEqual(current);
  });

  it("reads the sets of the members the adapter calls from their doc tags", () => {
    const api = current as unknown as Record<string, Record<string, [string, string, string | null]>>;
    expect(api.Worksheet.getRangeByIndexes).toEqual(["1.7", "m", "Range"]);
    expect(api.WorksheetFreezePanes.freezeRows[0]).toBe("1.7");
    expect(api.Worksheet.pageLayout).toEqual(["1.9", "p", "PageLayout"]);
    expect(api.Range.values[0]).toBe("1.1");
  });

  it("refuses, as Excel would, a member of a set manifest.xml does not declare", async () => {
    expect(declaredExcelApi()).toBe("1.9");
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    // Worksheet.comments needs ExcelApi 1.10; getRangeByIndexes (1.7) is declared
    await expect(fake.run(async (context) => context.workbook.worksheets.getItem("Sheet1").comments)).rejects.toThrow(/ExcelApi 1\.10; manifest\.xml declares ExcelApi 1\.9/);
    await expect(fake.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1).format.font.bold)).resolves.toBeUndefined();
  });
});
