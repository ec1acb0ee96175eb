"""Closed word lists the grammar is built from.

Data only: no patterns and no logic here. Each list says where its words come
from, so a reader can judge what a missing word means. The long official lists
(causes of action, criminal charges, role words, issuers' names) are plain text
files in ``notices/data/``, each with its source and how complete it is in its
header.
"""

from __future__ import annotations

from importlib import resources


def _entries(name: str) -> tuple[str, ...]:
    """The lines of ``notices/data/NAME`` that are entries (not comments, not blank)."""
    text = resources.files("notices").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _heads(words: tuple[str, ...], length: int = 2) -> tuple[str, ...]:
    """The first ``length`` characters of each word: where a cause starts after a name."""
    return tuple(sorted({word[:length] for word in words if len(word) > length}))


# Who signs a notice: how the names of courts, arbitration bodies and labour
# bureaus end. Longest first, so a reader sees the specific forms; the grammar
# joins them into one alternation. Seen in the seed (劳动人事争议仲裁委员会,
# 人力资源和社会保障局), court notices (人民法院, 人民法庭) and labour pages
# (劳动人事争议仲裁院, 劳动保障监察大队).
# A bankruptcy's administrator and a liquidation group (企业破产法 arts. 13, 22–25, 2006): appointed by the court, they
# act in its proceedings and sign their notices (某某有限公司管理人: a debtor's name before it, so a company's word
# in it does not make it a company's; see NOT_ISSUER).
ADMINISTRATORS: tuple[str, ...] = ("管理人", "清算组")
# Bodies whose branches sign in their own names: a place, then 分院 or 分会 (北京市人民检察院第一分院,
# 新疆维吾尔自治区高级人民法院生产建设兵团分院; the 分会 of 中国国际经济贸易仲裁委员会, which its rules name; a
# city's 劳动人事争议仲裁院 and its town branches, 东莞市劳动人事争议仲裁院长安分院). Bare 分院 is no issuer's end (a
# hospital's, a school's); after these it is.
BRANCHED_BODIES: tuple[str, ...] = ("人民法院", "人民检察院", "仲裁院", "仲裁委员会")
ISSUER_SUFFIXES: tuple[str, ...] = (
    *_entries("issuer_suffixes.txt"),
    "劳动人事争议仲裁委员会",
    "劳动争议仲裁委员会",
    "劳动人事争议仲裁院",
    "人力资源和社会保障局",
    "人力资源社会保障局",
    "劳动保障监察大队",
    "劳动保障监察支队",
    "劳动监察大队",
    "仲裁委员会",
    "仲裁中心",  # 上海国际仲裁中心, 海南国际仲裁中心
    "人民法院",
    "人民法庭",
    "人民检察院",
    "仲裁院",
    "法院",
    "法庭",
    "委员会",
    "监察大队",
    "监察支队",
    "执法大队",
    "局",
    *ADMINISTRATORS,
)

# Words that show a name is not a public body that signs notices: a company, its
# board, a law firm ("上海某某股份有限公司 董事会" signs a company's 公告, not a court's).
NOT_ISSUER_WORDS: tuple[str, ...] = (
    "公司", "董事会", "监事会", "股东", "律师事务所", "事务所", "集团", "银行", "证券", "基金",
)  # fmt: skip

# Words no public body's name holds, that a sentence ending its line at one does: a lost-property ad's (周静遗失四川省
# 达州市通川区人民法院 / （2033）…号案件受理费收据一张，声明作废), a bankruptcy notice's (…有限公司的债务人或者财产
# 持有人应当向管理人 / 清偿债务…): no body's name alone on its line.
NOT_IN_BODY_NAMES: tuple[str, ...] = ("遗失", "丢失", "应当", "或者")

# The labels of a site's line telling when and by whom a page was posted (发布日期：2023-11-15　来源：某某法院
# 浏览次数：12): the page's, not the notice's.
POSTING_LABELS: tuple[str, ...] = (
    "发布日期", "发布时间", "更新时间", "来源", "作者", "浏览次数", "点击数", "阅读次数", "字号",
)  # fmt: skip
# Words no name before an addressee's colon holds: news quoting someone ("李法官介绍：本院…").
NOT_NAME_WORDS: tuple[str, ...] = (
    "说", "表示", "介绍", "指出", "称", "告诉", "透露", "强调", "记者", "报道", "提醒", "认为", "问", "答",
    "法官", "律师", "院长", "庭长", "主任", "书记", "通讯员", "案由", "地址", "电话", "时间", "地点", "事由",
    "联系人", "经办人", "承办人",  # (本案联系人：本院民一庭书记员，电话：…: a contact line, not an addressee)
    "正文", "内容", "来源", "作者", "备注", "说明", "附件", "标题", "摘要", "关键词", "一案", "案件", "纠纷",
    "点击", "浏览", "阅读", "访问",  # (a page's counter, its number a script's: 发布时间：…　点击：)
    "分享",  # (a page's share buttons, their icons a script's: 发布日期：… 作者：立案庭 分享到：)
    "经查",  # (what the court found, its colon at a narrow column's line start: …失踪一案， / 经查：被申请人…)
    # a numbered section's label in a notice (二、拍卖方式：本院…; 一、船舶概况：…)
    "方式", "概况", "事项", "须知", "要求", "程序", "办法",
    "主题", "发件人", "收件人", "抄送",  # (a forwarded e-mail's header lines: 主题: 您关注的当事人有新公告)
    # the orders a notice quotes from what it serves (…民事判决书。判决：被告某某于…; 裁定如下：)
    "判决", "裁定", "裁决",
    "请求", "诉请", "诉求", "主张",  # (what a party claims, quoted in the body: …一案。原告诉请：被告偿还…)
    "依据",  # (an enforcement's ground, a label under its body: 执行依据：本院（2033）…号民事判决书。)
    # a document served, labelled over what it orders (二、报告财产令：你们应当…; 三、限制消费令：…)
    "财产令", "消费令", "通知书",
)  # fmt: skip
# Characters no person's name holds: words of a sentence ("已开庭审理但尚未审结案件").
# (那 is no demonstrative in a name: 那英, and Mongolian names written with it, 那木吉拉, 那顺.)
NOT_IN_NAMES = "的了但尚未已这该并或而之所是"
# Words of a title over an addressee (公告, 开庭通知, 裁定书 … 传票): a line holding one is no name.
TITLE_WORDS: tuple[str, ...] = ("公告", "通知", "通告", "告示", "公示", "声明", "启事", "传票", "文书")
# How a party is printed as kin of another: 韩立新之妻孟庆芝, 张某之子张某某.
KIN_WORDS: tuple[str, ...] = (
    "妻",
    "夫",
    "妻子",
    "丈夫",
    "子",
    "女",
    "儿子",
    "女儿",
    "父",
    "母",
    "父亲",
    "母亲",
    "配偶",
)
# Whom an addressee line names after a party as its own, a party too (“某某”轮及其所有人林某：, 某某公司及其法定代表人
# 张某：, 李某及其配偶王某：): the names apart, the word between them no name's.
ITS_PEOPLE: tuple[str, ...] = (
    "所有人", "船东", "经营人", "实际控制人", "股东", "投资人", "合伙人", "出资人", "成员", "担保人", "保证人",
    "继承人", "监护人", "法定代表人", "法定代理人", "负责人", "经营者", *(word for word in KIN_WORDS if len(word) > 1),
)  # fmt: skip
# Nor starts with a count or a determiner ("审理一批劳动争议案件", "各有关当事人").
NOT_NAME_STARTS = "一二三四五六七八九十两几多数各该此本你"
# …but for the names Tibetan ones are written with (四郎 and 四朗 Sonam, 七林 and 泽仁 Tsering, 三郎 Samdrup, 多吉 and
# 多杰 Dorje, 多布杰).
NUMERAL_NAME_STARTS: tuple[str, ...] = ("四郎", "四朗", "七林", "三郎", "多吉", "多杰", "多布杰")

