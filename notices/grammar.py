"""The grammar of a Chinese legal notice (公告), as named rules.

A notice reads, top to bottom::

    HEADING            公告 / 开庭公告 / 青岛市某某人民法院公告
    ADDRESSEE          青島某某有限公司、某某:
    BODY               本委已受理 CASE_INTRO（CASE_NUMBER）…送达《DOCUMENT》…
                       PERIOD 即视为送达。本委定于 DATE CLOCK 开庭 … 地址为 VENUE。
    CLOSING            特此公告
    (contact lines)    联系人: CONTACT；联系电话: PHONE
    SIGNATURE          ISSUER
                       DATE

Each rule below is a pattern string built from smaller ones; the compiled
patterns at the bottom are what the rest of the package uses. Rules hold no
logic: turning matches into values is ``timeparse``, ``casenumbers`` and
``extract``'s work.

Conventions: ``[0-9０-９]`` where digits are meant (``\\d`` would also take
other scripts' digits); every repeat is bounded, so each pattern runs in time
linear in the text; all patterns are compiled with ``regex.VERBOSE``, so
spaces in them are layout and real spaces are written ``\\x20``/``\\u3000``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from notices import lexicon

# A search of a rule that can backtrack stops after this many seconds: no input may hang the parser.
TIMEOUT = 2.0


def alt(words: Iterable[str]) -> str:
    """One non-capturing alternation of literal words, longest first."""
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def alt_after_lazy(words: Iterable[str]) -> str:
    """``alt(words)`` led by a lookahead for the words' first characters, for use after a
    lazy repeat (``{HAN}{0,30}? 委员会|法院|…``). It changes no match, but regex tries the
    alternation at every step of the repeat, word by word; the lookahead makes most of
    those steps one character test (CASE_INTRO and the signature run ~25% faster)."""
    words = list(words)
    firsts = "".join(sorted({regex.escape(word[0]) for word in words}))
    return f"(?: (?=[{firsts}]) {alt(words)} )"


# Rules whose repeats nest or follow one another, so that a match attempt can
# backtrack through many ways to split the text: these run with the time limit.
# The others try a bounded number of steps at each position and run without it,
# since setting a limit costs more per call (about 1.5 µs) than most of them take.
GUARDED: set[regex.Pattern[str]] = set()


def compile_rule(pattern: str, *, guarded: bool = True) -> regex.Pattern[str]:
    rule = regex.compile(pattern, regex.VERBOSE | regex.MULTILINE)
    if guarded:
        GUARDED.add(rule)
    return rule


def search(rule: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """``rule.search``, with the time limit if the rule needs one (passed positionally: cheaper)."""
    if rule in GUARDED:
        return rule.search(text, pos, endpos, None, False, TIMEOUT)
    return rule.search(text, pos, endpos)


def match(rule: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """``rule.match``, with the time limit if the rule needs one."""
    if rule in GUARDED:
        return rule.match(text, pos, endpos, None, False, TIMEOUT)
    return rule.match(text, pos, endpos)


def finditer(
    rule: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """``rule.finditer``, with the time limit if the rule needs one."""
    if rule in GUARDED:
        return rule.finditer(text, pos, endpos, timeout=TIMEOUT)
    return rule.finditer(text, pos, endpos)


# Matches give a group ~6× faster by number than by name (0.13 µs against 0.9 µs
# with regex 2026.11), and a notice reads dozens of groups: readers look the
# numbers up once per rule (``_GROUP = group_numbers(CASE_NUMBER_RE)``, then ``match.group(_GROUP["hao"])``).
def group_numbers(rule: regex.Pattern[str]) -> dict[str, int]:
    return dict(rule.groupindex)


# ---------------------------------------------------------------- characters
SP = r"[\x20\t\u3000\xa0]"  # horizontal space: ASCII, full-width, no-break
DIGIT = r"[0-9０-９]"
CN_DIGIT = r"[〇零○Ｏ一二三四五六七八九两]"
CN_NUMERAL = r"[〇零○Ｏ一二三四五六七八九十两廿卅]"
COLON = r"[:：]"
OPEN = r"[\[［〔【(（]"
CLOSE = r"[\]］〕】)）]"
LIST_SEP = rf"{SP}?、{SP}?"
HAN = r"\p{Han}"

# ---------------------------------------------------------------- numbers
# A year is four digits, Arabic, full-width or Chinese, mixed as printed: 二0二六.
YEAR = r"(?:[0-9０-９〇零○Ｏ一二三四五六七八九]{4})"
# Month, day, hour, minute: 4, 04, 四, 十四, 二十, 廿五, 两.
SMALL_NUMBER = rf"(?:{DIGIT}{{1,2}}|{CN_NUMERAL}{{1,3}})"

# ---------------------------------------------------------------- dates
DATE = rf"""
    (?: (?P<year>{YEAR}) {SP}? 年 {SP}?                                        # 2026年4月20日
        (?P<month>{SMALL_NUMBER}) {SP}? 月 {SP}?
        (?P<day>{SMALL_NUMBER}) {SP}? [日号]
      | (?P<year>{DIGIT}{{4}}) (?P<sep>[-/.－／]) (?P<month>{DIGIT}{{1,2}})      # 2026-04-20, 2026/4/20
        (?P=sep) (?P<day>{DIGIT}{{1,2}}) (?![0-9０-９]) )
