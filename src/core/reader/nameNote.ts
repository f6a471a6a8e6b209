import type { GridView } from "./gridView";
import { isTeamName } from "./subjectName";
import { cellText, normaliseName, toHalfWidth } from "./textNormalise";

/**
 * Whether the text standing in a row's name column is a note rather than a person (CONTRACT.md
 * §1 "notes are never people"): an instruction block merged across the table (导入说明：1.该表格…),
 * a numbered instruction line or section heading (1.、一、(二)), a line that says it is a note
 * (填表说明, 注意事项, 注：), a sentence, or text far longer than any name. A person's or a
 * team's name has none of these.
 */
const NOTE_START =
  /^(填表说明|导入说明|填报说明|注意事项|温馨提示|特别提示|填写要求|填报要求|说明|备注|附注|附件|示例|样例|例[:：]|注[:：]|附[:：]|提示[:：])/;
const NUMBERED = /^([(（]?([0-9]+|[一二三四五六七八九十]+)[)）.、．]|[①②③④⑤⑥⑦⑧⑨⑩])/;
const SENTENCE = /[，。；;！？!?：:\n]/;
// Names of people run to about twenty characters at most (阿卜杜热西提·买买提明); teams are
// named after their unit, which may be long (华龙区人力资源和社会保障局领导班子).
const LONGEST_NAME = 20;
const LONGEST_TEAM = 40;
// An instruction block is merged across several columns; a unit is merged down, one column wide.
const BLOCK_COLUMNS = 3;

export function isNameNote(view: GridView, r: number, c: number): boolean {
  const text = toHalfWidth(cellText(view.label(r, c))).trim();
  if (text === "") return false;
  const name = normaliseName(text);
  const merge = view.mergeAt(r, c);
  if (merge && merge.right - merge.left + 1 >= BLOCK_COLUMNS && !isTeamName(name)) return true;
  if (NOTE_START.test(text) || NUMBERED.test(text) || SENTENCE.test(text)) return true;
  return name.length > (isTeamName(name) ? LONGEST_TEAM : LONGEST_NAME);
}
