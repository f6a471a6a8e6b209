/**
 * Who lives in a generated district: unit names, cadre names and ID numbers, all derived from
 * an index so that the same size always gives the same workbooks, and every name and ID number
 * is unique (the bench measures matching, not ambiguity).
 */
const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const FIRST = [
  ..."文红立娜平刚洁海雪东明琳建国军华英玉兰芳志强伟敏静丽秀桂霞燕鹏辉波宁宇峰磊超杰勇涛浩亮成斌林晨阳晓春",
];
// The empty first entry gives two-character names, as many real ones are.
const SECOND = ["", ..."一二三华民新中正春秋德利福安宏光庆祥荣贵发玲梅莉萍婷飞龙胜彬"];

const PLACES = ["胜利路", "解放路", "人民路", "建设路", "城关", "文化路", "新华路", "中原路", "五一路", "健康路"];
const TOWNS = ["孟轲乡", "华龙镇", "岳村乡", "王助镇", "胡村乡", "中原油田", "皇甫乡", "新习乡", "濮上", "开州"];
const BUREAUS = [
  "人社局",
  "住建局",
  "教育局",
  "财政局",
  "民政局",
  "卫健委",
  "发改委",
  "司法局",
  "审计局",
  "统计局",
  "水利局",
  "农业农村局",
  "商务局",
  "文旅局",
  "应急局",
  "市场监管局",
  "自然资源局",
  "交通局",
  "城管局",
  "医保局",
  "退役军人事务局",
  "信访局",
  "科工局",
  "林业局",
  "生态环境局",
  "体育局",
  "粮食局",
  "档案局",
  "机关事务局",
  "供销社",
  "总工会",
  "团区委",
  "妇联",
  "科协",
  "残联",
  "工商联",
  "侨联",
  "文联",
  "红十字会",
  "党校",
  "政法委",
  "宣传部",
  "统战部",
  "组织部",
  "编办",
  "直属机关工委",
  "纪委监委",
  "政府办",
  "人大办",
  "政协办",
  "区委办",
  "融媒体中心",
  "公安分局",
  "法院",
  "检察院",
  "税务局",
  "消防救援大队",
  "国资中心",
  "投资集团",
  "城投公司",
];
// Ten areas of 80 units each: the stress case's 800 units keep every name distinct.
const AREAS = ["", "东城", "西城", "南城", "北城", "新城", "高新区", "开发区", "滨河", "临港"];
const BASE_UNITS = [
  ...PLACES.map((p) => `${p}街道`),
  ...TOWNS,
  ...BUREAUS.map((b) => (b.endsWith("局") || b.endsWith("委") ? `区${b}` : b)),
];

export const UNITS_PER_AREA = BASE_UNITS.length;

export function unitName(u: number): string {
  const area = AREAS[Math.floor(u / UNITS_PER_AREA) % AREAS.length] ?? "";
  return `${area}${BASE_UNITS[u % UNITS_PER_AREA] ?? ""}`;
}

/** A unique name for person i (mixed radix over surname, first and optional second character). */
export function personName(i: number): { surname: string; given: string } {
  const surname = SURNAMES[i % SURNAMES.length] ?? "";
  const rest = Math.floor(i / SURNAMES.length);
  const first = FIRST[rest % FIRST.length] ?? "";
  const second = SECOND[Math.floor(rest / FIRST.length) % SECOND.length] ?? "";
  return { surname, given: first + second };
}

export interface BirthDate {
  y: number;
  m: number;
  d: number;
}

const BIRTH_DAYS = 33 * 12 * 28;

export function birthDate(i: number): BirthDate {
  const k = i % BIRTH_DAYS;
  return { y: 1960 + (k % 33), m: 1 + (Math.floor(k / 33) % 12), d: 1 + Math.floor(k / (33 * 12)) };
}

/** An 18-digit ID number with its GB 11643 check digit; unique per person up to 11 million. */
export function idNumber(i: number, valid = true): string {
  const b = birthDate(i);
  const seq = Math.floor(i / BIRTH_DAYS) % 1000;
  return withCheckCharacter(`410927${b.y}${pad(b.m)}${pad(b.d)}${String(seq).padStart(3, "0")}`, valid);
}

/**
 * The 17 digits of an ID number with their GB 11643 check character, or with the next one
 * when `valid` is false (an ID number whose check fails, as a typo makes it).
 */
export function withCheckCharacter(body: string, valid = true): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, k) => s + Number(ch) * (weights[k] ?? 0), 0);
  return body + ("10X98765432"[(sum + (valid ? 0 : 1)) % 11] ?? "0");
}

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}
