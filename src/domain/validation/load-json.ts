import type { ZodError, ZodType } from "zod";
import { describeZodIssues } from "./zod-messages";

export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates a parsed object; every error is a Vietnamese sentence naming the field. */
export function validateWith<T>(schema: ZodType<T>, raw: unknown): LoadResult<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: describeZodIssues(parsed.error as ZodError, raw) };
}

/** Parses JSON text (a user's file) and validates it. */
export function loadJsonWith<T>(schema: ZodType<T>, text: string): LoadResult<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`Tệp không phải JSON hợp lệ: ${(e as Error).message}`] };
  }
  return validateWith(schema, raw);
}
