import { HostError, type HostErrorReason, type HostMessage } from "../../taskpane/host";

/**
 * The Office.js errors users meet, as messages they can act on. Office.js rejects with an
 * `OfficeExtension.Error` whose `code` tells the cause; anything else keeps its own message.
 */
const KNOWN: Record<string, { reason: HostErrorReason; text: HostMessage }> = {
  InvalidOperationInCellEditMode: {
    reason: "cell_edit_mode",
    text: {
      zh: "有单元格正处于编辑状态。请按 Enter 或 Esc 结束编辑后再试。",
      en: "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
    },
  },
  AccessDenied: {
    reason: "sheet_protected",
    text: {
      zh: "工作表或工作簿受保护，无法写入。请在“审阅”选项卡中撤销保护后再试。",
      en: "The sheet or workbook is protected. Unprotect it on the Review tab, then try again.",
    },
  },
  RequestPayloadSizeLimitExceeded: {
    reason: "request_too_large",
    text: {
      zh: "一次发送给 Excel 的数据过多（网页版 Excel 每次最多 5 MB）。请缩小所选范围或分批处理名册后再试。",
      en: "Too much data in one request to Excel (Excel on the web allows 5 MB). Select a smaller range or split the roster, then try again.",
    },
  },
  ResponsePayloadSizeLimitExceeded: {
    reason: "request_too_large",
    text: {
      zh: "Excel 一次读出的数据超过上限（网页版 Excel 每次最多 5 MB）。考核助手已分块读取；若仍出现此提示，请检查工作表中是否有异常长的文字（如粘贴进单元格的整篇材料）后再试。",
      en: "Excel returned more than it allows at once (5 MB on the web), although Kaohe reads in blocks. Check the sheets for unusually long text (a whole document pasted into a cell), then try again.",
    },
  },
  ItemNotFound: {
    reason: "not_found",
    text: {
      zh: "找不到所选的工作表或区域，可能已被改名或删除。请在“导入”中重新选择。",
      en: "The chosen sheet or range was not found; it may have been renamed or deleted. Choose it again under Import.",
    },
  },
};

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  const known = code === null ? undefined : KNOWN[code];
  if (known !== undefined) return new HostError(known.reason, known.text);
  // Protection is sometimes reported as InvalidOperation with a message that names it.
  const message = error instanceof Error ? error.message : String(error);
  if (/protect/i.test(message)) {
    const protectedSheet = KNOWN.AccessDenied;
    if (protectedSheet !== undefined) return new HostError(protectedSheet.reason, protectedSheet.text);
  }
  return new HostError("unexpected", {
    zh: `Excel 报告了错误：${message}${code === null ? "" : `（${code}）`}`,
    en: `Excel reported an error: ${message}${code === null ? "" : ` (${code})`}`,
  });
}

function errorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = error.code;
  return typeof code === "string" ? code : null;
}
