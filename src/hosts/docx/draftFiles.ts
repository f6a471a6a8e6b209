import JSZip from "jszip";
import { buildDrafts, type DraftsInput } from "../../core/drafts/buildDrafts";
import { draftToBytes } from "./renderDraft";

/**
 * The Word drafts of a review as one download for a browser (the preview, the task pane): a
 * single file when there is only the 考核情况报告, else a .zip holding the same files, under
 * the same names, as `--docx DIR` writes.
 */
export interface DraftsDownload {
  fileName: string;
  type: string;
  data: Uint8Array;
  /** The .docx files inside. */
  files: number;
}

/** The local calendar day, as the drafts show dates: 2021-01-05. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function draftsDownload(result: DraftsInput, madeOn: string): Promise<DraftsDownload> {
  const drafts = buildDrafts(result, madeOn);
  const files = await Promise.all(drafts.map(async (d) => ({ name: d.fileName, data: await draftToBytes(d) })));
  const [only] = files;
  if (files.length === 1 && only !== undefined) return { fileName: only.name, type: DOCX, data: only.data, files: 1 };
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.data);
  const data = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const year = result.assessment.year;
  return { fileName: `${year}年度考核报告草稿.zip`, type: "application/zip", data, files: files.length };
}
