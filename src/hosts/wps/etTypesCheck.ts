/// <reference types="et-jsapi-declare" />
import type {
  EtApplication,
  EtAxes,
  EtAxis,
  EtChart,
  EtChartObject,
  EtChartObjects,
  EtFormatCondition,
  EtName,
  EtRange,
  EtSeries,
  EtSeriesCollection,
  EtValidation,
  EtWindow,
  EtWorkbook,
  EtWorksheet,
} from "./etTypes";

/**
 * Compile-time only: the vendor's types (`et-jsapi-declare`) fit Kaohe's narrow ones, so a
 * member Kaohe relies on that WPS does not declare (or declares otherwise) fails `tsc`.
 */
type Fits<Wide, Narrow> = [Wide] extends [Narrow] ? true : never;

export const ET_TYPES_FIT: [
  Fits<Et.Range, EtRange>,
  Fits<Et.Worksheet, EtWorksheet>,
  Fits<Et.Workbook, EtWorkbook>,
  Fits<Et.Validation, EtValidation>,
  Fits<Et.Name, EtName>,
  Fits<Et.Window, EtWindow>,
  Fits<Et.FormatCondition, EtFormatCondition>,
  Fits<Et.ChartObjects, EtChartObjects>,
  Fits<Et.ChartObject, EtChartObject>,
  Fits<Et.Chart, EtChart>,
  Fits<Kso.SeriesCollection, EtSeriesCollection>,
  Fits<Kso.MsoSeries, EtSeries>,
  Fits<Kso.Axes, EtAxes>,
  Fits<Kso.MsoAxis, EtAxis>,
  // ApiEvent's listeners are overloaded per event name, which no narrow type can match.
  Fits<Omit<WPSMergedRoot, "ApiEvent">, Omit<EtApplication, "ApiEvent">>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
