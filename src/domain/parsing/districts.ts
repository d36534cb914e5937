/**
 * A commune line of a PDF annex prints the commune and then its district with nothing
 * between them: `Xã Đăk Yă Mang Yang 64,05 …`. The district names are learned from the
 * data itself: they are the words that neighbouring lines end with, again and again.
 */
export interface NameWords {
  /** the name as printed, words separated by single spaces */
  name: string;
  /** its words folded (no diacritics, lower case), one per printed word, compared instead of the printed ones */
  folded: string[];
  /** how many leading words the commune's own name needs at least (`Xã X` → 2, `Thị trấn X` → 3) */
  minUnitWords: number;
}

/**
 * District names (folded words joined by a space) that this run of lines ends with.
 * `known` are districts named elsewhere in the input (`Huyện Mang Yang` → `mang yang`).
 */
export function learnDistricts(lines: readonly NameWords[], known: readonly string[] = []): Set<string> {
  const support = new Map<string, number>();
  const bump = (k: string, n: number) => support.set(k, (support.get(k) ?? 0) + n);
  for (const k of known) bump(k, 1000);
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    const room = Math.min(a.folded.length - a.minUnitWords, b.folded.length - b.minUnitWords);
    let n = 0;
    while (n < room && a.folded[a.folded.length - 1 - n] === b.folded[b.folded.length - 1 - n]) n++;
    if (n > 0) bump(a.folded.slice(a.folded.length - n).join(" "), 1);
  }
  // Two neighbours "Xã Phú An Đak Pơ", "Xã Tân An Đak Pơ" share "An Đak Pơ" once; "Đak Pơ" is
  // shared by the whole block. A name is dropped when a shorter tail is shared more often.
  const names = new Set<string>();
  for (const [k, n] of support) {
    const words = k.split(" ");
    let beaten = false;
    for (let s = 1; s < words.length && !beaten; s++) beaten = (support.get(words.slice(s).join(" ")) ?? 0) > n;
    if (!beaten) names.add(k);
  }
  return names;
}

const longestNames = new WeakMap<ReadonlySet<string>, number>();

/** Words in the longest district name: no tail longer than that need be looked up. */
function longestOf(districts: ReadonlySet<string>): number {
  let n = longestNames.get(districts);
  if (n === undefined) {
    n = 0;
    for (const d of districts) n = Math.max(n, d.split(" ").length);
    longestNames.set(districts, n);
  }
  return n;
}

/** Splits a line's name into the unit and the longest known district it ends with. */
export function splitDistrict(line: NameWords, districts: ReadonlySet<string>): { unit: string; district?: string } {
  const { folded } = line;
  const max = Math.min(longestOf(districts), folded.length - line.minUnitWords);
  // the tails of 1…max words, each built from the one before, then tried longest first
  const tails: string[] = [];
  for (let n = 1; n <= max; n++) tails.push(n === 1 ? folded[folded.length - 1] : `${folded[folded.length - n]} ${tails[n - 2]}`);
  for (let n = max; n > 0; n--) {
    if (districts.has(tails[n - 1])) {
      let cut = line.name.length;
      for (let k = 0; k < n; k++) cut = line.name.lastIndexOf(" ", cut - 1);
      return { unit: line.name.slice(0, cut), district: line.name.slice(cut + 1) };
    }
  }
  return { unit: line.name };
}