# The dot between the parts of a name written from Uyghur, Tibetan, Mongolian or another language
# (买买提·艾力): · U+00B7 mostly, also • U+2022, ・ U+30FB, ‧ U+2027, and the full-width full stop ． U+FF0E
# an input method gives for it (艾尼瓦尔．阿不都拉); some print spaces around it (阿依古丽 · 吐尔逊), and the name is
# still one name.
NAME_DOTS = "·•・‧．"

# A person's name is at most this long (张某某; 买买提·吐尔逊 is longer, and has ·).
MAX_PERSON_NAME = 6

# How a public body speaks of itself in a notice's body: "本院受理…", "我局将…".
OPENERS: tuple[str, ...] = (
    "本院", "我院", "本委", "我委", "本会", "我会", "本局", "我局", "本庭", "我庭",
    "本队", "我队", "本所", "本仲裁委", "本仲裁院", "本中心", "本机关", "本支队", "本大队", "本关", "本厅",
)  # fmt: skip

# A sale a court announces (拍卖公告, 关于变卖…的公告), and the words with which such a notice calls on those who have
# a claim on what is sold: only then, or naming its case, is it a notice of proceedings, not an offer to bidders.
SALE_WORDS: tuple[str, ...] = ("拍卖", "变卖")
# (Not 债权人会议 alone: the creditors' meeting that voted a sale calls no one to claim.)
CLAIM_WORDS: tuple[str, ...] = ("债权登记", "优先购买权", "担保物权", "异议", "申报")

# Ways a notice addresses the public, not a party: "广大劳动者朋友们:" names no one.
PUBLIC_ADDRESSEES: tuple[str, ...] = (
    *_entries("public_addressees.txt"),
    "广大", "各位", "各有关", "有关单位", "有关当事人", "全体", "各债权人", "社会各界", "朋友们", "同志们",
    "各单位", "各用人单位", "各企业",
)  # fmt: skip

# Words that may stand between an issuer and 公告 in a heading line:
# "开庭公告", "北京市朝阳区人民法院开庭公告", "裁决书送达公告".
HEADING_KINDS: tuple[str, ...] = (
    "法律文书送达",
    "裁决书送达",
    "判决书送达",
    "裁定书送达",
    "调解书送达",
    "文书送达",
    "仲裁文书送达",  # (某某仲裁委员会仲裁文书送达公告（2026年第9期）)
    "税务文书送达",
    "执法文书送达",
    "决定书送达",
    "告知书送达",
    "通知书送达",
    "开庭传票",
    "调查询问",
    "应诉通知",
    "开庭通知",  # (开庭通知公告: an arbitration body's title for its hearing notice)
    "开庭",
    "送达",
    "更正",
    "延期开庭",
    "取消开庭",
    "变更开庭时间",  # a hearing moved: 变更开庭时间公告, 开庭时间变更公告, 改期开庭公告
    "开庭时间变更",
    "变更开庭",
    "改期开庭",
    "公开宣判",  # a court's notice of judgments pronounced in open court (公开宣判公告, 宣判公告)
    "宣判",
    "执行",
    "破产",
    # an administrator's (某某公司管理人催收债务公告, 债权申报公告, 债权人会议公告)
    "催收债务",
    "债权申报",
    "债权人会议",
    "悬赏",  # a court's reward for a debtor's whereabouts or assets (执行悬赏公告)
    "寻找下落不明人",  # the search a court prints on taking a 宣告失踪 / 宣告死亡 case (民事诉讼法): 寻找下落不明人公告
    "寻人",  # (寻人公告, its short title)
    "宣告失踪判决",  # and the judgment it gives after the search (宣告失踪判决公告), or 公示催告's (除权判决公告)
    "宣告死亡判决",
    "撤销宣告失踪判决",  # the one that undoes it when the person comes back
    "撤销宣告死亡判决",
    "除权判决",
    "宣告失踪",
    "宣告死亡",
    # a gazette's kinds (BULLETIN_TYPES) as a page's own title, 公告 after them: 公示催告公告, 认定财产无主公告
    "公示催告",
    "认定财产无主",
    "起诉状副本及开庭传票",
    "裁判文书",
    "执行文书",
    "破产文书",
    "海事文书",
    "拍卖",  # a court's judicial sale (see SALE_WORDS: one offered to bidders only is no notice of ours)
    "变卖",
    # a maritime court's, under the 海事诉讼特别程序法: a ship arrested and sold (船舶拍卖公告), its creditors called to
    # register (债权登记公告), a ship's buyer calling on lien holders (船舶优先权催告公告)
    "船舶拍卖",
    "船舶变卖",
    "债权登记",
    "船舶优先权催告",
)

# The kinds of notice a newspaper's notice page prints as titles (人民法院报, 人民法院公告网).
BULLETIN_TYPES: tuple[str, ...] = (
    "起诉状副本及开庭传票", "上诉状副本及开庭传票", "起诉状、上诉状副本", "上诉状副本", "开庭传票", "裁判文书",
    "执行文书", "破产文书",
    "公示催告", "除权判决", "宣告失踪、死亡", "宣告失踪", "宣告死亡", "认定财产无主", "海事文书", "仲裁文书", "更正",
    "其他",
    "申请认定公民无民事行为能力", "清算公告", "遗失公告",
)  # fmt: skip

# The title words of a court's table of hearings: 武汉海事法院2022年5月第二周开庭排期表.
SCHEDULE_TITLES: tuple[str, ...] = (
    "开庭排期", "排期表", "庭审排期", "开庭安排", "庭审安排", "开庭信息", "开庭一览", "听证排期", "排期公告",
)  # fmt: skip

# Who the others of a list are: 张某等52名投资者, 李某等13名劳动者.
OTHERS_NOUNS: tuple[str, ...] = (
    "投资者", "股民", "员工", "职工", "工人", "农民工", "劳动者", "业主", "村民", "债权人", "购房人", "购房者",
    "消费者", "乘客", "储户", "当事人", "申请人", "原告", "被告", "牧民", "渔民", "农户", "商户", "住户",
    "船员",  # (许国庆等5名船员：, a fishing boat's crew claiming their wages)
)  # fmt: skip

