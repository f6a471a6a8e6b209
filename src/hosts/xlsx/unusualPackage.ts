/**
 * The roster's package is not one the writer can edit as text (a part with a namespace prefix,
 * Strict OOXML, a missing styles part): the command line then writes the workbook through
 * ExcelJS's document model instead, which reads such files but drops what it cannot carry.
 */
export class UnusualPackageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "UnusualPackageError";
  }
}
