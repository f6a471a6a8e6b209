import type { CalDate } from "../model/calendarDate";
import type { RosterField } from "../model/roster";
import { isGridError, type GridValue } from "../model/sheetGrid";
import type { Finding, FindingCode, FindingText } from "../findings/finding";
import type { GridView } from "./gridView";
import { isValidIdNumber, normaliseIdNumber } from "./idNumber";
import { parseDateText } from "./dateText";
import { readNumber } from "./numberText";
import { parsePeriodText, type Period } from "./periodText";
import type { ReadColumn } from "./readColumn";
import { cellFinding } from "./readerFindings";
import { RowSource, type ColumnTable } from "./rowSource";
import { cellText, dropSpaces, isBlank, shownValue, toHalfWidth } from "./textNormalise";

const YES = new Set(["是", "√", "Y", "YES", "TRUE", "1", "主职"]);
const NO = new Set(["否", "×", "X", "✗", "✕", "N", "NO", "FALSE", "0", "兼职"]);

/**
 * Reads the cells of one roster row, field by field, recording the A1 cell of every field it
 * reads and a finding for every value it cannot use. Covered cells of a vertical merge read as
 * the merge's value (a unit merged over its cadres), and are reported at the merge's top-left.
 */
export class RosterCells {
  /** The row's `SourceRef`, recorded as its fields are read. */
  readonly where: RowSource;
  readonly findings: Finding[] = [];
  private subject: string | undefined;
  private subjectUnit: string | undefined;

  constructor(
    private readonly view: GridView,
    private readonly r: number,
    private readonly columns: ReadonlyMap<RosterField, ReadColumn>,
    sheetTables: ColumnTable,
  ) {
    this.where = new RowSource(view, r, sheetTables);
  }

  /** Names the subject in every later finding of this row. */
  about(subject: string, unit: string): void {
    this.subject = subject;
    this.subjectUnit = unit === "" ? undefined : unit;
  }

  /**
   * The field's value, its cell recorded; undefined when the sheet has no column for it. A plain
   * value, not an object with the field and header: a district's roster reads 400,000 cells, and
   * only a finding needs the header (`headerOf`).
   */
  private at(field: RosterField): GridValue | undefined {
    const col = this.columns.get(field);
    if (!col) return undefined;
    this.where.fixed(field, col.c);
    return this.view.label(this.r, col.c);
  }

  private headerOf(field: RosterField): string {
    return this.columns.get(field)?.header ?? "";
  }

  /** The A1 cell `at` recorded for a field: made only when a finding names it. */
  private cellOf(field: RosterField): string {
    return this.where.cell(field) ?? "";
  }

  private report(code: FindingCode, cell: string, text: FindingText, warning = false): void {
    const options = {
      subject: this.subject,
      subjectUnit: this.subjectUnit,
      severity: warning ? ("warning" as const) : undefined,
    };
    this.findings.push(cellFinding(this.view, code, cell, text, options));
  }

  private errorValue(field: RosterField, value: GridValue, code: FindingCode): boolean {
    if (!isGridError(value)) return false;
    const shown = shownValue(value);
    const header = this.headerOf(field);
    this.report(
      code,
      this.cellOf(field),
      {
        zh: `“${header}”是错误值${shown}，请改为实际内容`,
        en: `"${header}" holds the error value ${shown}; enter the actual value`,
      },
      code === "note",
    );
    return true;
  }

  text(field: RosterField): string | null {
    const value = this.at(field);
    if (value === undefined || this.errorValue(field, value, "note")) return null;
    const text = cellText(value).trim();
    return text === "" ? null : text;
  }

  /** Text compared with a fixed vocabulary (建议等次): every space dropped. */
  word(field: RosterField): string | null {
    const text = this.text(field);
    return text === null ? null : dropSpaces(text);
  }

  date(field: RosterField): CalDate | null {
    const value = this.at(field);
    if (value === undefined || isBlank(value) || this.errorValue(field, value, "date_invalid")) return null;
    const date = parseDateText(value, this.view.date1904);
    if (!date) this.reportDate(field, value);
    return date;
  }

  period(field: RosterField): Period | null {
    const value = this.at(field);
    if (value === undefined || isBlank(value) || this.errorValue(field, value, "date_invalid")) return null;
    const period = parsePeriodText(value, this.view.date1904);
    if (!period) this.reportDate(field, value);
    return period;
  }

