/**
 * Why an .xls, .ods or .csv file (or a file whose content is none of the formats Kaohe reads)
 * could not be read: one Chinese line naming the file, as the .xlsx readers' refusals in
 * hosts/exceljs/readWorkbookErrors.ts, and its English. The command line prints it and exits 2.
 */
export class UnreadableFileError extends Error {
  readonly messageEn: string;

  constructor(zh: string, en: string) {
    super(zh);
    this.name = "UnreadableFileError";
    this.messageEn = en;
  }

  static empty(fileName: string): UnreadableFileError {
    return new UnreadableFileError(
      `${fileName}是空文件，没有可读取的内容`,
      `${fileName} is empty: there is nothing to read`,
    );
  }

  static unknownFormat(fileName: string): UnreadableFileError {
    return new UnreadableFileError(
      `${fileName}不是 .xlsx 工作簿，也不是考核助手能读取的其他表格文件（.xls、.ods、.csv）`,
      `${fileName} is not an .xlsx workbook, nor another spreadsheet file Kaohe reads (.xls, .ods, .csv)`,
    );
  }

  static damaged(fileName: string, format: string): UnreadableFileError {
    return new UnreadableFileError(
      `${fileName}看起来是 ${format} 文件，但已损坏，无法读取：请在 Excel 或 WPS 中打开并另存后再试`,
      `${fileName} looks like a ${format} file but is damaged: open it in Excel or WPS, save it again and retry`,
    );
  }

  static encrypted(fileName: string): UnreadableFileError {
    return new UnreadableFileError(
      `${fileName}设置了打开密码，无法读取：请在 Excel 或 WPS 中取消密码后再试`,
      `${fileName} is protected by a password: remove the password in Excel or WPS and try again`,
    );
  }

  static notSpreadsheet(fileName: string, what: string, whatEn: string): UnreadableFileError {
    return new UnreadableFileError(
      `${fileName}是${what}，不是电子表格：请给出干部名册或民主测评的 .xlsx、.xls、.ods 或 .csv 文件`,
      `${fileName} is ${whatEn}, not a spreadsheet: give the roster or ballot workbook as .xlsx, .xls, .ods or .csv`,
    );
  }
}
