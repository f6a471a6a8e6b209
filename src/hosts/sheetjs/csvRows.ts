/**
 * The rows of CSV text (RFC 4180 as Excel and WPS write it): fields quoted with `"` may hold
 * separators, line breaks and doubled quotes. The separator is Excel's `sep=` first line when
 * there is one, else whichever of comma, tab and semicolon the first line uses most (Excel in
 * some locales saves semicolons; "text" exports use tabs).
 */
const SEPARATORS = [",", "\t", ";"] as const;

export function csvRows(text: string): string[][] {
  const directive = /^sep=(.)\r?\n/i.exec(text);
  const body = directive === null ? text : text.slice(directive[0].length);
  const separator = directive?.[1] ?? guessSeparator(body);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (body[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The separator used most often outside quotes on the first line. */
function guessSeparator(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string = SEPARATORS[0];
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}
