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

/** A path that names something, but nothing that can be read as a file: a folder, a file without read permission. */
export class FileNotReadableError extends Error {
  readonly messageEn: string;

  constructor(
    readonly path: string,
    reason: { zh: string; en: string },
  ) {
    super(`无法读取文件：${path}（${reason.zh}）`);
    this.name = "FileNotReadableError";
    this.messageEn = `Cannot read ${path} (${reason.en})`;
  }
}

const READ_FAILURES: Record<string, { zh: string; en: string }> = {
  EISDIR: { zh: "这是一个文件夹，不是文件", en: "it is a folder, not a file" },
  EACCES: { zh: "没有读取权限", en: "no permission to read it" },
  EPERM: { zh: "没有读取权限", en: "no permission to read it" },
  EBUSY: { zh: "文件正被其他程序占用，请关闭后再试", en: "another program holds it; close it and try again" },
  ENAMETOOLONG: { zh: "文件名或路径过长", en: "the name or path is too long" },
  ELOOP: { zh: "路径中的链接形成循环", en: "the path's links form a loop" },
};

/** Why an input file could not be read, said as it is: missing, a folder, not readable. */
export function inputFileError(path: string, error: unknown): Error {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ENOENT" || code === "ENOTDIR") return new WorkbookFileMissingError(path);
  return new FileNotReadableError(
    path,
    READ_FAILURES[code] ?? { zh: code || "未知原因", en: code || "unknown reason" },
  );
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

/** A package whose workbook lists no sheet (Excel itself will not open one): nothing to read, and no file to name findings by. */
export class NoSheetsError extends Error {
  readonly messageEn: string;

  constructor(readonly fileName: string) {
    super(`${fileName}中没有任何工作表：请在 Excel 或 WPS 中打开，确认它是干部名册或民主测评工作簿后再试`);
    this.name = "NoSheetsError";
    this.messageEn = `${fileName} holds no sheet at all: open it in Excel or WPS, check that it is the roster or ballot workbook, and try again`;
  }
}
