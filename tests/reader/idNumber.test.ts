import { isValidIdNumber } from "../../src/core/reader";

test("the check character of an 18-digit 身份证号 is verified", () => {
  expect(isValidIdNumber("410927197304122531")).toBe(true);
  expect(isValidIdNumber("410927197304122532")).toBe(false);
  expect(isValidIdNumber("11010519491231002X")).toBe(true);
  expect(isValidIdNumber("11010519491231002x")).toBe(true);
  expect(isValidIdNumber("110105194912310021")).toBe(false);
});

test("full-width digits and spaces are read, wrong lengths and letters are not", () => {
  expect(isValidIdNumber("４１０９２７１９７３０４１２２５３１")).toBe(true);
  expect(isValidIdNumber(" 410927 197304122531 ")).toBe(true);
  expect(isValidIdNumber("41092719791111")).toBe(false);
  expect(isValidIdNumber("41092719730412253A")).toBe(false);
  expect(isValidIdNumber("")).toBe(false);
});

test("an old 15-digit number has no check character and is accepted", () => {
  expect(isValidIdNumber("410927730412253")).toBe(true);
});