# Role words printed before a party, and the side each stands on: applicant
# (who brings the case), respondent (who answers it), other (第三人: on neither),
# or none (代理人, 法定代表人: not a party). Some are roles only at the start of a
# labelled line (当事人：…): in running text they are common nouns.
_ROLE_ROWS = tuple(tuple(row.split("\t")) for row in _entries("party_roles.txt"))
ROLE_SIDES: dict[str, str] = {row[0]: row[1] for row in _ROLE_ROWS if row[2:] != ("label",)}
LABEL_ROLES: dict[str, str] = {row[0]: row[1] for row in _ROLE_ROWS if row[2:] == ("label",)}
PARTY_ROLES: tuple[str, ...] = tuple(ROLE_SIDES)
# Those who act for a party, never addressed by their label alone (法定代表人：某某).
REPRESENTATIVE_ROLES: tuple[str, ...] = (
    "法定代表人",
    "法定代理人",
    "委托代理人",
    "委托诉讼代理人",
    "负责人",
    "经营者",
    "辩护人",
)
# The roles on neither side (案外人, 利害关系人, 第三人): a body may name such a party after the case
# phrase, in the clause that says what it did (…一案中，案外人某某公司对本院查封的…提出书面异议).
OTHER_PARTY_ROLES: tuple[str, ...] = tuple(role for role, side in ROLE_SIDES.items() if side == "other")
# What follows a role word where it speaks of anyone in that role, not of a named party:
# "利害关系人应向本院申报权利", "案外人如对裁定不服", "第三人可以…".
ROLE_CLAUSE_WORDS: tuple[str, ...] = (
    "应当", "应", "可以", "可", "如", "若", "须", "必须", "需", "均", "未", "已", "有权", "亦", "也", "还", "仍",
    "不", "在", "于", "自", "等",
)  # fmt: skip

# A legal form printed before a company's name, not after it: a Korean or Japanese company's, 株式会社东海水产.
ORG_PREFIXES: tuple[str, ...] = ("株式会社",)
# How an organisation's name ends. A name followed directly by the cause
# ("…健身有限公司劳动报酬纠纷") is cut after one of these.
ORG_SUFFIXES: tuple[str, ...] = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "分公司",
    "公司",
    "集团",
    "合作社",
    "工作室",
    "经营部",
    "事务所",
    "研究院",
    "研究所",
    "门诊部",
    "俱乐部",
    "医院",
    "学校",
    "幼儿园",
    "商行",
    # a trader's shop (not 行 alone: 执行, 进行, 履行; nor 车行, 机动车行驶)
    "酒行",
    "茶行",
    "米行",
    "粮行",
    "布行",
    "药行",
    "电器行",
    "五金行",
    "家电行",
    "批发行",
    "参茸行",
    "珠宝行",
    "钟表行",
    "土产行",
    "山货行",
    "干货行",
    "虫草行",
    "药材行",
    "海味行",
    "水果行",
    "建材行",
    "原料行",
    "材料行",
    "器材行",
    "配件行",
    "灯饰行",
    "水产行",
    "琴行",
    "乐器行",
    "眼镜行",
    "文具行",
    "轮胎行",
    "酒店",
    "超市",
    "诊所",
    "协会",
    "中心",
    "银行",
    "支行",
    "合伙企业",
    "艺术团",
    "歌舞团",
    "剧团",
    "乐团",
    "个体工商户",
    "门市部",
    "营业部",
    "分行",
    "管理处",
    "经销处",
    "管理局",
    "人民检察院",
    "检察院",
    "办事处",
    "办公室",
    "分局",
    "厅",
    "局",
    "人民政府",
    "政府",
    "村民委员会",
    "居民委员会",
    "村民小组",
    "村民组",
    "居民小组",
    "委员会",
    "工程队",
    "商店",
    "民宿",
    "农家乐",
    "养殖场",
    "农场",
    "网吧",
    "酒楼",
    "药房",
    "饭店",
    "餐厅",
    "宾馆",
    "客栈",  # (a guesthouse: 凤凰县沱江镇吊脚楼客栈, 丽江古城某某客栈)
    "工厂",
    "厂",
    # a mine (鹤岗市南山区顺发煤矿; not 矿 alone: 杨利民|采矿权转让合同纠纷)
    "煤矿",
    "铁矿",
    "金矿",
    "铜矿",
    "场",  # 林场, 牧场, 渔场, 采石场, 农贸市场
    "坊",  # 酒坊, 油坊, 豆腐坊
    "店",
    "馆",
    "部",
    "社",
    "站",
    "所",
    "院",
    "队",
)

# A sole trader's shop as a body names it after its operator (龙春生民宿, 程卫东酒店): the operator's own business, the
# same party (a company's legal form, 徐海东船务有限公司, is another's).
SHOP_WORDS: tuple[str, ...] = (
    "民宿", "农家乐", "商店", "超市", "饭店", "餐厅", "酒楼", "酒店", "客栈", "宾馆", "诊所", "药房", "网吧", "经营部",
    "门市部", "商行", "养殖场", "工作室",
)  # fmt: skip
# How a notice addresses its reader in the body: 你, 你们, 你方, 你单位, and 你 with what the party is
# (你公司, 你药房, 你合作社).
PRONOUNS: tuple[str, ...] = ("你单位", "你方", "你们", "你司", *("你" + suffix for suffix in ORG_SUFFIXES), "你", "您")

