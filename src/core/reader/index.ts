/**
 * The reader: sheet grids in, roster rows and ballot tallies out, with a finding at the cell
 * of every problem and a column mapping the task pane can show and the user can correct.
 */
export type { ColumnMapping, MappedColumn, MappingOverride, MatchConfidence, SheetRole } from "./columnMapping";
export type { HeaderOverride } from "./headerOverrides";
export { readRoster, type RosterReading } from "./readRoster";
export { readBallots, type BallotOptions, type BallotReading } from "./readBallots";
export { matchSubjects } from "./matchSubjects";
export { classifySheet } from "./sheetAnalysis";
export { TALLY_FIELDS } from "./ballotColumns";
export { PER_BALLOT_FIELDS, itemOfField } from "./perBallotLayout";
export { normaliseHeader, normaliseName, normaliseUnit } from "./textNormalise";
export { parseDateText } from "./dateText";
export { parsePeriodText, type Period } from "./periodText";
export { isValidIdNumber } from "./idNumber";
