import type { ZodError } from "zod";
import { isProblemCode, type Problem, type ProblemParams } from "../problems/problem";

/**
 * A user's JSON (a rule set, a campaign, a task list) checked by a zod schema: every issue
 * becomes a coded problem of the one catalogue, its place the field's path in Vietnamese words
 * (`chỉ tiêu số 4 (TDGQ.1) › quy tắc tính điểm › ngưỡng`), with what was expected and what was
 * found. Schemas name their own checks by a catalogue code as the issue's message.
 */

type Issue = ZodError["issues"][number];

const FIELD_NAMES: Readonly<Record<string, string>> = {
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
  milestones: "mốc",
  milestone: "mốc",
  unit: "đơn vị",
  reason: "lý do",
  indicator: "chỉ tiêu",
  levels: "cấp đơn vị",
  level: "cấp",
  columns: "cột chỉ tiêu",
  overrides: "điều chỉnh",
  steps: "các mốc",
  uplift: "mức nâng",
  central: "chỉ tiêu trung ương",
  cap: "mức trần",
  value: "giá trị",
  ruleSet: "bộ quy tắc",
  sheetName: "tên trang tính",
  decimals: "số chữ số thập phân",
};

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** A value's kind in words; never the value's own text (an object would print as [object Object]). */
export function kindOf(value: unknown): string {
  if (value === null) return "giá trị rỗng";
  if (Array.isArray(value)) return "danh sách";
  switch (typeof value) {
    case "string":
      return "chuỗi";
    case "number":
      return Number.isInteger(value) ? "số nguyên" : "số";
    case "boolean":
      return "đúng/sai (true/false)";
    case "object":
      return "đối tượng";
    default:
      return "không có giá trị";
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: "chuỗi",
  number: "số",
  int: "số nguyên",
  boolean: "đúng/sai (true/false)",
  array: "danh sách",
  object: "đối tượng",
  record: "đối tượng",
  nan: "số",
};

/** "indicators[3].rule.threshold" → "chỉ tiêu số 4 (TDGQ.1) › quy tắc tính điểm › ngưỡng", and the value found there. */
function walk(path: readonly PropertyKey[], raw: unknown): { where: string; found: unknown } {
  const parts: string[] = [];
  let node: unknown = raw;
  for (const key of path) {
    if (typeof key === "number") {
      const item: unknown = Array.isArray(node) ? node[key] : undefined;
      const itemCode = item && typeof item === "object" && own(item, "code") ? (item as { code: unknown }).code : undefined;
      const named = typeof itemCode === "string" || (typeof itemCode === "number" && Number.isFinite(itemCode)) ? ` (${String(itemCode)})` : "";
      parts.push(`${parts.pop() ?? "mục"} số ${key + 1}${named}`);
      node = item;
    } else {
      const k = String(key);
      parts.push(own(FIELD_NAMES, k) ? FIELD_NAMES[k] : k);
      node = node && typeof node === "object" && own(node, k) ? (node as Record<string, unknown>)[k] : undefined;
    }
  }
  return { where: parts.join(" › "), found: node };
}

/** A value the user wrote, for a sentence: text and finite numbers as written, anything else by its kind. */
function shownValue(value: unknown): string {
  if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 59)}…` : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return kindOf(value);
}

function bound(n: unknown): number | string {
  return typeof n === "number" ? n : typeof n === "bigint" ? n.toString() : "";
}

function issueProblem(issue: Issue, raw: unknown): { code: Problem["code"]; params: ProblemParams } {
  const { where, found } = walk(issue.path, raw);
  const path = where;
  switch (issue.code) {
    case "invalid_type":
      if (found === undefined) return { code: "json.missing", params: { path } };
      return { code: "json.wrongType", params: { path, expected: own(EXPECTED, issue.expected) ? EXPECTED[issue.expected] : "giá trị khác", received: kindOf(found) } };
    case "too_small":
      if (issue.origin === "array") return { code: "json.tooFew", params: { path, minimum: bound(issue.minimum) } };
      if (issue.origin === "string") return { code: "json.empty", params: { path } };
      return { code: "json.tooSmall", params: { path, minimum: bound(issue.minimum), value: shownValue(found), inclusive: issue.inclusive === false ? "lớn hơn" : "ít nhất" } };
    case "too_big":
      if (issue.origin === "string") return { code: "json.tooLong", params: { path, maximum: bound(issue.maximum) } };
      if (issue.origin === "array") return { code: "json.tooMany", params: { path, maximum: bound(issue.maximum) } };
      return { code: "json.tooBig", params: { path, maximum: bound(issue.maximum), value: shownValue(found) } };
    case "invalid_value":
      return { code: "json.notOneOf", params: { path, value: shownValue(found), allowed: issue.values.map(shownValue).join(", ") } };
    case "invalid_union": {
      // A discriminator ("kind") that names no shape: say which it may name.
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options) && options.length) return { code: "json.notOneOf", params: { path, value: shownValue(found), allowed: options.map(shownValue).join(", ") } };
      return { code: "json.noMatchingShape", params: { path, value: shownValue(found) } };
    }
    case "unrecognized_keys":
      return { code: "json.unknownKeys", params: { path, keys: issue.keys.map((k) => `"${k}"`).join(", ") } };
    case "invalid_key":
    case "invalid_element":
      return { code: "json.noMatchingShape", params: { path, value: shownValue(found) } };
    case "invalid_format":
    case "custom": {
      // The schema names its own check by a catalogue code; its params add to the path.
      const extra = issue.code === "custom" && issue.params ? safeParams(issue.params) : {};
      if (isProblemCode(issue.message)) return { code: issue.message, params: { value: shownValue(found), ...extra, path } };
      return { code: "json.invalid", params: { path, value: shownValue(found) } };
    }
    default:
      return { code: "json.invalid", params: { path, value: shownValue(found) } };
  }
}

/** Only text and finite numbers go into a sentence. */
function safeParams(params: Record<string, unknown>): ProblemParams {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) out[k] = v;
  }
  return out;
}

export function zodProblems(error: ZodError, raw: unknown): Problem[] {
  return error.issues.map((issue) => ({ ...issueProblem(issue, raw), severity: "error", row: 0, column: "" }));
}
