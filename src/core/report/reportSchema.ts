import { FindingSchema } from "../findings/finding";
import { z } from "zod";
import { STATUS_ORDER, type Status } from "../assess/assessment";
import { DisciplineEffectSchema } from "../rules/rules";

/**
 * The JSON report of `--json`, schema `kaohe-report/1` (CONTRACT.md §4). Other systems read it,
 * so it changes only with a new schema version; new optional fields are allowed. Objects are
 * strict so that a typo in a field name fails the tests rather than a consumer.
 */
export const REPORT_SCHEMA = "kaohe-report/1";

const count = z.number().int().min(0);

export const ReportSourceSchema = z
  .object({ file: z.string(), sheet: z.string(), row: z.number().int().min(1) })
  .strict();

export const ReportVotesSchema = z
  .object({ valid: z.number().min(0), abstain: z.number().min(0), counts: z.record(z.string(), z.number().min(0)) })
  .strict();

export const ReportSubjectSchema = z
  .object({
    /** Optional: the 考核对象 row's ID (R1…), stable within one review. */
    id: z.string().optional(),
    name: z.string(),
    unit: z.string(),
    kind: z.enum(["cadre", "team"]),
    status: z.enum(STATUS_ORDER as [Status, ...Status[]]),
    clauses: z.array(z.string()),
    cap: z.string().nullable(),
    probationDue: z.boolean(),
    votes: ReportVotesSchema.nullable(),
    specialReport: z.boolean(),
    proposedGrade: z.string().nullable(),
    effect: DisciplineEffectSchema.nullable(),
    source: ReportSourceSchema,
    /** Optional: whether the subject receives a grade (cap not "none", status not review). */
    receivesGrade: z.boolean().optional(),
    /** Optional: 说明, the core's sentence. */
    explanation: z.string().optional(),
  })
  .strict();

export const ReportUnitSchema = z
  .object({
    unit: z.string(),
    graded: count,
    theoretical: z.number().min(0),
    excellentQuota: count.nullable(),
    excellentProposed: count,
  })
  .strict();

export const ReportTeamsSchema = z
  .object({ graded: count, theoretical: z.number().min(0), goodQuota: count, goodProposed: count })
  .strict();

/** A finding as CONTRACT.md §4 lists it; the report admits no other keys. */
export const ReportFindingSchema = FindingSchema.strict();

export const ReportSchema = z
  .object({
    schema: z.literal(REPORT_SCHEMA),
    year: z.number().int(),
    subjects: z.array(ReportSubjectSchema),
    units: z.array(ReportUnitSchema),
    teams: ReportTeamsSchema,
    findings: z.array(ReportFindingSchema),
  })
  .strict();

export type Report = z.infer<typeof ReportSchema>;
export type ReportSubject = z.infer<typeof ReportSubjectSchema>;
