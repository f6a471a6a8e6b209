/**
 * Office.js applies a single value assigned to a multi-cell range to every cell of it; its typings
 * only know 2-D arrays. One number format and one R1C1 formula then fill a whole column.
 */
export function fillRange(range: Excel.Range, numberFormat: string, formulaR1C1: string): void {
  const whole = range as unknown as { numberFormat: string; formulasR1C1: string };
  whole.numberFormat = numberFormat;
  whole.formulasR1C1 = formulaR1C1;
}
