import type { Finding } from "../findings/finding";
import { SEVERITY_LABEL } from "../plan/labels";
import type { DraftTable } from "./draftDocument";
import { listTable } from "./listTable";
import { findingPlace } from "./subjectFacts";

/** Findings as a numbered table: severity, the message, and where it can be fixed. */
export function findingsTable(findings: readonly Finding[], caption: string): DraftTable {
  return listTable(
    caption,
    [
      { header: "序号", weight: 8, align: "center" },
      { header: "级别", weight: 8, align: "center" },
      { header: "问题", weight: 58, align: "left" },
      { header: "位置", weight: 26, align: "left" },
    ],
    findings,
    (f, i) => [String(i + 1), SEVERITY_LABEL[f.severity], f.message, findingPlace(f)],
  );
}
