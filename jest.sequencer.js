// The order jest hands suites to its two workers (`npm test`). Jest runs the suites that took
// longest last time first, so that no worker is left with a long suite at the end; on a clean
// clone it has no times and goes by file size, which says little (a short suite may start a
// browser). There the suites that build a production bundle go first, one folder at a time in
// turn, so that the browser and WPS bundles are built side by side and a second suite of one
// bundle comes when its build is done; then the suites whose first line says why they are slow
// (`// Slow: …`), again a folder at a time; then the rest.
const { readFileSync } = require("node:fs");
const { dirname } = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

const buildsBundle = (source) => /from "(?:\.\/|\.\.\/browser\/)buildBundle"/.test(source);
const markedSlow = (source) => source.startsWith("// Slow:");

/** [a1, a2, b1, c1, c2] → [a1, b1, c1, a2, c2], keeping each folder's order. */
function takeFoldersInTurn(tests) {
  const folders = new Map();
  for (const test of tests) folders.set(dirname(test.path), [...(folders.get(dirname(test.path)) ?? []), test]);
  const turns = [];
  for (let round = 0; turns.length < tests.length; round++) {
    for (const suites of folders.values()) if (round < suites.length) turns.push(suites[round]);
  }
  return turns;
}

module.exports = class SlowFirstSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const untimed = sorted
      .filter((test) => test.duration == null)
      .map((test) => [test, readFileSync(test.path, "utf8")]);
    const building = untimed.filter(([, source]) => buildsBundle(source)).map(([test]) => test);
    const slow = untimed.filter(([, source]) => !buildsBundle(source) && markedSlow(source)).map(([test]) => test);
    const first = [...takeFoldersInTurn(building), ...takeFoldersInTurn(slow)];
    return [...first, ...sorted.filter((test) => !first.includes(test))];
  }
};
