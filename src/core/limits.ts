/**
 * What Kaohe accepts, stated once for every host: the command line, the browser preview and the
 * task pane in Excel. Each host checks these before the heavy work (loading a workbook, reading
 * a range), so a workbook beyond them gets a clear message at once instead of a long wait that
 * ends in running out of memory. A district's tally of 100,000 rows of a dozen columns is well
 * within them, and so is a province's roster.
 */
export const INPUT_LIMITS = {
  /** Rows of one sheet's used range (from its first to its last used row). */
  rowsPerSheet: 200_000,
  /**
   * Cells of one workbook: the used ranges' rows × columns, or the cells the file stores. A
   * province's roster of 100,000 cadres in 21 columns is 2.1 million; 3 million leaves room for
   * some 30 columns. Measured with the command line's streaming reader (BENCH.md, "Session 5 —
   * memory"): reading it costs 60 bytes a cell above the process's start for such a roster and
   * 125 for the worst case, every cell a different text (3 million of them: 446 MB at the peak,
   * 134 MB kept), so one workbook within the limits is read in under 500 MB. The browser's
   * document reader (ExcelJS, about 600 bytes a cell) needs a few times that.
   */
  cellsPerWorkbook: 3_000_000,
} as const;

export interface LimitProblem {
  zh: string;
  en: string;
}

/**
 * A count with thousands separators, as `toLocaleString("en-US")` writes a whole number: by hand,
 * because the messages below are made as this module loads, and Intl's number formatting costs
 * 20-40 ms to start in every run of the command line.
 */
function count(n: number): string {
  const digits = String(n);
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    out = digits.slice(start, end) + (out === "" ? "" : `,${out}`);
  }
  return out;
}

const STATED = {
  zh: `考核助手每张工作表最多处理 ${count(INPUT_LIMITS.rowsPerSheet)} 行，每个工作簿最多 ${count(INPUT_LIMITS.cellsPerWorkbook)} 个单元格`,
  en: `Kaohe reads at most ${count(INPUT_LIMITS.rowsPerSheet)} rows per sheet and ${count(INPUT_LIMITS.cellsPerWorkbook)} cells per workbook`,
};

/**
 * A sheet whose used range is too tall, or too large on its own. A stray value far below or to
 * the right of the table makes a used range huge, so the message says where it ends.
 */
export function sheetExtentProblem(
  file: string,
  sheet: string,
  extent: { rows: number; cols: number; lastCell: string },
): LimitProblem | null {
  const cells = extent.rows * extent.cols;
  if (extent.rows <= INPUT_LIMITS.rowsPerSheet && cells <= INPUT_LIMITS.cellsPerWorkbook) return null;
  return {
    zh: `${file}的工作表“${sheet}”已用区域到 ${extent.lastCell}（${count(extent.rows)} 行 × ${count(extent.cols)} 列），超出上限：${STATED.zh}。请删除表格以外多余的单元格，或把数据拆分到几个工作簿后分别审核。`,
    en: `The used range of sheet "${sheet}" in ${file} reaches ${extent.lastCell} (${count(extent.rows)} rows × ${count(extent.cols)} columns), beyond the limit: ${STATED.en}. Delete stray cells outside the table, or split the data into several workbooks.`,
  };
}

/** A workbook holding too many cells in all, counted as the file stores them or as used ranges. */
export function workbookCellsProblem(file: string, cells: number): LimitProblem | null {
  if (cells <= INPUT_LIMITS.cellsPerWorkbook) return null;
  return {
    zh: `${file}共有 ${count(cells)} 个单元格，超出上限：${STATED.zh}。请把数据拆分到几个工作簿后分别审核。`,
    en: `${file} holds ${count(cells)} cells, beyond the limit: ${STATED.en}. Split the data into several workbooks.`,
  };
}

/**
 * What one part of a workbook package (.xlsx, .ods: a zip of XML parts) may hold unpacked, by
 * kind of part, checked while the part is unpacked a chunk at a time, before any parser holds
 * it: a file of a megabyte can unpack to gigabytes (a "zip bomb"), and a part of tiny elements
 * (millions of `<font/>` or `<si>`) costs far more memory than its bytes. Each figure is many
 * times what a district's workbooks hold: a reviewed workbook of 20,000 cadres has sheets of
 * under 100 MB, a styles part of a few kilobytes, shared strings of a few megabytes and a few
 * dozen relationships (bench/ generates one; tests/hardening/packageLimits.test.ts reads it).
 * Excel itself keeps at most 64,000 cell formats and 512 fonts per workbook.
 */
