import { makeFinding } from "../../findings/finding";
import { formatCalDate } from "../../model/calendarDate";
import type { RosterRow } from "../../model/roster";
import type { ClauseHit, Derived } from "../assessment";
import { describeRowPlace, rowLocation } from "../locate";
import { noOutcome, type ClauseOutcome } from "./outcome";

/**
 * 一.1 担任多项职务: the same person on several rows is assessed where the main post is, and the
 * concurrent posts are only "了解". Rows are the same person when their key is equal; a row
 * without a key never merges, because merging two different people would silently drop one.
 */
export interface PersonPost {
  mainPost: Derived["mainPost"];
  personRows: number;
  outcome: ClauseOutcome;
}

const SPACES = /[\s\u3000]/g;

/** 身份证号, else name + birth date when both are present; teams are never one person. */
export function personKey(row: RosterRow): string | null {
  if (row.kind !== "cadre") return null;
  const id = (row.idNumber ?? "").replace(SPACES, "").toUpperCase();
  if (id !== "") return `id:${id}`;
  const name = row.name.replace(SPACES, "");
  if (name !== "" && row.birthDate !== null) return `nb:${name}|${formatCalDate(row.birthDate)}`;
  return null;
}

/** The post of every row that shares its person with another row; rows not in the map hold one post. */
export function assignPosts(rows: readonly RosterRow[]): Map<string, PersonPost> {
  // Each person's first row, and a list only for a person met again: a list for each of a
  // district's 20,000 persons, nearly all of one row, lived until the last row was keyed.
  const firsts = new Map<string, RosterRow>();
  const groups = new Map<string, RosterRow[]>();
  // An index loop: an array iterator makes a result object per row until the loop is optimised.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as RosterRow;
    const key = personKey(row);
    if (key === null) continue;
    const first = firsts.get(key);
    if (first === undefined) {
      firsts.set(key, row);
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [first, row]);
  }
  const posts = new Map<string, PersonPost>();
  for (const group of groups.values()) {
    const outcomes = postOutcomes(group);
    flagSameUnit(group, outcomes);
    for (const row of group) {
      const post = outcomes.get(row.id);
      if (post) posts.set(row.id, post);
    }
  }
  return posts;
}

function postOutcomes(group: RosterRow[]): Map<string, PersonPost> {
  const mains = group.filter((row) => row.mainPost === true);
  const result = new Map<string, PersonPost>();
  const main = mains.length === 1 ? mains[0] : undefined;
  for (const row of group) {
    const outcome = noOutcome();
    let mainPost: PersonPost["mainPost"];
    if (main === undefined) {
      mainPost = "unknown";
      outcome.hits.push(unknownHit(group.length, mains.length));
      outcome.findings.push(
        makeFinding("main_post_unknown", rowLocation(row, "mainPost"), {
          zh: `${row.name}在名册中有${group.length}行（${units(group)}），${mains.length === 0 ? "均未" : "有多行"}标为主职，请在"是否主职"中标明一行`,
          en: `${row.name} has ${group.length} rows (${units(group)}); ${mains.length === 0 ? "none is" : "several are"} marked as the main post: mark exactly one`,
        }),
      );
    } else if (row === main) {
      mainPost = "main";
      outcome.hits.push({
        clause: "一.1",
        status: "graded",
        zh: "担任多项职务，在主要工作单位考核，兼任工作以适当方式了解",
        en: "Holds several posts: assessed at this main unit; the other posts are reviewed in an appropriate way",
      });
    } else {
      mainPost = "concurrent";
      outcome.hits.push({
        clause: "一.1",
        status: "concurrent",
        cap: "none",
        zh: `在主要工作单位(${main.unit})考核，兼任工作以适当方式了解`,
        en: `Assessed at the main unit (${main.unit}); this concurrent post is reviewed in an appropriate way`,
      });
    }
    result.set(row.id, { mainPost, personRows: group.length, outcome });
  }
  return result;
}

function unknownHit(rowCount: number, marked: number): ClauseHit {
  return {
    clause: "一.1",
    status: "review",
    zh: `担任多项职务（${rowCount}行），${marked === 0 ? "未标明" : "多行标为"}主职，需确定在哪个单位考核`,
    en: `Holds several posts (${rowCount} rows) and ${marked === 0 ? "no" : "more than one"} row is marked as the main post: decide where to assess`,
  };
}

/** Two rows of one person in one unit are one post entered twice, not two posts. */
function flagSameUnit(group: RosterRow[], outcomes: Map<string, PersonPost>): void {
  const firstInUnit = new Map<string, RosterRow>();
  for (const row of group) {
    const first = firstInUnit.get(row.unit);
    if (first === undefined) {
      firstInUnit.set(row.unit, row);
      continue;
    }
    outcomes.get(row.id)?.outcome.findings.push(
      makeFinding("duplicate_person", rowLocation(row, "idNumber"), {
        zh: `${row.name}与${describeRowPlace(first.source)}是同一人且同在${row.unit}，请删除重复行`,
        en: `${row.name} is the same person as ${describeRowPlace(first.source)} in the same unit ${row.unit}: delete the duplicate row`,
      }),
    );
  }
}

function units(group: RosterRow[]): string {
  return group.map((row) => row.unit).join("、");
}
