/** Folds Vietnamese text for matching: NFC, lower case, no diacritics (đ → d), single spaces, no punctuation. */
export function foldVietnamese(text: string): string {
  return text
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
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
