/**
 * Excel on the web refuses a request over 5 MB; the brief's ceiling is 4 MB. The data
 * budget stays below that so the JSON envelope (object paths, one entry per call) fits too.
 */
export const REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;
export const REQUEST_DATA_BUDGET_BYTES = 3 * 1024 * 1024;

/** Excel's limit on a worksheet name. */
export const SHEET_NAME_MAX = 31;