"""
# A date printed without its year: 4月20日.
MONTH_DAY = rf"""
    (?<![年0-9０-９]) (?P<month>{SMALL_NUMBER}) {SP}? 月 {SP}?
    (?P<day>{SMALL_NUMBER}) {SP}? [日号]
"""
# （星期一） / (周一) / 星期一, printed after a date.
WEEKDAY = rf"""
    {SP}? (?: [(（] {SP}? (?:星期|礼拜|周) (?P<weekday>[一二三四五六日天]) {SP}? [)）]
            | (?:星期|礼拜) (?P<weekday>[一二三四五六日天]) )
"""

# ---------------------------------------------------------------- times
DAY_PERIOD = alt(lexicon.DAY_PERIODS)
CLOCK = rf"""
    (?P<period>{DAY_PERIOD})? {SP}?
    (?: (?P<hour>{DIGIT}{{1,2}}) {SP}? [:：] {SP}? (?P<minute>{DIGIT}{{2}})          # 14:30
      | (?P<hour>{SMALL_NUMBER}) {SP}? [时点]                                    # 14时 / 两点
        (?: {SP}? (?P<half>半)                                                  # 两点半
          | {SP}? (?P<minute>{SMALL_NUMBER}) {SP}? 分                           # 14时00分
          | {SP}? (?P<minute>{DIGIT}{{2}}) (?![0-9０-９分])                       # 9点30
          | {SP}? 整 )? )
"""
# Not clock times, read so that they can be reported, never guessed:
# a minute with no hour ("2026年4月22日30分"), 时 with no digits ("下午时").
BARE_MINUTE = rf"(?P<minute>{SMALL_NUMBER}) {SP}? 分"
HOUR_WITHOUT_DIGITS = rf"(?P<period>{DAY_PERIOD})? {SP}? [时点] (?: {SP}? {SMALL_NUMBER} {SP}? 分)?"

# A hearing set by an event, not a date: 公告期满后第3日 / 答辩期满后的第三日.
RELATIVE_DAY = rf"""
    (?P<event>{alt(lexicon.RELATIVE_EVENTS)}) (?:之日)? (?:后|起) 的? {SP}?
    第 {SP}? (?P<count>{SMALL_NUMBER}) {SP}? [日天]
"""

# ---------------------------------------------------------------- case numbers
# The bracketed year every case number has: where a scan for case numbers starts.
CASE_YEAR = rf"{OPEN} {SP}? {DIGIT}{{4}} {SP}? {CLOSE}"
# The longest prefix CASE_NUMBER allows: a match is looked for from this far before the year.
CASE_PREFIX_MAX = 12
# A prefix (青黄劳人仲案字) starts after a verb or a non-Han character; these
# verbs and particles never belong to it ("公告送达青黄劳人仲案字…").
_CASE_PREFIX_STOPS = alt(lexicon.CASE_PREFIX_STOPS)
CASE_NUMBER = rf"""
    (?:
      (?: (?<={_CASE_PREFIX_STOPS}) | (?<![\p{{Han}}A-Za-z0-9０-９]) )
      (?P<prefix> (?: (?!{_CASE_PREFIX_STOPS}) {HAN} ){{1,{CASE_PREFIX_MAX}}} )  # 青黄劳人仲案字
    )?
    (?P<open>{OPEN}) {SP}? (?P<year>{DIGIT}{{4}}) {SP}? (?P<close>{CLOSE})       # [2026] 〔2026〕 （2026）
    (?P<court> [\p{{Han}}A-Za-z0-9０-９]{{0,16}}? )                               # 鲁0211民初 (courts)
    (?P<seq> 第? {SP}? {DIGIT}{{1,7}} )                                          # 第20406
    (?: {SP}? 号? [、,，] {SP}? (?P<seq> 第? {SP}? {DIGIT}{{1,7}} ) ){{0,20}}      # 、20547 / 号、第124
    (?: {SP}? (?P<hao>号) | (?= [)）\]］〕】,，。；;\s] | $ ) )                      # 号, or a number cut short
