import ExcelJS from "exceljs";
(async () => {
  const [roster, ballots, out] = process.argv.slice(2) as [string, string, string];
  const b = new ExcelJS.Workbook(); await b.xlsx.readFile(ballots);
  const r = new ExcelJS.Workbook(); await r.xlsx.readFile(roster);
  await r.xlsx.writeFile(out);
})();
