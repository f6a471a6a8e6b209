import { z } from "zod";
import { SourceRefSchema } from "./roster";

/**
 * One ballot tally row (民主测评): a subject × evaluator category × optional item, with
 * the ballots issued / returned / valid, the expected attendees where known, the count of
 * each level and abstentions. Counts are kept by level index (0 = highest), so that a team
 * row under cadre level headers is read in order as 好 / 较好 / 一般 / 差.
 *
 * A count the reader could not read as a number is null and has a `count_invalid` finding;
 * the core checks that the numbers it got are non-negative integers.
 */
export const TallyRowSchema = z.object({
  id: z.string(),
  layout: z.enum(["long", "wide", "raw", "perballot"]),
  /** Source of the row; `cells` maps `issued`, `returned`, `valid`, `expected`, `abstain`, `level0`…`level3`, `name`, `unit`, `category` to A1. */
  source: SourceRefSchema,
  subjectName: z.string().min(1),
  subjectUnit: z.string().nullable(),
  /** true when the subject is named 领导班子 or `<unit>领导班子`. */
  isTeam: z.boolean(),
  category: z.string(),
  /** 测评项目 (德 能 勤 绩 廉 综合评价 …); null when the row is the overall rating itself. */
  item: z.string().nullable(),
  expected: z.number().nullable(),
  issued: z.number().nullable(),
  returned: z.number().nullable(),
  valid: z.number().nullable(),
  counts: z.tuple([z.number().nullable(), z.number().nullable(), z.number().nullable(), z.number().nullable()]),
  abstain: z.number().nullable(),
  /** The roster subject this row was matched to, or null (subject_unknown / ambiguous). */
  subjectId: z.string().nullable(),
});
export type TallyRow = z.infer<typeof TallyRowSchema>;

/** The item whose counts are "the votes" when items are given (DOMAIN.md). */
export const OVERALL_ITEM = "综合评价";