"""

# ---------------------------------------------------------------- parties
PRONOUN = alt(lexicon.PRONOUNS)
APPLICANT_ROLE = alt(lexicon.APPLICANT_ROLES)
RESPONDENT_ROLE = alt(lexicon.RESPONDENT_ROLES)
ROLE = alt(lexicon.APPLICANT_ROLES + lexicon.RESPONDENT_ROLES)
_NAME_CHAR = r"[\p{Han}A-Za-z0-9０-９·（）()]"
# An organisation's name, cut at the first suffix that lets the rest match.
ORGANISATION = rf"{_NAME_CHAR}{{1,40}}? {alt_after_lazy(lexicon.ORG_SUFFIXES)} (?:[（(] {HAN}{{1,10}} [)）])?"
# A person's name: one to six characters (甲, 张某某, 买买提·吐尔逊), never the
# words that join parties. Lazy, so a name followed directly by the cause
# ends where a known cause begins.
PERSON = r"(?: (?![与诉和及]) [\p{Han}·] ){1,6}?"
PARTY = rf"(?: {PRONOUN} | {ORGANISATION} | {PERSON} )"
# An identifier printed after a name, skipped: （统一社会信用代码：9137…）, (身份证号：…).
_IDENTIFIER = rf"(?: {SP}? [（(] [^（）()\n]{{0,40}} [:：] [^（）()\n]{{0,40}} [）)] )"
# A name in the addressee line: anything up to the 、, the colon or an identifier, as printed —
# also "=HYPERLINK(…)" or "<script>": untrusted text is read, and made harmless on output.
ADDRESSEE_NAME = rf"(?: (?! {_IDENTIFIER} ) [^\s、,，:：。；;] ){{2,50}}"


def party_list(group: str, party: str = PARTY) -> str:
    """``party(、party)*``, every party captured under ``group``."""
    return rf"(?P<{group}>{party}) (?: {LIST_SEP} (?P<{group}>{party}) ){{0,20}}"


# 纠纷 / 争议 after a known head (劳动报酬等争议, 农民工工资纠纷).
CAUSE = rf"(?: {alt(lexicon.CAUSE_HEADS)} {HAN}{{0,16}}? {alt_after_lazy(lexicon.CAUSE_TAILS)} )"

# 受理(的)申请人甲、乙与你单位、丙 CAUSE 一案 — who stands on which side, and why.
CASE_INTRO = rf"""
    (?: (?:受理了?的?|审理|送达) {SP}? (?: {APPLICANT_ROLE} {SP}? )?           # 受理的申请人…
      | {APPLICANT_ROLE} {SP}? )                                                # 申请人…
    {party_list("applicants")}
    {SP}? (?:与|诉) {SP}?
    (?: {RESPONDENT_ROLE} {SP}? )?
    {party_list("respondents")}
    {SP}? (?P<cause>{CAUSE})
    {SP}? (?:等)? (?:一案|案件|案|的)
"""
# 因你单位存在拖欠农民工工资的违法行为 — a party under inspection.
INSPECTION_SUBJECT = rf"因 {SP}? {PRONOUN} {SP}? 存在 (?P<cause>{HAN}{{2,30}}?) 的? 违法(?:违规)?行为"

# ---------------------------------------------------------------- documents
# 《受理、开庭通知书》 — titles of laws (《…条例》) end otherwise and are left out.
DOCUMENT_TITLE = rf"《 (?P<document> [^《》\n]{{0,40}}? {alt_after_lazy(lexicon.DOCUMENT_TITLE_TAILS)} ) 》"
# 第9336号仲裁裁决书 — a decision served without 《》.
DECISION_DOCUMENT = rf"""
    (?P<document> {alt(lexicon.DECISION_DOCUMENT_QUALIFIERS)}? {alt(lexicon.DECISION_DOCUMENTS)} )
