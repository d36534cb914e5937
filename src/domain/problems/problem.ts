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

const FORMATS = new Map<number, Intl.NumberFormat>();

/**
 * A number for a sentence: Vietnamese digits (91,16; 1.234), and never "NaN" or "Infinity".
 * Intl rather than the parsers' formatter, so that problems sit below every other layer of
 * the domain (the JSON validation, which the rule sets use, reports with them too).
 */
export function shownNumber(n: number, decimals = 4): string {
  if (!Number.isFinite(n)) return "(không phải số hữu hạn)";
  let format = FORMATS.get(decimals);
  if (!format) FORMATS.set(decimals, (format = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: decimals })));
  return format.format(n === 0 ? 0 : n);
}

const p = (params: ProblemParams, key: string): string => {
  const v = Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
  if (typeof v === "number") return shownNumber(v);
  return typeof v === "string" ? v : "";
};

/** The field a JSON problem is about, as its sentence starts: "chỉ tiêu số 4 (TDGQ.1) › ngưỡng: ". */
const at = (params: ProblemParams): string => (p(params, "path") ? `${p(params, "path")}: ` : "");

/**
 * What a custom function's arguments and ranges are called in a sentence: the door passes the
 * key ("numerator"), the words stay here with the catalogue.
 */
export const ARGUMENT_NAMES = {
  rate: "tỷ lệ",
  numerator: "tử số",
  denominator: "mẫu số",
  dossiers: "số hồ sơ",
  targetRate: "tỷ lệ cần đạt",
  central: "chỉ tiêu trung ương",
  uplift: "mức tăng",
  cap: "mức trần",
  base: "kết quả năm trước",
  values: "vùng số liệu",
  headers: "vùng tiêu đề",
  history: "bảng lịch sử",
  table: "bảng số liệu",
} as const;

export type ArgumentName = keyof typeof ARGUMENT_NAMES;

/** The argument a param names ("argument": "values" → "vùng số liệu"); an unknown key is no argument's name. */
function argument(params: ProblemParams, key: string): string {
  const v = p(params, key);
  return Object.prototype.hasOwnProperty.call(ARGUMENT_NAMES, v) ? ARGUMENT_NAMES[v as ArgumentName] : "đối số";
}

