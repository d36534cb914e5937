/**
 * Whether Office's theme is dark, from the body background colour the host gives
 * (Office.context.officeTheme.bodyBackgroundColor, "#RRGGBB"): the pane then follows it.
 * No colour (a host without themes) means light, Office's default.
 */
export function isDarkBackground(color: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  // relative luminance (ITU-R BT.709 weights): below the middle is a dark background
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
