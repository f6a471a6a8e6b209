/**
 * Defined names for the rules in 考核规则. Every formula of the reviewed workbook refers to a
 * rule by one of these names, never by a cell address, so a leader reads `2*M5>KH_DAYS` and a
 * clerk may move the rules table without breaking a formula.
 */
export const RULE_NAME = {
  year: "KH_YEAR",
  days: "KH_DAYS",
  assessmentDate: "KH_ASSESS_DATE",
  excellentPercent: "KH_EXCELLENT_PCT",
  goodTeamPercent: "KH_GOOD_PCT",
  rounding: "KH_ROUNDING",
  quotaScope: "KH_QUOTA_SCOPE",
  allocation: "KH_ALLOCATION",
  teamLevelSet: "KH_TEAM_SET",
  turnoutPercent: "KH_TURNOUT_PCT",
  lowApproval: "KH_TRIGGER_LOW",
  highDisapproval: "KH_TRIGGER_HIGH",
  reportLimitTeam: "KH_REPORT_TEAM",
  reportLimitCadre: "KH_REPORT_CADRE",
  levelScores: "KH_LEVEL_SCORES",
  cadreGrades: "KH_CADRE_GRADES",
  teamGrades: "KH_TEAM_GRADES",
  allocatedUnits: "KH_ALLOC_UNITS",
  allocatedQuotas: "KH_ALLOC_QUOTAS",
} as const;

/** The Excel formula for D, the days of the assessment year, from KH_YEAR (Gregorian leap rule). */
export const DAYS_FORMULA = `IF(OR(AND(MOD(${RULE_NAME.year},4)=0,MOD(${RULE_NAME.year},100)<>0),MOD(${RULE_NAME.year},400)=0),366,365)`;

/** Every name Kaohe may define: a re-run removes exactly these before writing them again. */
export function isKaoheName(name: string): boolean {
  return /^(KH_|KAOHE_)/i.test(name);
}
