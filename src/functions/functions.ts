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
import { changeSincePrevious, valueInPeriod } from "./history";
import { indicatorPoints, rateOf } from "./indicator";
import { groupArg, indicatorArg, ruleSetArg } from "./rule-args";
import { scoreTable, type OutputCell } from "./score-table";
import { campaignTarget } from "./target";
import { dossiersToRate } from "./more-dossiers";
import { unitGroup, unitTotal } from "./unit-score";

/**
 * Tổng điểm Chỉ số 766 của một đơn vị, từ một dòng hoặc một cột tỷ lệ. Thiếu chỉ tiêu nào thì trả về #N/A nêu rõ chỉ tiêu đó, không cộng thiếu.
 * @customfunction DIEM DIEM
 * @param dongTyLe Dòng hoặc cột tỷ lệ các chỉ tiêu (ô định dạng %, hoặc văn bản như "91,16%"); có thể gồm cột tử số, mẫu số.
 * @param dongTieuDe Dòng tiêu đề tương ứng: mã (CKMB.1) hoặc tên chỉ tiêu. Bỏ trống thì theo thứ tự chỉ tiêu của bộ quy tắc.
 * @param boQuyTac Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Tổng điểm (trên 100).
 */
export function diem(dongTyLe: unknown[][], dongTieuDe?: unknown[][], boQuyTac?: string): number {
  return guarded(() => unitTotal(ruleSetArg(boQuyTac), dongTyLe, dongTieuDe));
}

/**
 * Điểm thành phần của một chỉ tiêu, từ tỷ lệ hoặc từ tử số và mẫu số.
 * @customfunction DIEMTP DIEMTP
 * @param maChiTieu Mã chỉ tiêu (ví dụ "TDGQ.1") hoặc tên chỉ tiêu.
 * @param tyLeHoacTuSo Tỷ lệ (ví dụ 88,93%), hoặc tử số khi có mẫu số.
 * @param mauSo Mẫu số. Bỏ trống khi đối số trước là tỷ lệ.
 * @param boQuyTac Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Điểm đạt được của chỉ tiêu.
 */
export function diemThanhPhan(maChiTieu: string, tyLeHoacTuSo: unknown, mauSo?: unknown, boQuyTac?: string): number {
  return guarded(() => {
    const rs = ruleSetArg(boQuyTac);
    return indicatorPoints(rs, indicatorArg(rs, maChiTieu), tyLeHoacTuSo, mauSo).points;
  });
}

/**
 * Số điểm bị mất của một chỉ tiêu: điểm tối đa trừ điểm đạt được.
 * @customfunction MATDIEM MATDIEM
 * @param maChiTieu Mã chỉ tiêu (ví dụ "TDGQ.1") hoặc tên chỉ tiêu.
 * @param tyLeHoacTuSo Tỷ lệ (ví dụ 88,93%), hoặc tử số khi có mẫu số.
 * @param mauSo Mẫu số. Bỏ trống khi đối số trước là tỷ lệ.
 * @param boQuyTac Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Số điểm bị mất.
 */
export function matDiem(maChiTieu: string, tyLeHoacTuSo: unknown, mauSo?: unknown, boQuyTac?: string): number {
  return guarded(() => {
    const rs = ruleSetArg(boQuyTac);
    return indicatorPoints(rs, indicatorArg(rs, maChiTieu), tyLeHoacTuSo, mauSo).lost;
  });
}

/**
 * Điểm của một nhóm chỉ số (ví dụ TDGQ, MDSH, hoặc DVCTT gồm CLGQ và TTTT) của một đơn vị.
 * @customfunction NHOM NHOM
 * @param dongTyLe Dòng hoặc cột tỷ lệ các chỉ tiêu (ô định dạng %, hoặc văn bản như "91,16%"); có thể gồm cột tử số, mẫu số.
 * @param dongTieuDe Dòng tiêu đề tương ứng: mã (CKMB.1) hoặc tên chỉ tiêu.
 * @param maNhom Mã hoặc tên nhóm (ví dụ "TDGQ" hoặc "Số hóa hồ sơ").
 * @param boQuyTac Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Điểm của nhóm.
 */
