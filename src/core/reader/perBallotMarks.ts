import type { Finding } from "../findings/finding";
import type { GridValue } from "../model/sheetGrid";
import type { LevelNames } from "../rules/levels";
import type { GridView } from "./gridView";
import { LEVEL_SETS } from "./levelVocabulary";
import { cellFinding } from "./readerFindings";
import { dropSpaces, toHalfWidth } from "./textNormalise";

/**
 * The scale an item column uses for one kind of subject. Items may have their own scale
 * (优秀/良好/一般/较差 for a cadre's 德), and first characters differ between scales (较 is 较好
 * in one and 较差 in the other), so the column's full level names decide: the set it writes
 * most, the subject's own set on a tie or when it writes none (A–D, first characters only).
 */
export function itemScale(values: readonly GridValue[], own: LevelNames): LevelNames {
  const written = values.filter((v): v is string => typeof v === "string").map((v) => dropSpaces(toHalfWidth(v)));
  let best = own;
  let bestScore = written.filter((key) => own.includes(key)).length;
  for (const set of Object.values(LEVEL_SETS)) {
    const score = written.filter((key) => set.includes(key)).length;
    if (score > bestScore) {
      best = set;
      bestScore = score;
    }
  }
  return best;
}

/** An unrecognised mark: that ballot is not valid for that subject (and item). */
export function invalidPerBallotMark(
  view: GridView,
  cell: string,
  shown: string,
  levels: LevelNames,
  subject: { name: string; unit: string | null },
  item: string | null,
): Finding {
  const names = levels.join("/");
  const firsts = levels.map((level) => level.charAt(0)).join("/");
  const of = item === null ? "" : `的“${item}”`;
  const ofEn = item === null ? "" : ` (item ${item})`;
  return cellFinding(
    view,
    "count_invalid",
    cell,
    {
      zh: `无法识别的测评标记“${shown}”（可填${names}、${firsts}或A–D，空白为弃权），这张票${of}对“${subject.name}”无效`,
      en: `Unrecognised mark "${shown}" (use ${names}, ${firsts} or A–D; blank is an abstention); this ballot${ofEn} is not valid for ${subject.name}`,
    },
    { subject: subject.name, subjectUnit: subject.unit },
  );
}
