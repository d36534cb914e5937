import * as fs from "fs";
import * as path from "path";
import { importText } from "../../src/domain/reading/import";
import { type BenchCase, sideBySide } from "../harness";

const N = 10_000;
const seed = fs.readFileSync(path.join(__dirname, "..", "..", "test", "fixtures", "seeds", "002_30f9dd7e08b5a1f9.txt"), "utf8").split("\n");
/** Annex I §3 as printed: its header (lines 556–588) and 220 commune lines (590–1026, blank lines dropped). */
const header = seed.slice(555, 589);
const communes = seed.slice(589, 1026).filter((l) => /^\s*\d+\s+\S/.test(l) && /%/.test(l));

/** A distinct name per copy ("Xã Đăk Yă Bc Mang Yang"), so 10k lines are 10k units, not 45 duplicates of 220. */
function tag(k: number): string {
  let s = "";
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s[0].toUpperCase() + s.slice(1);
}

function pdfLines(): string {
  const out = [...header];
  for (let k = 0; k < N; k++) {
    const words = communes[k % communes.length].trim().split(/\s+/);
    const copy = Math.floor(k / communes.length);
    words[0] = String(k + 1);
    words.splice(3, 0, tag(copy));
    if (copy > 0) {
      // later copies: no district note, and a distinct on-time rate, so they are new units, not copied rows
      if (/^\d+\/\d+$/.test(words[words.length - 1])) words.pop();
      const t = words.length - 5;
      const rate = Number(words[t].replace("%", "").replace(",", "."));
      const nudged = rate >= 50 ? rate - copy / 100 : rate + copy / 100;
      words[t] = `${nudged.toFixed(2).replace(".", ",")}%`;
    }
    out.push(words.join(" "));
  }
  return out.join("\n");
}

/** A portal-like table: distinct units with consistent totals (the sum of max × rate of nhom-2023's six groups). */
function tsvLines(): string {
  const out = ["STT\tĐơn vị\tCấp huyện\tĐiểm đánh giá\tCKMB\tTiến độ giải quyết\tTỷ lệ DVCTT\tTTTT\tMức độ hài lòng\tSố hóa hồ sơ"];
  const max = [18, 20, 12, 10, 18, 22];
  for (let k = 0; k < N; k++) {
    const rates = [(k * 7) % 1000 / 10, (k % 10000) / 100, (k * 11) % 1000 / 10, (k * 13) % 1000 / 10, (k * 17) % 1000 / 10, (k * 19) % 1000 / 10];
    const total = rates.reduce((s, r, i) => s + (max[i] * r) / 100, 0);
    const vi = (x: number, pct: boolean) => x.toFixed(2).replace(".", ",") + (pct ? "%" : "");
    out.push([k + 1, `Xã ${tag(k)}`, `Huyện ${tag(k % 17)}`, vi(total, false), ...rates.map((r) => vi(r, true))].join("\t"));
  }
  return out.join("\n");
}

/** What "just split and parseFloat" costs: no header, no checks, no problems. */
function baseline(text: string, sep: RegExp): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    for (const t of line.split(sep)) {
      const v = parseFloat(t.replace(",", "."));
      if (v === v) sum += v;
    }
  }
  return sum;
}

export const pdf = pdfLines();
export const tsv = tsvLines();

export const cases: BenchCase[] = [
  {
    name: "import: 10k PDF lines vs split/parseFloat",
    goal: "ratio ≤ 5",
    async run() {
      const rows = importText(pdf).rows.length;
      const r = await sideBySide(() => importText(pdf), () => baseline(pdf, / +/));
      return { rows, importMs: r.subjectMs, baselineMs: r.baselineMs, ratio: r.ratio };
    },
  },
  {
    name: "import: 10k tab-separated rows vs split/parseFloat",
    goal: "ratio ≤ 5",
    async run() {
      const rows = importText(tsv).rows.length;
      const r = await sideBySide(() => importText(tsv), () => baseline(tsv, /\t/));
      return { rows, importMs: r.subjectMs, baselineMs: r.baselineMs, ratio: r.ratio };
    },
  },
];
