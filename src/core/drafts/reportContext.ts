import type { Assessment } from "../assess/assessment";
import type { Finding } from "../findings/finding";
import type { HeadingNumbers, TableNumbers } from "./headingNumbers";

/** What every section of the 考核情况报告 reads, and the counters its headings and tables share. */
export interface ReportContext {
  assessment: Assessment;
  findings: readonly Finding[];
  headings: HeadingNumbers;
  tables: TableNumbers;
}
