/** `Excel.run`, passed in so that tests can give a fake Excel; the options are Excel's own. */
export type OfficeRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: Excel.RunOptions,
) => Promise<T>;
