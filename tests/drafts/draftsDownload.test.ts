import JSZip from "jszip";
import { draftsDownload } from "../../src/hosts/docx/draftFiles";
import { cadre, run, tally } from "../core/support";
import { reviewSamples } from "../plan/samples";

// The browser's download of the drafts: the same files, under the same names, as --docx writes.

test("the samples' drafts come as one .zip of the three .docx files", async () => {
  const download = await draftsDownload(await reviewSamples(), "2021-01-05");
  expect(download.fileName).toBe("2020年度考核报告草稿.zip");
  expect(download.type).toBe("application/zip");
  expect(download.files).toBe(3);
  const zip = await JSZip.loadAsync(download.data);
  expect(Object.keys(zip.files)).toEqual(["专题考察报告-李娜.docx", "专题考察报告-陈东.docx", "考核情况报告.docx"]);
  const li = await JSZip.loadAsync((await zip.file("专题考察报告-李娜.docx")?.async("uint8array")) ?? new Uint8Array());
  expect(await li.file("word/document.xml")?.async("string")).toContain("17/46（36.96%）");
});

test("with no special report the 考核情况报告 alone is the download, as a .docx", async () => {
  const a = cadre(3, "甲", "一乡", { proposedGrade: "称职" });
  const download = await draftsDownload(
    { assessment: run([a], [tally(a, 8, [10, 10, 0, 1])]), findings: [] },
    "2021-01-05",
  );
  expect(download).toMatchObject({ fileName: "考核情况报告.docx", files: 1 });
  expect(download.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(Object.keys((await JSZip.loadAsync(download.data)).files)).toContain("word/document.xml");
});
