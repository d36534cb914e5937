/**
 * A heading or label placed inside a sentence: its first letter lowered ("Chỉ tiêu 50 ngày" →
 * "chỉ tiêu 50 ngày"), unless its first word is an acronym ("UBND các xã" stays, not "uBND").
 */
export function inSentence(text: string): string {
  const first = text.split(" ")[0];
  if (first.length > 1 && first === first.toLocaleUpperCase("vi")) return text;
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}
