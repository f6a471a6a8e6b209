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

/** A field's value as read, for the checks that may report it. */
interface Found {
  value: GridValue;
  field: RosterField;
  header: string;
}

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

  private at(field: RosterField): Found | null {
    const col = this.columns.get(field);
    if (!col) return null;
    this.where.fixed(field, col.c);
    return { value: this.view.label(this.r, col.c), field, header: col.header };
  }

  /** The A1 cell `at` recorded for a field: made only when a finding names it. */
  private cellOf(found: Found): string {
    return this.where.cell(found.field) ?? "";
  }

  private report(code: FindingCode, cell: string, text: FindingText, warning = false): void {
    const options = {
      subject: this.subject,
      subjectUnit: this.subjectUnit,
      severity: warning ? ("warning" as const) : undefined,
    };
    this.findings.push(cellFinding(this.view, code, cell, text, options));
  }

  private errorValue(found: Found, code: FindingCode): boolean {
    if (!isGridError(found.value)) return false;
    const shown = shownValue(found.value);
    this.report(
      code,
      this.cellOf(found),
      {
        zh: `“${found.header}”是错误值${shown}，请改为实际内容`,
        en: `"${found.header}" holds the error value ${shown}; enter the actual value`,
      },
      code === "note",
    );
    return true;
  }

  text(field: RosterField): string | null {
    const found = this.at(field);
    if (!found || this.errorValue(found, "note")) return null;
    const text = cellText(found.value).trim();
    return text === "" ? null : text;
  }

  /** Text compared with a fixed vocabulary (建议等次): every space dropped. */
  word(field: RosterField): string | null {
    const text = this.text(field);
    return text === null ? null : dropSpaces(text);
  }

  date(field: RosterField): CalDate | null {
    const found = this.at(field);
    if (!found || isBlank(found.value) || this.errorValue(found, "date_invalid")) return null;
    const date = parseDateText(found.value, this.view.date1904);
    if (!date) this.reportDate(found);
    return date;
  }

  period(field: RosterField): Period | null {
    const found = this.at(field);
    if (!found || isBlank(found.value) || this.errorValue(found, "date_invalid")) return null;
    const period = parsePeriodText(found.value, this.view.date1904);
    if (!period) this.reportDate(found);
    return period;
  }

  private reportDate(found: Found): void {
    const shown = shownValue(found.value);
    // A number such as 2020.1 lost a trailing zero in its number cell, which only the clerk can restore.
    const lostZero =
      typeof found.value === "number" &&
      found.value >= 1900 &&
      found.value < 2201 &&
      Math.round(found.value * 100) % 100 === 10;
    this.report("date_invalid", this.cellOf(found), {
      zh: lostZero
        ? `“${found.header}”的数字${shown}可能是${shown}0或${shown.replace(".", ".0")}：请以文本形式写成如2020.10或2020.01`
        : `“${found.header}”的“${shown}”不是可识别的日期（例：2020-07-02、2020.07、2020年7月2日）`,
      en: lostZero
        ? `The number ${shown} in "${found.header}" may mean ${shown}0 or ${shown.replace(".", ".0")}: write it as text, e.g. 2020.10 or 2020.01`
        : `"${shown}" in "${found.header}" is not a date that can be read (e.g. 2020-07-02, 2020.07, 2020年7月2日)`,
    });
  }

  /**
   * A non-negative figure such as leave days or report length, at most `most`: a figure no
   * row can hold (400 days of leave in a year, 1e308 characters) is a typing error to report,
   * not an input for the rules.
   */
  amount(field: RosterField, most = Number.MAX_SAFE_INTEGER): number | null {
    const found = this.at(field);
    if (!found || this.errorValue(found, "number_invalid")) return null;
    const reading = readNumber(found.value);
    if (reading === "blank") return null;
    if (typeof reading === "number" && reading >= 0 && reading <= most) return reading;
    const shown = shownValue(found.value);
    const tooLarge = typeof reading === "number" && reading > most;
    this.report("number_invalid", this.cellOf(found), {
      zh: tooLarge
        ? `“${found.header}”的“${shown}”超出可能的范围（最多 ${most}）`
        : `“${found.header}”的“${shown}”不是有效数字`,
      en: tooLarge
        ? `"${shown}" in "${found.header}" is beyond what is possible (at most ${most})`
        : `"${shown}" in "${found.header}" is not a valid number`,
    });
    return null;
  }

  /** 身份证号: kept as written (normalised) even when its check digit is wrong, so that rows still pair up. */
  idNumber(): string | null {
    const found = this.at("idNumber");
    if (!found || isBlank(found.value) || this.errorValue(found, "id_number_invalid")) return null;
    if (typeof found.value !== "string") {
      this.report("id_number_invalid", this.cellOf(found), {
        zh: "身份证号存成了数字，末几位已丢失：请将该列设为文本格式后重新录入",
        en: "The ID number is stored as a number and its last digits are lost: format the column as text and enter it again",
      });
      return null;
    }
    const id = normaliseIdNumber(found.value);
    if (!isValidIdNumber(id)) {
      this.report("id_number_invalid", this.cellOf(found), {
        zh: "身份证号位数或校验位不正确，请核对",
        en: "The ID number has the wrong length or check digit; please check it",
      });
    }
    return id;
  }

  mainPost(): boolean | null {
    const found = this.at("mainPost");
    if (!found || isBlank(found.value) || this.errorValue(found, "note")) return null;
    if (typeof found.value === "boolean") return found.value;
    const key = dropSpaces(toHalfWidth(cellText(found.value))).toUpperCase();
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
    this.report(
      "note",
      this.cellOf(found),
      {
        zh: `“${found.header}”的“${shownValue(found.value)}”无法识别，请填“是”或“否”`,
        en: `"${shownValue(found.value)}" in "${found.header}" is not understood; enter 是 (yes) or 否 (no)`,
      },
      true,
    );
    return null;
  }

  /** 类别: 班子 means a team, 干部 a cadre; anything else is reported and read as a cadre. */
  kind(): "cadre" | "team" | null {
    const found = this.at("kind");
    if (!found || isBlank(found.value) || this.errorValue(found, "note")) return null;
    const key = dropSpaces(cellText(found.value));
    if (key.includes("班子")) return "team";
    if (key.includes("干部")) return "cadre";
    this.report(
      "note",
      this.cellOf(found),
      {
        zh: `“${found.header}”的“${shownValue(found.value)}”无法识别，已按领导干部读取（领导班子请填“领导班子”）`,
        en: `"${shownValue(found.value)}" in "${found.header}" is not understood and was read as a cadre (write 领导班子 for a team)`,
      },
      true,
    );
    return "cadre";
  }
}
