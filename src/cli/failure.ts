import { systemErrorText } from "./atomic-write";

/**
 * An error no command foresaw, told in Vietnamese without a stack trace (a script's user
 * cannot act on one). CHISO_DEBUG=1 prints the trace for whoever fixes the cause.
 */
export function unexpectedFailure(e: unknown): string {
  if (process.env.CHISO_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  const err = e as NodeJS.ErrnoException;
  if (err?.code && err.syscall) return `không thực hiện được thao tác với tệp${err.path ? ` "${err.path}"` : ""}: ${systemErrorText(e)}.`;
  if (e instanceof RangeError) return "bảng quá lớn để xử lý trong bộ nhớ; hãy chia nhỏ tệp.";
  const detail = err?.message ? ` (chi tiết: ${err.message.split("\n")[0]})` : "";
  return `lỗi ngoài dự kiến, lệnh đã dừng${detail}. Hãy báo lỗi kèm lệnh đã chạy; chạy lại với CHISO_DEBUG=1 để có thêm chi tiết.`;
}