"""

# 公告送达起诉状副本、应诉通知书及开庭传票 — documents listed without 《》;
# "相关文书" and "法律文书" name no document.
_DOCUMENT_NAME = rf"(?: (?!送达|公告) {HAN} ){{1,12}}? {alt_after_lazy(lexicon.DOCUMENT_TITLE_TAILS)} (?<!文书)"
SERVED_DOCUMENTS = rf"""
    公告送达 {SP}? (?P<document>{_DOCUMENT_NAME})
    (?: {SP}? [、及和,，] {SP}? (?P<document>{_DOCUMENT_NAME}) ){{0,10}}
"""

# ---------------------------------------------------------------- hearing, venue, deadlines
# 本委定于 WHEN (在 VENUE) (公开)开庭.
# The lookaheads change no match: they name the characters the rest can start
# with, so that each step of a lazy repeat is one character test instead of a try
# at every optional part that follows (the rule runs 1.8× faster with them).
_HEARING_BODY = rf"""
    (?P<when> [^，,。；;\n在]{{1,40}}? ) (?= {SP} | [在公不进组开] ) {SP}?
    (?: 在 {SP}? (?P<venue> [^，,。；;\n]{{1,60}}? ) (?= {SP} | [公不进组开] ) {SP}? )?
    (?:公开|不公开)? (?:进行|组织)? 开庭
"""
HEARING = rf"""
    (?: (?:现|将|拟)?定于 {SP}? {_HEARING_BODY}                                   # 本委定于…开庭
      | (?<=本院|本委|本庭|我院|我委) 于 {SP}? {_HEARING_BODY}                     # 本院于…在…开庭
      | 开庭时间 {SP}? (?:定为|为|[:：]) {SP}?                                      # 开庭时间：…，开庭地点：…
        (?P<when> [^，,。；;\n]{{1,40}}? ) {SP}? (?= [，,。；;\n] | $ ) )
"""
# 地址为… / 地址: … — where to appear; 联系地址 is a contact line, not a venue.
VENUE_ADDRESS = rf"""
    (?<!联系) (?:开庭)? (?:地址|地点) {SP}? (?:为|[:：]) {SP}?
    (?P<venue> [^，,。；;\n()（）]{{2,80}}? ) {SP}? (?= [，,。；;\n()（）] | $ )
"""
# 到本委(…)领取 / 来本院领取 / 到…接受调查询问 — where to go when no address is printed.
PICKUP_PLACE = rf"[到来至] {SP}? (?P<venue> [^，,。；;\n()（）]{{2,60}}? ) {SP}? 领取"
INQUIRY_PLACE = rf"到 {SP}? (?P<venue> [^，,。；;\n]{{2,80}}? ) {SP}? 接受 (?:调查)? 询问"

# 自本公告发布之日起经过30日即视为送达 / 请自本公告发布之日起30日内…领取.
SERVICE_PERIOD = rf"""
    (?: (?: 本公告自 {SP}? | 自 {SP}? (?:本|发出)? (?:公告|登报|刊登|见报) )  # 自本公告…之日起, 本公告自…之日起
        (?:发布|发出|刊登|刊发|见报)? 之日起 [，,]? {SP}? (?:经过|满)?
      | 公告期 (?:限)? (?:为|是)? )                                              # 公告期为三十日
    {SP}? (?P<days>{SMALL_NUMBER}) {SP}? [日天] (?P<within>内)?
"""
# 于本询问通知书送达之日起3日内 — a deadline counted from deemed service.
AFTER_SERVICE_DEADLINE = rf"""
    送达 (?:之日)? (?:起|后) {SP}? (?P<days>{SMALL_NUMBER}) {SP}? [日天] 内
"""

# ---------------------------------------------------------------- contacts
PHONE = r"""
    (?<![0-9０-９])
    (?: (?: [(（] 0[0-9]{2,3} [)）] | 0[0-9]{2,3} [-－—]? )? [0-9]{7,8} | 1[3-9][0-9]{9} )
    (?: [-－转] [0-9]{1,5} )?
    (?![0-9０-９])
