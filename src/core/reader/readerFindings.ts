import { makeFinding, type Finding, type FindingCode, type FindingText, type Severity } from "../findings/finding";
import type { GridView } from "./gridView";

export interface FindingOptions {
  subject?: string | undefined;
  subjectUnit?: string | null | undefined;
  severity?: Severity | undefined;
}

/** A finding at a cell of the sheet being read: file, sheet and A1 are always filled in. */
export function cellFinding(
  view: GridView,
  code: FindingCode,
  cell: string,
  text: FindingText,
  options: FindingOptions = {},
): Finding {
  return makeFinding(
    code,
    {
      file: view.file,
      sheet: view.sheet,
      cell,
      subject: options.subject,
      subjectUnit: options.subjectUnit ?? undefined,
    },
    text,
    options.severity,
  );
}

/** The same problem reported from several rows of one merged cell is listed once. */
export function distinctFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = [f.code, f.file, f.sheet, f.cell, f.subject, f.message].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
