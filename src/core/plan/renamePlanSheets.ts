import { quoteSheet } from "../model/address";
import { ownedSheetsMarker } from "./planMarker";
import { mapRows } from "./planRows";
import type { PlanCell, PlanChart, PlanLooseCell, PlanSheet, WritePlan } from "./writePlan";

/**
 * The plan with some of Kaohe's sheets under other names (a user's own 汇总 keeps its name, and
 * Kaohe's is written as `汇总（考核助手）`), every reference moved with them as Excel moves them on
 * renaming a sheet: formulas, links, defined names, chart series, and the marker's cells on
 * 考核规则 that list the sheets a re-run replaces. The sheets are built under Kaohe's own names
 * and every reference to a sheet is written `'名称'!` (quoteSheet), so a reference is found by
 * that text outside the formulas' string literals.
 */
export function renamePlanSheets(plan: WritePlan, renames: ReadonlyMap<string, string>): WritePlan {
  const moves = [...renames].filter(([from, to]) => from !== to);
  if (moves.length === 0) return plan;
  const to = new Map(moves);
  const ref = (text: string) => renameReferences(text, to);
  const cell = <C extends PlanCell>(c: C): C => {
    let next = c;
    if (c.formula !== undefined) next = { ...next, formula: ref(c.formula) };
    if (c.link !== undefined) {
      next = { ...next, link: ref(c.link) };
      // 问题清单's 定位 shows its target as `考核对象!B7`.
      const shown = typeof c.value === "string" ? c.value : "";
      const from = moves.find(([old]) => shown.startsWith(`${old}!`));
      if (from !== undefined) next = { ...next, value: `${from[1]}${shown.slice(from[0].length)}` };
    }
    return next;
  };
  const chart = (c: PlanChart): PlanChart => ({
    ...c,
    series: c.series.map((s) => ({
      ...s,
      nameRef: ref(s.nameRef),
      categories: ref(s.categories),
      values: ref(s.values),
    })),
  });
  // The marker's cells hold the names themselves.
  const marker = ownedSheetsMarker(plan);
  const inMarker = (s: PlanSheet, c: PlanLooseCell) =>
    marker !== null && s.name === marker.sheet && c.row === marker.row && c.col >= marker.col;
  const loose = (s: PlanSheet, c: PlanLooseCell): PlanLooseCell =>
    inMarker(s, c) && typeof c.value === "string" ? { ...c, value: to.get(c.value) ?? c.value } : cell(c);
  const sheet = (s: PlanSheet): PlanSheet => ({
    ...s,
    name: to.get(s.name) ?? s.name,
    table: {
      ...s.table,
      columns: s.table.columns.map((c) => (c.formula === undefined ? c : { ...c, formula: ref(c.formula) })),
      rows: mapRows(s.table.rows, (row) => (row.some(refers) ? row.map(cell) : row)),
    },
    loose: s.loose.map((c) => loose(s, c)),
    conditionalFormats: s.conditionalFormats.map((f) => ({ ...f, formula: ref(f.formula) })),
    validations: s.validations.map((v) => ({ ...v, list: ref(v.list) })),
    ...(s.charts === undefined ? {} : { charts: s.charts.map(chart) }),
  });
  return {
    ...plan,
    sheets: plan.sheets.map(sheet),
    names: plan.names.map((n) => ({ ...n, refersTo: ref(n.refersTo) })),
  };
}

/** Only cells with a formula or a link can name a sheet among a table's rows (millions of cells at a district). */
function refers(c: PlanCell): boolean {
  return c.formula !== undefined || c.link !== undefined;
}

/** `'old'!` becomes `'new'!` wherever it stands outside a string literal (`"…"`, `""` inside it). */
export function renameReferences(text: string, renames: ReadonlyMap<string, string>): string {
  const quoted = [...renames].map(([from, to]) => [`${quoteSheet(from)}!`, `${quoteSheet(to)}!`] as const);
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let end = i + 1;
      while (end < text.length && !(text[end] === '"' && text[end + 1] !== '"')) end += text[end] === '"' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const hit = text[i] === "'" ? quoted.find(([from]) => text.startsWith(from, i)) : undefined;
    if (hit !== undefined) {
      out += hit[1];
      i += hit[0].length;
      continue;
    }
    // A quoted sheet name other than the renamed ones is copied whole: its text may hold a `"`.
    if (text[i] === "'") {
      let end = i + 1;
      while (end < text.length && !(text[end] === "'" && text[end + 1] !== "'")) end += text[end] === "'" ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}
