import { formatVietnamese } from "../parsing/text";

/**
 * The one problem type of the domain: what went wrong (a code), how bad it is, where
 * (row, column, cell address) and the values the message needs. Doors compose the
 * Vietnamese sentence from {@link CATALOGUE}; tests assert codes, not sentences.
 */
export type Severity = "error" | "warning" | "info";

export type ProblemParams = Readonly<Record<string, string | number>>;

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** 1-based row of the input (the header is row 1 of a table); 0 for the input as a whole */
  row: number;
  /** the column's header as the input names it, or "" */
  column: string;
  /** A1 address of the cell, when the door knows it */
  cell?: string;
  params: ProblemParams;
}

/** A number for a sentence: Vietnamese digits, and never "NaN" or "Infinity". */
export function shownNumber(n: number, decimals = 4): string {
  return Number.isFinite(n) ? formatVietnamese(n, decimals) : "(không phải số hữu hạn)";
}

const p = (params: ProblemParams, key: string): string => {
  const v = Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
  if (typeof v === "number") return shownNumber(v);
  return typeof v === "string" ? v : "";
};

/** Vietnamese messages, one per code, without the "Dòng …, cột …" prefix the door adds. */
export const CATALOGUE = {
  "number.invalid": (x: ProblemParams) => `"${p(x, "text")}" không phải số hợp lệ${p(x, "suggestion") ? `; có thể là ${p(x, "suggestion")}?` : "."}`,
  "number.nonFinite": () => "giá trị không phải số hữu hạn.",
  "number.spaceInDigits": (x: ProblemParams) =>
    `"${p(x, "text")}" có khoảng trắng giữa các chữ số; không rõ là một số hay hai số, hãy sửa lại ô.`,
  "number.badRatio": (x: ProblemParams) => `"${p(x, "text")}" không phải dạng điểm/tối đa hợp lệ (ví dụ 17,8/20).`,
  "rate.looksLikePercent": (x: ProblemParams) =>
    `ô Excel ghi số ${p(x, "value")}: trong Excel tỷ lệ là phân số của ô định dạng % (91,16% là 0,9116), ` +
    `số ${p(x, "value")} trông như số phần trăm. Hãy định dạng ô là % và nhập 91,16%, hoặc chia cho 100.`,
  "rate.outOfRange": (x: ProblemParams) => `tỷ lệ ${p(x, "value")}% nằm ngoài khoảng 0–100%.`,
  "points.aboveMax": (x: ProblemParams) => `điểm ${p(x, "value")} vượt điểm tối đa ${p(x, "max")}.`,
  "count.negative": (x: ProblemParams) => `số lượng không thể âm (${p(x, "value")}).`,
  "count.notACount": (x: ProblemParams) => `cần một số đếm, không phải "${p(x, "text")}".`,
  "count.numeratorAboveDenominator": (x: ProblemParams) =>
    `${p(x, "indicator")}: tử số ${p(x, "numerator")} lớn hơn mẫu số ${p(x, "denominator")}.`,
  "cell.excelError": (x: ProblemParams) => `ô chứa lỗi Excel ${p(x, "text")}.`,
  "cell.controlCharacter": (x: ProblemParams) => `ô có ký tự điều khiển không in được (mã ${p(x, "code")}); hãy xoá ký tự đó.`,
  "file.legacyEncoding": (x: ProblemParams) =>
    `tệp dùng bảng mã cũ ${p(x, "encoding")}, không phải Unicode; hãy chuyển tệp sang Unicode (UTF-8), ví dụ bằng Unikey Toolkit, rồi thử lại.`,
  "file.notPortalJson": () =>
    'không phải dữ liệu JSON của Cổng: cần "evaluation": [ { "departmentName", "totalScore", "groupScores" } ] ' +
    'hoặc [ { "departmentName", "metrics": [ { "code", "numerator", "denominator", "ratio" } ] } ].',
  "table.noUnitColumn": (x: ProblemParams) =>
    'không tìm thấy cột tên đơn vị (ví dụ: "Đơn vị", "Tên đơn vị", "Tỉnh/Thành phố"): cần một dòng tiêu đề có cột đó ' +
    `và các cột chỉ tiêu; đã tìm ở ${p(x, "rows") ? `các dòng 1–${p(x, "rows")}` : "dòng đầu"}.`,
  "row.duplicateName": (x: ProblemParams) => `đơn vị "${p(x, "unit")}" đã có ở dòng ${p(x, "first")}.`,
  "row.lookAlikeName": (x: ProblemParams) =>
    `tên "${p(x, "unit")}" gần trùng với "${p(x, "other")}" ở dòng ${p(x, "first")} (khác dấu, chữ hoa hoặc ký tự ẩn); hãy kiểm tra có phải cùng một đơn vị.`,
  "table.duplicateColumn": (x: ProblemParams) => `cột "${p(x, "column")}" trùng chỉ tiêu ${p(x, "indicator")} với cột "${p(x, "first")}"; chỉ dùng cột đầu.`,
  "row.noUnitName": () => "thiếu tên đơn vị.",
  "period.invalid": (x: ProblemParams) =>
    `kỳ "${p(x, "text")}" không đọc được là ${p(x, "kind")}: viết ${p(x, "example")}.`,
  "history.noTable": (x: ProblemParams) =>
    `sổ làm việc chưa có bảng lịch sử ${p(x, "table")}: nhập số liệu từng kỳ ở thẻ Nhập dữ liệu và bấm “Thêm vào lịch sử”.`,
  "history.notHistoryTable": (x: ProblemParams) =>
    `bảng ${p(x, "table")} không có tiêu đề của bảng lịch sử (cần các cột "Kỳ" và "Đơn vị"); không ghi gì vào bảng này.`,
  "history.noPeriods": (x: ProblemParams) => `Trang "${p(x, "sheet")}" chưa có kỳ nào trong bảng lịch sử.`,
  "mapping.invalid": (x: ProblemParams) => `bảng ghép tên ${p(x, "table")} không dùng được (tên cũ → tên mới):`,
} satisfies Record<string, (params: ProblemParams) => string>;

export type ProblemCode = keyof typeof CATALOGUE;

/** The problem's sentence without its place. */
export function problemText(problem: Pick<Problem, "code" | "params">): string {
  return CATALOGUE[problem.code](problem.params);
}

/** The problem's sentence with its place: `Dòng 5, cột "TDGQ.1": …`. */
export function problemMessage(problem: Pick<Problem, "code" | "params" | "row" | "column">): string {
  const where = problem.row > 0 ? `Dòng ${problem.row}${problem.column ? `, cột "${problem.column}"` : ""}: ` : "";
  return where + problemText(problem);
}
