import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  moreThanOneThird,
  oneThirdComparison,
  percentText,
  rateText,
  theoreticalText,
} from "../../src/core/drafts/draftNumbers";
import { chineseNumeral, HeadingNumbers, TableNumbers } from "../../src/core/drafts/headingNumbers";
import {
  ASSESSMENT_REPORT_RULE,
  GRADE_DECISION_RULE,
  NOTICE_NUMBER,
  SPECIAL_REPORT_RULE,
} from "../../src/core/drafts/noticeText";

// The drafts' numbers come from integers, rounded half up in integer arithmetic.

test.each([
  [17, 46, "36.96%"],
  [12, 35, "34.29%"],
  [1, 3, "33.33%"],
  [2, 3, "66.67%"],
  [1, 8, "12.50%"],
  [1, 800, "0.13%"], // 0.125 rounds half up
  [1, 1600, "0.06%"], // 0.0625
  [0, 5, "0.00%"],
  [5, 5, "100.00%"],
  [0, 0, "—"],
])("%i/%i is %s", (n, d, text) => {
  expect(percentText(n, d)).toBe(text);
});

test("halves that binary floating point rounds down are rounded up", () => {
  // 1.005 is stored as 1.00499999999999989…, so toFixed(2) gives 1.00; 201/20000 is exactly 1.005%.
  expect((1.005).toFixed(2)).toBe("1.00");
  expect(percentText(201, 20000)).toBe("1.01%");
});

test("a rate shows its denominator", () => {
  expect(rateText(17, 46)).toBe("17/46（36.96%）");
  expect(rateText(0, 0)).toBe("0/0（—）");
});

test("理论名额 is n·p/100 with two decimals, exactly", () => {
  expect(theoreticalText(5, 20)).toBe("1.00");
  expect(theoreticalText(2, 20)).toBe("0.40");
  expect(theoreticalText(100, 57)).toBe("57.00");
  expect(theoreticalText(3, 30)).toBe("0.90");
  expect(theoreticalText(0, 20)).toBe("0.00");
});

test("more than one third is 3*n > valid; exactly one third is not", () => {
  expect(moreThanOneThird(10, 30)).toBe(false);
  expect(moreThanOneThird(11, 30)).toBe(true);
  expect(oneThirdComparison(17, 46)).toBe("3×17＝51＞46");
  expect(oneThirdComparison(10, 30)).toBe("3×10＝30＝30");
  expect(oneThirdComparison(9, 30)).toBe("3×9＝27＜30");
});

test("headings number 一、（一）1. and restart below a new section", () => {
  expect([1, 2, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual([
    "一",
    "二",
    "九",
    "十",
    "十一",
    "十九",
    "二十",
    "二十一",
    "九十九",
  ]);
  const n = new HeadingNumbers();
  const texts = [
    n.section("甲"),
    n.subsection("乙"),
    n.point("丙"),
    n.point("丁"),
    n.section("戊"),
    n.subsection("己"),
  ];
  expect(texts.map((b) => (b.type === "heading" ? `${b.level}:${b.text}` : ""))).toEqual([
    "1:一、甲",
    "2:（一）乙",
    "3:1. 丙",
    "3:2. 丁",
    "1:二、戊",
    "2:（一）己",
  ]);
  const t = new TableNumbers();
  expect([t.caption("甲"), t.caption("乙")]).toEqual(["表1\u3000甲", "表2\u3000乙"]);
});

test("the notice is quoted word for word", () => {
  const notice = readFileSync(join(__dirname, "..", "fixtures", "drafts", "assessment-notice-2021-8.txt"), "utf8");
  expect(notice).toContain(NOTICE_NUMBER);
  // 三、考核程序 （五）撰写考核报告 holds the special-report rule.
  const fifth = notice.slice(notice.indexOf("（五）撰写考核报告"), notice.indexOf("（六）情况反馈"));
  expect(fifth).toContain(SPECIAL_REPORT_RULE);
  expect(fifth).toContain(ASSESSMENT_REPORT_RULE);
  const eighth = notice.slice(notice.indexOf("（八）等次确定"), notice.indexOf("四、考核要求"));
  expect(eighth).toContain(GRADE_DECISION_RULE);
});
