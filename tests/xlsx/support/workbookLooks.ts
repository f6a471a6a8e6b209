import ExcelJS from "exceljs";

/**
 * What a person sees of a workbook, cell by cell and sheet by sheet, as ExcelJS reads it back:
 * two writers of the same plan must give the same. Differences come back as readable lines.
 */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function cellLook(cell: ExcelJS.Cell): string {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return JSON.stringify([
    cell.formula ?? null,
    cell.formula ? (cell.result ?? null) : cell.value,
    cell.numFmt ?? null,
    fill?.fgColor?.argb ?? null,
    cell.font?.bold ?? null,
    cell.alignment?.wrapText ?? null,
    cell.alignment?.vertical ?? null,
    typeof cell.note === "string" ? cell.note : JSON.stringify(cell.note ?? null),
  ]);
}

interface SheetModel {
  conditionalFormattings?: unknown[];
  dataValidations?: { model: Record<string, unknown> };
  tables?: Record<string, { table: { ref?: string; name?: string; columns?: { name: string }[] } }>;
}

function sheetLook(ws: ExcelJS.Worksheet): string {
  const model = ws as unknown as SheetModel;
  const tables = Object.values(model.tables ?? {}).map((t) => [
    t.table.name,
    t.table.ref,
    t.table.columns?.map((c) => c.name),
  ]);
  return JSON.stringify({
    tab: ws.properties.tabColor ?? null,
    views: ws.views,
    // ExcelJS leaves out a width of 9, its default: read back, such a column has none.
    widths: ws.columns.map((c) => c.width ?? 9),
    cf: model.conditionalFormattings ?? [],
    dv: model.dataValidations?.model ?? {},
    tables,
    print: printLook(ws),
    heights: ws.getRows(1, ws.rowCount)?.map((r) => r.height ?? null) ?? [],
  });
}

/** How the sheet prints; the print area and titles as ExcelJS reads them back from the sheet's defined names. */
function printLook(ws: ExcelJS.Worksheet): unknown {
  const p = ws.pageSetup;
  return {
    paperSize: p.paperSize ?? null,
    orientation: p.orientation ?? null,
    fit: [p.fitToPage ?? null, p.fitToWidth ?? null, p.fitToHeight ?? null],
    margins: p.margins ?? null,
    titles: p.printTitlesRow ?? null,
    area: p.printArea ?? null,
    // ExcelJS reads a sheet without a headerFooter element as null, whatever its typings say.
    header: (ws.headerFooter as ExcelJS.HeaderFooter | null)?.oddHeader ?? null,
    footer: (ws.headerFooter as ExcelJS.HeaderFooter | null)?.oddFooter ?? null,
  };
}

export function lookDifferences(a: ExcelJS.Workbook, b: ExcelJS.Workbook, sheets: readonly string[]): string[] {
  const differences: string[] = [];
  const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name).join(",");
  if (names(a) !== names(b)) differences.push(`sheets: ${names(a)} | ${names(b)}`);
  const definedNames = (wb: ExcelJS.Workbook) =>
    JSON.stringify(wb.definedNames.model.map((n) => `${n.name}=${n.ranges.join(",")}`).sort());
  if (definedNames(a) !== definedNames(b)) differences.push(`names: ${definedNames(a)} | ${definedNames(b)}`);
  for (const name of sheets) {
    const wa = a.getWorksheet(name);
    const wb = b.getWorksheet(name);
    if (wa === undefined || wb === undefined) {
      differences.push(`${name}: missing`);
      continue;
    }
    if (sheetLook(wa) !== sheetLook(wb)) differences.push(`${name}: ${sheetLook(wa)} | ${sheetLook(wb)}`);
    const rows = Math.max(wa.rowCount, wb.rowCount);
    const cols = Math.max(wa.columnCount, wb.columnCount);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const la = cellLook(wa.getCell(r, c));
        const lb = cellLook(wb.getCell(r, c));
        if (la !== lb) differences.push(`${name}!${wa.getCell(r, c).address}: ${la} | ${lb}`);
      }
    }
  }
  return differences;
}

/** Every cell of every sheet of `sheets`, as ExcelJS reads it, for checking that source sheets are untouched. */
export function cellsOf(wb: ExcelJS.Workbook, sheets: readonly string[]): string[] {
  const cells: string[] = [];
  for (const name of sheets) {
    wb.getWorksheet(name)?.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => cells.push(`${name}!${cell.address}=${cellLook(cell)}`)),
    );
  }
  return cells;
}
