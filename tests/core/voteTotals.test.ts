import { cadre, date, rules, run, tally, team } from "./support";

// Totals per subject: overall, per category, per item, and the weighted composite.

const zhao = cadre(3, "赵文", "胜利路街道");

test("overall totals add the categories; issued and returned are kept while known", () => {
  const votes = run(
    [zhao],
    [tally(zhao, 2, [6, 2, 0, 0], { category: "班子成员" }), tally(zhao, 3, [25, 12, 1, 0], { abstain: 1, valid: 39 })],
  ).subjects[0]?.votes;
  expect(votes).toMatchObject({ valid: 47, abstain: 1, counts: [31, 14, 1, 0] });
  expect(votes?.byCategory.map((c) => [c.category, c.valid, c.issued])).toEqual([
    ["班子成员", 8, 8],
    ["干部职工代表", 39, 38],
  ]);
});

test("without a valid count, valid is the levels plus abstentions", () => {
  const votes = run([zhao], [tally(zhao, 2, [6, 2, 0, 0], { valid: null, abstain: 2 })]).subjects[0]?.votes;
  expect(votes?.valid).toBe(10);
});

test("with items, the votes are the item 综合评价; other items are totalled per item", () => {
  const votes = run(
    [zhao],
    [
      tally(zhao, 2, [5, 3, 0, 0], { item: "德" }),
      tally(zhao, 3, [4, 4, 0, 0], { item: "综合评价" }),
      tally(zhao, 4, [1, 1, 0, 0], { item: "德", category: "班子成员" }),
    ],
  ).subjects[0]?.votes;
  expect(votes?.counts).toEqual([4, 4, 0, 0]);
  expect(votes?.byItem).toHaveLength(1);
  expect(votes?.byItem[0]).toMatchObject({ category: "全部", item: "德", counts: [6, 4, 0, 0], valid: 10 });
  expect(votes?.byCategoryItem.map((c) => c.category)).toEqual(["干部职工代表", "班子成员"]);
});

test("a group of several rows is their sum, and no row's own counts change", () => {
  // A group of one row shares its row's counts, so summing a second must not add into them.
  const first = tally(zhao, 2, [5, 3, 0, 0], { item: "德" });
  const second = tally(zhao, 3, [1, null, 2, 0], { item: "德", category: "班子成员" });
  const overall = tally(zhao, 4, [4, 4, 0, 0], { item: "综合评价" });
  const votes = run([zhao], [first, second, overall]).subjects[0]?.votes;
  expect(votes?.byItem[0]?.counts).toEqual([6, 3, 2, 0]);
  expect(votes?.byCategoryItem.map((c) => c.counts)).toEqual([
    [5, 3, 0, 0],
    [1, 0, 2, 0],
  ]);
  expect([first.counts, second.counts, overall.counts]).toEqual([
    [5, 3, 0, 0],
    [1, null, 2, 0],
    [4, 4, 0, 0],
  ]);
  expect(votes?.counts).toEqual([4, 4, 0, 0]);
});

test("a concurrent row's ballots count for that row only", () => {
  const id = "410927198005055716";
  const main = cadre(10, "王海", "区人社局", { idNumber: id, mainPost: true, birthDate: date("1980-05-05") });
  const other = cadre(13, "王海", "区住建局", { idNumber: id });
  const subjects = run([main, other], [tally(main, 2, [6, 2, 0, 0]), tally(other, 3, [1, 1, 0, 0])]).subjects;
  expect(subjects.map((s) => s.votes?.valid)).toEqual([8, 2]);
});

test("the composite weighs each category's score by its weight, over the categories present", () => {
  const ruleSet = rules(2020, {
    categoryWeights: [
      { category: "班子成员", weight: 3 },
      { category: "干部职工代表", weight: 1 },
      { category: "服务对象", weight: 5 },
    ],
  });
  const votes = run(
    [zhao],
    [tally(zhao, 2, [8, 0, 0, 0], { category: "班子成员" }), tally(zhao, 3, [0, 5, 5, 0])],
    ruleSet,
  ).subjects[0]?.votes;
  // 班子成员 100, 干部职工代表 (5·80 + 5·60)/10 = 70; (3·100 + 1·70) / 4 = 92.5
  expect(votes?.composite).toBe(92.5);
});

test("no weights, no composite", () => {
  expect(run([zhao], [tally(zhao, 2, [8, 0, 0, 0])]).subjects[0]?.votes?.composite).toBeNull();
});

test("a team row's counts are read by level index", () => {
  const squad = team(16, "胜利路街道");
  const votes = run([squad], [tally(squad, 14, [30, 12, 4, 0])]).subjects[0]?.votes;
  expect(votes?.counts).toEqual([30, 12, 4, 0]);
});
