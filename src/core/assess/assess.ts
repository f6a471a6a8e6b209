import { compareFindings, type Finding } from "../findings/finding";
import type { RosterRow } from "../model/roster";
import type { TallyRow } from "../model/tally";
import type { Rules } from "../rules/rules";
import type { Assessment } from "./assessment";
import { yearContext } from "./context";
import { assignPosts } from "./eligibility/person";
import { teamQuota } from "./grades/teamQuota";
import { unitQuotas } from "./grades/unitQuotas";
import { assessSubject } from "./subject";
import { subjectRows } from "./votes/subjectRows";
import { checkTallies } from "./votes/tallyChecks";
import { votesBySubject } from "./votes/totals";

/**
 * The assessment core: roster rows and matched ballot tallies in, every decision out as
 * data. Pure and total: bad cell content becomes a finding, never an exception.
 *
 * Order matters only where one step reads another's result: persons are grouped before rows
 * are assessed (一.1 needs every row), tallies are checked before they are summed, and
 * quotas are counted after every subject knows whether it receives a grade.
 */
export function assess(input: { roster: RosterRow[]; tallies: TallyRow[]; rules: Rules }): Assessment {
  const { roster, tallies, rules } = input;
  const ctx = yearContext(rules);
  const posts = assignPosts(roster);
  const bySubject = subjectRows(tallies);
  const checked = checkTallies(tallies, bySubject, new Set(roster.map((row) => row.id)), rules);
  const votes = votesBySubject(checked.checks, bySubject, rules);
  const findings: Finding[] = checked.findings;
  const subjects = roster.map((row) => assessSubject(row, posts.get(row.id), votes.get(row.id) ?? null, ctx, findings));
  const units = unitQuotas(subjects, rules);
  const teams = teamQuota(subjects, rules);
  findings.push(...units.findings, ...teams.findings);
  return {
    rules,
    year: ctx.year,
    daysInYear: ctx.daysInYear,
    subjects,
    tallies: checked.checks,
    units: units.units,
    teams: teams.teams,
    findings: findings.sort(compareFindings),
  };
}