"""
PHONES = rf"""
    (?:电话|手机|座机) (?:号码)? {SP}? (?:[:：]|为)? {SP}?
    (?P<phone>{PHONE}) (?: {SP}? [、,，/或] {SP}? (?P<phone>{PHONE}) ){{0,5}}
"""
CONTACT_NAME = r"(?: (?!联系|电话|手机) [\p{Han}·] ){2,4}"
CONTACTS = rf"联系人 {SP}? (?:[:：]|为)? {SP}? {party_list('contact', CONTACT_NAME)}"

# ---------------------------------------------------------------- notice frame
ISSUER_NAME = rf"(?: {HAN}{{0,30}}? {alt_after_lazy(lexicon.ISSUER_SUFFIXES)} )"
# 公告 / 开庭公告 / 某某人民法院裁决书送达公告 / 公　告 (二), alone on its line —
# "*ST立方公告称" or "公司发布公告" in running text never is.
HEADING = rf"""
    (?P<heading_issuer>{ISSUER_NAME})? {alt(lexicon.HEADING_KINDS)}?
    公 {SP}{{0,2}} 告 (?: {SP}? [（(] [0-9一二三四五六七八九十]{{1,3}} [)）] )?
"""
_ADDRESSEE_LIST = rf"""
    (?P<party>{ADDRESSEE_NAME}) {_IDENTIFIER}?
    (?: {SP}? [、,，] {SP}? (?P<party>{ADDRESSEE_NAME}) {_IDENTIFIER}? ){{0,20}}
"""
ADDRESSEE = rf"""
    \s{{0,20}} (?: (?= {HAN}{{0,{CASE_PREFIX_MAX}}} {OPEN} )        # (a cheap test first: a bracket ahead)
                (?P<case_line> {CASE_NUMBER} ) \s{{0,20}} )?       # （2026）鲁0214民初1234号 on its own line
    (?: 致 {SP}? )?                                                   # 致…：
    (?: (?P<role>{ROLE}) {SP}? {COLON} {SP}? {_ADDRESSEE_LIST} {SP}* (?= \n | $ )   # 被申请人：某某公司
      | (?: (?P<role>{ROLE}) {SP}? )? {_ADDRESSEE_LIST} {SP}? {COLON} )             # 被申请人某某公司：
"""
HEADING_LINE = rf"""
    ^ {SP}* (?P<heading>{HEADING})
    (?: {SP}* \r? $                                                 # 公告 on its own line (\r: see HEADING_ANCHOR_RE)
      | {SP}+ (?= {ADDRESSEE} ) )                                   # 公告 刘珍华: … in one paragraph
"""
CLOSING = rf"特此公告 {SP}? [。.！!]?"
# The signature: the issuer at the start of a line (or after the closing in a
# one-paragraph notice), the publication date after it.
SIGNATURE = rf"""
    (?<= ^ | [\s。.!！] ) (?P<issuer>{ISSUER_NAME}) \s{{0,20}} (?P<published>{DATE})
"""
# 本院定于2017年5月24日上午9时在本院新兴法庭公开开庭审理…一案 — a court's hearing
# listing, one paragraph, no addressee.
LISTING = rf"""
    ^ {SP}* (?P<listing> (?: 本院 | (?P<listing_issuer>{ISSUER_NAME}) ) {SP}? (?:现|将|拟)?定于
                        [^\n]{{1,200}}? 开庭 [^\n]{{0,400}} )
