/**
 * Comparisons of text a person typed (unit names, 建议等次, the rules' unit and grade names)
 * that are exact, character for character and case for case, as the core compares. COUNTIF,
 * COUNTIFS, SUMIF(S) and MATCH(x,…,0) read text criteria as patterns in Excel, WPS and
 * LibreOffice: `*`, `?` and `~` are wildcards, a leading `=`, `<` or `>` an operator, and letters
 * match in either case. So no such text is ever a criterion: EXACT decides, and the counts
 * compare the numbers it yields.
 */

/**
 * The position of the first entry of `list` that is exactly `x`, #N/A when none is. INDEX(…,0)
 * hands EXACT's array to MATCH without array entry, in Excel 2010+, WPS and LibreOffice alike.
 */
export function exactMatch(x: string, list: string): string {
  return `MATCH(TRUE,INDEX(EXACT(${x},${list}),0),0)`;
}

/**
 * The level (1 highest … 4) whose name in the four-cell `list` is exactly `x`, 0 for none: plain
 * IFs over INDEX(list,k), which every program computes without arrays.
 */
export function exactLevel(x: string, list: string): string {
  return [1, 2, 3, 4].reduceRight(
    (otherwise, level) => `IF(EXACT(${x},INDEX(${list},${level})),${level},${otherwise})`,
    "0",
  );
}