export type PartKind =
  | "worksheet"
  | "odsContent"
  | "sharedStrings"
  | "styles"
  | "workbook"
  | "relationships"
  | "contentTypes"
  | "xml"
  | "binary";

export interface PartLimit {
  /** Unpacked bytes. */
  bytes: number;
  /** XML elements of any name. */
  elements: number;
  /** Elements of one name (local name, any prefix), each with its own limit. */
  counted?: Readonly<Record<string, number>>;
}

const MB = 1024 * 1024;

export const PACKAGE_LIMITS = {
  /** Parts (files) in one package. */
  parts: 10_000,
  /** All parts together, unpacked. */
  totalBytes: 1536 * MB,
  kinds: {
    worksheet: { bytes: 768 * MB, elements: 8 * INPUT_LIMITS.cellsPerWorkbook },
    /** An .ods's sheets, all in one part that SheetJS unpacks and parses whole. */
    odsContent: { bytes: 256 * MB, elements: 8 * INPUT_LIMITS.cellsPerWorkbook },
    sharedStrings: { bytes: 256 * MB, elements: 8_000_000, counted: { si: INPUT_LIMITS.cellsPerWorkbook } },
    styles: {
      bytes: 32 * MB,
      elements: 2_000_000,
      counted: {
        numFmt: 100_000,
        font: 100_000,
        fill: 100_000,
        border: 100_000,
        xf: 200_000,
        cellStyle: 100_000,
        dxf: 100_000,
      },
    },
    workbook: {
      bytes: 32 * MB,
      elements: 500_000,
      counted: { sheet: 4_096, definedName: 100_000 },
    },
    relationships: { bytes: 64 * MB, elements: 600_000, counted: { Relationship: 500_000 } },
    contentTypes: { bytes: 16 * MB, elements: 100_000 },
    xml: { bytes: 128 * MB, elements: 4_000_000 },
    binary: { bytes: 256 * MB, elements: Number.POSITIVE_INFINITY },
  } satisfies Record<PartKind, PartLimit>,
} as const;

/** The kind of a part, by its name in the package (case aside, as the package format names parts). */
export function partKind(name: string): PartKind {
  const lower = name.toLowerCase().replace(/^\//, "");
  if (lower === "[content_types].xml") return "contentTypes";
  if (lower.endsWith(".rels")) return "relationships";
  if (lower === "content.xml") return "odsContent";
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(lower)) return "worksheet";
  if (/^xl\/sharedstrings[^/]*\.xml$/.test(lower)) return "sharedStrings";
  if (/^xl\/styles[^/]*\.xml$/.test(lower) || lower === "styles.xml") return "styles";
  if (/^xl\/workbook[^/]*\.xml$/.test(lower)) return "workbook";
  if (/\.(xml|vml)$/.test(lower)) return "xml";
  return "binary";
}

/** What a part (or the package) was found to hold beyond PACKAGE_LIMITS. */
export type PackageExcess =
  | { what: "directory" }
  | { what: "parts"; limit: number }
  | { what: "totalBytes"; limit: number }
  | { what: "bytes"; part: string; limit: number }
  | { what: "elements"; part: string; limit: number; element?: string };

const PART_LABEL: Record<PartKind, { zh: string; en: string }> = {
  worksheet: { zh: "工作表部件", en: "the sheet part" },
  odsContent: { zh: "内容部件", en: "the content part" },
  sharedStrings: { zh: "共享字符串部件", en: "the shared strings part" },
  styles: { zh: "样式部件", en: "the styles part" },
  workbook: { zh: "工作簿部件", en: "the workbook part" },
  relationships: { zh: "关系部件", en: "the relationships part" },
  contentTypes: { zh: "内容类型部件", en: "the content types part" },
  xml: { zh: "部件", en: "the part" },
  binary: { zh: "部件", en: "the part" },
};

const ELEMENT_LABEL: Record<string, { zh: string; en: string }> = {
  si: { zh: "共享字符串", en: "shared strings" },
  numFmt: { zh: "数字格式", en: "number formats" },
  font: { zh: "字体", en: "fonts" },
  fill: { zh: "填充", en: "fills" },
  border: { zh: "边框", en: "borders" },
  xf: { zh: "单元格格式", en: "cell formats" },
  cellStyle: { zh: "单元格样式", en: "cell styles" },
  dxf: { zh: "条件格式样式", en: "conditional formats' styles" },
  sheet: { zh: "工作表", en: "sheets" },
  definedName: { zh: "定义的名称", en: "defined names" },
  Relationship: { zh: "关系", en: "relationships" },
};