# Causes of action and criminal charges, as printed (民间借贷纠纷, 劳动争议, 走私、贩卖、运输、制造毒品罪).
CAUSES: tuple[str, ...] = (
    _entries("civil_causes.txt")
    + _entries("admin_causes.txt")
    + _entries("labour_causes.txt")
    + _entries("enforcement_causes.txt")
)
CHARGES: tuple[str, ...] = _entries("criminal_charges.txt")
# How a cause begins, for names of persons that run straight into it ("赵娜劳动争议", "张旭物业服务合同纠纷"):
# a person's name has no suffix to cut at, so the cause must start with a word we know.
# (And the words courts print for causes the list names otherwise: 住宿服务合同纠纷 for 旅店服务合同纠纷, 装修合同纠纷,
# 培训合同纠纷, 物流合同纠纷, 婚庆服务合同纠纷…)
CAUSE_HEADS: tuple[str, ...] = (
    *_heads(CAUSES), "农民工", "工资", "拖欠", "劳务", "追索",
    "住宿", "美容", "培训", "装修", "物流", "咨询", "健身", "婚庆", "摄影", "停车", "供暖", "供热", "寄存", "预付",
    "客运", "彩礼", "拆迁", "安置",
)  # fmt: skip
# Goods a clerk names before a sale's, a lease's or a farm contract's own words (扎约茶叶买卖合同纠纷, 罗小东甘蔗种植
# 收购合同纠纷): between a person's name and its cause, where no cause heads them. Two characters or more: a name may
# end in one.
CAUSE_GOODS: tuple[str, ...] = (
    "茶叶", "鲜叶", "毛茶", "甘蔗", "咖啡豆", "咖啡", "烟叶", "生猪", "肉牛", "牛羊", "家禽", "粮食", "稻谷", "大米",
    "玉米", "小麦", "大豆", "水果", "蔬菜", "苗木", "花卉", "中药材", "药材", "石斛", "三七", "木材", "原木", "竹木",
    "钢材", "钢管", "水泥", "砂石", "建材", "石材", "煤炭", "化肥", "农药", "饲料", "种子", "成品油", "燃油", "车辆",
    "挖掘机", "装载机", "机械", "设备", "家具", "服装", "布料", "玉石", "翡翠", "珠宝", "海鲜", "水产品", "葡萄",
    "农产品", "农副产品", "瓜果", "蔬果", "果蔬", "棉花", "籽棉", "皮棉", "棉籽", "苹果", "香梨", "红枣", "核桃",
    "枸杞", "柑橘", "脐橙", "芒果", "荔枝", "龙眼", "香蕉", "西瓜", "哈密瓜", "马铃薯", "土豆", "辣椒", "大蒜", "生姜",
    "食用菌", "木耳", "香菇", "蜂蜜", "鲜奶", "生鲜乳", "牛奶", "羊毛", "鸡蛋", "牛肉", "羊肉", "猪肉", "白酒",
    # what a lease lets (吕志刚商铺租赁合同纠纷)
    "商铺", "铺面", "门面", "门市", "摊位", "厂房", "仓库", "场地", "店面", "堆场", "库房", "冷库", "车位", "土地",
)  # fmt: skip
# How a criminal charge begins ("唐士坤走私、贩卖…毒品罪", "马某某盗窃一案").
CHARGE_HEADS: tuple[str, ...] = _heads(CHARGES)
# A charge as case names print it, its 罪 dropped (张某某盗窃案, 审理被告人孟某交通肇事一案): see the list's header.
BARE_CHARGES: tuple[str, ...] = tuple(charge.removesuffix("罪") for charge in CHARGES)
# What a cause of action ends with: 纠纷, 争议 (civil, labour), 罪 (criminal charges).
CAUSE_TAILS: tuple[str, ...] = ("纠纷", "争议", "罪")
# How a page labels the date a notice was published: 刊登日期：2024-05-08. A site's 发布时间 is when a page
# was posted, not a publication date.
PUBLICATION_LABELS: tuple[str, ...] = ("刊登日期", "刊登时间", "见报日期", "公告日期", "公示日期")
# Causes printed without such an end: applications (申请撤销仲裁裁决) and suits (执行异议之诉).
UNTAILED_CAUSES: tuple[str, ...] = tuple(cause for cause in CAUSES if not cause.endswith(CAUSE_TAILS))

# The words that close a hearing sentence: "在本院第一法庭公开开庭审理", "…召开".
# (宣判: a judgment pronounced in court, 定于…公开宣判, a sitting the parties and the public attend; 巡回审判: a hearing
# held on circuit, 在某某嘎查党群服务中心巡回审判.)
SESSION_VERBS: tuple[str, ...] = (
    "开庭", "审理", "召开", "举行", "听证", "询问", "质证", "调解", "宣判", "巡回审判",
    "听取",  # a bureau hears a party state its case before a penalty: 听取你的陈述和申辩
)  # fmt: skip
# The rooms a hearing sits in, as its place ends: 第三法庭, 第一审判庭, 第二仲裁庭, 三楼听证室 (a bureau's hearing).
ROOM_NOUNS: tuple[str, ...] = ("法庭", "审判庭", "仲裁庭", "调解室", "审判室", "庭审室", "听证室")
# Of these, the ones that hold a meeting (a creditors' meeting), not a hearing.
MEETING_VERBS: tuple[str, ...] = ("召开", "举行")
# A title that names one of these is a public body's own business, not a notice to a party: a court's or a
# committee's recruitment, tender, purchase, a works' outage (法院2026年公开招聘聘用制书记员公告, 关于公开选聘兼职
# 仲裁员的公告, 审判法庭智能化改造项目公开招标公告), an event it holds (关于举办"法院开放日"活动的公告), the rules it
# puts in force (关于施行新版《仲裁收费办法》的公告).
OWN_BUSINESS_TITLES: tuple[str, ...] = (
    "招聘", "选聘", "招录", "遴选", "招标", "采购", "询价", "比选", "磋商", "中标", "成交", "录用", "聘用制",
    "停水", "停电", "停气", "征求意见", "开放日", "举办", "施行", "收费办法", "收费标准",
    "发布会",  # (a press conference it calls: 某某中院召开…新闻发布会的预告)
    # its hours over a holiday (关于2026年春节期间诉讼服务工作安排的公告, 清明节期间), a standard it sets (最低工资标准)
    "节期间", "元旦期间", "国庆期间", "节假日期间", "假期期间", "放假", "工作安排", "服务安排", "工资标准",
    "作息时间", "办公时间", "工作时间", "接待时间", "服务时间", "办公地点",
    "系统升级",  # (关于仲裁业务系统升级期间暂停网上立案的公告)
    "现场服务", "对外服务", "暂停服务", "升级改造",  # (关于诉讼服务中心暂停现场服务的公告)
    "网上立案", "立案服务",  # (关于暂停网上立案服务的公告)
    "延时服务", "预约服务", "错时服务",  # (关于诉讼服务中心延时服务及周末预约服务的公告)
    "预约诉讼服务", "诉讼服务工作", "服务窗口",  # (…周六提供预约诉讼服务的公告, 关于开设…诉讼服务窗口的公告)
    "假期安排", "假日安排", "受理费", "诉讼费",
    # whom it appoints (关于公布第六届仲裁员名册的公告, 人民陪审员名单, 聘任调解员)
    "名册", "聘任", "任命", "陪审员名单",
)  # fmt: skip
# A title about the body's rooms and premises (关于仲裁庭临时调整的公告, 关于办公场所搬迁的公告), or a system it
# starts using (关于启用“网上仲裁服务平台”的公告, 新印章启用, 平台上线): its own business where it addresses no one in
# particular (各位当事人：, or no one); a notice to a party may move its own hearing so (关于变更开庭场所的公告 /
# 张三：).
PREMISES_TITLES: tuple[str, ...] = ("场所", "维修改造", "改造施工", "临时调整", "启用", "上线")
# A title that names one of these is a report of the body's work, never a notice to a party, whatever case it tells
# of: a circular (…案件审查情况通报), typical cases, a judgment's news (二审维持原判！…公司被判返还…, 缺席审结一起…).
REPORT_TITLES: tuple[str, ...] = (
    "通报", "典型案例", "维持原判", "被判", "审结一起", "审结了", "以案说法",
    "工作报告", "工作情况", "工作总结",  # (a court's account of its year: 2034年1—10月审判执行工作情况通报)
    "白皮书",  # (审判执行工作白皮书（2034年度）)
)  # fmt: skip

