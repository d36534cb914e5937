/** Office.js stand-in that accepts every call and counts syncs (a renderer's only round trips): sync counts without a workbook. */
export function countingContext(): { context: Excel.RequestContext; syncs: () => number } {
  let syncs = 0;
  const sink: unknown = new Proxy(function () {}, { get: () => sink, set: () => true, apply: () => sink });
  const context = {
    workbook: { worksheets: { load: () => undefined, items: [], add: () => sink }, application: { suspendApiCalculationUntilNextSync: () => undefined } },
    sync: async () => void syncs++,
  } as unknown as Excel.RequestContext;
  return { context, syncs: () => syncs };
}
