import type { GridView } from "./gridView";
import type { HeaderLayout } from "./headerLayout";
import { textsAbove } from "./sheetAnalysis";
import { normaliseHeader, toHalfWidth } from "./textNormalise";

/** Ballot figures of one evaluator category, as a note above a wide table gives them. */
export interface NoteFigures {
  readonly expected: number | null;
  readonly issued: number | null;
  readonly returned: number | null;
  readonly valid: number | null;
  /** A1 of the note cell. */
  readonly cell: string;
}

const FIGURES = {
  expected: /应到[^\d；;，,]*?(\d+)/,
  issued: /(?:发出|发放)[^\d；;，,]*?(\d+)/,
  returned: /收回[^\d；;，,]*?(\d+)/,
  valid: /有效[^\d；;，,]*?(\d+)/,
} as const;
const CATEGORY_PREFIX = /^([^:：]+)[:：](.*)$/;
const NOTE_LEAD = /^(注|说明|备注)[:：]/;

function figure(pattern: RegExp, text: string): number | null {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * Reads notes such as `班子成员：发出测评票12张，收回12张，有效12张；干部职工代表：…` above
 * the table, keyed by the normalised category; a part without a category (`发出测评票12张…`)
 * is keyed by "" and applies to every category the note does not name.
 */
export function readBallotNotes(view: GridView, header: HeaderLayout): Map<string, NoteFigures> {
  const notes = new Map<string, NoteFigures>();
  for (const { r, c, text } of textsAbove(view, header)) {
    const plain = toHalfWidth(text).trim().replace(NOTE_LEAD, "");
    for (const part of plain.split(/[；;\n]/)) {
      const prefixed = CATEGORY_PREFIX.exec(part.trim());
      const category = prefixed ? normaliseHeader(prefixed[1] ?? "") : "";
      const body = prefixed ? (prefixed[2] ?? "") : part;
      const figures: NoteFigures = {
        expected: figure(FIGURES.expected, body),
        issued: figure(FIGURES.issued, body),
        returned: figure(FIGURES.returned, body),
        valid: figure(FIGURES.valid, body),
        cell: view.address(r, c),
      };
      const found = [figures.expected, figures.issued, figures.returned, figures.valid].some((v) => v !== null);
      if (found && !notes.has(category)) notes.set(category, figures);
    }
  }
  return notes;
}
