/**
 * Why a workbook file could not be read at all: one class per failure, each with a Chinese
 * message a clerk can act on (the command line prints it and exits 2) and its English.
 */
export class WorkbookFileMissingError extends Error {
  readonly messageEn: string;

  constructor(readonly path: string) {
    super(`找不到文件：${path}`);
    this.name = "WorkbookFileMissingError";
    this.messageEn = `File not found: ${path}`;
  }
}

export class NotAWorkbookError extends Error {
  readonly messageEn: string;

  constructor(
    readonly fileName: string,
    legacyXls: boolean,
  ) {
    super(
      legacyXls
        ? `${fileName}是旧版 .xls 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再试`
        : `${fileName}不是 .xlsx 工作簿，或文件已损坏`,
    );
    this.name = "NotAWorkbookError";
    this.messageEn = legacyXls
      ? `${fileName} is an old .xls file: save it as .xlsx in Excel or WPS and try again`
      : `${fileName} is not an .xlsx workbook, or the file is damaged`;
  }
}

/** A workbook beyond INPUT_LIMITS, found before it is loaded (or before its grids are built). */
export class WorkbookTooLargeError extends Error {
  readonly messageEn: string;

  constructor(problem: { zh: string; en: string }) {
    super(problem.zh);
    this.name = "WorkbookTooLargeError";
    this.messageEn = problem.en;
  }
}

/** Review › Protect Workbook is on: sheets cannot be added, so the reviewed workbook cannot be made from it. */
export class ProtectedWorkbookError extends Error {
  readonly messageEn: string;

  constructor(readonly fileName: string) {
    super(`${fileName}的工作簿结构受保护，无法添加审核工作表。请在 Excel 或 WPS 中“审阅 › 保护工作簿”撤销保护后再试。`);
    this.name = "ProtectedWorkbookError";
    this.messageEn = `The structure of ${fileName} is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook) in Excel or WPS, then try again.`;
  }
}
