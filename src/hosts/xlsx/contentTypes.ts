import { xmlAttribute } from "./xmlText";

/** `[Content_Types].xml`: the overrides of removed parts dropped, the new parts' added. */
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export function rewriteContentTypes(
  xml: string,
  removed: ReadonlySet<string>,
  added: readonly { part: string; type: string }[],
): string {
  let text = xml.replace(/<Override\b[^>]*?\/>/g, (element) => {
    const part = /\bPartName="\/?([^"]*)"/.exec(element)?.[1];
    return part !== undefined && removed.has(decodeURIComponent(part).toLowerCase()) ? "" : element;
  });
  const additions = added.map((a) => `<Override PartName="/${xmlAttribute(a.part)}" ContentType="${a.type}"/>`);
  if (!/<Default\b[^>]*\bExtension="vml"/i.test(text)) {
    additions.unshift(`<Default Extension="vml" ContentType="${CONTENT_TYPE.vml}"/>`);
  }
  text = text.replace("</Types>", () => `${additions.join("")}</Types>`);
  return text;
}
