import { parseDateText, parsePeriodText } from "../../src/core/reader";

const july2 = { y: 2020, m: 7, d: 2 };
const july = { y: 2020, m: 7, d: null };

test("every date form of CONTRACT.md reads as the same calendar date", () => {
  expect(parseDateText({ kind: "date", y: 2020, m: 7, d: 2 }, false)).toEqual(july2);
  expect(parseDateText(44014, false)).toEqual(july2);
  expect(parseDateText(44014 - 1462, true)).toEqual(july2);
  for (const text of [
    "2020-07-02",
    "2020/7/2",
    "2020.7.2",
    "2020年7月2日",
    "20200702",
    "２０２０．７．２",
    "2020-07-02 00:00:00",
  ]) {
    expect(parseDateText(text, false)).toEqual(july2);
  }
  expect(parseDateText("44014", false)).toEqual(july2);
  expect(parseDateText("42552", true)).toEqual(july2);
});

test("a month alone keeps no day", () => {
  for (const text of ["2020.07", "2020年7月", "2020-7", "202007"]) expect(parseDateText(text, false)).toEqual(july);
  expect(parseDateText(1975.03, false)).toEqual({ y: 1975, m: 3, d: null });
  expect(parseDateText(2020.2, false)).toEqual({ y: 2020, m: 2, d: null });
  expect(parseDateText(2020.12, false)).toEqual({ y: 2020, m: 12, d: null });
});

test("what cannot be read without guessing is null", () => {
  // 2020.1 in a number cell may have been typed 2020.10.
  expect(parseDateText(2020.1, false)).toBeNull();
  expect(parseDateText(2020, false)).toBeNull();
  for (const text of ["2020.13", "2020-02-30", "去年", "", "2020"]) expect(parseDateText(text, false)).toBeNull();
  expect(parseDateText({ kind: "error", code: "#N/A" }, false)).toBeNull();
  expect(parseDateText(true, false)).toBeNull();
  expect(parseDateText(Number.NaN, false)).toBeNull();
  expect(parseDateText(1e300, false)).toBeNull();
  expect(parseDateText(-5, false)).toBeNull();
  // Before 1900-03-01 the 1900 system's serials are off by one day.
  expect(parseDateText(59, false)).toBeNull();
});

test("secondment periods in the forms clerks write them", () => {
  const marToDec = { from: { y: 2020, m: 3, d: null }, until: { y: 2020, m: 12, d: null } };
  for (const text of [
    "2020.03-2020.12",
    "2020.3—2020.12",
    "2020年3月至2020年12月",
    "2020.03～12",
    "2020.3 - 2020.12",
    "2020.03——2020.12",
  ]) {
    expect(parsePeriodText(text, false)).toEqual(marToDec);
  }
  expect(parsePeriodText("2020-03-01-2020-12-31", false)).toEqual({
    from: { y: 2020, m: 3, d: 1 },
    until: { y: 2020, m: 12, d: 31 },
  });
  expect(parsePeriodText("2020.03-至今", false)).toEqual({ from: { y: 2020, m: 3, d: null }, until: null });
  expect(parsePeriodText("2020.03", false)).toEqual({ from: { y: 2020, m: 3, d: null }, until: null });
});

test("a period that ends before it starts, or cannot be split one way only, is null", () => {
  expect(parsePeriodText("2020.12-2020.03", false)).toBeNull();
  expect(parsePeriodText("2020.03-2020.12-2021.01", false)).toBeNull();
  expect(parsePeriodText("挂职一年", false)).toBeNull();
  expect(parsePeriodText("2020.10～3", false)).toBeNull();
});
