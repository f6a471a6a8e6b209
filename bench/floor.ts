import ExcelJS from "exceljs";

/**
 * The floor the command line is measured against (`node … floor.ts ROSTER BALLOTS OUT`): what
 * ExcelJS alone takes to read the two input workbooks and write the roster back out, with no
 * reading into grids, no review and no added sheets.
 */
async function main(roster: string, ballots: string, out: string): Promise<void> {
  const ballotBook = new ExcelJS.Workbook();
  await ballotBook.xlsx.readFile(ballots);
  const rosterBook = new ExcelJS.Workbook();
  await rosterBook.xlsx.readFile(roster);
  await rosterBook.xlsx.writeFile(out);
}

const [roster = "", ballots = "", out = ""] = process.argv.slice(2);
void main(roster, ballots, out);
