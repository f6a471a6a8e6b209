import { formulaTemplate, movedFormula } from "../../src/core/plan/formulaMove";
import { toR1C1 } from "../../src/core/plan/formulaR1C1";
import { fromR1C1 } from "../addin/fakeExcel/r1c1";

test("relative references become offsets from the cell, absolute ones stay numbers", () => {
  expect(toR1C1("C6*2", 6, 4)).toBe("RC[-1]*2");
  expect(toR1C1("$A$1+B5", 6, 4)).toBe("R1C1+R[-1]C[-2]");
  expect(toR1C1("$C7&C$2", 6, 4)).toBe("R[1]C3&R2C[-1]");
  expect(toR1C1("D6", 6, 4)).toBe("RC");
});

test("whole columns, sheet names, strings, names and functions stay what they are", () => {
  expect(toR1C1("SUMIFS('测评明细'!$F:$F,'测评明细'!$A:$A,$A5)", 5, 10)).toBe(
    "SUMIFS('测评明细'!C6:C6,'测评明细'!C1:C1,RC1)",
  );
  expect(toR1C1("COUNTIF(B:B,B5)", 5, 3)).toBe("COUNTIF(C[-1]:C[-1],RC[-1])");
  expect(toR1C1(`IF(E5="A1",KH_DAYS,LOG10(1E5))`, 5, 6)).toBe(`IF(RC[-1]="A1",KH_DAYS,LOG10(1E5))`);
  expect(toR1C1(`HYPERLINK("#'名册'!B7","张三")`, 5, 1)).toBe(`HYPERLINK("#'名册'!B7","张三")`);
  expect(toR1C1("'A1'!B2+TRUE", 3, 3)).toBe("'A1'!R[-1]C[-1]+TRUE");
});

test("the R1C1 text read back in every row of a column is the column's formula moved to that row", () => {
  const formulas = [
    `IF($B5="","",IF(AND(C5>=0,3*D5>$E$2),"是",""))`,
    `SUMIFS('测评明细'!$H:$H,'测评明细'!$B:$B,$A5,'测评明细'!$C:$C,$C5)/MAX(1,G5)`,
    `IFERROR(INDEX(KH_GRADES,MATCH(T5,KH_LEVELS,0)),"")&AB5&$AA$4`,
  ];
  for (const formula of formulas) {
    const template = formulaTemplate(formula);
    for (const col of [1, 7, 30]) {
      const r1c1 = toR1C1(formula, 5, col);
      for (const down of [0, 1, 17, 19_995]) {
        expect(fromR1C1(r1c1, 5 + down, col)).toBe(movedFormula(template, down));
      }
    }
  }
});
