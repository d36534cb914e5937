/*
 * The CHISO custom functions (namespace CHISO, set in manifest.xml). CustomFunctionsMetadataPlugin
 * reads the JSDoc below into functions.json and appends CustomFunctions.associate at build time:
 * ids are stored in workbooks and must never change; every text a user reads is Vietnamese.
 * Each wrapper only routes arguments to a helper; `guarded` lets nothing but a
 * CustomFunctions.Error (#VALUE! or #N/A with a message) leave a function.
 */
import { isBlank } from "./cells";
import { guarded } from "./errors";
import { gradeLabel, vietnameseNumber } from "./grade";
import { indicatorPoints, rateOf } from "./indicator";
import { groupArg, indicatorArg, ruleSetArg } from "./rule-args";
import { scoreTable, type OutputCell } from "./score-table";
import { campaignTarget } from "./target";
import { unitGroup, unitTotal } from "./unit-score";

/**
 * Tổng điểm Chỉ số 766 của một đơn vị, từ một dòng hoặc một cột tỷ lệ. Thiếu chỉ tiêu nào thì trả về #N/A nêu rõ chỉ tiêu đó, không cộng thiếu.
 * @customfunction DIEM DIEM
 * @param values Dòng hoặc cột tỷ lệ các chỉ tiêu (ô định dạng %, hoặc văn bản như "91,16%"); có thể gồm cột tử số, mẫu số.
 * @param headers Dòng tiêu đề tương ứng: mã (CKMB.1) hoặc tên chỉ tiêu. Bỏ trống thì theo thứ tự chỉ tiêu của bộ quy tắc.
 * @param ruleSet Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Tổng điểm (trên 100).
 */
export function diem(values: unknown[][], headers?: unknown[][], ruleSet?: string): number {
  return guarded(() => unitTotal(ruleSetArg(ruleSet), values, headers));
}

/**
 * Điểm thành phần của một chỉ tiêu, từ tỷ lệ hoặc từ tử số và mẫu số.
 * @customfunction DIEMTP DIEMTP
 * @param code Mã chỉ tiêu (ví dụ "TDGQ.1") hoặc tên chỉ tiêu.
 * @param rateOrNumerator Tỷ lệ (ví dụ 88,93%), hoặc tử số khi có mẫu số.
 * @param denominator Mẫu số. Bỏ trống khi đối số trước là tỷ lệ.
 * @param ruleSet Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Điểm đạt được của chỉ tiêu.
 */
export function diemThanhPhan(code: string, rateOrNumerator: unknown, denominator?: unknown, ruleSet?: string): number {
  return guarded(() => {
    const rs = ruleSetArg(ruleSet);
    return indicatorPoints(rs, indicatorArg(rs, code), rateOrNumerator, denominator).points;
  });
}

/**
 * Số điểm bị mất của một chỉ tiêu: điểm tối đa trừ điểm đạt được.
 * @customfunction MATDIEM MATDIEM
 * @param code Mã chỉ tiêu (ví dụ "TDGQ.1") hoặc tên chỉ tiêu.
 * @param rateOrNumerator Tỷ lệ (ví dụ 88,93%), hoặc tử số khi có mẫu số.
 * @param denominator Mẫu số. Bỏ trống khi đối số trước là tỷ lệ.
 * @param ruleSet Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Số điểm bị mất.
 */
export function matDiem(code: string, rateOrNumerator: unknown, denominator?: unknown, ruleSet?: string): number {
  return guarded(() => {
    const rs = ruleSetArg(ruleSet);
    return indicatorPoints(rs, indicatorArg(rs, code), rateOrNumerator, denominator).lost;
  });
}

/**
 * Điểm của một nhóm chỉ số (ví dụ TDGQ, MDSH, hoặc DVCTT gồm CLGQ và TTTT) của một đơn vị.
 * @customfunction NHOM NHOM
 * @param values Dòng hoặc cột tỷ lệ các chỉ tiêu (ô định dạng %, hoặc văn bản như "91,16%"); có thể gồm cột tử số, mẫu số.
 * @param headers Dòng tiêu đề tương ứng: mã (CKMB.1) hoặc tên chỉ tiêu.
 * @param group Mã hoặc tên nhóm (ví dụ "TDGQ" hoặc "Số hóa hồ sơ").
 * @param ruleSet Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Điểm của nhóm.
 */
