import {
  dayNumber,
  daysInYear,
  endDay,
  excelSerial,
  formatDayNumber,
  fromDayNumber,
  fromExcelSerial,
  startDay,
} from "../../src/core/model/calendarDate";

test("days in year follow the Gregorian rule", () => {
  expect(daysInYear(2020)).toBe(366);
  expect(daysInYear(2021)).toBe(365);
  expect(daysInYear(1900)).toBe(365);
  expect(daysInYear(2000)).toBe(366);
});

test("day numbers round-trip and agree with UTC milliseconds", () => {
  for (let n = dayNumber(1950, 1, 1); n < dayNumber(2060, 1, 1); n += 37) {
    const { y, m, d } = fromDayNumber(n);
    expect(dayNumber(y, m, d)).toBe(n);
    expect(n).toBe(Date.UTC(y, m - 1, d) / 86400000);
  }
});

test("a month alone starts on its first day and ends on its last", () => {
  expect(formatDayNumber(startDay({ y: 2020, m: 2, d: null }))).toBe("2020-02-01");
  expect(formatDayNumber(endDay({ y: 2020, m: 2, d: null }))).toBe("2020-02-29");
  expect(formatDayNumber(endDay({ y: 2021, m: 2, d: null }))).toBe("2021-02-28");
});

test("Excel serials in both date systems", () => {
  expect(excelSerial(dayNumber(2020, 7, 2))).toBe(44014);
  expect(formatDayNumber(fromExcelSerial(44014))).toBe("2020-07-02");
  expect(formatDayNumber(fromExcelSerial(44014 - 1462, true))).toBe("2020-07-02");
});
