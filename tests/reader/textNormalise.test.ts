import { normaliseHeader, normaliseName, normaliseUnit } from "../../src/core/reader";

test("headers lose spaces, full-width forms, star marks and bracketed suffixes", () => {
  expect(normaliseHeader(" 姓\u3000名 ")).toBe("姓名");
  expect(normaliseHeader("病事假累计天数（天）")).toBe("病事假累计天数");
  expect(normaliseHeader("发出票数(张)（份）")).toBe("发出票数");
  expect(normaliseHeader("*工作单位")).toBe("工作单位");
  expect(normaliseHeader("身份证号\n")).toBe("身份证号");
});

test("names lose every space, U+3000 and zero-width ones included, and full-width digits", () => {
  expect(normaliseName("钱\u3000红")).toBe("钱红");
  expect(normaliseName(" 王  海\u00a0")).toBe("王海");
  expect(normaliseName("李\u200b四")).toBe("李四");
  expect(normaliseName("张三２")).toBe("张三2");
});

test("units keep Chinese brackets whichever width was typed", () => {
  expect(normaliseUnit("区委办(区档案局)")).toBe("区委办（区档案局）");
  expect(normaliseUnit("区委办（区档案局）")).toBe("区委办（区档案局）");
  expect(normaliseUnit("第２中学 ")).toBe("第2中学");
});
