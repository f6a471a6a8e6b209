import { dropSpaces, toHalfWidth } from "./textNormalise";

/** 身份证号 as written: half-width, no spaces, the check character `x` upper-cased. */
export function normaliseIdNumber(text: string): string {
  return dropSpaces(toHalfWidth(text)).toUpperCase();
}

// GB 11643-1999: weights of the first 17 digits and the check character for each remainder.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = "10X98765432";

/**
 * Whether a citizen ID number is well formed: 18 characters whose last one is the check
 * character of the first 17 digits, or an old 15-digit number (which has no check character).
 */
export function isValidIdNumber(id: string): boolean {
  const text = normaliseIdNumber(id);
  if (/^\d{15}$/.test(text)) return true;
  if (!/^\d{17}[\dX]$/.test(text)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(text[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] === text[17];
}
