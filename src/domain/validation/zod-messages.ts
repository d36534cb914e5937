import type { ZodError } from "zod";

type Issue = ZodError["issues"][number];

const FIELD_NAMES: Record<string, string> = {
  id: "mã",
  name: "tên",
  max: "điểm tối đa",
  rule: "quy tắc tính điểm",
  kind: "loại quy tắc",
  threshold: "ngưỡng",
  group: "nhóm",
  groups: "nhóm",
  indicators: "chỉ tiêu",
  grades: "xếp loại",
  min: "ngưỡng",
  label: "nhãn",
  sources: "nguồn",
  validFrom: "ngày bắt đầu hiệu lực",
  validTo: "ngày hết hiệu lực",
  code: "mã",
  emptyDenominator: "cách tính khi mẫu số bằng 0",
  counting: "cách đếm (hồ sơ, thủ tục, phản ánh)",
  tasks: "nhiệm vụ",
  task: "nội dung nhiệm vụ",
  lead: "cơ quan chủ trì",
  responsible: "phân công",
  confidence: "độ tin cậy",
};

/** "indicators[3].rule.threshold" → "chỉ tiêu số 4 (TDGQ.1) › quy tắc tính điểm › ngưỡng" */
function describePath(path: readonly PropertyKey[], raw: unknown): string {
  const parts: string[] = [];
  let node: unknown = raw;
  for (const key of path) {
    if (typeof key === "number") {
      const item = Array.isArray(node) ? node[key] : undefined;
      const itemCode = item && typeof item === "object" && "code" in item ? String((item as { code: unknown }).code) : "";
      const last = parts.pop() ?? "mục";
      parts.push(`${last} số ${key + 1}${itemCode ? ` (${itemCode})` : ""}`);
      node = item;
    } else {
      parts.push(FIELD_NAMES[String(key)] ?? String(key));
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return parts.join(" › ");
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "thiếu giá trị bắt buộc" : `sai kiểu dữ liệu (cần ${vietnameseType(issue.expected)})`;
    case "too_small":
      return `giá trị quá nhỏ (tối thiểu ${String(issue.minimum)})`;
    case "too_big":
      return `giá trị quá lớn (tối đa ${String(issue.maximum)})`;
    case "invalid_value":
      return `giá trị không hợp lệ (chỉ nhận: ${issue.values.map(String).join(", ")})`;
    case "invalid_union":
      return "không khớp dạng nào được phép";
    case "unrecognized_keys":
      return `trường không được hỗ trợ: ${issue.keys.join(", ")}`;
    case "invalid_format":
    case "custom":
      return issue.message;
    default:
      return issue.message;
  }
}

function vietnameseType(t: string): string {
  return ({ string: "chuỗi", number: "số", boolean: "đúng/sai", array: "danh sách", object: "đối tượng" } as Record<string, string>)[t] ?? t;
}

export function describeZodIssues(error: ZodError, raw: unknown): string[] {
  return error.issues.map((issue) => {
    const where = describePath(issue.path, raw);
    return where ? `${where}: ${describeIssue(issue)}` : describeIssue(issue);
  });
}
