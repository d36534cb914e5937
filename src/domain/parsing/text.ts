/**
 * Folds Vietnamese text for matching: NFC, lower case, no diacritics (đ → d), single spaces, no punctuation.
 * `ƣ`/`Ƣ` (U+01A3/U+01A2) stand in for `ư`/`Ư` in text converted from PDFs (seed 002 "Phƣơng pháp"),
 * so they fold to `u` as well.
 */
export function foldVietnamese(text: string): string {
  return text
    .replace(/[ƣƢ]/g, "u")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9.%/]+/g, " ")
    .trim();
}

/** Collapses runs of white space and normalizes to NFC, as every name we store must be. */
export function cleanName(text: string): string {
  return text.normalize("NFC").replace(/[ƣƢ]/g, (c) => (c === "ƣ" ? "ư" : "Ư")).replace(/\s+/g, " ").trim();
}

/** A number in Vietnamese print (`91,16`, `2.143`), for messages. */
export function formatVietnamese(n: number, decimals = 2): string {
  return n.toLocaleString("vi-VN", { maximumFractionDigits: decimals, useGrouping: true });
}