# Words that tell of a session held, not one to come: a news report's (庭审中，双方…; 择期宣判), a livestream's review
# (【回顾】…累计观看1236人次).
HELD_WORDS: tuple[str, ...] = (
    "庭审中", "庭审结束", "择期宣判", "旁听了", "当庭宣判", "回顾", "累计观看", "观看人次",
    "审理了",  # (本院于…在第十六法庭公开开庭审理了本案)
)  # fmt: skip
# A session's status in a court's livestream feed once it has sat ("status": "已结束"): held, none to come.
ENDED_STATUSES: tuple[str, ...] = (
    "已结束", "已闭庭", "已审结", "已完结", "已完成", "庭审结束", "直播结束", "已休庭", "回放", "可回放", "点播",
    "回看", "可回看", "直播回看",
)  # fmt: skip
# A session's status in such a feed while it sits or before ("status": "直播中", "即将开始"): a card inviting the
# public to watch, which serves no one (the court's 开庭公告 does).
LIVE_STATUSES: tuple[str, ...] = ("直播中", "正在直播", "即将开始", "即将直播", "待直播", "预告", "直播预告")
# Words a body makes a list public with (违法行为予以社会公布, 失信被执行人名单曝光如下): a list, no one served.
PUBLICITY_WORDS: tuple[str, ...] = (
    "社会公布", "予以公布", "现予公布", "公布如下", "向社会公布", "予以曝光", "曝光如下",
)  # fmt: skip
# Words a page warns of fraud with, over a swindler's message it quotes (冒充法院发送的“公告送达”短信，内容如下：).
FRAUD_WORDS: tuple[str, ...] = ("冒充", "假冒", "诈骗", "虚假", "骗子", "骗局")
# How a correction sets a hearing anew: "现将开庭时间更正为…", "改期至…".
CORRECTION_MARKERS: tuple[str, ...] = (
    "更正为", "变更为", "改为", "调整为", "改期至", "改期为", "改期于", "延期至", "推迟至", "顺延至",
    "改定", "改定为",  # (现改定于2026年7月21日…: the hearing set again)
    "提前至", "提前到",  # (现将本案开庭时间提前至…: moved earlier)
)  # fmt: skip

# A seal's place printed after the signing body's name: 某某人民法院（院印）, （印）, （盖章）.
SEAL_MARKS: tuple[str, ...] = ("院印", "印", "章", "公章", "印章", "盖章", "签章")
# Words for the day of the hearing set before, when a correction moves only its time (变更为同日下午三时).
SAME_DAY_WORDS: tuple[str, ...] = ("同日", "当日", "当天", "同一天", "同一日")
# What a case type looks like inside a case number printed with 年: 海行初字, 京民终.
# Words that point at parties named elsewhere (下列被申请人, 上述当事人, 下表所列…案件), never a name.
REFERRING_WORDS: tuple[str, ...] = ("下列", "上述", "上列", "以下", "如下")
POINTING_WORDS: tuple[str, ...] = (*REFERRING_WORDS, "下表", "上表")
# The labels of a notice's own paragraphs, a colon after them (事实与理由：被告某某系…): never an addressee.
BODY_LABELS: tuple[str, ...] = (
    "事实与理由", "事实和理由", "诉讼请求", "原告诉讼请求", "原告诉称", "仲裁请求", "申请事项", "请求事项", "判决如下",
    "裁定如下", "裁决如下", "本院认为", "经审理查明", "主要内容", "判决主要内容", "裁判结果", "判决主文", "裁定主文",
    "裁决主文",
)  # fmt: skip
# How an aside about a party printed in brackets after its name starts (no part of the name): its former name, its
# state, who it is (某某有限公司（原某某公司）, （已被吊销营业执照）, （系该公司股东）, （法定代表人：某某）).
NAME_ASIDE_HEADS: tuple[str, ...] = (
    "原", "已", "系", "该", "即", "曾用名", "法定代表人", "负责人", "经营者", "投资人", "实际经营者", "股东",
)  # fmt: skip
# Legal forms printed in brackets after a name, as part of it.
LEGAL_FORMS: tuple[str, ...] = ("普通合伙", "有限合伙", "特殊普通合伙", "个人独资")
# The one-character codes of provinces (and the 兵团) that start a court's code in a case number: 闽0583.
PROVINCE_CODES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔兵"
# The kinds of case a court's number names after its code (2018闽0583民初9120号), from 最高人民法院《关于人民法院
# 案件案号的若干规定》 and its 《人民法院案件类型及其代字标准》 (2015, revised 2018): first instance, appeal,
# retrial review and retrial, enforcement and its objections and reviews, preservation, bankruptcy,
# special procedures, sanctions, state compensation. (The 他 kinds, a court's internal requests, are left out:
# 他 ends too many words.)
CASE_TYPES: tuple[str, ...] = (
    "刑初", "刑终", "刑核", "刑更", "刑医", "刑申", "刑抗", "刑再",
    "民初", "民终", "民监", "民申", "民抗", "民再", "民撤", "民辖", "民辖终", "民催", "民督", "民特",
    "行初", "行终", "行申", "行抗", "行再", "行辖", "行审", "行审复",
    "执", "执恢", "执保", "执异", "执复", "执监", "执协",
    "财保", "诉保", "行保", "证保", "破申", "破", "破终", "破监", "强清", "司惩", "司惩复", "司救",
    "法赔", "委赔", "司赔", "赔",
)  # fmt: skip
# How such a kind ends, and the committees' 仲 and older numbers' 审 (2015年海行初字, 穗中法民二终字): a number
# printed without brackets ends its court part with one of these.
CASE_TYPE_MARKS: tuple[str, ...] = tuple(sorted({kind[-1] for kind in CASE_TYPES} | {"仲", "审"}))

