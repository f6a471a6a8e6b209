import type { HostMessage } from "../../taskpane/host";

/**
 * Excel API features used only where the host has them. The pane needs ExcelApi 1.8
 * (supportFloor.ts), the highest set it cannot do without (data validation); each newer one is checked
 * at run time and the add-in does without it, saying so where it matters.
 *
 * `isSetSupported` answers for the Excel that runs, not for the Office.js library that was
 * loaded: the npm copy (1.1.110, frozen) stops near ExcelApi 1.15, so Microsoft 365 reports 1.18
 * while `worksheet.notes` is undefined. Each feature therefore also needs its members in the
 * loaded library; GUARDED_MEMBERS lists them, and tests/addin/officeMembers.test.ts checks that
 * every Excel member the host uses is in each shipped library or listed here.
 */
export interface ExcelFeatures {
  /** ExcelApi 1.9: `suspendScreenUpdatingUntilNextSync`. */
  screenUpdating: boolean;
  /** ExcelApi 1.13: `getMergedAreasOrNullObject`, for two-row headers. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: header notes (`worksheet.notes`). */
  notes: boolean;
  /** ExcelApi 1.20: all syncs of one `Excel.run` in one undo group. */
  mergeUndo: boolean;
  /**
   * ExcelApi 1.9: `worksheet.pageLayout`, the print setup, and `horizontalPageBreaks`, its manual
   * page breaks; without them the sheets print with Excel's defaults.
   */
  pageLayout: boolean;
}

export type SetSupported = (name: string, version: string) => boolean;

/** Whether the loaded library defines `member` on the prototype of `Excel[className]`. */
export type HasMember = (className: string, member: string) => boolean;

interface Guard {
  version: string;
  /** The members the feature calls, as `Class.member`; the library must have every one. */
  members: string[];
  /** Options of library functions the feature passes, which no member check can see. */
  options?: string[];
  /** What the user does without, for the notice when the host has the set but the library lacks it. */
  without: HostMessage;
}

export const GUARDED_MEMBERS: Record<keyof ExcelFeatures, Guard> = {
  screenUpdating: {
    version: "1.9",
    members: ["Application.suspendScreenUpdatingUntilNextSync"],
    without: { zh: "写入时屏幕会刷新", en: "the screen refreshes while writing" },
  },
  mergedAreas: {
    version: "1.13",
    members: ["Range.getMergedAreasOrNullObject"],
    without: { zh: "读不到合并单元格", en: "merged cells cannot be read" },
  },
  notes: {
    version: "1.18",
    members: ["Worksheet.notes", "NoteCollection.add"],
    without: { zh: "表头不加批注", en: "headers get no notes" },
  },
  // `mergeUndoGroup` is an option of Excel.run that an older library drops without a word; the
  // only trace of a library that knows ExcelApi 1.20 is a member of that set.
  mergeUndo: {
    version: "1.20",
    members: ["CustomFunctionManager.setVisibility"],
    options: ["RunOptions.mergeUndoGroup"],
    without: { zh: "撤销写入需多步", en: "undoing a run takes several steps" },
  },
  pageLayout: {
    version: "1.9",
    members: [
      "Worksheet.pageLayout",
      "PageLayout.setPrintTitleRows",
      "PageLayout.setPrintArea",
      "Worksheet.horizontalPageBreaks",
      "PageBreakCollection.add",
      "PageBreakCollection.removePageBreaks",
    ],
    without: {
      zh: "打印设置（A4 横向、一页宽、重复表头、汇总的分页）需手动设置",
      en: "the print setup (A4 landscape, one page wide, header rows repeated, 汇总's page breaks) is left to you",
    },
  },
};

const FEATURES = Object.keys(GUARDED_MEMBERS) as Array<keyof ExcelFeatures>;

function libraryHas(guard: Guard, has: HasMember): boolean {
  return guard.members.every((m) => {
    const [className = "", member = ""] = m.split(".");
    return has(className, member);
  });
}

export function detectFeatures(isSetSupported: SetSupported, has: HasMember): ExcelFeatures {
  const on = (feature: keyof ExcelFeatures): boolean => {
    const guard = GUARDED_MEMBERS[feature];
    return isSetSupported("ExcelApi", guard.version) && libraryHas(guard, has);
  };
  return {
    screenUpdating: on("screenUpdating"),
    mergedAreas: on("mergedAreas"),
    notes: on("notes"),
    mergeUndo: on("mergeUndo"),
    pageLayout: on("pageLayout"),
  };
}

/**
 * One sentence when Excel has features the loaded Office.js library lacks (the local fallback
 * copy is older than the Excel running it), naming what the user goes without; null otherwise.
 */
export function libraryGapNotice(isSetSupported: SetSupported, has: HasMember): HostMessage | null {
  const gaps = FEATURES.map((f) => GUARDED_MEMBERS[f]).filter(
    (guard) => isSetSupported("ExcelApi", guard.version) && !libraryHas(guard, has),
  );
  if (gaps.length === 0) return null;
  return {
    zh: `此 Excel 较新，但加载的 Office.js 库较旧，缺少部分功能：${gaps.map((g) => g.without.zh).join("；")}。其余功能不受影响；联网后重新打开任务窗格可加载完整的库。`,
    en: `This Excel is newer than the Office.js library that was loaded, so ${gaps.map((g) => g.without.en).join("; ")}. Everything else works; reopen the task pane online to load the full library.`,
  };
}

/** `has` for the library loaded in this page: its classes are the constructors under `Excel`. */
export function membersOf(excel: object): HasMember {
  return (className, member) => {
    const type = (excel as Record<string, unknown>)[className];
    if (typeof type !== "function") return false;
    const prototype = (type as { prototype?: unknown }).prototype;
    return typeof prototype === "object" && prototype !== null && member in prototype;
  };
}
