#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { EXIT_CANNOT_PROCESS } from "./exitCodes";
import type { ReviewOptions } from "./reviewCommand";
import { isHelpOrVersion, usageMessage } from "./usageError";

/**
 * The command line: `npm run --silent kaohe -- review …` (CONTRACT.md §2). Usage errors are one
 * Chinese line and exit 2, like every other input the review cannot process.
 */
function program(): Command {
  const cli = new Command("kaohe")
    .description("考核助手：区管领导班子和领导干部年度考核审核")
    .exitOverride()
    // Commander's own English error line is replaced by usageMessage below.
    .configureOutput({ outputError: () => undefined });
  cli
    .command("review")
    .description("审核干部名册和民主测评表，写出带公式和标注的审核工作簿")
    .requiredOption("--roster <file>", "干部名册工作簿（.xlsx）")
    .option("--ballots <file>", "民主测评工作簿，可多次给出", (value: string, all: string[]) => [...all, value], [])
    .option("--rules <file>", "规则文件（JSON），覆盖工作簿中的考核规则")
    .option("--year <year>", "考核年度，例如 2020")
    .option(
      "--map <表头=字段>",
      "更正列映射，可多次给出：例如 现职时间=任现职时间；“表头=”表示不使用该列。写入审核工作簿的列映射表，重新运行时读回",
      (value: string, all: string[]) => [...all, value],
      [],
    )
    .option("--strict", "有“错误”级问题时以 1 退出")
    .requiredOption("--out <file>", "写出的审核工作簿（.xlsx）")
    .option("--json <file>", "写出的 JSON 报告（kaohe-report/1）")
    .option("--docx <dir>", "写出 Word 草稿（专题考察报告、考核情况报告）的文件夹")
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .action(async (options: ReviewOptions) => {
      // Loaded only for a review: `kaohe --help` and usage errors need none of the readers and writers.
      const { runReview } = await import("./reviewCommand");
      process.exitCode = await runReview(options, {
        out: (line) => console.log(line),
        err: (line) => console.error(line),
      });
    });
  return cli;
}

async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (isHelpOrVersion(error)) return;
    console.error(usageMessage(error));
    process.exitCode = EXIT_CANNOT_PROCESS;
  }
}

void main(process.argv);