# Verbs and particles that a case-number prefix (青黄劳人仲案字) starts after and
# never contains: "公告送达青黄劳人仲案字[2025]…", "作出青黄人社监询字[2026]…".
# How the register before a committee's or a bureau's case number ends: 青黄劳人仲案字, 穗劳人仲案,
# 特人社监理, 甬鄞人社监询, 厦湖人社监罚, 厦湖人社监令, a penalty's 温鹿人社罚, 六金市监处罚, an order to correct
# 合建责改, a penalty's advance notice 筑自然资规罚告, an order 筑公积金责 and the demand before enforcing it
# 筑公积金催. A circular's number ends otherwise (国发, 人社厅明电, 某某函, 海仲公告) and is not a case.
CASE_PREFIX_ENDS: tuple[str, ...] = (
    "字", "案", "监理", "罚", "监令", "监询", "监察", "监立", "限改", "责改", "罚告", "仲", "裁", "处", "通", "责",
    "催",
    # a bureau's registers, by what they hold: 常医保立 (立案), 常医保询 (询问), 德综执拆决 (决定), 浙建整改, 穗规责令
    # (not 告: 台椒税告 numbers a bureau's own notices; 罚告 and 处告, a penalty's advance notice 麒市监处告,
    # and 听告, its notice of the right to a hearing 娄星市监听告, are listed); 停, an order to stop 科右前自然资停
    "立", "询", "决", "改", "令", "处告", "听告", "停",
    "不诉", "刑诉",  # a procuratorate's: 沪静检刑不诉〔2025〕112号 (不起诉决定书), 沪静检刑诉〔2025〕12号 (起诉书)
    # an administrative review's case (甬政复〔2026〕158号), a claim for compensation decided (渝中检刑赔〔2026〕3号),
    # an order to demolish (开自然资规拆〔2026〕23号), an expropriation's decision (开政征〔2025〕5号)
    "复", "赔", "拆", "征",
    # a hearing's own notice (宁环听〔2026〕7号, 渝北市监听〔2026〕9号), and its postponement (海综执听延〔2026〕2号)
    "听", "听延",
    # a tax inspector's notice of inspection, by its form's number (甬税二稽检通一〔2026〕88号, 税务检查通知书（一）)
    "通一", "通二",
    "缴",  # (an order to pay in: 筑公积金责缴〔2026〕第0097号)
)  # fmt: skip
# Words after a list's title on its line, in an export or a site's list page: 某某人民法院 开庭公告 导出.
LIST_TITLE_TAILS: tuple[str, ...] = ("导出", "列表", "一览", "一览表", "查询结果", "汇总", "汇总表")
# A paper's name printed right before its case's number (限制消费令（2036）黑1004执1523号, 民事判决书（2026）…号): the
# line is the case's, and the name no part of a register.
PAPERS_BEFORE_NUMBER: tuple[str, ...] = ("消费令", "财产令", "支付令", "判决书", "裁定书", "决定书", "通知书", "调解书")
CASE_PREFIX_STOPS: tuple[str, ...] = (

    "送达", "作出", "公告", "依法", "案件", "一案", "二案", "编号", "案号", "审理", "受理", "开庭", "执行",
    "判决", "裁定", "不服", "提起", "根据", "依据", "经", "按", "将", "本院", "本委", "我院", "本局", "我局",
    "制作", "已",  # (本局已制作昆医保罚告〔2026〕11号…; not 并: 太原 registers start with it, 并迎劳人仲案字)
    "发出", "下达", "签发",  # (依法向你单位发出天人社监询〔2035〕第9号…)
    "领取", "查收", "收到",  # (…立案窗口领取铜劳人仲案字〔2036〕第683号仲裁裁决书)
    *PAPERS_BEFORE_NUMBER,
    "为", "的", "了", "与", "在", "对", "就", "即", "系", "向", "及", "于", "和", "是", "其", "出具",
    # the body that numbered it, its name run on into the number: 某某仲裁委员会成武劳人仲委案〔2021〕第1587号
    "委员会", "法院", "仲裁院",
)  # fmt: skip
# The reports others write in a case, numbered like a case: 锡衡正评字（2026）第1187号评估报告, 甬诚估字〔2018〕第0356号
# 《房地产估价报告》. The number before one is the report's, not a case's.
REPORTS: tuple[str, ...] = (
    "评估报告", "估价报告", "房地产估价报告", "资产评估报告", "审计报告", "鉴定意见", "鉴定报告", "鉴定书", "检测报告",
    "检验报告",
)  # fmt: skip

# An appraiser's register, whose numbers are its reports' (辽衡评报字〔2034〕第1129号, 舟恒估字〔2033〕第58号,
# 某某司法鉴定所〔2026〕鉴字第12号): no case's.
REPORT_REGISTERS: tuple[str, ...] = ("评报字", "估报字", "评估字", "评字", "估字", "鉴字")

# Documents served by notice that are named without 《》: "第9336号仲裁裁决书".
# (支付令: a court's order to pay, served to be collected as a ruling is.)
DECISION_DOCUMENTS: tuple[str, ...] = ("裁决书", "判决书", "裁定书", "调解书", "决定书", "支付令")
DECISION_DOCUMENT_QUALIFIERS: tuple[str, ...] = ("仲裁", "民事", "行政", "刑事", "执行")

# How the title of a served document ends; 《…》 titles that end otherwise are
# laws (《劳动保障监察条例》) and are not documents served.
# 通知书 is listed beside 通知 so that "应诉通知书" is read whole, not as "应诉通知". A court's orders
# end in 令 (报告财产令, 限制消费令, 支付令, 搜查令), but so do laws (主席令): only the orders are listed.
DOCUMENT_TITLE_TAILS: tuple[str, ...] = (
    "通知书",
    "书",
    "副本",
    "传票",
    "须知",  # (诉讼须知, 在线诉讼须知, 举证须知)
    "通知",
    "清单",
    "材料",
    "证据",
    "财产令",
    "消费令",
    "支付令",
    "搜查令",
)
# What a commission serves with its notice of arbitration, named with no document's tail (…仲裁通知书、仲裁规则、仲裁员
# 名册及开庭通知书): papers of the list, read whole before the names that end in one.
ARBITRATION_PAPERS: tuple[str, ...] = ("仲裁规则", "仲裁员名册", "仲裁员名单")

# Parts of the day in a printed time, and the hours they add (下午2时 → 14:00).
# 中午 covers 11–13: "中午12时" is noon, "中午1时" is 13:00.
DAY_PERIODS: dict[str, int] = {
    "凌晨": 0,
    "早上": 0,
    "早晨": 0,
    "上午": 0,
    "中午": 12,
    "下午": 12,
    "傍晚": 12,
    "晚上": 12,
    "晚间": 12,
    "夜间": 12,
}
# The same printed after an Arabic clock, as spreadsheets and English-language systems export it: 2:30 PM.
CLOCK_SUFFIX_PERIODS: dict[str, int] = {
    "AM": 0, "A.M.": 0, "am": 0, "a.m.": 0,
    "PM": 12, "P.M.": 12, "pm": 12, "p.m.": 12,
}  # fmt: skip

# Events a hearing may be set relative to: "公告期满后第3日", "举证期限届满后的第3天".
RELATIVE_EVENT_HEADS: tuple[str, ...] = ("公告送达", "公告", "答辩", "举证", "送达")

# Chinese numerals. 两 is 2 in counts and hours (两点半); 〇 ○ Ｏ are written for 0 in years.
CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
CN_TENS: dict[str, int] = {"十": 10, "廿": 20, "卅": 30}

WEEKDAYS: dict[str, int] = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

