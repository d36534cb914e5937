/**
 * Issue 9, Checks, fourth item: fuzzing the reader, import, score, rule-set and campaign JSON
 * and each custom function. Nothing throws; every rejection is a coded problem (the reader)
 * or a Vietnamese message that prints no NaN, undefined, [object Object] or function text.
 * Quick in `npm test` (FUZZ_RUNS, default 1 000 each); `npm run fuzz` runs 10 000 each.
 */
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { sheetNumber, shownText, type Cell } from "../../src/domain/reading/cell";
import { importCells, importText } from "../../src/domain/reading/import";
import { readUnitTable } from "../../src/domain/reading/table";
import { decodeTextFile } from "../../src/domain/reading/text-file";
import { CATALOGUE, problemMessage } from "../../src/domain/problems/problem";
import { loadRuleSetJson } from "../../src/domain/ruleset/load";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { loadCampaignJson } from "../../src/domain/targets/presets";
import * as functions from "../../src/functions/functions";
import { isFunctionError } from "../../src/functions/errors";
import { memoryIo } from "../helpers/memory-io";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** What a message must never print; a user's own field name is echoed as written, so only code-like text counts. */
const BAD_TEXT = /NaN|undefined|\[object Object\]|function\s*\(|\(\w*\) =>/;
const rs = getRuleSet("nhom-2023");

const tricky = fc.constantFrom(
  "91,16%", "9 8%", "21/20", "17,8/20", "2.143", "94.672", "1e400", "Infinity", "-", "Chưa có dữ liệu", "constructor", "__proto__",
  "toString", "#N/A", "\u0000", "9\u0007%", "1" + " ".repeat(200) + "/", "Đơn vị", "Tỷ lệ công khai, minh bạch", "Tỷ lệ tiến độ giải quyết", "CKMB.TL tử số", "CKMB.TL mẫu số", "Tổng điểm",
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ maxLength: 12 }),
  tricky,
  fc.double().map((x) => sheetNumber(x, x < 1)),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
  fc.constant({ kind: "error", code: "#DIV/0!" } as Cell),
);
const table = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });

test("the reader: never throws; every problem has a catalogue code and a clean message", () => {
  fc.assert(
    fc.property(table, (cells) => {
      const t = readUnitTable(rs, cells);
      for (const p of t.problems) {
        expect(p.code && Object.prototype.hasOwnProperty.call(CATALOGUE, p.code)).toBeTruthy();
        expect(p.message).not.toMatch(BAD_TEXT);
      }
      for (const u of t.units) for (const v of Object.values(u.input.values)) for (const x of Object.values(v)) expect(Number.isFinite(x)).toBe(true);
    }),
    { numRuns: RUNS },
  );
});

test("text files: any bytes decode or are refused with a code", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const d = decodeTextFile(bytes);
      if (!d.ok) expect(d.code).toBe("file.legacyEncoding");
    }),
    { numRuns: RUNS },
  );
});

test("import (cells and text): never throws; messages are clean", () => {
  fc.assert(
    fc.property(table, fc.string({ maxLength: 300 }), (cells, text) => {
      for (const r of [importCells(cells), importText(text), importText(cells.map((row) => row.map(shownText).join("\t")).join("\n"))]) {
        for (const p of r.problems) expect(problemMessage(p)).not.toMatch(BAD_TEXT);
      }
    }),
    { numRuns: RUNS },
  );
});

test("chiso score: exit 0, 1 or 2, a message and never a stack trace", async () => {
  const csvCell = fc.oneof(fc.string({ maxLength: 8 }).map((s) => s.replace(/[",\r\n]/g, "")), tricky.map((s) => s.replace(/[",\r\n]/g, "")));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(csvCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.boolean(), async (rows, header) => {
      const text = [header ? "Đơn vị,Tỷ lệ công khai, minh bạch,Tỷ lệ tiến độ giải quyết" : "", ...rows.map((r) => r.join(","))].join("\n");
      const m = memoryIo({ "f.csv": text });
      const code = await main(["score", "f.csv", "--rules", "nhom-2023", "--format", "json"], m.io);
      expect([0, 1, 2]).toContain(code);
      expect(m.stderr()).not.toMatch(/\n\s+at /);
      expect(m.stderr()).not.toMatch(BAD_TEXT);
      expect(m.stdout()).not.toMatch(/NaN|\[object Object\]/);
    }),
    { numRuns: Math.min(RUNS, 300) },
  );
});

const json = fc.oneof(fc.json(), fc.jsonValue().map((v) => JSON.stringify({ id: "x", name: "y", groups: [v], indicators: [{ code: "constructor", rule: v }] })));

test("rule-set and campaign JSON: never throw; every error is a clean Vietnamese sentence", () => {
  fc.assert(
    fc.property(json, (text) => {
      for (const r of [loadRuleSetJson(text), loadCampaignJson(text)]) {
        if (r.ok) continue;
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) expect(e).not.toMatch(BAD_TEXT);
      }
    }),
    { numRuns: RUNS },
  );
});

const arg = fc.oneof(cell.map((c) => (c && typeof c === "object" ? (c.kind === "number" ? c.value : "#N/A") : c)), fc.array(fc.array(fc.oneof(fc.double(), fc.string({ maxLength: 6 }), tricky), { maxLength: 4 }), { maxLength: 4 }));

test.each(Object.keys(functions).filter((k) => typeof (functions as Record<string, unknown>)[k] === "function"))("custom function %s: a value or a coded Excel error with a clean message", (name) => {
  const fn = (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
  fc.assert(
    fc.property(fc.array(arg, { maxLength: 4 }), (args) => {
      try {
        const v = fn(...args);
        if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      } catch (e) {
        expect(isFunctionError(e)).toBe(true);
        expect(String((e as { message?: string }).message ?? "")).not.toMatch(BAD_TEXT);
      }
    }),
    { numRuns: Math.min(RUNS, 500) },
  );
});
