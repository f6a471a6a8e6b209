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
  // The end of an unquoted field: the separator or a line break.
  const fieldEnd = new RegExp(`[${separator === "\t" ? "\\t" : separator}\\r\\n]`, "g");
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < body.length) {
    let field: string;
    if (body[i] === '"') {
      [field, i] = quotedField(body, i + 1);
      // Text after the closing quote (`"a"b`) belongs to the field, as Excel reads it.
      fieldEnd.lastIndex = i;
      const rest = fieldEnd.exec(body);
      const stop = rest === null ? body.length : rest.index;
      field += body.slice(i, stop);
      i = stop;
    } else {
      fieldEnd.lastIndex = i;
      const next = fieldEnd.exec(body);
      const stop = next === null ? body.length : next.index;
      field = body.slice(i, stop);
      i = stop;
    }
    row.push(field);
    const c = body[i];
    if (c === separator) {
      i++;
      if (i === body.length) row.push("");
      continue;
    }
    // A line break (CRLF, LF or CR) or the end of the text ends the row.
    i += c === "\r" && body[i + 1] === "\n" ? 2 : 1;
    rows.push(row);
    row = [];
  }
  return rows;
}

/** A quoted field from just after its opening quote: its text and where reading goes on. */
function quotedField(body: string, from: number): [string, number] {
  let text = "";
  let i = from;
  for (;;) {
    const quote = body.indexOf('"', i);
    if (quote < 0) return [text + body.slice(i), body.length];
    text += body.slice(i, quote);
    if (body[quote + 1] !== '"') return [text, quote + 1];
    text += '"';
    i = quote + 2;
  }
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
