/**
 * The header vocabulary as data (CONTRACT.md §1): for each field its usual header (an `exact`
 * match), the other names real workbooks use (`synonym`), and keyword rules that recognise a
 * header by what it is about (`keyword`). The names come from clerks' rosters, cadre-system
 * exports (任现职时间 / 现职务始任时间 / 所在单位及职务 / 是否正职 …), information-collection
 * forms (任职机构, 工作单位及职务（全称/简称）), assessment registers (考核推荐等次, 受处分,
 * 奖惩情况) and e-ballot and ranking exports; the research is listed in README.md.
 *
 * Keyword rules are tried in the order written, the first that fits decides the field, so a
 * narrower rule (挂职开始时间) comes before a broader one (挂职…时间).
 */
export interface KeywordRule {
  /** Every pattern must occur in the header. */
  readonly all: readonly RegExp[];
  /** None of these may occur in it. */
  readonly none?: RegExp;
  /** Below 0 for a rule that is a weaker sign than the field's other rules (奖惩 mixes rewards in). */
  readonly weight?: number;
}

export interface FieldVocabulary {
  readonly field: string;
  /** The usual header first, then the synonyms. */
  readonly headers: readonly string[];
  readonly keywords: readonly KeywordRule[];
}

/** The combined 所在单位及职务 column: not a roster field of its own, split into unit and position. */
export const UNIT_POSITION = "unitPosition";

const NAME_EXCLUDED = /(填表|填报|联系|审核|经办|负责|制表|(?<!被)(测评|评价|评议|考核)人|配偶|父|母|子女)/;

export const NAME_VOCABULARY: FieldVocabulary = {
  field: "name",
  headers: [
    "姓名",
    "被测评人",
    "测评对象",
    "考核对象",
    "评测对象",
    "被评价人",
    "被考核人",
    "干部姓名",
    "人员姓名",
    "被测评人姓名",
    "被考核人姓名",
  ],
  keywords: [{ all: [/姓名$/], none: NAME_EXCLUDED }],
};

const UNIT_WORD = /(单位|部门|处室|科室|机构)/;
const POST_WORD = /(职务|职位)/;
const WHEN = /(时间|日期|年月)/;

export const UNIT_VOCABULARY: FieldVocabulary = {
  field: "unit",
  headers: [
    "单位",
    "工作单位",
    "所在单位",
    "单位名称",
    "单位简称",
    "任职单位",
    "所在部门",
    "所在处室",
    "所在科室",
    "部门",
    "处室",
    "科室",
    "现工作单位",
    "现任职单位",
    "任职机构",
    "单位全称",
    "所属单位",
    "所属部门",
    "部门名称",
    "工作部门",
  ],
  keywords: [
    {
      all: [UNIT_WORD],
      none: /(职务|职位|职级|岗位|原|前|挂职|兼任|兼职|双肩挑|党组织|性质|级别|类别|类型|代码|编码|编号|地址|电话|邮编|隶属|上级|主管|填报|盖章|负责人|统计|交流|调入|调出|拟|时间|日期|人数|名额|评价人|测评人)/,
    },
  ],
};

