/**
 * Office's theme, as the task pane follows it: dark when the body background Office reports is
 * dark (relative luminance under one half), light otherwise or when Office reports nothing.
 */
export function themeFromBackground(color: string | null | undefined): "light" | "dark" {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (m === null || m[1] === undefined) return "light";
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
