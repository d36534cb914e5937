import { excelApiTable } from "../excel/excel-api";

// The strict Excel fake (test/excel/fake-excel.ts) takes its allow-list from here; the e2e host gets the same table.
(globalThis as Record<string, unknown>).__EXCEL_API__ = excelApiTable();
