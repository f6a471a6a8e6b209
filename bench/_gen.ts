import { writeDistrict } from "./district/writeDistrict";
import { districtShape } from "./district/shape";
(async () => {
  const n = Number(process.argv[2]);
  const t = Date.now();
  const f = await writeDistrict("/tmp/kb", districtShape(n));
  console.log(f, Date.now() - t, "ms");
})();