export const ROSTER_VOCABULARY: readonly FieldVocabulary[] = [
  NAME_VOCABULARY,
  UNIT_VOCABULARY,
  {
    field: UNIT_POSITION,
    headers: [
      "所在单位及职务",
      "工作单位及职务",
      "单位及职务",
      "单位职务",
      "单位及职务职级",
      "工作单位及职务职级",
      "现工作单位及职务",
      "现任单位及职务",
      "任职单位及职务",
    ],
    keywords: [{ all: [UNIT_WORD, /(职务|职位|职级)/], none: /(兼任|兼职|原|拟|前|挂职|双肩挑|时间|日期|年限)/ }],
  },
  {
    field: "position",
    headers: [
      "职务",
      "现任职务",
      "现职务",
      "职务名称",
      "现任职务名称",
      "职位",
      "现职",
      "担任职务",
      "职务职级",
      "现任职务职级",
      "行政职务",
      "党政职务",
      "领导职务",
    ],
    keywords: [
      {
        all: [POST_WORD],
        none: /(时间|日期|年月|年限|始任|任现职|单位|部门|拟任|拟免|原|兼任|兼职|级别|层次|属性|类别|变动|文件|文号|是否|主职|主要职务|前|交流|挂职|专业|技术|职称)/,
      },
    ],
  },
  {
    field: "kind",
    headers: ["类别", "考核类别", "人员类别", "对象类别", "考核对象类别", "考核类型"],
    keywords: [{ all: [/(类别|类型)/, /(考核|对象|人员|干部)/], none: /(职务|单位|岗位|编制)/ }],
  },
  {
    field: "idNumber",
    headers: ["身份证号", "身份证号码", "公民身份号码", "身份证", "身份证件号码", "证件号码"],
    keywords: [{ all: [/身份(证|号码)/] }],
  },
  {
    field: "birthDate",
    headers: ["出生年月", "出生日期", "出生时间", "生日", "出生年月日"],
    keywords: [{ all: [/出生/, /(年|月|日|时间)/], none: /地/ }],
  },
  {
    // 是否正职 (principal or deputy) is not 是否主职 (main or concurrent post).
    field: "mainPost",
    headers: ["是否主职", "主职", "是否主要职务", "是否为主职", "主兼职"],
    keywords: [{ all: [/(主职|主要职务)/], none: /(正职|时间|日期|单位)/ }],
  },
  {
    field: "promotedOn",
    headers: [
      "提拔时间",
      "任现职时间",
      "任现职务时间",
      "现职时间",
      "任职日期",
      "任职时间",
      "现职务始任时间",
      "任现职日期",
      "现任职务时间",
      "现职务任职时间",
      "提拔日期",
      "任现职年月",
    ],
    keywords: [
      {
        all: [WHEN, /(任|现职|提拔)/],
        none: /(级|挂职|退休|参加工作|入党|出生|试用|交流|调入|调任|兼任|兼职|年限|拟|党派|学历|毕业|专技|职称|聘|处分|处理)/,
      },
    ],
  },
  {
    field: "transferredOn",
    headers: ["交流时间", "交流日期", "交流任职时间", "调入时间", "调任时间"],
    keywords: [{ all: [/(交流|调入|调任)/, WHEN] }],
  },
  {
    field: "transferredFrom",
    headers: ["原单位", "交流前单位", "原工作单位", "原任职单位", "调出单位", "交流前工作单位"],
    keywords: [{ all: [/(原|交流前|调出|调入前)/, /(单位|部门)/], none: POST_WORD }],
  },
  {
    field: "secondedTo",
    headers: ["挂职单位", "挂职地点", "挂职去向"],
    keywords: [{ all: [/挂职/, /(单位|部门|地点|去向)/], none: POST_WORD }],
  },
  {
    field: "secondedFrom",
    headers: ["挂职开始时间", "挂职起始时间", "挂职开始日期"],
    keywords: [{ all: [/挂职/, /(开始|起始)/] }],
  },
  {
    field: "secondedUntil",
    headers: ["挂职结束时间", "挂职截止时间", "挂职结束日期", "挂职期满时间"],
    keywords: [{ all: [/挂职/, /(结束|截止|期满|到期)/] }],
  },
  {
    field: "secondedPeriod",
    headers: ["挂职起止时间", "挂职时间", "挂职期限", "挂职起止日期", "挂职期间"],
    keywords: [{ all: [/挂职/, /(起止|期限|期间|时间|日期)/] }],
  },
  {
    field: "leaveDays",
    headers: ["病事假天数", "病事假累计天数", "请假天数", "病事假累计时间"],
    keywords: [{ all: [/(病假|事假|病事假|请假)/, /(天|日|数|时间)/] }],
  },
  {
    field: "retiredOn",
    headers: ["退休时间", "退休日期", "退休年月"],
    keywords: [{ all: [/退休/, WHEN] }],
  },
  {
    field: "probationEnds",
    headers: ["试用期满时间", "试用期截止时间", "试用期满日期", "试用期到期时间", "试用期结束时间"],
    keywords: [{ all: [/试用期/, /(满|截止|到期|结束)/] }],
  },
  {
    field: "disciplineDate",
    headers: ["处分时间", "处理时间", "处分日期", "受处分时间", "处分决定时间"],
    keywords: [{ all: [/(处分|处理|问责)/, /(时间|日期)/], none: /(期满|解除|影响期)/ }],
  },
  {
    field: "discipline",
    headers: [
      "处分情况",
      "纪律处分",
      "组织处理",
      "问责情况",
      "受处分",
      "受处分情况",
      "处分",
      "处分处理情况",
      "受处分或组织处理情况",
    ],
    keywords: [
      { all: [/(处分|问责|组织处理|诫勉|处理情况)/], none: /(时间|日期|文号|期满|解除|影响期)/ },
      // 奖惩情况 holds rewards too; the discipline table's keywords still pick out the penalties.
      { all: [/奖惩/], none: /(时间|日期)/, weight: -1 },
    ],
  },
  {
    field: "proposedGrade",
    headers: [
      "建议等次",
      "等次建议",
      "拟定等次",
      "考核推荐等次",
      "推荐等次",
      "拟评等次",
      "拟定考核等次",
      "建议考核等次",
      "初定等次",
      "拟确定等次",
      "考核等次建议",
      "单位建议等次",
      "单位推荐等次",
    ],
    keywords: [
      { all: [/等次/, /(推荐|建议|拟|初定|初评)/] },
      // A bare 考核等次 is this year's grade unless it names a year or an earlier one.
      { all: [/^(本年度|年度)?(考核等次|考核结果|等次)$/], weight: -1 },
    ],
  },
  {
    field: "reportChars",
    headers: ["述职报告字数", "总结字数", "报告字数", "述职述廉报告字数"],
    keywords: [{ all: [/字数/] }],
  },
];

// 发出 / 收回 / 有效 / 应到 alone are the leaf names under a category in the wide layout.
export const BALLOT_VOCABULARY: readonly FieldVocabulary[] = [
  NAME_VOCABULARY,
  { ...UNIT_VOCABULARY, keywords: [] },
  { field: "category", headers: ["评价主体", "测评类别", "参评人员类别"], keywords: [] },
  { field: "item", headers: ["测评项目", "项目"], keywords: [] },
  { field: "expected", headers: ["应到人数", "应参评人数", "应到"], keywords: [] },
  { field: "issued", headers: ["发出票数", "发出", "发放票数"], keywords: [] },
  { field: "returned", headers: ["收回票数", "收回", "收回票"], keywords: [] },
  { field: "valid", headers: ["有效票数", "有效票", "有效"], keywords: [] },
  { field: "abstain", headers: ["弃权", "弃权票", "弃权票数"], keywords: [] },
];

/** Headers of a table of scores or ranks (测评分数, 排名): a result, not ballots (CONTRACT.md §1). */
export const SCORE_OR_RANK = /(排名|名次|排序|分数|得分|总分|平均分|测评分|综合分)/;
