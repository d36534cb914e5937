import type { ZodError, ZodType } from "zod";
import type { Problem } from "../problems/problem";
import { zodProblems } from "./zod-problems";

/** A user's document, valid, or refused with coded problems (the doors compose the sentences). */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validates a parsed object; every issue is a coded problem naming its field. */
export function validateWith<T>(schema: ZodType<T>, raw: unknown): LoadResult<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: zodProblems(parsed.error as ZodError, raw) };
}

/** Where JSON.parse stopped, as a line and column of the text, when its message says. */
function syntaxPlace(text: string, message: string): { line: number; column: number } | null {
  const m = /position (\d+)/.exec(message);
  if (!m) return null;
  const before = text.slice(0, Number(m[1]));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Parses JSON text (a user's file) and validates it. */
export function loadJsonWith<T>(schema: ZodType<T>, text: string): LoadResult<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const place = syntaxPlace(text, e instanceof Error ? e.message : "");
    return { ok: false, problems: [{ code: "json.syntax", severity: "error", row: place?.line ?? 0, column: "", params: place ? { line: place.line, column: place.column } : {} }] };
  }
  return validateWith(schema, raw);
}
