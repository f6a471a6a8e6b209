import { mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildDrafts, type DraftsInput } from "../core/drafts/buildDrafts";
import { cannotWrite, removeStaleTemporaries, writeFileAtomically } from "./outputFile";

/**
 * `--docx DIR`: the Word drafts of the review, one 专题考察报告 per special-report subject and the
 * 考核情况报告, each written whole or not at all. Only counts come back: the file names hold
 * names, and the console never shows a name.
 */
export interface DraftsWritten {
  dir: string;
  files: number;
  specialReports: number;
}

/** Before any work: the folder exists or can be made, and is not a file. */
export async function checkDraftsDir(dir: string): Promise<void> {
  const existing = await stat(dir).catch(() => null);
  if (existing !== null && !existing.isDirectory()) throw cannotWrite(dir, "这不是文件夹");
  try {
    await mkdir(dir, { recursive: true });
  } catch {
    throw cannotWrite(dir, "无法创建文件夹");
  }
  await removeStaleTemporaries(dir);
}

export async function writeDrafts(result: DraftsInput, dir: string, today: Date): Promise<DraftsWritten> {
  // The docx library is loaded only when drafts are asked for.
  const [{ isoDay }, { draftToBytes }] = await Promise.all([
    import("../hosts/docx/draftFiles"),
    import("../hosts/docx/renderDraft"),
  ]);
  const drafts = buildDrafts(result, isoDay(today));
  for (const draft of drafts) {
    const bytes = await draftToBytes(draft);
    await writeFileAtomically(join(dir, draft.fileName), (temporary) => writeFile(temporary, bytes));
  }
  return { dir, files: drafts.length, specialReports: drafts.filter((d) => d.kind === "special_report").length };
}

export function draftsLine(written: DraftsWritten): string {
  return `Word 草稿：${written.files} 个（专题考察报告 ${written.specialReports} 个，考核情况报告 1 个），已写入：${written.dir}`;
}