"""

# ---------------------------------------------------------------- noise
# What clean.py removes before the rules above read the text: a break that cuts
# a sentence across newspaper columns ("人士告\n\n诉媒体"; clean.py decides from
# the line, near notices only), and, everywhere, CR line ends, zero-width
# characters and soft hyphens.
COLUMN_BREAK = rf"(?<=\p{{Han}}) (?: {SP}* \r?\n ){{1,3}} {SP}* (?=\p{{Han}})"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width characters and the soft hyphen
STRAY = rf"(?P<line_end> \r\n? ) | [{ZERO_WIDTH}]"
STRAY_CHARACTERS = "\r" + ZERO_WIDTH  # a page without any needs no scan
# Any 公告 (a heading, 特此公告, 公告送达), even with stray characters in it: where
# clean.py looks for column breaks, since a notice stands within reach of one.
NOTICE_MENTION = rf"公 (?: {SP} | [\r{ZERO_WIDTH}] ){{0,3}} 告"

# ---------------------------------------------------------------- kinds
# 开庭 said of this case (开庭审理, 到庭), not only in a document's title (《开庭通知书》).
HEARING_MARKER = r"开庭(?!通知书|传票)"
INSPECTION_MARKER = r"调查询问|监察询问"

# ---------------------------------------------------------------- compiled
DATE_RE = compile_rule(DATE, guarded=False)
MONTH_DAY_RE = compile_rule(MONTH_DAY, guarded=False)
WEEKDAY_RE = compile_rule(WEEKDAY, guarded=False)
CLOCK_RE = compile_rule(CLOCK, guarded=False)
BARE_MINUTE_RE = compile_rule(BARE_MINUTE, guarded=False)
HOUR_WITHOUT_DIGITS_RE = compile_rule(HOUR_WITHOUT_DIGITS, guarded=False)
RELATIVE_DAY_RE = compile_rule(RELATIVE_DAY, guarded=False)
CASE_NUMBER_RE = compile_rule(CASE_NUMBER)
CASE_YEAR_RE = compile_rule(CASE_YEAR, guarded=False)
CASE_INTRO_RE = compile_rule(CASE_INTRO)
INSPECTION_SUBJECT_RE = compile_rule(INSPECTION_SUBJECT, guarded=False)
DOCUMENT_TITLE_RE = compile_rule(DOCUMENT_TITLE, guarded=False)
DECISION_DOCUMENT_RE = compile_rule(DECISION_DOCUMENT, guarded=False)
SERVED_DOCUMENTS_RE = compile_rule(SERVED_DOCUMENTS)
HEARING_RE = compile_rule(HEARING)
VENUE_ADDRESS_RE = compile_rule(VENUE_ADDRESS, guarded=False)
PICKUP_PLACE_RE = compile_rule(PICKUP_PLACE, guarded=False)
INQUIRY_PLACE_RE = compile_rule(INQUIRY_PLACE, guarded=False)
SERVICE_PERIOD_RE = compile_rule(SERVICE_PERIOD, guarded=False)
AFTER_SERVICE_DEADLINE_RE = compile_rule(AFTER_SERVICE_DEADLINE, guarded=False)
PHONES_RE = compile_rule(PHONES, guarded=False)
CONTACTS_RE = compile_rule(CONTACTS)
ADDRESSEE_RE = compile_rule(ADDRESSEE)
HEADING_LINE_RE = compile_rule(HEADING_LINE)
# Literal anchors: a line is tried against HEADING_LINE / LISTING only if it holds one.
# A heading's 公告 ends its line or is followed by a space or a bracketed number,
# and is never the closing: "特此公告", "公告送达" are passed over without trying the heading rule.
# (\r: stream.py cuts raw text, before line ends are cleaned, at heading lines.)
HEADING_ANCHOR_RE = compile_rule(rf"(?<!特此) 公 {SP}{{0,2}} 告 (?= {SP} | [（(\r] | $ )", guarded=False)
LISTING_ANCHOR_RE = compile_rule(r"定于", guarded=False)
CLOSING_RE = compile_rule(CLOSING, guarded=False)
SIGNATURE_RE = compile_rule(SIGNATURE)
LISTING_RE = compile_rule(LISTING)
HEADING_RE = compile_rule(HEADING)
ISSUER_LINE_RE = compile_rule(ISSUER_NAME)
COLUMN_BREAK_RE = compile_rule(COLUMN_BREAK)
NOTICE_MENTION_RE = compile_rule(NOTICE_MENTION, guarded=False)
STRAY_RE = compile_rule(STRAY, guarded=False)
ENDS_WITH_DATE_RE = compile_rule(rf"{DATE} {SP}* $")
INSPECTION_MARKER_RE = compile_rule(INSPECTION_MARKER, guarded=False)
HEARING_MARKER_RE = compile_rule(HEARING_MARKER, guarded=False)
PRONOUN_RE = compile_rule(rf"^{PRONOUN}$", guarded=False)
APPLICANT_ROLE_RE = compile_rule(rf"^{APPLICANT_ROLE}$", guarded=False)
