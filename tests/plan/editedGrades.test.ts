import { blankRosterRow } from "../../src/core/model/roster";
import { subjectColumns } from "../../src/core/plan/subjectColumns";
const SUBJECT_COLS = subjectColumns("hao");
import { matchEditedGrades, type EditedGrade } from "../../src/core/plan/subjectsSheetRead";

/** Grades edited in 考核对象 find their roster row again, and never someone else's. */
const edited = (id: string, name: string, unit: string, grade: string | null): EditedGrade => ({
  id,
  name,
  unit,
  grade,
  cell: `${SUBJECT_COLS.letter("grade")}5`,
});

test("a grade is matched by ID while name and unit still agree", () => {
  const rows = [blankRosterRow("R1", "张三", "孟轲乡"), blankRosterRow("R2", "李四", "孟轲乡")];
  const matched = matchEditedGrades(rows, [
    edited("R1", "张三", "孟轲乡", "优秀"),
    edited("R2", "李四", "孟轲乡", null),
  ]);
  expect([...matched].map(([id, e]) => [id, e.grade])).toEqual([
    ["R1", "优秀"],
    ["R2", null],
  ]);
});

test("a row inserted in the roster moves IDs, and grades follow the person by name and unit", () => {
  const rows = [blankRosterRow("R1", "新人", "孟轲乡"), blankRosterRow("R2", "张三", "孟轲乡")];
  const matched = matchEditedGrades(rows, [edited("R1", "张三", "孟轲乡", "称职")]);
  expect(matched.get("R2")?.grade).toBe("称职");
  expect(matched.has("R1")).toBe(false);
});

test("two rows with the same name and unit are never guessed between", () => {
  const rows = [blankRosterRow("R3", "王海", "区人社局"), blankRosterRow("R4", "王海", "区人社局")];
  const matched = matchEditedGrades(rows, [edited("R1", "王海", "区人社局", "优秀")]);
  expect(matched.size).toBe(0);
});