  private reportDate(field: RosterField, value: GridValue): void {
    const shown = shownValue(value);
    const header = this.headerOf(field);
    // A number such as 2020.1 lost a trailing zero in its number cell, which only the clerk can restore.
    const lostZero = typeof value === "number" && value >= 1900 && value < 2201 && Math.round(value * 100) % 100 === 10;
    this.report("date_invalid", this.cellOf(field), {
      zh: lostZero
        ? `“${header}”的数字${shown}可能是${shown}0或${shown.replace(".", ".0")}：请以文本形式写成如2020.10或2020.01`
        : `“${header}”的“${shown}”不是可识别的日期（例：2020-07-02、2020.07、2020年7月2日）`,
      en: lostZero
        ? `The number ${shown} in "${header}" may mean ${shown}0 or ${shown.replace(".", ".0")}: write it as text, e.g. 2020.10 or 2020.01`
        : `"${shown}" in "${header}" is not a date that can be read (e.g. 2020-07-02, 2020.07, 2020年7月2日)`,
    });
  }

  /**
   * A non-negative figure such as leave days or report length, at most `most`: a figure no
   * row can hold (400 days of leave in a year, 1e308 characters) is a typing error to report,
   * not an input for the rules.
   */
  amount(field: RosterField, most = Number.MAX_SAFE_INTEGER): number | null {
    const value = this.at(field);
    if (value === undefined || this.errorValue(field, value, "number_invalid")) return null;
    const reading = readNumber(value);
    if (reading === "blank") return null;
    if (typeof reading === "number" && reading >= 0 && reading <= most) return reading;
    const shown = shownValue(value);
    const tooLarge = typeof reading === "number" && reading > most;
    const header = this.headerOf(field);
    this.report("number_invalid", this.cellOf(field), {
      zh: tooLarge ? `“${header}”的“${shown}”超出可能的范围（最多 ${most}）` : `“${header}”的“${shown}”不是有效数字`,
      en: tooLarge
        ? `"${shown}" in "${header}" is beyond what is possible (at most ${most})`
        : `"${shown}" in "${header}" is not a valid number`,
    });
    return null;
  }

  /** 身份证号: kept as written (normalised) even when its check digit is wrong, so that rows still pair up. */
  idNumber(): string | null {
    const field = "idNumber";
    const value = this.at(field);
    if (value === undefined || isBlank(value) || this.errorValue(field, value, "id_number_invalid")) return null;
    if (typeof value !== "string") {
      this.report("id_number_invalid", this.cellOf(field), {
        zh: "身份证号存成了数字，末几位已丢失：请将该列设为文本格式后重新录入",
        en: "The ID number is stored as a number and its last digits are lost: format the column as text and enter it again",
      });
      return null;
    }
    const id = normaliseIdNumber(value);
    if (!isValidIdNumber(id)) {
      this.report("id_number_invalid", this.cellOf(field), {
        zh: "身份证号位数或校验位不正确，请核对",
        en: "The ID number has the wrong length or check digit; please check it",
      });
    }
    return id;
  }

  mainPost(): boolean | null {
    const field = "mainPost";
    const value = this.at(field);
    if (value === undefined || isBlank(value) || this.errorValue(field, value, "note")) return null;
    if (typeof value === "boolean") return value;
    const key = dropSpaces(toHalfWidth(cellText(value))).toUpperCase();
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
    const header = this.headerOf(field);
    this.report(
      "note",
      this.cellOf(field),
      {
        zh: `“${header}”的“${shownValue(value)}”无法识别，请填“是”或“否”`,
        en: `"${shownValue(value)}" in "${header}" is not understood; enter 是 (yes) or 否 (no)`,
      },
      true,
    );
    return null;
  }

  /** 类别: 班子 means a team, 干部 a cadre; anything else is reported and read as a cadre. */
  kind(): "cadre" | "team" | null {
    const field = "kind";
    const value = this.at(field);
    if (value === undefined || isBlank(value) || this.errorValue(field, value, "note")) return null;
    const key = dropSpaces(cellText(value));
    if (key.includes("班子")) return "team";
    if (key.includes("干部")) return "cadre";
    const header = this.headerOf(field);
    this.report(
      "note",
      this.cellOf(field),
      {
        zh: `“${header}”的“${shownValue(value)}”无法识别，已按领导干部读取（领导班子请填“领导班子”）`,
        en: `"${shownValue(value)}" in "${header}" is not understood and was read as a cadre (write 领导班子 for a team)`,
      },
      true,
    );
    return "cadre";
  }
}
