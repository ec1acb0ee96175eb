"""Closed word lists the grammar is built from.

Data only: no patterns and no logic here. Each list says where its words come
from, so a reader can judge what a missing word means.
"""

from __future__ import annotations

# Who signs a notice. Longest first, so a reader sees the specific forms; the
# grammar joins them into one alternation. Seen in the seed (劳动人事争议仲裁委员会,
# 人力资源和社会保障局) and in court notices (人民法院, 人民法庭).
ISSUER_SUFFIXES: tuple[str, ...] = (
    "劳动人事争议仲裁委员会",
    "劳动争议仲裁委员会",
    "人力资源和社会保障局",
    "仲裁委员会",
    "人民法院",
    "人民法庭",
    "仲裁院",
    "法院",
    "法庭",
    "委员会",
    "监察大队",
    "监察支队",
    "局",
)

# Words that may stand between an issuer and 公告 in a heading line:
# "开庭公告", "北京市朝阳区人民法院开庭公告", "裁决书送达公告".
HEADING_KINDS: tuple[str, ...] = (
    "法律文书送达",
    "裁决书送达",
    "判决书送达",
    "裁定书送达",
    "调解书送达",
    "文书送达",
    "开庭传票",
    "调查询问",
    "应诉通知",
    "开庭",
    "送达",
)

# How a notice addresses its reader in the body: "你", "你单位", "你公司".
PRONOUNS: tuple[str, ...] = ("你单位", "你公司", "你方", "你们", "你厂", "你店", "你")

# Role words printed before a party: first the applicant side, then the respondent side.
APPLICANT_ROLES: tuple[str, ...] = ("申请人", "原告", "上诉人", "申请执行人", "起诉人")
RESPONDENT_ROLES: tuple[str, ...] = ("被申请人", "被告", "被上诉人", "被执行人")

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
    "酒店",
    "超市",
    "诊所",
    "协会",
    "中心",
    "银行",
    "支行",
    "厂",
    "店",
    "馆",
    "部",
)

# How a cause of action begins, for names of persons that run straight into it
# ("赵娜劳动争议"): a person's name has no suffix to cut at, so the cause must
# start with a word we know. Taken from the 劳动人事争议 and 民事案由 catalogues.
CAUSE_HEADS: tuple[str, ...] = (
    "劳动",
    "劳务",
    "农民工",
    "工资",
    "追索",
    "拖欠",
    "确认",
    "工伤",
    "经济补偿",
    "社会保险",
    "养老",
    "医疗",
    "失业",
    "竞业",
    "人事",
    "买卖",
    "借款",
    "民间借贷",
    "金融借款",
    "合同",
    "服务合同",
    "租赁",
    "房屋",
    "物业",
    "建设工程",
    "装饰装修",
    "承揽",
    "离婚",
    "继承",
    "抚养",
    "赡养",
    "侵权",
    "机动车",
    "交通事故",
    "人身损害",
    "名誉",
    "股权",
    "信用卡",
    "不当得利",
    "债权",
    "损害",
    "财产",
)

# What a cause of action ends with.
CAUSE_TAILS: tuple[str, ...] = ("纠纷", "争议")

# Verbs and particles that a case-number prefix (青黄劳人仲案字) starts after and
# never contains: "公告送达青黄劳人仲案字[2025]…", "作出青黄人社监询字[2026]…".
CASE_PREFIX_STOPS: tuple[str, ...] = (
    "送达", "作出", "公告", "依法", "案件", "一案", "编号", "案号",
    "为", "的", "了", "与", "在", "对", "就", "即", "系", "向", "及",
)  # fmt: skip

# Documents served by notice that are named without 《》: "第9336号仲裁裁决书".
DECISION_DOCUMENTS: tuple[str, ...] = ("裁决书", "判决书", "裁定书", "调解书", "决定书")
DECISION_DOCUMENT_QUALIFIERS: tuple[str, ...] = ("仲裁", "民事", "行政", "刑事", "执行")

# How the title of a served document ends; 《…》 titles that end otherwise are
# laws (《劳动保障监察条例》) and are not documents served.
# 通知书 is listed beside 通知 so that "应诉通知书" is read whole, not as "应诉通知".
DOCUMENT_TITLE_TAILS: tuple[str, ...] = ("通知书", "书", "副本", "传票", "通知", "清单", "材料", "证据")

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

# Events a hearing may be set relative to: "公告期满后第3日".
RELATIVE_EVENTS: tuple[str, ...] = ("公告期满", "答辩期满", "举证期满", "送达")

# Chinese numerals. 两 is 2 in counts and hours (两点半); 〇 ○ Ｏ are written for 0 in years.
CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
CN_TENS: dict[str, int] = {"十": 10, "廿": 20, "卅": 30}

WEEKDAYS: dict[str, int] = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
