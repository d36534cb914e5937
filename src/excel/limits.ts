/** Excel's limit on a worksheet name. */
export const SHEET_NAME_MAX = 31;
