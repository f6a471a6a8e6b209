import { normaliseUnit, toHalfWidth } from "./textNormalise";

/**
 * Splitting a 所在单位及职务 cell (胜利路街道党工委书记, 区委办公室副主任) into unit and
 * position. Certain splits: the clerk's own separator, or a unit known from elsewhere in the
 * workbook (team rows, unit cells). Otherwise the unit is the text up to a usual unit ending,
 * followed by what a position starts with; when that leaves more than one reading, or none,
 * the split is uncertain and the reader reports it at the cell.
 */
export interface UnitPositionSplit {
  unit: string;
  position: string | null;
  certain: boolean;
}

// How the names of organs and bodies end (乡镇街道, 局委办, 院所中心, 公司, 处科部队站馆校 …).
const UNIT_ENDING =
  /(乡|镇|街道|办事处|局|委|办|院|所|中心|公司|集团|处|科|部|队|站|馆|校|厅|会|社|行|室|团|政府|人大|政协|区|园|联|协|场|台)$/;
// What a position begins with: party posts, deputies, the usual titles, ranks.
const POSITION_START =
  /^(党|纪委|纪工委|副|正|常务|常委(?!会)|书记|主任|主席|局长|部长|处长|科长|镇长|乡长|区长|县长|市长|院长|所长|队长|站长|馆长|校长|厅长|社长|行长|会长|理事长|秘书长|团长|组长|主管|总经理|经理|总|董事|监事|调研员|科员|巡视员|委员|政委|教导员|指导员|检察长|庭长|审判|大队长|中队长|一级|二级|三级|四级|专职|工作人员|干部)/;
// 党工委书记 belongs to the position: 胜利路街道 | 党工委书记, not 胜利路街道党工委 | 书记.
const PARTY_ORGAN = /(党委|党工委|党组|党总支|党支部|纪委|纪工委)$/;
// A separator typed between unit and position.
const SEPARATOR = /\s+|—+|--+|\||／|\//;

export function splitUnitPosition(text: string, knownUnits: ReadonlySet<string>): UnitPositionSplit {
  const written = toHalfWidth(text).trim();
  const parts = written.split(SEPARATOR).filter((p) => p !== "");
  if (parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined) {
    return { unit: normaliseUnit(parts[0]), position: normaliseUnit(parts[1]), certain: true };
  }
  const whole = normaliseUnit(written);
  if (knownUnits.has(whole)) return { unit: whole, position: null, certain: true };
  const known = [...knownUnits]
    .filter((unit) => unit !== "" && whole.startsWith(unit) && whole.length > unit.length)
    .sort((a, b) => b.length - a.length)[0];
  if (known !== undefined) return { unit: known, position: whole.slice(known.length), certain: true };
  return byEndings(whole);
}

function byEndings(whole: string): UnitPositionSplit {
  const candidates: number[] = [];
  // A unit has at least two characters: 区 alone is the start of 区纪委, not a unit.
  for (let i = 2; i < whole.length; i++) {
    if (UNIT_ENDING.test(whole.slice(0, i)) && POSITION_START.test(whole.slice(i))) candidates.push(i);
  }
  const shortest = candidates[0];
  if (shortest === undefined) {
    // No position follows: the cell is a unit alone when it ends like one.
    return { unit: whole, position: null, certain: UNIT_ENDING.test(whole) };
  }
  const readings = candidates.filter((i) => i === shortest || !PARTY_ORGAN.test(whole.slice(0, i)));
  return { unit: whole.slice(0, shortest), position: whole.slice(shortest), certain: readings.length === 1 };
}
