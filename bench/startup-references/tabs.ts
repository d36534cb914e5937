/** The pane's tab titles and first button (src/taskpane/strings.vi.ts), so each reference page lays out the same words. */
export const TABS = ["Nhập dữ liệu", "Tính điểm", "Giao chỉ tiêu", "Theo dõi tiến độ", "Toàn tỉnh", "Diễn biến", "Cài đặt"];
export const FIRST_BUTTON = "Đọc dữ liệu";
export const INTRO = "Đọc bảng chỉ số từ vùng đang chọn (bảng chép từ Cổng Dịch vụ công) hoặc từ văn bản dán vào (bảng của phụ lục PDF).";