# The fields of an API record, a crawler dump or a table that say who published a notice, when,
# and about which case — compared without case, spaces, "_", "-" or "/": Court, courtName,
# fymc (法院名称), 公告人; PublishDate, bulletin_date, fbrq (发布日期), 刊登日期 — never an upload,
# crawl or update time; 案号, caseNo, ah.
# Of these, the ones that name who published the record, not whose notice it is: a bureau's open-data platform
# publishes its committee's notices (仲裁机构：某区仲裁委, 发布机构：某市人社局); used where no other names a body.
RECORD_PUBLISHER_KEYS: tuple[str, ...] = (
    "publisher", "fbjg", "fbdw", "发布机构", "发布单位", "发布机关", "发布部门", "creator", "author", "作者", "来源",
)  # fmt: skip
RECORD_ISSUER_KEYS: tuple[str, ...] = (
    "court", "courtname", "courtcode", "fymc", "fyname", "fy", "issuer", "publisher", "organ", "organization",
    "orgname", "org",
    "fbjg", "fbdw", "zcjg", "fbfy",  # (发布机构, 发布单位, 仲裁机构, 发布法院 by pinyin initials, as platforms do)
    "法院", "法院名称", "公告法院", "发布法院", "来源法院", "所属法院", "公告人", "公告单位", "发布机构", "发布单位",
    "承办法院", "仲裁委",
    "仲裁机构",
    "公告机关", "发布机关", "发文机关", "公告机构", "发布部门",  # (a government open-data export's column)
    # a feed's author (RSS dc:creator, 作者：…), when it reads whole as a public body's name
    "creator", "author", "作者", "来源",
    "落款", "落款单位",  # a bulletin system's signature field
)  # fmt: skip
RECORD_DATE_KEYS: tuple[str, ...] = (
    "publishdate", "pubdate", "publicationdate", "bulletindate", "noticedate", "releasedate", "ggrq", "kdrq", "fbrq",
    "published", "publishedat", "publishedon", "publishtime",
    "perioddate", "paperdate",  # an e-paper's issue: the day its pages, and the articles on them, were printed
    "刊登日期", "刊登时间", "公告日期", "公告时间", "公示日期", "发布日期", "见报日期", "落款日期", "落款时间",
)  # fmt: skip
RECORD_CASE_KEYS: tuple[str, ...] = (
    "caseno", "casenumber", "casenum", "casecode", "caseid", "ah", "ajbh", "案号", "案件编号",
    # an enforcement's form: its own number, and the judgment's it enforces (执行依据：（2025）…号民事判决书); an
    # appeal's, the first instance's
    "执行案号", "执行依据", "原审案号", "一审案号",
    "文书编号", "文书号", "文书文号",  # a bureau's table: each row's own notice or decision (not 文号, a page's own)
)  # fmt: skip
# A schedule's day printed over its sessions, a value each session's record takes from above its row.
DAY_ABOVE_KEY = "排期日期"
# The fields of a hearing listing that prints no sentence: 开庭时间, 法庭, 案由, the parties by role.
RECORD_HEARING_KEYS: tuple[str, ...] = (
    "开庭时间", "开庭日期", "庭审时间", "庭审日期", "开庭日期时间", "开庭时段", "庭审时段", "kssj", "ktsj", "ktrq",
    "kaitingtime", "kaitingdate", "starttime", "startdate", "hearingtime", "hearingdate", "courttime", "sessiontime",
    "time", "sessionstart", "sessiondate", "hearingstart", "hearingdatetime", "trialtime", "trialdate", "trialstart",
    # a bureau's table of those it summons, each at a time of its own: 询问时间, 听证时间
    "询问时间", "调查询问时间", "接受询问时间", "接受调查询问时间", "听证时间",
    DAY_ABOVE_KEY,
)  # fmt: skip
# A clock column beside a hearing's date column (开庭日期 | 时间 | 法庭): the hearing's time only there, as 时间 alone
# may be anything's (a page's posting time).
RECORD_CLOCK_KEYS: tuple[str, ...] = ("时间", "时刻", "开庭时刻", "庭审时刻")
# A day column with no word of a hearing (Date): the hearing's day only beside a clock column (Date | Time), as a
# day alone may be anything's (a publication's).
RECORD_DAY_KEYS: tuple[str, ...] = ("date",)
# A day column of Chinese name: a session's day only with a weekday column beside it (日期 | 星期 | 时间 | 法庭), as a
# lawyer's own calendar names 日期 too (日期 | 时间 | 法院 | 承办律师).
RECORD_WEEKDAY_DAY_KEYS: tuple[str, ...] = ("日期",)
# The columns of a law firm's calendar of its own cases (日期 | 时间 | 法院 | 案号 | 委托人 | 承办律师): a table, its
# rows its own business, no notice (a row had been read as a line of a session listing).
CALENDAR_COLUMNS: tuple[str, ...] = ("委托人", "承办律师", "代理律师", "主办律师", "经办律师")
# A weekday column beside a hearing's date column (开庭日期 | 星期 | 时间): checked against the date.
DAY_ABOVE_WEEKDAY_KEY = "排期星期"  # (the weekday printed beside that day: 2026年12月16日（星期四）)
RECORD_WEEKDAY_KEYS: tuple[str, ...] = ("星期", "星期几", "周几", "周次", "weekday", DAY_ABOVE_WEEKDAY_KEY)
RECORD_VENUE_KEYS: tuple[str, ...] = (
    "开庭地点", "庭审地点", "开庭法庭", "承办法庭", "审理法庭", "审判法庭", "法庭", "审判庭", "仲裁庭", "地点",
    "询问地点", "领取地点", "lqdd",  # (a form of service's place to collect what it serves)
    "开庭/领取地点", "开庭或领取地点",  # (a register's column of both: its hearing's room, or where to collect)
    "ftmc", "ktdd",  # (法庭名称, 开庭地点: a data exchange's pinyin initials)
    "听证地点", "ft", "courtroom", "room",
    "venue", "location",
)  # fmt: skip
# The letters OCR reads for digits in a printed number (2O26, 民初l5520号), and the digits they stand for.
OCR_DIGITS: dict[str, str] = {"O": "0", "Ｏ": "０", "l": "1"}
# The key under which an OCR service puts each line it read, an object of its own with its box or scores (Baidu's
# words_result[].words, Tencent's TextDetections[].DetectedText, Aliyun's prism_wordsInfo[].word).
OCR_LINE_KEYS: tuple[str, ...] = ("words", "word", "DetectedText")
# What a form of service serves (要素式公告: 送达文书：起诉状副本、应诉通知书、开庭传票).
RECORD_DOCUMENT_KEYS: tuple[str, ...] = ("送达文书", "公告送达文书", "送达文书名称", "文书名称", "送达内容", "sdws")
RECORD_CAUSE_KEYS: tuple[str, ...] = ("案由", "ay", "casereason", "casecause", "cause", "reason")
# A record's title, which may print the case's number when its text does not.
RECORD_TITLE_KEYS: tuple[str, ...] = ("title", "标题", "公告标题", "ggbt", "subject")
RECORD_PARTY_KEYS: tuple[str, ...] = (
    "当事人", "dsr", "party", "parties", "litigant", "litigants",
    "案件", "案件名称", "当事人及案由", "案由及当事人",  # a listing's column of its case: 原告某某诉被告某某…纠纷
    "原告及其他当事人", "其他当事人",  # the others beside a table's addressee: 原告：某某  第三人：某某
)  # fmt: skip
# The column or field naming whom a notice serves: the addressee.
RECORD_ADDRESSEE_KEYS: tuple[str, ...] = (
    "被送达人", "受送达人", "送达对象", "被送达人名称", "受送达人名称", "被送达人姓名", "受送达人姓名",
    "ssdr", "bsdr",  # (受送达人, 被送达人 by their pinyin initials)
    # a bureau's table of those it serves (下列用人单位：…, 下列当事人：…): 用人单位名称, 当事人名称
    "用人单位名称", "单位名称", "当事人名称", "用人单位", "纳税人名称", "纳税人",
)  # fmt: skip
RECORD_APPLICANT_KEYS: tuple[str, ...] = ("plaintiff", "plaintiffs", "appellant", "applicant", "yg")
RECORD_RESPONDENT_KEYS: tuple[str, ...] = ("defendant", "defendants", "appellee", "respondent", "bg")
# On neither side: 第三人, 利害关系人.
RECORD_OTHER_PARTY_KEYS: tuple[str, ...] = ("thirdparty", "thirdparties", "interestedparty", "interestedparties")
# Keys under which a search engine's response repeats pieces of a record's text, its words marked (Elasticsearch
# and OpenSearch "highlight", Solr "highlighting", Algolia "_highlightResult" and "_snippetResult", Meilisearch
# "_formatted"): a fragment of a notice read from the record's own value already, never a notice of its own.
FRAGMENT_KEYS: tuple[str, ...] = (
    "highlight", "highlights", "highlighting", "_highlightResult", "_snippetResult", "_formatted",
)  # fmt: skip
# Keys of a rich-text editor's document kept as a list of pieces, read as one page: a Quill Delta's "ops" (each
# {"insert": "…"} a piece of text, line breaks inserted as pieces of their own; INLINE_PIECE_KEYS), a block
# editor's "blocks" (Editor.js, Draft.js, a CMS's own: each {"type": "paragraph", "text": "…"} a line, its type
# said — a list of records under "blocks" says none).
DELTA_DOCUMENT_KEYS: tuple[str, ...] = ("ops",)
# Keys under which a record keeps its text as a list of paragraphs (a mini-program's "content": ["何某：", "本院受理…",
# …]): the paragraphs of one text, a line each.
PARAGRAPH_LIST_KEYS: tuple[str, ...] = ("content", "contents", "paragraphs", "body", "公告内容", "内容", "正文", "ggnr")
# A messenger's message kept as a list of pieces, its line breaks inside them (Telegram's export: "text": ["…",
# {"type": "bold", "text": "…"}, …], and the same pieces as "text_entities"): its pieces joined as they stand.
INLINE_DOCUMENT_KEYS: tuple[str, ...] = ("text", "text_entities")
# (ProseMirror's and Tiptap's "content", Lexical's and Slate's "children": a document's nodes, each typed, its text in
# nodes of its own under the same key.)
BLOCK_DOCUMENT_KEYS: tuple[str, ...] = ("blocks", "content", "children")
# A layout tool's reading of a scan or a PDF, as a list of typed elements, a paragraph, heading or line each
# (Unstructured's partition: a list of {"type": "NarrativeText", "text": …}; Docling's "texts": {"label":
# "section_header", "text": …}): the list is the whole file or under one of these keys; it is one page, an element
# a line, when each of its objects says one of these types (a crawler's records typed 开庭公告 are no page).
ELEMENT_LIST_KEYS: tuple[str, ...] = ("texts", "elements")
LAYOUT_ELEMENT_TYPES: tuple[str, ...] = (
    "Title", "NarrativeText", "ListItem", "UncategorizedText", "Header", "Footer", "PageNumber", "PageBreak",
    "FigureCaption", "Address", "EmailAddress", "Formula", "Table", "Image", "CompositeElement",  # Unstructured
    "text", "title", "section_header", "page_header", "page_footer", "list_item", "caption", "footnote",
    "paragraph", "reference", "document_index", "code",  # Docling, and the names other layout tools share
)  # fmt: skip
INLINE_PIECE_KEYS: tuple[str, ...] = ("insert",)
# The keys a block's run of text is kept under (Lark's text_run "content", Notion's "plain_text", a ProseMirror text
# node's "text"): a piece of its line even with no Chinese in it (牛建平 in bold, then "：" in a run of its own).
TEXT_RUN_KEYS: tuple[str, ...] = ("content", "plain_text", "text")
# Other column names a table of notices has: with two known names, a page's first line is a header.
TABLE_LABELS: tuple[str, ...] = (
    *RECORD_ISSUER_KEYS, *RECORD_DATE_KEYS, *RECORD_CASE_KEYS, *RECORD_HEARING_KEYS, *RECORD_VENUE_KEYS,
    *RECORD_CAUSE_KEYS, *RECORD_PARTY_KEYS, *RECORD_ADDRESSEE_KEYS, *ROLE_SIDES,
    "公告内容", "内容", "正文", "content", "公告类型", "类型", "序号", "承办人", "承办部门", "审判长", "主审人",
    *CALENDAR_COLUMNS,  # (a law firm's calendar is a table too: its rows are records, none a notice)
)  # fmt: skip
# The keys a table written as lists of rows lists its columns under, beside the rows (pandas' "columns", a BI
# tool's "cols", a query API's "fields", "headers"), and the keys that name a column there when each is an object
# ({"name": "court", "display_name": "法院"}: the first key that names every column, in this order).
COLUMN_LIST_KEYS: tuple[str, ...] = ("columns", "cols", "colnames", "column_names", "fields", "headers", "header")
COLUMN_NAME_KEYS: tuple[str, ...] = ("display_name", "label", "title", "friendly_name", "name", "ColumnName")
# Columns only a table of hearings already held has (a court's statistics: 庭审时长（分钟）, 结案方式): no notices.
HELD_HEARING_COLUMNS: tuple[str, ...] = (
    "庭审时长", "开庭时长", "审理时长", "庭审用时", "实际开庭时间", "结案日期", "结案方式", "审理结果", "裁判结果",
    "判决结果",
)  # fmt: skip
# Labels of a listing printed as lines (案号：… 开庭时间：… 当事人：…).
LISTING_LABELS: tuple[str, ...] = (
    "案号", "案由", "开庭时间", "开庭日期", "庭审时间", "庭审日期", "开庭地点", "庭审地点", "承办法庭", "法庭",
    "审判庭", "当事人",
    "原告", "被告", "上诉人", "被上诉人", "申请人", "被申请人", "第三人", "承办人", "承办法官", "主审法官",
    "审判长", "审判员", "独任审判员", "书记员", "承办法院", "承办部门", "合议庭成员",
    # a form of service's fields (要素式公告), its runs unbroken by them
    "受送达人", "被送达人", "送达文书", "公告期限", "答辩期限", "举证期限", "发布法院", "发布单位", "联系电话",
    "被告人", "公诉机关", "申请执行人", "被执行人", "执行案号", "执行依据", "领取地点", "领取时间", "法官助理",
    "公告期", "答辩期", "举证期", "公告类型",
    *(key for key in RECORD_DATE_KEYS if not key.isascii()),  # 【发布日期】2026-05-20 closes a listing's lines
)  # fmt: skip