export function nhom(values: unknown[][], headers: unknown[][], group: string, ruleSet?: string): number {
  return guarded(() => {
    const rs = ruleSetArg(ruleSet);
    return unitGroup(rs, values, headers, groupArg(rs, group));
  });
}

/**
 * Xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu) theo tỷ lệ giữa điểm và điểm tối đa.
 * @customfunction XEPLOAI XEPLOAI
 * @param value Điểm hoặc tỷ lệ cần xếp loại; văn bản như "17,8/20" hoặc "81,67%" đã mang sẵn thang điểm.
 * @param max Điểm tối đa: mặc định 100; 20 cho một nhóm 20 điểm; 1 cho một tỷ lệ.
 * @param ruleSet Mã bộ quy tắc chứa các mức xếp loại. Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Mức xếp loại.
 */
export function xepLoai(value: unknown, max?: number, ruleSet?: string): string {
  return guarded(() => gradeLabel(ruleSetArg(ruleSet), value, max));
}

/**
 * Tỷ lệ tử số trên mẫu số; khi mẫu số bằng 0 thì áp dụng quy tắc mẫu số 0 của chỉ tiêu.
 * @customfunction TYLE TYLE
 * @param numerator Tử số (ví dụ số hồ sơ giải quyết đúng hạn).
 * @param denominator Mẫu số (ví dụ tổng số hồ sơ).
 * @param code Mã chỉ tiêu, để áp dụng quy tắc khi mẫu số bằng 0.
 * @param ruleSet Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Tỷ lệ dạng phân số (0,9116 hiển thị là 91,16%).
 */
export function tyLe(numerator: unknown, denominator: unknown, code?: string, ruleSet?: string): number {
  return guarded(() => {
    const rs = ruleSetArg(ruleSet);
    return rateOf(numerator, denominator, isBlank(code) ? null : indicatorArg(rs, code));
  });
}

/**
 * Chuyển số viết theo kiểu Việt Nam thành số: "91,16%" thành 0,9116; "2.143" thành 2143; "17,8/20" thành 17,8.
 * @customfunction SO SO
 * @param text Văn bản chứa số, dán từ Cổng Dịch vụ công quốc gia hoặc từ tệp PDF.
 * @returns Giá trị số.
 */
export function so(text: unknown): number {
  return guarded(() => vietnameseNumber(text));
}

/**
 * Chỉ tiêu giao theo quy tắc chiến dịch: kết quả năm trước thấp hơn chỉ tiêu trung ương thì giao chỉ tiêu trung ương cộng mức tăng; ngược lại giao kết quả năm trước cộng mức tăng; không vượt mức trần.
 * @customfunction CHITIEU CHITIEU
 * @param base Kết quả năm trước của đơn vị (tỷ lệ).
 * @param central Chỉ tiêu trung ương (ví dụ 50% hồ sơ trực tuyến, 45% thanh toán trực tuyến).
 * @param uplift Mức tăng: mặc định 10% (10 điểm phần trăm).
 * @param cap Mức trần: mặc định 100%.
 * @returns Chỉ tiêu dạng phân số (0,6 hiển thị là 60%).
 */
export function chiTieu(base: unknown, central: unknown, uplift?: number, cap?: number): number {
  return guarded(() => campaignTarget(base, central, uplift, cap));
}

/**
 * Bảng điểm tràn ô: mỗi đơn vị một dòng gồm điểm từng nhóm, tổng điểm, xếp loại, hạng và ghi chú, từ một bảng có dòng đầu là tiêu đề.
 * @customfunction BANGDIEM BANGDIEM
 * @param table Bảng số liệu, dòng đầu là tiêu đề (Đơn vị, rồi mã hoặc tên các chỉ tiêu).
 * @param ruleSet Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Bảng điểm, dòng đầu là tiêu đề.
 */
export function bangDiem(table: unknown[][], ruleSet?: string): unknown[][] {
  return guarded((): OutputCell[][] => scoreTable(ruleSetArg(ruleSet), table));
}

/**
 * Tên và mã của bộ quy tắc dùng để tính điểm, để ghi vào báo cáo.
 * @customfunction QUYTAC QUYTAC
 * @param ruleSet Mã bộ quy tắc cần xem. Bỏ trống thì là bộ quy tắc của sổ làm việc.
 * @returns Tên bộ quy tắc kèm mã trong ngoặc.
 */
export function quyTac(ruleSet?: string): string {
  return guarded(() => {
    const rs = ruleSetArg(ruleSet);
    return `${rs.name} (${rs.id})`;
  });
}
