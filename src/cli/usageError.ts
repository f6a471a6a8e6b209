import type { CommanderError } from "commander";

/**
 * Commander's usage errors in one Chinese line: the clerk running the batch job reads Chinese,
 * and the contract promises one clear line on stderr with exit 2.
 */
export const USAGE =
  "用法：npm run --silent kaohe -- review --roster 名册.xlsx --ballots 测评.xlsx [--ballots 更多.xlsx] [--rules 规则.json] [--map 表头=字段 ...] [--year 2020] [--strict] --out 审核.xlsx [--json 报告.json]";

export function usageMessage(error: CommanderError): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const what = (() => {
    switch (error.code) {
      case "commander.missingMandatoryOptionValue":
        return `缺少必需的参数 ${quoted}`;
      case "commander.optionMissingArgument":
        return `参数 ${quoted} 缺少值`;
      case "commander.unknownOption":
        return `不认识的参数 ${quoted}`;
      case "commander.unknownCommand":
        return `不认识的命令 ${quoted}（可用命令：review）`;
      case "commander.excessArguments":
        return "多余的参数";
      case "commander.missingArgument":
        return "缺少命令（可用命令：review）";
      default:
        return "参数有误";
    }
  })();
  return `${what}。${USAGE}`;
}

/** Help and version requests end commander with an "error" that is not one. */
export function isHelpOrVersion(error: CommanderError): boolean {
  return (
    error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help"
  );
}