function size(bytes: number): string {
  return bytes >= 1024 * MB ? `${count(bytes / (1024 * MB))} GB` : `${count(Math.round(bytes / MB))} MB`;
}

const ADVICE = {
  zh: "文件可能已损坏，或是被刻意构造的“压缩炸弹”。请在 Excel 或 WPS 中打开并另存为新文件后再试。",
  en: "The file may be damaged, or built on purpose to exhaust memory (a zip bomb). Open it in Excel or WPS, save it as a new file and try again.",
};

/** One line naming the file and the part, and the limit passed. */
export function packageProblem(file: string, excess: PackageExcess): LimitProblem {
  if (excess.what === "directory") {
    return {
      zh: `${file}的压缩目录无法完整读取（ZIP64 格式，或目录与内容不符），考核助手无法检查其中每个部件的大小。${ADVICE.zh}`,
      en: `The zip directory of ${file} cannot be read whole (ZIP64, or a directory unlike its content), so Kaohe cannot check the size of each part. ${ADVICE.en}`,
    };
  }
  if (excess.what === "parts") {
    return {
      zh: `${file}包含超过 ${count(excess.limit)} 个部件（文件），超出考核助手的上限。${ADVICE.zh}`,
      en: `${file} holds more than ${count(excess.limit)} parts (files), beyond Kaohe's limit. ${ADVICE.en}`,
    };
  }
  if (excess.what === "totalBytes") {
    return {
      zh: `${file}解压后超过 ${size(excess.limit)}，超出考核助手的上限。${ADVICE.zh}`,
      en: `${file} unpacks to more than ${size(excess.limit)}, beyond Kaohe's limit. ${ADVICE.en}`,
    };
  }
  const label = PART_LABEL[partKind(excess.part)];
  if (excess.what === "bytes") {
    return {
      zh: `${file}中的${label.zh} ${excess.part} 解压后超过 ${size(excess.limit)}，超出考核助手的上限。${ADVICE.zh}`,
      en: `In ${file}, ${label.en} ${excess.part} unpacks to more than ${size(excess.limit)}, beyond Kaohe's limit. ${ADVICE.en}`,
    };
  }
  const element =
    excess.element === undefined
      ? { zh: "XML 元素", en: "XML elements" }
      : (ELEMENT_LABEL[excess.element] ?? { zh: `<${excess.element}> 元素`, en: `<${excess.element}> elements` });
  return {
    zh: `${file}中的${label.zh} ${excess.part} 含有超过 ${count(excess.limit)} 个${element.zh}，超出考核助手的上限。${ADVICE.zh}`,
    en: `In ${file}, ${label.en} ${excess.part} holds more than ${count(excess.limit)} ${element.en}, beyond Kaohe's limit. ${ADVICE.en}`,
  };
}

/**
 * Files SheetJS reads (.xls, .ods, .csv, web pages): it holds the whole file and every cell at
 * once, so these are refused by their size before it starts. A district's roster as .xls is a
 * few megabytes; an .xlsx of any of these is read a row at a time, which is the advice given.
 */
export const OTHER_FORMAT_BYTES = {
  xls: 32 * MB,
  ods: 128 * MB,
  markup: 128 * MB,
  csv: 64 * MB,
} as const;

export function otherFormatProblem(
  file: string,
  format: keyof typeof OTHER_FORMAT_BYTES,
  bytes: number,
): LimitProblem | null {
  const limit = OTHER_FORMAT_BYTES[format];
  if (bytes <= limit) return null;
  const label = { xls: ".xls", ods: ".ods", markup: "网页或 XML 表格", csv: ".csv" }[format];
  const labelEn = { xls: ".xls", ods: ".ods", markup: "web page or XML table", csv: ".csv" }[format];
  return {
    zh: `${file}有 ${size(bytes)}，超过考核助手对${label}文件的上限 ${size(limit)}。请在 Excel 或 WPS 中另存为 .xlsx 后再试（.xlsx 文件逐行读取，可以更大）。`,
    en: `${file} is ${size(bytes)}, beyond Kaohe's limit of ${size(limit)} for ${labelEn} files. Save it as .xlsx in Excel or WPS and try again (an .xlsx is read a row at a time and may be larger).`,
  };
}
