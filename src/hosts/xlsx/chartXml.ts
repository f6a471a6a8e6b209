import type { PlanChart, PlanChartSeries } from "../../core/plan/writePlan";
import { xmlAttribute, xmlText } from "./xmlText";

/**
 * A plan chart as DrawingML (`xl/charts/chartN.xml`) and the drawing that anchors it on its
 * sheet (`xl/drawings/drawingN.xml`). Every series carries explicit fills and inline caches
 * (strCache, numCache): LibreOffice and WPS draw from these without recalculating, and take no
 * theme colours.
 */
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const FONT = '<a:latin typeface="Microsoft YaHei"/><a:ea typeface="Microsoft YaHei"/>';

export function chartXml(chart: PlanChart): string {
  const horizontal = chart.type !== "stackedColumn";
  const grouping = chart.type === "percentStackedBar" ? "percentStacked" : "stacked";
  const series = chart.series.map((s, i) => seriesXml(s, i)).join("");
  return (
    HEAD +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1">${FONT}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1200" b="1">${FONT}</a:rPr><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>' +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>` +
    series +
    '<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="500001"/><c:axId val="500002"/></c:barChart>' +
    // Horizontal bars list the first category at the top, as the table does.
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${textProps(900)}<c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${xmlAttribute(chart.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${textProps(900)}<c:crossAx val="500001"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    "</c:plotArea>" +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(900)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    "</c:chartSpace>"
  );
}

function textProps(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
}

function seriesXml(s: PlanChartSeries, index: number): string {
  const points = s.categoryCache.map((c, i) => `<c:pt idx="${i}"><c:v>${xmlText(c)}</c:v></c:pt>`).join("");
  const values = s.valueCache.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${xmlText(s.nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlText(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    `<c:cat><c:strRef><c:f>${xmlText(s.categories)}</c:f><c:strCache><c:ptCount val="${s.categoryCache.length}"/>${points}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(s.values)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${s.valueCache.length}"/>${values}</c:numCache></c:numRef></c:val>` +
    "</c:ser>"
  );
}

/** The sheet's drawing: each chart anchored between two cells (0-based in DrawingML), `rIdN` its chart's relationship. */
export function drawingXml(charts: readonly PlanChart[]): string {
  const anchors = charts.map((chart, i) => {
    const id = i + 2;
    return (
      "<xdr:twoCellAnchor>" +
      `<xdr:from><xdr:col>${chart.from.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.from.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${chart.to.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.to.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${xmlAttribute(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return HEAD + `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">${anchors.join("")}</xdr:wsDr>`;
}
