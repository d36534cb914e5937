import { choiceOf, defaultPeriodChoice, periodOfChoice, periodOfImport } from "../../../src/domain/history/period-choice";
import { parsePeriod } from "../../../src/domain/history/period";
import { importCells } from "../../../src/domain/reading/import";
import { portalUnits, wideCells } from "../../helpers/portal-period";

describe("the period a user gives for an import", () => {
  test("the default is last month; in January, December of the year before", () => {
    expect(defaultPeriodChoice(new Date(2026, 10, 29))).toEqual({ kind: "month", value: "10/2026" });
    expect(defaultPeriodChoice(new Date(2027, 0, 5))).toEqual({ kind: "month", value: "12/2026" });
  });

  test.each([
    ["month", "8/2026", "2026-08"],
    ["month", "08-2026", "2026-08"],
    ["quarter", "III/2026", "2026-Q3"],
    ["quarter", "3/2026", "2026-Q3"],
    ["year", " 2026 ", "2026"],
    ["snapshot", "10/10/2026", "2026-10-10"],
    ["snapshot", "10.10.2026", "2026-10-10"],
  ] as const)("%s %j is %s", (kind, value, id) => {
    expect(periodOfChoice({ kind, value })?.id).toBe(id);
  });

  test.each([
    ["month", "13/2026"],
    ["month", "2026"],
    ["quarter", "V/2026"],
    ["year", "20266"],
    ["snapshot", "31/09/2026"],
    ["snapshot", "10/2026"],
  ] as const)("%s %j is refused", (kind, value) => {
    expect(periodOfChoice({ kind, value })).toBeNull();
  });

  test("a period shown in the fields reads back as itself", () => {
    for (const id of ["2026", "2026-Q3", "2026-08", "2026-10-10"]) expect(periodOfChoice(choiceOf(parsePeriod(id)!))?.id).toBe(id);
  });

  test("the title above the header names the period; none when the table starts at its header", () => {
    const cells = wideCells(portalUnits().slice(0, 3));
    const titled = [["Kết quả đánh giá tính đến ngày 10/10/2026"], [], ...cells];
    expect(periodOfImport(titled, importCells(titled))?.id).toBe("2026-10-10");
    expect(periodOfImport(cells, importCells(cells))).toBeNull();
    const text = ["Bảng điểm quý III/2026", cells.map((r) => r.join("\t")).join("\n")].join("\n");
    expect(periodOfImport(text, { tables: [{ row: 2, columns: [] }] })?.id).toBe("2026-Q3");
  });
});