/** "A, B, C và 4 mục khác": a list stays readable in one line (an Excel error tooltip). */
export function shownList(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} và ${items.length - max} mục khác`;
}

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
  // The portal's points table: a unit's total against its group points.
  "points.totalFromGroups": (x: ProblemParams) => `ô tổng điểm trống hoặc không đọc được: tổng điểm ${p(x, "total")} là tổng điểm các nhóm.`,
  "points.totalNotSum": (x: ProblemParams) =>
    `tổng điểm in ${p(x, "total")} khác tổng điểm các nhóm (${p(x, "sum")}); đã dùng tổng điểm in, hãy kiểm tra lại các ô điểm.`,
  "count.negative": (x: ProblemParams) => `số lượng không thể âm (${p(x, "value")}).`,
  "count.notACount": (x: ProblemParams) => `cần một số đếm, không phải "${p(x, "text")}".`,
  "count.numeratorAboveDenominator": (x: ProblemParams) =>
    `${p(x, "indicator")}: tử số ${p(x, "numerator")} lớn hơn mẫu số ${p(x, "denominator")}.`,
  // The long form gives an indicator's counts as a pair: one of them alone is not read, nor is its ratio used instead.
  "count.pairIncomplete": (x: ProblemParams) =>
    `${p(x, "indicator")}: có ${argument(x, "given")} nhưng thiếu ${argument(x, "missing")}; chỉ tiêu này không được tính.`,
  "cell.excelError": (x: ProblemParams) => `ô chứa lỗi Excel ${p(x, "text")}.`,
  "cell.controlCharacter": (x: ProblemParams) => `ô có ký tự điều khiển không in được (mã ${p(x, "code")}); hãy xoá ký tự đó.`,
  "file.legacyEncoding": (x: ProblemParams) =>
    `tệp dùng bảng mã cũ ${p(x, "encoding")}, không phải Unicode; hãy chuyển tệp sang Unicode (UTF-8), ví dụ bằng Unikey Toolkit, rồi thử lại.`,
  "file.notPortalJson": () =>
    'không phải dữ liệu JSON của Cổng: cần "evaluation": [ { "departmentName", "totalScore", "groupScores" } ] ' +
    'hoặc [ { "departmentName", "metrics": [ { "code", "numerator", "denominator", "ratio" } ] } ].',
  "table.noUnitColumn": (x: ProblemParams) =>
    'không tìm thấy cột tên đơn vị (ví dụ: "Đơn vị", "Tên đơn vị", "Tỉnh/Thành phố"): cần một dòng tiêu đề có cột đó ' +
    // 0 rows: an empty table, where no line could be looked at ("các dòng 1–0" said nothing)
    `và các cột chỉ tiêu; ${p(x, "rows") === "0" ? "bảng trống, không có dòng nào" : `đã tìm ở ${p(x, "rows") ? `các dòng 1–${p(x, "rows")}` : "dòng đầu"}`}.`,
  "row.duplicateName": (x: ProblemParams) => `đơn vị "${p(x, "unit")}" đã có ở dòng ${p(x, "first")}.`,
  "row.lookAlikeName": (x: ProblemParams) =>
    `tên "${p(x, "unit")}" gần trùng với "${p(x, "other")}" ở dòng ${p(x, "first")} (khác dấu, chữ hoa hoặc ký tự ẩn); hãy kiểm tra có phải cùng một đơn vị.`,
  "table.duplicateColumn": (x: ProblemParams) => `cột "${p(x, "column")}" trùng chỉ tiêu ${p(x, "indicator")} với cột "${p(x, "first")}"; chỉ dùng cột đầu.`,
  "row.noUnitName": () => "thiếu tên đơn vị.",
  "row.notAUnit": (x: ProblemParams) =>
    `dòng "${p(x, "text")}" không có số hay dấu "Chưa có dữ liệu" nào ở các cột chỉ tiêu: coi là dòng tiêu đề hoặc ghi chú, không tính là đơn vị; ` +
    'nếu đây là một đơn vị chưa có số liệu, hãy ghi "Chưa có dữ liệu" vào các ô của nó.',
  "row.summaryRow": (x: ProblemParams) =>
    `dòng "${p(x, "text")}" là dòng tổng hợp (tổng, cộng, bình quân), không phải một đơn vị: không chấm điểm, xếp loại hay xếp hạng như một đơn vị.`,
  "period.invalid": (x: ProblemParams) =>
    `kỳ "${p(x, "text")}" không đọc được là ${p(x, "kind")}: viết ${p(x, "example")}.`,
  "history.noTable": (x: ProblemParams) =>
    `sổ làm việc chưa có bảng lịch sử ${p(x, "table")}: nhập số liệu từng kỳ ở thẻ Nhập dữ liệu và bấm “Thêm vào lịch sử”.`,
  "history.notHistoryTable": (x: ProblemParams) =>
    `bảng ${p(x, "table")} không có tiêu đề của bảng lịch sử (cần các cột "Kỳ" và "Đơn vị"); không ghi gì vào bảng này.`,
  "history.noHeader": () => 'không thấy tiêu đề bảng lịch sử (cần các cột "Kỳ" và "Đơn vị").',
  "history.badPeriod": (x: ProblemParams) => `kỳ "${p(x, "text")}" không đọc được (viết 2026, 2026-Q3, 2026-08 hoặc 2026-10-10); bỏ qua dòng này.`,
  "history.noUnit": () => "thiếu tên đơn vị; bỏ qua dòng này.",
  "history.notANumber": (x: ProblemParams) => `"${p(x, "text")}" không phải là số; coi như trống.`,
  "history.noPeriods": (x: ProblemParams) => `Trang "${p(x, "sheet")}" chưa có kỳ nào trong bảng lịch sử.`,
  // Refusals of a whole table before anything is written (Tính điểm, the status report, the province, a campaign's reports).
  "table.cannotScore": (x: ProblemParams) => `bảng ${p(x, "table")} chưa tính điểm được.`,
  "table.pointsOnly": (x: ProblemParams) =>
    `bảng ${p(x, "table")} là bảng điểm nhóm của Cổng, không có tỷ lệ của từng chỉ tiêu. Hãy dùng bảng chỉ tiêu (mỗi đơn vị một dòng, hoặc bảng chi tiết của Cổng).`,
  "table.noRuleSetIndicator": (x: ProblemParams) =>
    `bảng ${p(x, "table")} không có cột nào là chỉ tiêu của bộ quy tắc "${p(x, "ruleSet")}". Hãy chọn bộ quy tắc khác trong Cài đặt, hoặc nhập lại dữ liệu.`,
  "table.alreadyScored": (x: ProblemParams) =>
    `bảng ${p(x, "table")} đã có cột ${p(x, "columns")}: bảng đã được tính điểm. Hãy nhập lại dữ liệu vào bảng mới để tính lại.`,
  "table.noRows": (x: ProblemParams) => `bảng ${p(x, "table")} không có dòng đơn vị nào.`,
  "table.unitGone": (x: ProblemParams) =>
    `không còn đơn vị “${p(x, "unit")}” trong bảng ${p(x, "table")}. Hãy bấm “Làm mới danh sách” rồi chọn lại.`,
  "campaign.ruleSetMissing": (x: ProblemParams) =>
    `chiến dịch dùng bộ quy tắc "${p(x, "ruleSet")}" chưa có: hãy nạp nó trong Cài đặt. Chưa ghi gì vào sổ làm việc.`,
  "progress.noIndicator": (x: ProblemParams) =>
    `bảng kỳ báo cáo không có cột nào khớp chỉ tiêu của chiến dịch (${p(x, "indicators")}). Chưa ghi gì vào sổ làm việc.`,
  "progress.noReports": () =>
    "trang “Lịch sử” chưa có báo cáo nào đến một ngày (ví dụ 2024-04-10). Hãy nhập từng báo cáo định kỳ, chọn kỳ “đến ngày”, và thêm vào lịch sử.",
  "progress.noMatch": () =>
    "không đơn vị nào trong các báo cáo ở trang “Lịch sử” khớp với đơn vị được giao chỉ tiêu (kiểm tra tên đơn vị). Chưa ghi gì vào sổ làm việc.",
  "mapping.invalid": (x: ProblemParams) => `bảng ghép tên ${p(x, "table")} không dùng được (tên cũ → tên mới):`,
  "mapping.emptyOld": (x: ProblemParams) => `tên cũ trống (tên mới "${p(x, "to")}").`,
  "mapping.emptyNew": (x: ProblemParams) => `tên mới trống (tên cũ "${p(x, "from")}").`,
  "mapping.twoTargets": (x: ProblemParams) => `"${p(x, "from")}" đã được ghép với "${p(x, "before")}", không thể ghép thêm với "${p(x, "to")}".`,
  "total.printedNotPoints": (x: ProblemParams) => `điểm in "${p(x, "text")}" không phải điểm từ 0 đến ${p(x, "max")}; dùng điểm tính theo bộ quy tắc.`,
  "baseline.unknownLevel": (x: ProblemParams) => `không hiểu cấp "${p(x, "text")}" (cần: sở/ban/ngành, huyện, xã); đã xác định theo tên đơn vị.`,

  // The scoring engine, about one indicator's value (the door names the indicator: "TDGQ.1: …").
  "score.rateNotFinite": () => "tỷ lệ không phải là một số hữu hạn (phải từ 0% đến 100%).",
  "score.rateNegative": (x: ProblemParams) => `tỷ lệ ${p(x, "value")}% không hợp lệ (phải từ 0% đến 100%).`,
  "score.rateAbove100": (x: ProblemParams) => `tỷ lệ ${p(x, "value")}% vượt 100%, đã tính như 100%.`,
  "score.emptyDenominatorZero": () => "mẫu số bằng 0, tính 0 điểm theo quy tắc.",
  "score.emptyDenominatorFull": () => "mẫu số bằng 0, được đủ điểm theo quy tắc.",
  "score.emptyDenominatorNoPoints": () => "mẫu số bằng 0, không có điểm.",
  // Without the points themselves (they stand in the group's column): the pane lists the units alike as one line.
  "score.groupPrinted": (x: ProblemParams) =>
    `điểm nhóm ${p(x, "group")} là điểm Cổng in, không phải điểm CHISO tính: bảng không có đủ số liệu các chỉ tiêu của nhóm.`,
  "score.missing": (x: ProblemParams) => `thiếu số liệu "${p(x, "name")}".`,
  "score.missingRateOrCounts": (x: ProblemParams) => `thiếu số liệu "${p(x, "name")}" (cần tỷ lệ, hoặc cả tử số và mẫu số).`,
  "score.countsNegative": (x: ProblemParams) => `tử số và mẫu số phải là số không âm (đang là ${p(x, "numerator")}/${p(x, "denominator")}).`,
  "score.countsNotFinite": () => "tử số và mẫu số phải là số hữu hạn, không âm.",
  // A province's whole (pooled from its units): why an indicator could not be known.
  // The whole (a province) from its parts: why an indicator is not known, and the total left open.
  "whole.noUnits": () => "không tính được từ các đơn vị: bảng không có đơn vị nào.",
  "whole.noCounts": () => "không tính được từ các đơn vị: bảng không có tử số và mẫu số của chỉ tiêu này cho các đơn vị.",
  "whole.partsWithoutCounts": (x: ProblemParams) =>
    `không tính được từ các đơn vị: ${p(x, "unit")}${Number(x.others) > 0 ? ` và ${p(x, "others")} đơn vị khác` : ""} thiếu tử số hoặc mẫu số, nên không cộng được.`,
  "whole.unitWithoutValue": (x: ProblemParams) => `không tính được từ các đơn vị: ${p(x, "unit")} không có số liệu của chỉ tiêu này.`,
  "whole.valuesDiffer": () =>
    "không tính được từ các đơn vị: các đơn vị có giá trị khác nhau, trong khi chỉ tiêu này tính như nhau cho mọi đơn vị.",
  "whole.countedByProcedures": () =>
    "không tính được từ các đơn vị: đếm theo thủ tục hành chính: mỗi thủ tục chỉ tính một lần cho toàn tỉnh, nên không cộng số của các đơn vị được; cần dòng số liệu của chính tỉnh.",
  "whole.countedByPetitions": () =>
    "không tính được từ các đơn vị: đếm theo phản ánh, kiến nghị: số của tỉnh gồm cả phản ánh gửi tới tỉnh, nhiều hơn tổng của các đơn vị; cần dòng số liệu của chính tỉnh.",
  "whole.countingUnknown": () =>
    "không tính được từ các đơn vị: bộ quy tắc không nói chỉ tiêu này đếm theo hồ sơ hay theo thủ tục, nên không cộng số của các đơn vị.",
  "whole.totalOpen": (x: ProblemParams) => `Tổng điểm chưa tính được vì thiếu ${p(x, "missing")}; đã biết ${p(x, "known")}/${p(x, "max")} điểm.`,
  "score.numeratorWithZeroDenominator": (x: ProblemParams) => `mẫu số bằng 0 nhưng tử số là ${p(x, "numerator")}.`,

  // A campaign's targets and progress, from its baseline and result tables.
  "target.unknownMilestone": (x: ProblemParams) => `chiến dịch "${p(x, "campaign")}" không có mốc "${p(x, "milestone")}". Các mốc: ${p(x, "milestones")}.`,
  "target.noSharedIndicator": (x: ProblemParams) =>
    `chiến dịch "${p(x, "campaign")}" giao chỉ tiêu theo bộ quy tắc "${p(x, "ruleSet")}", không trùng mã chỉ tiêu nào của bảng này: không tính phần "nếu đạt chỉ tiêu".`,
  "target.levelNotAssigned": (x: ProblemParams) => `"${p(x, "unit")}" thuộc ${p(x, "level")}, chiến dịch "${p(x, "campaign")}" không giao chỉ tiêu cho cấp này.`,
  "target.duplicateBaselineRow": (x: ProblemParams) => `"${p(x, "unit")}" có hai dòng trong số liệu gốc.`,
  "target.duplicateResultRow": (x: ProblemParams) => `"${p(x, "unit")}" có hai dòng trong số liệu kết quả; dùng dòng đầu.`,
  "target.districtNotFound": (x: ProblemParams) => `không tìm thấy "${p(x, "district")}" của "${p(x, "unit")}" trong số liệu gốc: chỉ tiêu tính theo quy tắc.`,
  "target.overrideMatchesNoUnit": (x: ProblemParams) =>
    `điều chỉnh cho "${p(x, "unit")}" (${p(x, "indicator")}, mốc ${p(x, "milestone")}) không khớp đơn vị nào trong số liệu gốc.`,
  "target.belowBaseline": (x: ProblemParams) =>
    `${p(x, "unit")} – ${p(x, "indicator")}, ${p(x, "milestone")}: chỉ tiêu ${p(x, "target")}% thấp hơn kết quả ${p(x, "baseLabel")} (${p(x, "base")}%).`,

  // Import (a selection, pasted text, a PDF annex): lines that are not units, and checks across rows.
  "import.section": (x: ProblemParams) => `mục "${p(x, "text")}": các đơn vị bên dưới thuộc cấp ${p(x, "level")}.`,
  "import.headerLine": () => "dòng tiêu đề cột.",
  "import.pageNumber": (x: ProblemParams) => `dòng chỉ có số "${p(x, "text")}" (có thể là số trang), đã bỏ qua.`,
  "import.notAUnit": () => "không phải dòng số liệu của đơn vị, đã bỏ qua.",
  "import.dataBeforeHeader": () => "dòng có dạng số liệu nhưng chưa có tiêu đề bảng phía trên, đã bỏ qua.",
  "import.duplicateColumn": (x: ProblemParams) =>
    `cột "${p(x, "column")}" trùng nội dung với cột "${p(x, "first")}"; chỉ đọc cột đầu, cột này giữ nguyên ở phần thêm.`,
  "import.noUnitColumn": () => 'không tìm thấy cột tên đơn vị (ví dụ: "Đơn vị", "Tên đơn vị", "Cấp xã"); các dòng của bảng này không đọc được.',
  "import.noIndicatorColumn": () =>
    'không nhận ra cột chỉ tiêu nào (ví dụ: "TDGQ.1", "Tiến độ giải quyết", "Tỷ lệ TTHC công bố đúng hạn"); các dòng của bảng này không đọc được.',
  "import.noHeader": () => 'không tìm thấy dòng tiêu đề cột (ví dụ: "STT | Đơn vị | Tiến độ giải quyết | …") đứng trước các dòng số liệu.',
  "import.dataWithoutName": () => "có số liệu nhưng thiếu tên đơn vị; dòng này không được đọc.",
  "import.rowWithoutUnitColumn": () => "bảng không có cột tên đơn vị nên dòng này không được đọc.",
  "import.noValues": (x: ProblemParams) => `"${p(x, "unit")}" không có số liệu nào.`,
  "import.totalOutOfRange": (x: ProblemParams) => `điểm ${p(x, "value")} nằm ngoài khoảng 0–100.`,
  "import.missingPercentSign": (x: ProblemParams) => `"${p(x, "text")}" thiếu dấu %, đã đọc là ${p(x, "value")}%.`,
  "import.dotDecimal": (x: ProblemParams) => `"${p(x, "text")}" dùng dấu chấm thập phân, đã đọc là ${p(x, "value")}${p(x, "percent") ? "%" : ""}.`,
  "import.unknownLevel": (x: ProblemParams) => `không hiểu cấp "${p(x, "text")}" (dùng: tỉnh, huyện, xã).`,
  "import.levelNotFound": (x: ProblemParams) => `không xác định được cấp của "${p(x, "unit")}" (tỉnh, huyện hay xã).`,
  "import.numberCount": (x: ProblemParams) => `có ${p(x, "found")} số nhưng tiêu đề bảng có ${p(x, "expected")} cột số liệu; dòng này không được đọc.`,
  "import.districtNotSplit": (x: ProblemParams) =>
    `không tách được tên huyện khỏi "${p(x, "unit")}" (tên huyện được nhận ra khi lặp lại ở nhiều dòng).`,
  "import.extraNumbers": (x: ProblemParams) => `thừa ${p(x, "count")} số cuối dòng so với tiêu đề; giữ ở "Phần thêm".`,
  "import.duplicateUnit": (x: ProblemParams) => `đơn vị "${p(x, "unit")}"${p(x, "district") ? ` (${p(x, "district")})` : ""} trùng với dòng ${p(x, "first")}.`,
  "import.lookAlikeUnit": (x: ProblemParams) =>
    `tên "${p(x, "unit")}" chỉ khác dấu với "${p(x, "other")}" ở dòng ${p(x, "first")}${p(x, "district") ? ` (${p(x, "district")})` : ""}: hai đơn vị khác nhau hay một dòng bị chép lại?`,
  "import.copiedValues": (x: ProblemParams) =>
    `các tỷ lệ của "${p(x, "unit")}" giống hệt "${p(x, "other")}" (dòng ${p(x, "first")}): kiểm tra xem có bị chép nhầm dòng không.`,
  "import.totalOff": (x: ProblemParams) =>
    `điểm ${p(x, "total")} của "${p(x, "unit")}" lệch ${p(x, "gap")} điểm so với điểm ước tính từ các tỷ lệ (${p(x, "estimate")}): kiểm tra lại điểm hoặc các tỷ lệ.`,
  "import.sttRepeated": (x: ProblemParams) => `STT ${p(x, "stt")} lặp lại (đã có ở dòng ${p(x, "first")}).`,
  "import.sttGap": (x: ProblemParams) => `STT nhảy từ ${p(x, "from")} lên ${p(x, "to")}: thiếu STT ${p(x, "missing")}.`,
  "import.noteCount": (x: ProblemParams) =>
    `ghi chú "${p(x, "note")}" nói ${p(x, "district")} có ${p(x, "said")} ${p(x, "level")}, nhưng bảng có ${p(x, "found")}.`,
  "import.noteWeak": (x: ProblemParams) =>
    `ghi chú "${p(x, "note")}" nói ${p(x, "district")} có ${p(x, "said")} ${p(x, "level")} dưới ${p(x, "below")} điểm, nhưng bảng có ${p(x, "found")}.`,
  // A user's JSON (rule set, campaign, task list): the field's path in words, what was expected, what was found.
  "json.syntax": (x: ProblemParams) =>
    `tệp không phải JSON hợp lệ${p(x, "column") ? ` (lỗi ở ký tự thứ ${p(x, "column")} của dòng)` : ""}; hãy kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép.`,
  "json.missing": (x: ProblemParams) => `${at(x)}thiếu giá trị bắt buộc.`,
  "json.wrongType": (x: ProblemParams) => `${at(x)}cần ${p(x, "expected")}, nhưng tệp ghi ${p(x, "received")}.`,
  "json.tooFew": (x: ProblemParams) => `${at(x)}cần ít nhất ${p(x, "minimum")} mục.`,
  "json.tooMany": (x: ProblemParams) => `${at(x)}có nhiều hơn ${p(x, "maximum")} mục.`,
  "json.empty": (x: ProblemParams) => `${at(x)}không được để trống.`,
  "json.tooLong": (x: ProblemParams) => `${at(x)}dài quá ${p(x, "maximum")} ký tự.`,
  "json.tooSmall": (x: ProblemParams) => `${at(x)}giá trị ${p(x, "value")} quá nhỏ (cần ${p(x, "inclusive") || "ít nhất"} ${p(x, "minimum")}).`,
  "json.tooBig": (x: ProblemParams) => `${at(x)}giá trị ${p(x, "value")} quá lớn (tối đa ${p(x, "maximum")}).`,
  "json.notOneOf": (x: ProblemParams) => `${at(x)}"${p(x, "value")}" không phải giá trị được phép (chỉ nhận: ${p(x, "allowed")}).`,
  "json.noMatchingShape": (x: ProblemParams) => `${at(x)}không khớp dạng nào được phép.`,
  "json.unknownKeys": (x: ProblemParams) => `${at(x)}trường không được hỗ trợ: ${p(x, "keys")}.`,
  "json.invalid": (x: ProblemParams) => `${at(x)}giá trị không hợp lệ.`,

  "ruleset.badCode": (x: ProblemParams) => `${at(x)}mã "${p(x, "value")}" phải viết hoa, dạng NHOM hoặc NHOM.1.`,
  "ruleset.badId": (x: ProblemParams) => `${at(x)}mã bộ quy tắc "${p(x, "value")}" chỉ gồm chữ thường, số, dấu chấm và gạch ngang.`,
  "ruleset.badDate": (x: ProblemParams) => `${at(x)}ngày "${p(x, "value")}" phải có dạng YYYY-MM-DD.`,
  "ruleset.duplicateGroup": (x: ProblemParams) => `${at(x)}nhóm ${p(x, "group")} bị khai báo hai lần.`,
  "ruleset.duplicateIndicator": (x: ProblemParams) => `${at(x)}chỉ tiêu ${p(x, "indicator")} bị khai báo hai lần.`,
  "ruleset.unknownGroup": (x: ProblemParams) => `${at(x)}chỉ tiêu ${p(x, "indicator")} thuộc nhóm ${p(x, "group")} không có trong danh sách nhóm.`,
  "ruleset.groupMaxMismatch": (x: ProblemParams) => `${at(x)}nhóm ${p(x, "group")}: điểm tối đa ${p(x, "max")} khác tổng điểm các chỉ tiêu (${p(x, "sum")}).`,
  "ruleset.unknownCompositePart": (x: ProblemParams) => `${at(x)}nhóm gộp ${p(x, "composite")} nhắc tới nhóm ${p(x, "group")} không tồn tại.`,
  "ruleset.gradesNotDescending": (x: ProblemParams) => `${at(x)}các mức xếp loại phải xếp theo ngưỡng giảm dần.`,
  "ruleset.lastGradeNotZero": (x: ProblemParams) => `${at(x)}mức xếp loại cuối cùng phải có ngưỡng 0 để mọi điểm đều được xếp loại.`,

  "campaign.badId": (x: ProblemParams) => `${at(x)}mã "${p(x, "value")}" chỉ gồm chữ thường không dấu, số, dấu chấm và gạch ngang.`,
  "campaign.badSheetName": (x: ProblemParams) => `${at(x)}tên trang tính "${p(x, "value")}" không được chứa [ ] : * ? / \\.`,
  "campaign.stepsNotIncreasing": (x: ProblemParams) => `${at(x)}các mốc phải tăng dần.`,
  "campaign.duplicateMilestone": (x: ProblemParams) => `${at(x)}mã mốc bị trùng.`,
  "campaign.duplicateLevel": (x: ProblemParams) => `${at(x)}cấp đơn vị bị trùng.`,
  "campaign.unknownMilestone": (x: ProblemParams) => `${at(x)}mốc "${p(x, "milestone")}" không có trong danh sách mốc.`,
  "campaign.milestoneTwice": (x: ProblemParams) => `${at(x)}chỉ tiêu ${p(x, "indicator")}: một mốc thuộc hai cột.`,
  "campaign.milestoneMissing": (x: ProblemParams) => `${at(x)}chỉ tiêu ${p(x, "indicator")}: phải có chỉ tiêu cho mọi mốc.`,
  "campaign.unknownIndicator": (x: ProblemParams) => `${at(x)}không có chỉ tiêu "${p(x, "indicator")}" trong chiến dịch.`,
  "campaign.unknownPreset": (x: ProblemParams) => `không có chiến dịch mẫu "${p(x, "id")}". Các mẫu có sẵn: ${p(x, "known")}.`,
  "import.noRuleSets": () => "cần ít nhất một bộ quy tắc để nhận ra các cột.",
  // Import cleans tables of rates or counts; the portal's two other shapes are scored as they are, never cleaned as rates.
  "import.pointsTable": (x: ProblemParams) =>
    `đây là bảng điểm theo nhóm của Cổng (${p(x, "units")} đơn vị; điểm nhóm ${p(x, "groups")} và tổng điểm), không phải bảng tỷ lệ cần làm sạch: ` +
    "điểm không được đọc thành tỷ lệ. Hãy tính điểm thẳng từ bảng này: dùng `chiso score`, hoặc chép bảng vào Excel rồi bấm Tính điểm. Chưa ghi gì.",
  "import.longFormTable": (x: ProblemParams) =>
    `đây là bảng chi tiết của Cổng (mỗi dòng một đơn vị và một chỉ tiêu; ${p(x, "units")} đơn vị), không phải bảng mỗi đơn vị một dòng cần làm sạch. ` +
    "Hãy tính điểm thẳng từ bảng này: dùng `chiso score`, hoặc chép bảng vào Excel rồi bấm Tính điểm. Chưa ghi gì.",
  // A source's printed points of one indicator differ from the rule set's (the door names the indicator).
  "scoring.drift": (x: ProblemParams) => `${p(x, "units")} đơn vị lệch tới ${p(x, "difference")} điểm: quy tắc của Cổng có thể đã đổi.`,
  "campaign.unknownOverrideMilestone": (x: ProblemParams) => `${at(x)}không có mốc "${p(x, "milestone")}".`,

  "ruleset.unknown": (x: ProblemParams) => `không có bộ quy tắc "${p(x, "id")}". Các bộ có sẵn: ${p(x, "known")}.`,
  "ruleset.builtinReplaced": (x: ProblemParams) => `không thể thay bộ quy tắc có sẵn "${p(x, "id")}": hãy đặt mã khác.`,

  // A custom function's refusals (#VALUE!: the user must fix an argument; #N/A: no answer yet). The door adds the
  // subject of a value ("TDGQ.1 tử số: …") and capitalises; {@link ARGUMENT_NAMES} names its arguments.
  "function.unexpected": () => "CHISO gặp lỗi ngoài dự kiến khi tính hàm này; hãy kiểm tra các đối số, hoặc báo lỗi cho bộ phận hỗ trợ.",
  "function.notALine": (x: ProblemParams) =>
    `${argument(x, "argument")} phải là một dòng hoặc một cột (đang là ${p(x, "rows")} dòng × ${p(x, "columns")} cột).`,
  "function.notATable": (x: ProblemParams) => `${argument(x, "argument")} phải là một vùng ô có dòng tiêu đề.`,
  "function.ruleSetNotText": () => 'mã bộ quy tắc phải là văn bản, ví dụ "dvcqg-2026".',
  "function.noIndicator": () => 'thiếu mã chỉ tiêu (ví dụ "TDGQ.1" hoặc tên chỉ tiêu).',
  "function.unknownIndicator": (x: ProblemParams) => `bộ quy tắc ${p(x, "ruleSet")} không có chỉ tiêu "${p(x, "text")}". Các mã: ${p(x, "codes")}.`,
  "function.noGroup": () => 'thiếu mã nhóm (ví dụ "TDGQ" hoặc tên nhóm).',
  "function.unknownGroup": (x: ProblemParams) => `bộ quy tắc ${p(x, "ruleSet")} không có nhóm "${p(x, "text")}". Các nhóm: ${p(x, "groups")}.`,
  "function.valueCount": (x: ProblemParams) =>
    `có ${p(x, "count")} giá trị nhưng bộ quy tắc ${p(x, "ruleSet")} có ${p(x, "indicators")} chỉ tiêu (${p(x, "scored")} chỉ tiêu tính điểm), ` +
    `theo thứ tự ${p(x, "order")}. Hãy chọn đủ ô hoặc thêm vùng tiêu đề.`,
  "function.headerSize": (x: ProblemParams) =>
    `vùng tiêu đề có ${p(x, "headers")} ô nhưng vùng số liệu có ${p(x, "cells")} ô: hai vùng phải cùng kích thước.`,
  "function.duplicateColumn": (x: ProblemParams) => `hai cột cùng là ${p(x, "indicator")}${p(x, "part") ? ` ${argument(x, "part")}` : ""}: cột "${p(x, "column")}" bị trùng.`,
  // a title among the unknown columns of function.missing, for a column without one
  "function.untitledColumn": (x: ProblemParams) => `(cột ${p(x, "column")} không có tiêu đề)`,
  "function.missing": (x: ProblemParams) =>
    `thiếu số liệu ${p(x, "indicators")} (bộ quy tắc ${p(x, "ruleSet")}): chưa tính được điểm.${p(x, "unknownColumns") ? ` Không nhận ra cột: ${p(x, "unknownColumns")}.` : ""}`,
  "function.badPeriod": (x: ProblemParams) => `kỳ "${p(x, "text")}" không đọc được: viết 2026, "2026-Q3", "2026-08" hoặc "2026-10-10".`,
  "function.noUnit": () => "cần tên hoặc mã đơn vị.",
  "function.historyNoColumn": (x: ProblemParams) => `bảng lịch sử không có cột điểm của "${p(x, "what")}".`,
  "function.historyNoTotalColumn": () => 'bảng lịch sử không có cột "Tổng điểm".',
  "function.historyNoPoints": (x: ProblemParams) => `${p(x, "unit")}: kỳ ${p(x, "period")} không có điểm "${p(x, "what")}".`,
  "function.historyNoTotal": (x: ProblemParams) => `${p(x, "unit")}: kỳ ${p(x, "period")} không có tổng điểm.`,
  "function.historyNoPeriod": (x: ProblemParams) => `lịch sử không có kỳ ${p(x, "period")} (${p(x, "label")}).`,
  "function.historyNoUnit": (x: ProblemParams) => `không có đơn vị "${p(x, "unit")}" trong kỳ ${p(x, "period")}.`,
  "function.historyEmpty": () => "bảng lịch sử chưa có kỳ nào.",
  "function.historyOnePeriod": (x: ProblemParams) => `lịch sử chỉ có một kỳ (${p(x, "period")}): chưa có kỳ trước để so sánh.`,
  "function.historyNotBefore": (x: ProblemParams) => `${p(x, "unit")} không có ở kỳ trước (${p(x, "period")}).`,
  "function.gradeEmpty": () => "ô điểm trống: chưa xếp loại được.",
  "function.scaleGiven": (x: ProblemParams) => `"${p(x, "text")}" đã có thang điểm riêng: bỏ đối số điểm tối đa.`,
  "function.gradeNotNumber": () => "cần một số điểm hoặc tỷ lệ để xếp loại.",
  "function.badMax": () => "điểm tối đa phải là số lớn hơn 0 (ví dụ 100, 20 hoặc 1).",
  "function.gradeOutOfRange": (x: ProblemParams) => `điểm ${p(x, "value")} phải nằm trong khoảng 0 đến ${p(x, "max")}.`,
  "function.noGrades": () => "bộ quy tắc không có mức xếp loại.",
  "function.needText": () => 'cần một văn bản chứa số, ví dụ "91,16%".',
  "function.emptyCell": () => "ô không có số liệu.",
  "function.missingRate": (x: ProblemParams) => `thiếu tỷ lệ "${p(x, "name")}".`,
  "function.missingNumerator": () => "thiếu tử số.",
  "function.missingDenominator": () => "thiếu mẫu số.",
  "function.displayOnly": (x: ProblemParams) => `${p(x, "indicator")} (${p(x, "name")}) chỉ để theo dõi, không tính điểm.`,
  "function.noPoints": () => "không có điểm.",
  "function.zeroDenominatorNoIndicator": () => "mẫu số bằng 0: tỷ lệ không xác định. Ghi thêm mã chỉ tiêu để áp dụng quy tắc mẫu số 0.",
  "function.zeroDenominatorNoRate": () => "mẫu số bằng 0, theo quy tắc không có tỷ lệ.",
  "function.zeroDenominatorRuleUnknown": () => "quy tắc mẫu số 0 không rõ.",
  "function.missingTargetRate": () => "thiếu tỷ lệ cần đạt (ví dụ 90%).",
  "function.noDossiers": () => "mẫu số bằng 0: chưa có hồ sơ nào, nên không tính được số hồ sơ cần thêm.",
  "function.missingCentral": () => "thiếu chỉ tiêu trung ương (ví dụ 50% cho hồ sơ trực tuyến).",
  "function.capBelowCentral": () => "mức trần thấp hơn chỉ tiêu trung ương.",

  // A number typed into a field of the task pane (a target, a rule value, an override).
  "typed.empty": () => "hãy nhập một số (ví dụ 72,5).",
  "typed.notANumber": (x: ProblemParams) => `“${p(x, "text")}” không phải là số (ví dụ 72,5).${p(x, "suggestion") ? ` Có thể là ${p(x, "suggestion")}?` : ""}`,
} satisfies Record<string, (params: ProblemParams) => string>;

export type ProblemCode = keyof typeof CATALOGUE;

/** A sentence as it starts on its own: its first letter a capital ("tỷ lệ …" → "Tỷ lệ …"). */
export function capitalised(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The problem's sentence without its place. */
export function problemText(problem: Pick<Problem, "code" | "params">): string {
  // A user's text in the params may be decomposed (macOS, some PDFs): the sentence is NFC whole.
  return CATALOGUE[problem.code](problem.params).normalize("NFC");
}

/**
 * Where a problem sits, in words: `Ô D7 (cột "TDGQ.1")` when its cell is known, else
 * `Dòng 7, cột "TDGQ.1"` (a line of pasted or PDF text), or "" for the input as a whole.
 */
export function problemPlace(problem: Pick<Problem, "row" | "column" | "cell">): string {
  const column = problem.column ? `cột "${problem.column}"` : "";
  if (problem.cell) return `Ô ${problem.cell}${column ? ` (${column})` : ""}`;
  return problem.row > 0 ? `Dòng ${problem.row}${column ? `, ${column}` : ""}` : "";
}

/** The problem's sentence with its place: `Ô D7 (cột "TDGQ.1"): …`, `Dòng 5: …`. */
export function problemMessage(problem: Pick<Problem, "code" | "params" | "row" | "column" | "cell">): string {
  const where = problemPlace(problem);
  return ((where ? `${where}: ` : "") + problemText(problem)).normalize("NFC");
}

/** A problem about one indicator, as the scoring engine reports it: "TDGQ.1: thiếu số liệu …". */
export function indicatorProblemText(problem: Pick<Problem, "code" | "params"> & { indicator: string }): string {
  return `${problem.indicator}: ${problemText(problem)}`.normalize("NFC");
}

/** Whether a code is one of the catalogue's (a user's key such as "constructor" never is). */
export function isProblemCode(code: unknown): code is ProblemCode {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}

/** The sentences of a list of problems, each with its place, as a door lists them. */
export function problemMessages(problems: readonly Pick<Problem, "code" | "params" | "row" | "column" | "cell">[]): string[] {
  return problems.map(problemMessage);
}
