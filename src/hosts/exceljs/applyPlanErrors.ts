/**
 * Why a plan cannot be applied to a workbook without harming what the user wrote. Both are
 * thrown before the workbook is changed, with the same Chinese message the Office.js host gives,
 * so the command line and the preview refuse exactly where Excel does.
 */
export class SheetNotKaoheError extends Error {
  readonly messageEn: string;

  constructor(readonly sheet: string) {
    super(`工作簿中已有名为“${sheet}”的工作表，但它不是考核助手生成的。为免覆盖您的数据，请先将其改名后再试。`);
    this.name = "SheetNotKaoheError";
    this.messageEn = `The workbook already has a sheet named "${sheet}" that Kaohe did not write. Rename it so it is not overwritten, then try again.`;
  }
}

export class ProtectedSheetError extends Error {
  readonly messageEn: string;

  constructor(readonly sheet: string) {
    super(`工作表“${sheet}”受保护，无法替换。请在 Excel 或 WPS 中撤销工作表保护后再试。`);
    this.name = "ProtectedSheetError";
    this.messageEn = `The sheet "${sheet}" is protected and cannot be replaced. Unprotect it in Excel or WPS, then try again.`;
  }
}
