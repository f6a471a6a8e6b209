/**
 * SheetJS reports what it cannot map (an OpenDocument number format, a defined name) with
 * the console's error method, and LibreOffice's own .ods files trigger it on every read. Those lines would
 * break the command line's promise of one line on stderr, so they are silenced for the length of
 * one synchronous parse; nothing of the workbook is logged anywhere.
 */
/* eslint-disable no-console -- this silences the library's console during a parse; it writes nothing */
export function quietly<T>(parse: () => T): T {
  const saved = console.error;
  console.error = () => undefined;
  try {
    return parse();
  } finally {
    console.error = saved;
  }
}
/* eslint-enable no-console */
