import type { ZodIssue } from "zod";

/**
 * A rule that fails its schema, said in Chinese (and English) from the issue's code and figures
 * rather than in zod's own English: the rules file, the 考核规则 sheet and the task pane's rules
 * all come from clerks.
 */
export interface IssueText {
  zh: string;
  en: string;
}

const TYPE_ZH: Record<string, string> = {
  number: "数字",
  string: "文字",
  boolean: "true 或 false",
  array: "列表（[…]）",
  object: "对象（{…}）",
  integer: "整数",
  float: "小数",
  null: "null",
  undefined: "空",
};

const typeZh = (type: unknown) => TYPE_ZH[String(type)] ?? String(type);

export function issueText(issue: ZodIssue): IssueText {
  switch (issue.code) {
    case "invalid_type":
      if (issue.received === "undefined") return { zh: "缺少这一项", en: "it is missing" };
      // Text where a number belongs (the task pane's fields read `二十` as NaN).
      if (issue.received === "nan") return { zh: `应为${typeZh(issue.expected)}`, en: `expected ${issue.expected}` };
      return {
        zh: `应为${typeZh(issue.expected)}，实际是${typeZh(issue.received)}`,
        en: `expected ${issue.expected}, received ${issue.received}`,
      };
    case "too_small":
      return issue.type === "array" || issue.type === "string"
        ? { zh: `至少应有 ${String(issue.minimum)} 项（或字符）`, en: `needs at least ${String(issue.minimum)}` }
        : {
            zh: `应不小于 ${String(issue.minimum)}${issue.inclusive ? "" : "（不含）"}`,
            en: `must be at least ${String(issue.minimum)}`,
          };
    case "too_big":
      return issue.type === "array" || issue.type === "string"
        ? { zh: `最多 ${String(issue.maximum)} 项（或字符）`, en: `allows at most ${String(issue.maximum)}` }
        : {
            zh: `应不大于 ${String(issue.maximum)}${issue.inclusive ? "" : "（不含）"}`,
            en: `must be at most ${String(issue.maximum)}`,
          };
    case "unrecognized_keys":
      return {
        zh: `不认识的项：${issue.keys.join("、")}（请检查拼写）`,
        en: `unknown keys: ${issue.keys.join(", ")} (check the spelling)`,
      };
    case "invalid_enum_value":
      return {
        zh: `应为以下之一：${issue.options.map(String).join("、")}`,
        en: `must be one of: ${issue.options.map(String).join(", ")}`,
      };
    case "invalid_literal":
      return { zh: `应为 ${JSON.stringify(issue.expected)}`, en: `must be ${JSON.stringify(issue.expected)}` };
    case "invalid_union":
      return { zh: "取值不在允许的范围内", en: "the value is not one of those allowed" };
    case "not_multiple_of":
      return { zh: `应为 ${String(issue.multipleOf)} 的倍数`, en: `must be a multiple of ${String(issue.multipleOf)}` };
    default:
      return { zh: "取值无效", en: "the value is invalid" };
  }
}