export function nhom(dongTyLe: unknown[][], dongTieuDe: unknown[][], maNhom: string, boQuyTac?: string): number {
  return guarded(() => {
    const rs = ruleSetArg(boQuyTac);
    return unitGroup(rs, dongTyLe, dongTieuDe, groupArg(rs, maNhom));
  });
}

/**
 * Xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu) theo tỷ lệ giữa điểm và điểm tối đa.
 * @customfunction XEPLOAI XEPLOAI
 * @param giaTri Điểm hoặc tỷ lệ cần xếp loại; văn bản như "17,8/20" hoặc "81,67%" đã mang sẵn thang điểm.
 * @param toiDa Điểm tối đa: mặc định 100; 20 cho một nhóm 20 điểm; 1 cho một tỷ lệ.
 * @param boQuyTac Mã bộ quy tắc chứa các mức xếp loại. Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Mức xếp loại.
 */
export function xepLoai(giaTri: unknown, toiDa?: number, boQuyTac?: string): string {
  return guarded(() => gradeLabel(ruleSetArg(boQuyTac), giaTri, toiDa));
}

/**
 * Tỷ lệ tử số trên mẫu số; khi mẫu số bằng 0 thì áp dụng quy tắc mẫu số 0 của chỉ tiêu.
 * @customfunction TYLE TYLE
 * @param tuSo Tử số (ví dụ số hồ sơ giải quyết đúng hạn).
 * @param mauSo Mẫu số (ví dụ tổng số hồ sơ).
 * @param maChiTieu Mã chỉ tiêu, để áp dụng quy tắc khi mẫu số bằng 0.
 * @param boQuyTac Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Tỷ lệ dạng phân số (0,9116 hiển thị là 91,16%).
 */
export function tyLe(tuSo: unknown, mauSo: unknown, maChiTieu?: string, boQuyTac?: string): number {
  return guarded(() => {
    const rs = ruleSetArg(boQuyTac);
    return rateOf(tuSo, mauSo, isBlank(maChiTieu) ? null : indicatorArg(rs, maChiTieu));
  });
}

/**
 * Chuyển số viết theo kiểu Việt Nam thành số: "91,16%" thành 0,9116; "2.143" thành 2143; "17,8/20" thành 17,8.
 * @customfunction DOCSO DOCSO
 * @param vanBan Văn bản chứa số, dán từ Cổng Dịch vụ công quốc gia hoặc từ tệp PDF.
 * @returns Giá trị số.
 */
export function docSo(vanBan: unknown): number {
  return guarded(() => vietnameseNumber(vanBan));
}

/**
 * Chỉ tiêu giao theo quy tắc chiến dịch: kết quả năm trước thấp hơn chỉ tiêu trung ương thì giao chỉ tiêu trung ương cộng mức tăng; ngược lại giao kết quả năm trước cộng mức tăng; không vượt mức trần.
 * @customfunction CHITIEU CHITIEU
 * @param ketQuaNamTruoc Kết quả năm trước của đơn vị (tỷ lệ).
 * @param chiTieuTrungUong Chỉ tiêu trung ương (ví dụ 50% hồ sơ trực tuyến, 45% thanh toán trực tuyến).
 * @param mucTang Mức tăng: mặc định 10% (10 điểm phần trăm).
 * @param mucTran Mức trần: mặc định 100%.
 * @returns Chỉ tiêu dạng phân số (0,6 hiển thị là 60%).
 */
export function chiTieu(ketQuaNamTruoc: unknown, chiTieuTrungUong: unknown, mucTang?: number, mucTran?: number): number {
  return guarded(() => campaignTarget(ketQuaNamTruoc, chiTieuTrungUong, mucTang, mucTran));
}

/**
 * Bảng điểm tràn ô: mỗi đơn vị một dòng gồm điểm từng nhóm, tổng điểm, xếp loại, hạng và ghi chú, từ một bảng có dòng đầu là tiêu đề.
 * @customfunction BANGDIEM BANGDIEM
 * @param bang Bảng số liệu, dòng đầu là tiêu đề (Đơn vị, rồi mã hoặc tên các chỉ tiêu).
 * @param boQuyTac Mã bộ quy tắc (ví dụ "dvcqg-2026"). Bỏ trống thì dùng bộ quy tắc của sổ làm việc.
 * @returns Bảng điểm, dòng đầu là tiêu đề.
 */
