/** One Excel.run batch; injected so tests and the bench drive the adapter with a recording fake. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

export type Cell = string | number | boolean | null;