export function bangDiem(bang: unknown[][], boQuyTac?: string): unknown[][] {
  return guarded((): OutputCell[][] => scoreTable(ruleSetArg(boQuyTac), bang));
}

/**
 * Tên và mã của bộ quy tắc dùng để tính điểm, để ghi vào báo cáo.
 * @customfunction QUYTAC QUYTAC
 * @param boQuyTac Mã bộ quy tắc cần xem. Bỏ trống thì là bộ quy tắc của sổ làm việc.
 * @returns Tên bộ quy tắc kèm mã trong ngoặc.
 */
export function quyTac(boQuyTac?: string): string {
  return guarded(() => {
    const rs = ruleSetArg(boQuyTac);
    return `${rs.name} (${rs.id})`;
  });
}

/**
 * Số hồ sơ cần thêm để đạt một tỷ lệ, với số hồ sơ hiện có (mẫu số giữ nguyên): ví dụ số hồ sơ phải giải quyết đúng hạn thêm để tỷ lệ đúng hạn đạt 90%.
 * @customfunction CANTHEM CANTHEM
 * @param tuSo Tử số hiện nay (ví dụ số hồ sơ giải quyết đúng hạn).
 * @param mauSo Mẫu số hiện nay (ví dụ tổng số hồ sơ).
 * @param tyLeCanDat Tỷ lệ cần đạt (ví dụ 90% hoặc 0,9).
 * @returns Số hồ sơ cần thêm (số nguyên, 0 khi đã đạt).
 */
export function canThem(tuSo: unknown, mauSo: unknown, tyLeCanDat: unknown): number {
  return guarded(() => dossiersToRate(tuSo, mauSo, tyLeCanDat));
}

/**
 * Điểm của một đơn vị trong một kỳ, lấy từ bảng lịch sử: tổng điểm, hoặc điểm của một nhóm hay một chỉ tiêu.
 * @customfunction THEOKY THEOKY
 * @param lichSu Bảng lịch sử (trang "Lịch sử", gồm dòng tiêu đề); chọn cả các cột để công thức tự tính lại khi thêm kỳ.
 * @param donVi Tên hoặc mã đơn vị (ví dụ "H21.17").
 * @param ky Kỳ: 2026, "2026-Q3", "2026-08" hoặc "2026-10-10", hoặc một ô ngày.
 * @param chiTieu Mã nhóm (ví dụ "TDGQ") hoặc mã chỉ tiêu (ví dụ "TDGQ.1"). Bỏ trống thì lấy tổng điểm.
 * @returns Điểm của đơn vị trong kỳ.
 */
export function theoKy(lichSu: unknown[][], donVi: string, ky: unknown, chiTieu?: string): number {
  return guarded(() => valueInPeriod(lichSu, donVi, ky, chiTieu));
}

/**
 * Mức tăng (số dương) hoặc giảm (số âm) điểm của một đơn vị từ kỳ trước đến kỳ cuối của bảng lịch sử.
 * @customfunction THAYDOI THAYDOI
 * @param lichSu Bảng lịch sử (trang "Lịch sử", gồm dòng tiêu đề); chọn cả các cột để công thức tự tính lại khi thêm kỳ.
 * @param donVi Tên hoặc mã đơn vị (ví dụ "H21.17") ở kỳ cuối.
 * @param chiTieu Mã nhóm (ví dụ "TDGQ") hoặc mã chỉ tiêu (ví dụ "TDGQ.1"). Bỏ trống thì lấy tổng điểm.
 * @returns Điểm kỳ cuối trừ điểm kỳ trước.
 */
export function thayDoi(lichSu: unknown[][], donVi: string, chiTieu?: string): number {
  return guarded(() => changeSincePrevious(lichSu, donVi, chiTieu));
}
