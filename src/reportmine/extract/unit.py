"""The reporting unit: whose meeting or campaign the article reports.

Why the title and first sentence: news of this genre names its subject up
front (医院党委召开…, ——省人大机关认真组织召开…, 5月16日上午，后勤党工委在…召开).
The unit is the first organization there that stands as a subject: not the
object of a preposition or a source (根据区委部署, 邀请…), not a website
(…法院网讯), not the head of a title (市委书记). A sentence that names the unit
more specifically than the title (title 某大学, sentence 某大学后勤党总支第二党
支部) wins. Several subjects joined by 、 mean a joint or round-up report, whose
unit is null. Where no organization is a subject, the body heading a post
holder who acts (某大学党委书记王某为师生讲党课) stands for it, then a generic
word in subject position (学校, 医院; 机关党支部 where the word opens a
party body's generic name). Cue words live in
``resources/unit_cues.json``.

Guests and meetings: a body heading a post whose holder goes to another
unit to take part (镇党委书记某某到柳树村参加组织生活会) is a visitor's, and
the visited unit stands instead (its body where the opening names one:
柳树村党支部). A body named as former (某县原林业站站长) is never the unit.
The body holding the meeting in 在…召开的X…会上 is a subject, and an opening
quoted speech (“……”在日前召开的…) is skipped to reach the report's own
first sentence.

Places and partners (GUIDE §1: the unit whose meetings the article reports):
a place that opens the title or first sentence as its subject, with no body
of it named as subject there, is the unit itself (青石县开展…实践活动 →
青石县; a county reporting its own campaign), and a later sentence naming
its body more fully wins (竹溪镇… → 桐川县竹溪镇党委). A setting clause
opening the sentence (在党史学习教育中，青石县坚持…) is read past to the place. A list of places
(东城区、西湖区), or a place followed by 各 (青石县各乡镇), is a round-up: null;
but a community or village whose own parts act (青松社区各小区党支部分别召开)
reports them, and is the unit (_owner_place).
"A与B联合开展" is A's own report, not a joint one, when past the first
sentence the text names A at least twice and twice as often as B, and
nothing there says 双方 (see _own_report).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reportmine.extract.meetings import named_holder, standing_owner
from reportmine.extract.organizations import (
    NAME_LEVELS,
    QUOTE_REACH,
    leading_place,
    longer_place_levels,
    mask_quoted,
    mentions_within,
    party_ending_at,
    organization_spans,
    word_tag,
)
from reportmine.extract.organizations.gazetteer import gazetteer, stem_lengths
from reportmine.parse.furniture import is_boilerplate
from reportmine.parse.text import SECTION_HEADING
from reportmine.record import Organization
from reportmine.resources import derived, load_json

#: How much of the body counts as its opening, in characters.
OPENING = 220
_SPACE = " \t\u3000\xa0"


@dataclass(frozen=True)
class _Cues:
    not_after: tuple[str, ...]
    not_before: tuple[str, ...]
    generic: tuple[str, ...]
    round_up: tuple[str, ...]
    posts: tuple[str, ...]
    generic_re: re.Pattern[str]
    not_generic: frozenset[str]
    inspect_words: tuple[str, ...]
    sentence_end: re.Pattern[str]
    subject_after: tuple[str, ...]
    place_openers: tuple[str, ...]
    not_place_subject: str
    not_place_start: str
    joint_markers: tuple[str, ...]
    clause_openers: tuple[str, ...]
    generic_aliases: dict[str, tuple[str, ...]]
    alias_hints: dict[str, tuple[str, ...]]  # generic word -> words of the text marking it
    meeting_held: tuple[str, ...]
    meeting_close: tuple[str, ...]
    visit_verbs: tuple[str, ...]
    not_visited: tuple[str, ...]
    owner_re: re.Pattern[str]
    self_bodies: dict[str, tuple[str, ...]]
    self_party_endings: tuple[str, ...]
    party_endings_longest: tuple[str, ...]  # self_party_endings, longest first
    guest_verbs: tuple[str, ...]
    guest_acts: tuple[str, ...]
    attending: re.Pattern[str]
    visiting_groups: tuple[str, ...]
    in_place: tuple[str, ...]
    holding_verbs: tuple[str, ...]
    going: re.Pattern[str]
    owner_places: tuple[str, ...]
    town_owner_re: re.Pattern[str]
    determined_town_re: re.Pattern[str]  # 街道党工委: a town's level word, then its body
    venues: tuple[str, ...]
    body_verbs: tuple[str, ...]
    settling_verbs: tuple[str, ...]
    longer_place_ends: tuple[str, ...]
    possessed: tuple[str, ...]
    study_group: re.Pattern[str]
    joint_verbs: tuple[str, ...]
    departments: tuple[str, ...]
    department_owners: tuple[str, ...]
    meeting_name_after: tuple[str, ...]
    study_group_names: frozenset[str]
    owned_parts: re.Pattern[str]
    source_openers: tuple[str, ...]
    inspect_group: re.Pattern[str]
    site_words: tuple[str, ...]
    whole_members: tuple[str, ...]
    source_closes: tuple[str, ...]
    caption_openers: tuple[str, ...]
    deed_leads: tuple[str, ...]
    deed_closes: tuple[str, ...]
    closing_leads: tuple[str, ...]
    record_leads: tuple[str, ...]
    glued_verbs: tuple[str, ...]
    glued_heads: str
    lead_verbs: tuple[str, ...]
    place_members: tuple[str, ...]
    paired_levels: str
    meeting_content_leads: tuple[str, ...]
    self_marks: tuple[str, ...]
    prepositions: tuple[str, ...]
    whole_party: tuple[str, ...]  # longest first
    setting_open: tuple[str, ...]
    setting_close: tuple[str, ...]
    no_committee_endings: tuple[str, ...]  # longest first
    group_going: re.Pattern[str]
    post_meetings: tuple[str, ...]
    branch_qualifiers: tuple[str, ...]  # longest first
    merged_offices: dict[str, tuple[str, ...]]
    list_owner_marks: tuple[str, ...]
    owned_links: tuple[str, ...]
    shared_party_endings: tuple[str, ...]  # longest first
    owner_bodies: tuple[str, ...]  # longest first
    owner_parts: tuple[str, ...]
    round_up_joined: re.Pattern[str]
    zone_words: tuple[str, ...]  # longest first
    visit_qualifiers: tuple[str, ...]  # longest first
    title_going_verbs: tuple[str, ...]
    partner_going_verbs: tuple[str, ...]
    background_words: tuple[str, ...]
    featured: re.Pattern[str]
    congress_re: re.Pattern[str]
    congress_bodies: dict[str, str]
    not_in_place: tuple[str, ...]
    not_places: frozenset[str]
    quoted_meeting_open: tuple[str, ...]
    official_forms: dict[str, str]
    term_inside: re.Pattern[str]
    branch_sessions: tuple[str, ...]
    watching: re.Pattern[str]
    teams: tuple[str, ...]
    clause_open_ends: tuple[str, ...]
    former_not_posts: tuple[str, ...]
    time_clause_opens: tuple[str, ...]
    time_clause_closes: tuple[str, ...]
    past_event_closes: tuple[str, ...]
    organizing_verbs: tuple[str, ...]


@derived
def _cues() -> _Cues:
    data = load_json("unit_cues.json")
    aliases = {k: tuple(v) for k, v in data.get("generic_aliases", {}).items()}
    generic = tuple(sorted(set(data["generic_units"]) | set(aliases), key=len, reverse=True))
    return _Cues(
        not_after=tuple(sorted(data["not_after"], key=len, reverse=True)),
        not_before=tuple(sorted(data["not_before"], key=len, reverse=True)),
        generic=generic,
        round_up=tuple(data.get("round_up", [])),
        posts=tuple(data.get("posts", [])),
        # (words opening with a generic word that are none, 大学习, come first and are skipped)
        generic_re=re.compile("|".join(map(re.escape, [*data.get("not_generic", []), *generic]))),
        not_generic=frozenset(data.get("not_generic", [])),
        inspect_words=tuple(data.get("inspect_words", [])),
        sentence_end=re.compile("[" + re.escape(data["sentence_end"]) + "]"),
        subject_after=tuple(data.get("subject_after", [])),
        place_openers=tuple(data.get("place_openers", [])),
        not_place_subject=data.get("not_place_subject", ""),
        not_place_start=data.get("not_place_start", ""),
        joint_markers=tuple(data.get("joint_markers", [])),
        clause_openers=tuple(data.get("clause_openers", [])),
        generic_aliases=aliases,
        alias_hints={k: tuple(v) for k, v in data.get("alias_hints", {}).items()},
        meeting_held=tuple(data.get("meeting_held", [])),
        meeting_close=tuple(data.get("meeting_close", [])),
        visit_verbs=tuple(data.get("visit_verbs", [])),
        not_visited=tuple(data.get("not_visited", [])),
        self_bodies={k: tuple(v) for k, v in data.get("self_bodies", {}).items()},
        self_party_endings=tuple(data.get("self_party_endings", [])),
        party_endings_longest=tuple(sorted(data.get("self_party_endings", []), key=len, reverse=True)),
        guest_verbs=tuple(data.get("guest_verbs", [])),
        guest_acts=tuple(data.get("guest_verbs", []) + data.get("guest_acts", [])),
        visiting_groups=tuple(data.get("visiting_groups", [])),
        # a post holder attending another body's meeting: the post and name (、 allowed, no other punctuation),
        # then an attending verb (attend_verbs: 参加了), the body following it
        attending=re.compile("[^，,。；;：:！？!?\n]{2,16}?(?:" + "|".join(map(re.escape, sorted(
            data.get("attend_verbs", ["\uffff"]), key=len, reverse=True))) + ")"),
        in_place=tuple(data.get("in_place", [])),
        holding_verbs=tuple(data.get("holding_verbs", [])),
        # a post holder's or a group's way to a place: the post and name (、 allowed, no
        # other punctuation), then a verb of going, not 到会/到场 (attending in place)
        going=re.compile("[^，,。；;：:！？!?\n]{0,16}?(?P<verb>" + "|".join(map(re.escape, sorted(
            data["going_verbs"] + data.get("settling_verbs", []) + data.get("guiding_verbs", []), key=len,
            reverse=True))) + ")(?![会场])"),
        # a supervising group's way to a place: going_verbs and group_going_verbs (督查组来某地督查)
        group_going=re.compile("[^，,。；;：:！？!?\n]{0,16}?(?P<verb>" + "|".join(map(re.escape, sorted(
            data["going_verbs"] + data.get("settling_verbs", []) + data.get("group_going_verbs", []), key=len,
            reverse=True))) + ")(?![会场])"),
        post_meetings=tuple(data.get("post_meetings", [])),
        branch_qualifiers=tuple(sorted(data.get("branch_qualifiers", []), key=len, reverse=True)),
        settling_verbs=tuple(data.get("settling_verbs", []) + data.get("guiding_verbs", [])),
        owner_re=re.compile("(" + "|".join(map(re.escape, sorted(data["owner_places"] + data["owner_bodies"], key=len,
                                                                 reverse=True)))
                            + ")各(?:" + "|".join(map(re.escape, data.get("owner_parts", ["\uffff"]))) + ")"),
        owner_places=tuple(data["owner_places"]),
        # 某镇各村街…: a town before every one of its villages (town_places, town_parts)
        town_owner_re=re.compile("(?:" + "|".join(map(re.escape, sorted(data.get("town_places", ["\uffff"]), key=len,
                                                                        reverse=True)))
                                 + ")各(?:" + "|".join(map(re.escape, sorted(data.get("town_parts", ["\uffff"]), key=len,
                                                                          reverse=True))) + ")"),
        determined_town_re=re.compile(
            "(?P<level>" + "|".join(map(re.escape, sorted(data.get("town_places", ["\uffff"]), key=len, reverse=True)))
            + ")(?P<body>" + "|".join(map(re.escape, sorted(data.get("determined_town_bodies", ["\uffff"]), key=len,
                                                            reverse=True))) + ")"),
        venues=tuple(sorted(data.get("venues", []), key=len, reverse=True)),
        body_verbs=tuple(data.get("body_verbs", [])),
        longer_place_ends=longer_place_levels(),
        possessed=tuple(data.get("possessed", [])),
        # 某院党委组织理论学习中心组: the party body, a verb glued on, then its study group
        study_group=re.compile("(?P<body>.+?(?:" + "|".join(map(re.escape, data.get("group_owners", ["\uffff"])))
                               + "))(?:" + "|".join(map(re.escape, data.get("body_verbs", ["\uffff"]))) + ")(?P<group>"
                               + "|".join(map(re.escape, sorted(data.get("study_groups", ["\uffff"]), key=len,
                                                                reverse=True))) + ")"),
        joint_verbs=tuple(data.get("joint_verbs", [])),
        departments=tuple(data.get("committee_departments", [])),
        department_owners=tuple(data.get("department_owners", [])),
        meeting_name_after=tuple(sorted(data.get("meeting_name_after", []), key=len, reverse=True)),
        study_group_names=frozenset(data.get("study_groups", [])),
        source_openers=tuple(data.get("source_openers", [])),
        # 上下联动巡察组, 第一联动巡察组, 提级巡察第二巡察组: an inspection group named after its committee
        inspect_group=re.compile("(?:{q})?(?:巡察|巡视)?(?:第[0-9一二三四五六七八九十]+轮?)?(?:{q})?(?:巡察|巡视)"
                                 "[0-9一二三四五六七八九十]?组".format(q="|".join(map(re.escape, sorted(
                                     data.get("inspect_qualifiers", ["\uffff"]), key=len, reverse=True))))),
        site_words=tuple(sorted(data.get("site_words", []), key=len, reverse=True)),
        whole_members=tuple(data.get("whole_members", [])),
        source_closes=tuple(data.get("source_closes", [])),
        caption_openers=tuple(data.get("caption_openers", [])),
        deed_leads=tuple(data.get("deed_leads", [])),
        deed_closes=tuple(data.get("deed_closes", [])),
        closing_leads=tuple(data.get("closing_leads", [])),
        record_leads=tuple(data.get("record_leads", [])),
        glued_verbs=tuple(data.get("glued_verbs", [])),
        glued_heads=data.get("glued_heads", ""),
        lead_verbs=tuple(data.get("lead_verbs", [])),
        place_members=tuple(data.get("place_members", [])),
        paired_levels=data.get("paired_levels", ""),
        meeting_content_leads=tuple(data.get("meeting_content_leads", [])),
        # 的三个党小组, 的各党支部, 的5个支部: the body's own parts, counted or every one
        owned_parts=re.compile("的(?:[0-9一二两三四五六七八九十]+个|各个|各)(?:"
                               + "|".join(map(re.escape, sorted(data.get("owner_parts", ["\uffff"]), key=len,
                                                                reverse=True))) + ")"),
        # (the pronoun forms of generic_aliases and self_bodies mark the reporter too)
        self_marks=tuple(sorted({*data.get("self_marks", []), *aliases, *data.get("self_bodies", {})},
                                key=lambda w: (-len(w), w))),
        prepositions=tuple(sorted(data.get("subject_prepositions", []), key=len, reverse=True)),
        whole_party=tuple(sorted(data.get("whole_party", []), key=len, reverse=True)),
        setting_open=tuple(data.get("setting_open", [])),
        setting_close=tuple(data.get("setting_close", [])),
        no_committee_endings=tuple(sorted(data.get("no_committee_endings", []), key=len, reverse=True)),
        merged_offices={k: tuple(v) for k, v in data.get("merged_offices", {}).items()},
        list_owner_marks=tuple(data.get("list_owner_marks", [])),
        owned_links=tuple(data.get("owned_links", [])),
        shared_party_endings=tuple(sorted(data.get("shared_party_endings", []), key=len, reverse=True)),
        owner_bodies=tuple(sorted(data["owner_bodies"], key=len, reverse=True)),
        owner_parts=tuple(data.get("owner_parts", [])),
        # 以及全省, 和各: a joiner, then every unit of a level
        round_up_joined=re.compile("(?:" + "|".join(map(re.escape, sorted(data.get("round_up_joiners", ["\uffff"]), key=len,
                                                                         reverse=True)))
                                   + ")(?:" + "|".join(map(re.escape, data.get("round_up_heads", ["\uffff"]))) + ")"),
        zone_words=tuple(sorted(data.get("zone_words", []), key=len, reverse=True)),
        visit_qualifiers=tuple(sorted(data.get("visit_qualifiers", []), key=len, reverse=True)),
        title_going_verbs=tuple(data.get("title_going_verbs", [])),
        partner_going_verbs=tuple(data.get("partner_going_verbs", [])),
        background_words=tuple(data.get("background_words", [])),
        # 红外探物——走进某某实验室: a verb of going opening the title or a part of it, no one going named
        featured=re.compile("(?:^|——|—|[：:|｜\\s])(?:" + "|".join(map(re.escape, data.get("featured_openers", ["\uffff"])))
                            + ")"),
        # 第十次妇女代表大会, 第七届工会代表大会: a place's numbered congress, read right after the place;
        # the number may also stand inside the name (妇女第十五次代表大会)
        congress_re=re.compile("(?:第[0-9一二三四五六七八九十百]{1,4}[次届])?(?P<congress>" + "|".join(map(
            re.escape, sorted(data.get("congress_bodies", {}) or ["\uffff"], key=len, reverse=True)))
            + ")|(?P<kind>" + "|".join(map(re.escape, sorted(
                (k[:-len(_CONGRESS)] for k in data.get("congress_bodies", {}) if k.endswith(_CONGRESS)) or ["\uffff"],
                key=len, reverse=True))) + ")第[0-9一二三四五六七八九十百]{1,4}[次届]" + _CONGRESS),
        congress_bodies=dict(data.get("congress_bodies", {})),
        not_in_place=tuple(data.get("not_in_place", [])),
        not_places=frozenset(data.get("not_places", [])),
        quoted_meeting_open=tuple(data.get("quoted_meeting_open", [])),
        official_forms=dict(data.get("official_forms", {})),
        # 县|十七届|人大常委会: a place's level, the term, then a body that names its term so inside
        term_inside=re.compile("(?P<place>.*[" + "".join(data.get("term_place_levels", ["\uffff"])) + "])第?"
                               "[0-9一二三四五六七八九十百]{1,4}届(?P<body>" + "|".join(map(re.escape, sorted(
                                   data.get("term_inside_bodies", ["\uffff"]), key=len, reverse=True))) + ")"),
        branch_sessions=tuple(data.get("branch_sessions", [])),
        teams=tuple(sorted(data.get("team_words", []), key=len, reverse=True)),
        clause_open_ends=tuple(data.get("clause_open_ends", [])),
        former_not_posts=tuple(data.get("former_not_posts", [])),
        time_clause_opens=tuple(data.get("time_clause_opens", [])),
        time_clause_closes=tuple(data.get("time_clause_closes", [])),
        past_event_closes=tuple(data.get("past_event_closes", [])),
        organizing_verbs=tuple(data.get("organizing_verbs", [])),
        watching=re.compile("|".join(map(re.escape, sorted(data.get("watching_verbs", ["\uffff"]), key=len,
                                                           reverse=True)))),
    )


#: How far an opening quoted speech may run before its closing mark.
SPEECH_REACH = 400


def _speech_end(text: str, cues: _Cues, start: int = 0) -> int:
    """Where a quoted speech opening the body ends (0 if none).

    Why: reports often open with a quote of what was said at the meeting
    (“……请大家批评指正。”在日前召开的某局民主生活会上，…), whose sentences
    name no subject; the report's own first sentences follow the closing
    mark. Only a quote holding a sentence end counts, so a quoted theme
    (“三会一课”落实情况…) still opens the first sentence."""
    lead = len(text) - len(text[start:].lstrip(_SPACE + "\n"))
    mark = text[lead:lead + 1]
    if mark not in ("“", '"'):
        return start
    close = _closing_quote(text, lead) if mark == "“" else text.find('"', lead + 1, lead + SPEECH_REACH)
    if close < 0 or not (cues.sentence_end.search(text, lead, close) or text[close - 1] == "…"):
        return start  # (a quote closing on ……, 要永远牢记…初心……”, breaks off a speech too)
    return close + 1


def _closing_quote(text: str, lead: int) -> int:
    """Where the “ at ``lead`` closes, past quotes nested inside it (“…围绕“三农”服务…”),
    within SPEECH_REACH; the first ” where the marks never balance, -1 where none.
    Why: a quoted term inside a speech would otherwise end the speech there,
    and the speech's rest would be read as the report's first sentence."""
    depth = 0
    for m in _QUOTE_MARKS.finditer(text, lead, lead + SPEECH_REACH):
        depth += 1 if m.group() == "“" else -1
        if depth == 0:
            return m.start()
    return text.find("”", lead + 1, lead + SPEECH_REACH)


_QUOTE_MARKS = re.compile("[“”]")


#: A news dateline opening the text: 本报讯, 某某都市报讯（记者 某某）, 新华社某地10月8日电, and an
#: outlet with the place it reports from (本报某地讯, 某某网某地讯, 某某在线讯), its local desk (某网某县分站) and
#: the day before 讯 (某网某县分站1月22日讯, 某某新闻网6月18日讯); an agency's undated line (据新华社电)
#: and a dispatch's headline mark (新华社北京11月7日电题：…, which may open the page's title too).
_DATELINE = re.compile(r"\s*(?:[^\s，,。；;：:（(]{0,16}?(?:报|网|台|社|刊|本|快|在线)(?:[\u4e00-\u9fff]{2,6}?)?"
                       r"(?:\d{1,2}月\d{1,2}日)?(?:讯|综合)|[^\s，,。；;：:（(]{2,24}?\d{1,2}日电题?"
                       r"|据?[\u4e00-\u9fff]{1,6}社电(?=[\s（(:：]))"
                       r"\s*(?:[（(][^()（）\n]{0,40}[)）])?[\s:：]*")


#: A reporter's credit opening the body with no outlet's dateline before it (（记者 某某）, (通讯员 某某)),
#: or an outlet's dateline in brackets (（某某网某省讯）): the outlet, not the unit reported on.
_CREDIT = re.compile(r"\s*[（(](?:(?:[^()（）\n，,。]{1,16}?\s*)?(?:记者|通讯员)[^()（）\n]{0,40}"
                     r"|[^()（）\s，,。]{0,16}?(?:报|网|台|社|刊|在线)[\u4e00-\u9fff]{0,6}?讯)[)）]\s*")


#: An outlet's byline opening the body with no brackets (某某日报记者某某 某某 昨天…): names, each after a space.
_BYLINE = re.compile(r"\s*[\u4e00-\u9fff]{1,12}?(?:报|网|台|社)(?:记者|通讯员)(?:\s*[\u4e00-\u9fff]{2,4})+?\s+")


#: A line that is only a date or a time, maybe labelled (1月; 19日; 发布时间:2021-03-26 10:02:23): a
#: page's header or a date the scrape broke over lines, no sentence that may name the unit.
_NO_SENTENCE = re.compile(r"\s*(?:(?:发布|更新)?(?:时间|日期)[:：]?)?[\s0-9０-９年月日号上下午晚早间:：.\-/]+")


#: A page's info line under its headline (来源:某报, 作者:…发布时间:…), at most this long.
_INFO_LINE = re.compile(r"(?:来源|作者|发布时间|发布日期)\s*[:：]")
_INFO_REACH = 60
#: A line of a page's buttons: letters, digits and signs only (A+ A-), a short word between signs (-标准+), or a
#: bare label (分享:); a closing quote alone is left as it was.
_PAGE_LABEL = re.compile(r"\s*(?:[\sA-Za-z0-9\-+|×:：/.]+|[-+|×]?[\u4e00-\u9fff]{1,4}[-+|×]|[\u4e00-\u9fff]{1,4}[:：])\s*")
_INFO_LINES = 4


def _info_line_end(text: str, pos: int) -> int:
    """Where a page's info line (来源:…, 作者:…发布时间:…) among the first
    lines after ``pos`` ends, or -1: a short line, within _INFO_LINES lines."""
    for _ in range(_INFO_LINES):
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        if len(line) <= _INFO_REACH and _INFO_LINE.search(line):
            return pos + len(line)
        if end < 0:
            return -1
        pos = end + 1
    return -1


def _sentences(text: str, cues: _Cues, n: int = 2) -> list[tuple[str, int]]:
    """The first ``n`` sentences of the opening (empty lines and an opening
    quoted speech skipped), each with where it starts in ``text``."""
    out: list[tuple[str, int]] = []
    pos = _speech_end(text, cues)
    if dm := _DATELINE.match(text, pos):
        pos = dm.end()  # 某某报讯（记者 某某）: the outlet that reports is not the unit reported on
        pos = _speech_end(text, cues, pos)  # 某某网讯（记者 某某）“……。”近日，…: the quote after the dateline
    elif cm := _CREDIT.match(text, pos):
        pos = cm.end()  # （记者 某某）1月20日，…: a reporter's credit with no outlet before it
    elif bm := _BYLINE.match(text, pos):
        pos = bm.end()  # 某某日报记者某某 某某 昨天上午，…: the outlet's byline, no subject (round 63)
    info = _info_line_end(text, pos)
    head = text[:max(pos, info) + OPENING * n]
    for m in cues.sentence_end.finditer(head, pos):
        part = head[pos:m.start()]
        if m.start() < info:
            # 某某出席…座谈会强调 / 副标题 / 2022-09-01 来源:某报: the lines down to a page's info line are
            # its headline block, read besides the opening's sentences, which are counted after it (round 60)
            if part.strip() and not _INFO_LINE.search(part):
                out.append((part, pos))
                n += 1
            pos = m.end()
            continue
        if part.strip() and not (len(part) <= 20 and SECTION_HEADING.match(part)) and not _NO_SENTENCE.fullmatch(part) \
                and not _PAGE_LABEL.fullmatch(part) \
                and not _motto(part, m.group(), cues) and not _source_fragment(part, cues) \
                and not part.lstrip(_SPACE).startswith(cues.caption_openers):
            # (一、总体情况: a heading; 1月 or 发布时间:2021-03-26 10:02 alone on a line: a date, no sentence;
            # 图为某局举行升国旗仪式（某某 摄）: a photo's caption set above the report, round 59;
            # 分享: or -标准+ alone on a line: a page's buttons, round 60)
            out.append((part, pos))
            if len(out) == n:
                return out
        pos = m.end()
    part = head[pos:]
    if part.strip():
        out.append((part, pos))
    return out


#: How long a motto opening the text may be (历史是最好的老师。知史爱党、知史爱国。).
_MOTTO = 10
_MOTTO_MARKS = "，,：:；;0123456789０１２３４５６７８９"


def _motto(part: str, end: str, cues: _Cues) -> bool:
    """Whether ``part``, closed by ``end``, is a short motto set before the
    report (历史是最好的老师。): a sentence of at most ten characters closed
    by a full stop, holding no clause mark, digit, holding verb or
    organization (校团委全体人员参加。 is a sentence of the report). Why
    (round 58): such lines use up the opening sentences read for the
    subject, which the third sentence then names (…5月8日，某党支部开展…)."""
    part = part.strip(_SPACE)
    return end != "\n" and len(part) <= _MOTTO and not any(c in part for c in _MOTTO_MARKS) \
        and not any(v in part for v in cues.body_verbs) and not _mentions(part)


def _source_fragment(part: str, cues: _Cues) -> bool:
    """Whether ``part`` is a source clause that a stray full stop closed
    (按照市委组织部《关于…的通知》要求。): it opens with a source cue
    (unit_cues source_openers), closes on what the source asks (source_closes:
    要求, 部署) and holds no comma. Why (round 58): it names only superiors,
    yet it counted as one of the opening sentences, and the subject's
    sentence fell out of reach."""
    part = part.strip(_SPACE)
    return part.startswith(cues.source_openers) and part.endswith(cues.source_closes) \
        and not any(c in part for c in "，,；;")


def _mentions(region: str) -> list[tuple[int, int, str]]:
    """Every organization occurrence in ``region`` as (start, end, name), in order."""
    return sorted((s, e, name) for name, spans in organization_spans(region) for s, e in spans)


class _Regions:
    """The title and opening sentences, each with its organization mentions
    found on first use: a sentence of the body reads them off the body's
    organizations (mentions_within), the title is extracted on its own."""

    def __init__(self, title: str | None, text: str, organizations: list[Organization], cues: _Cues,
                 skip: int = 0) -> None:
        self.text = text
        self.organizations = organizations
        # (skip: the opening's first sentences are read past, _background_opening)
        self.items: list[tuple[str, int]] = ([(title, -1)] if title else []) \
            + _sentences(text, cues, 2 + skip)[skip:]
        self.whole_party = cues.whole_party
        self._found: dict[int, list[tuple[int, int, str]]] = {}
        self._masked: str | None = None

    def masked(self) -> str:
        """The opening with quotes masked, shared by the sentences' look-ups."""
        if self._masked is None:
            reach = max((at + len(region) for region, at in self.items if at >= 0), default=0)
            self._masked = mask_quoted(self.text[:max(reach, OPENING * 2) + QUOTE_REACH])
        return self._masked

    def mentions(self, k: int) -> list[tuple[int, int, str]]:
        found = self._found.get(k)
        if found is None:
            region, at = self.items[k]
            if at >= 0:
                found = mentions_within(self.text, self.organizations, at, at + len(region), self.masked())
            if found is None:
                found = _mentions(region)
            # 中国共产党五显镇…代表大会, 中国共产党党员总数…: the whole party reports no meeting of its own
            found = [m for m in found if m[2] not in self.whole_party]
            found = _whole_groups(region, found, _cues())
            found = _joined_stems(region, found)
            self._found[k] = found
        return found


#: A name's own first words joined by 与 (行政审批|与|政务服务局, 网络|与|信息中心), opening a clause.
_JOINED_STEM = re.compile("(?:^|(?<=[^\u4e00-\u9fff]))[\u4e00-\u9fff]{2,4}与$")


def _joined_stems(region: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` with a name read on back across 与 where the words before it open
    a clause and name nothing of their own (行政审批与政务服务局党支部组织开展…,
    网络与信息中心党支部举办…). Why: the organization extractor stops at 与, so only
    the name's tail (政务服务局党支部) is found, and not at the clause's start, it is
    no subject; two bodies joined by 与 (甲党支部与乙党支部) keep both names, as the
    words before 与 are then a name found (round 62), and so do a place and a body
    (某镇与某银行某分行签订…: the words before 与 are a town's whole name, round 63)."""
    ends = {e for _s, e, _n in found}
    out = []
    for s, e, name in found:
        m = _JOINED_STEM.search(region[:s])
        if m and s - 1 not in ends and not any(s2 < s - 1 < e2 for s2, e2, _ in found) \
                and leading_place(region, m.start()) != s - 1:
            out.append((m.start(), e, region[m.start():s] + name))
        else:
            out.append((s, e, name))
    return out


def _whole_groups(region: str, found: list[tuple[int, int, str]], cues: _Cues) -> list[tuple[int, int, str]]:
    """``found`` with a committee's name (县委, 某区委) joined to the
    inspection group the region names right after it (县委|上下联动巡察组,
    某区委|第一联动巡察组, 某市委|提级巡察第二巡察组: cues.inspect_group),
    any mention inside the group's name dropped. Why (round 58): the
    extractor knows the plain groups (县委第二巡察组) but cuts a qualified
    one at its committee, which then read as the subject though the group
    acts."""
    out: list[tuple[int, int, str]] = []
    skip_to = -1
    for s, e, name in found:
        if s < skip_to:
            continue
        m = cues.inspect_group.match(region, e) if name.endswith("委") else None
        if m is not None:
            out.append((s, m.end(), region[s:m.end()]))
            skip_to = m.end()
            continue
        out.append((s, e, name))
    return out


_CLAUSE_MARKS = "，,：:；;"
_DETERMINERS = ("该", "本")
_JOINERS = ("、", "和", "与", "及")
#: Characters that make a subject several bodies (青石县各乡镇党委, 甲、乙): a round-up or joint report.
_LIST_CHARS = "".join(_JOINERS) + "各等"
#: What may stand between a body that is no subject and the next, which is then none either:
#: a joiner (邀请甲局、乙局专家), or nothing where the extractor split one name in two
#: (省委|省直机关工委: the second part is the first's object as much).
_GLUED = (*_JOINERS, "")
#: How far into a name 和 may stand as one of its own characters (羲和书院, 太和县, 和平街道):
#: a body joined by 和 to another needs two characters or more before it.
_NAME_HE_REACH = 1


def _joined_field(name: str, cues: _Cues) -> bool:
    """Whether the one 与 in ``name`` joins two fields in a body's name
    (高分子物理与化学党支部, 材料科学与工程学院), not two bodies: nothing else
    lists, and what stands before 与 is no body's or place's name.
    Why: university and institute names often join their fields so."""
    k = name.find("与")
    head = name[:k]
    return k >= 2 and name.count("与") == 1 and not any(c in name for c in _LIST_CHARS if c != "与") \
        and head[-1] not in _LEVELS and leading_place(head) < k and not organization_spans(head)


def _lists_bodies(name: str) -> bool:
    """Whether ``name`` holds a list character (甲局、乙局; 县委和县政府; 各乡镇) and so names
    several bodies. Why: 和 also writes many a name's first or second character (羲和书院
    党总支中心组, 和平社区), where it joins nothing."""
    return any(c in name for c in _LIST_CHARS if c != "和") or "和" in name[_NAME_HE_REACH + 1:]


#: How long the time a duration names before a meeting's name may be (为期两天的|某医院职工代表大会…开幕).
_DURATION_WORDS = "(?:为期|历时)[^，,。；;：:的]{1,8}的"
_DURATION = re.compile(_DURATION_WORDS + "$")
#: The same duration opening the subject's clause (历时9天的|某县…培训工作圆满结束, round 70).
_DURATION_LEAD = re.compile(_DURATION_WORDS)


def _is_subject(region: str, s: int, e: int, cues: _Cues) -> bool:
    before = _past_quoted_name(region[:s].rstrip(_SPACE))
    before = _DURATION.sub("", before).rstrip(_SPACE)  # 为期两天的|某医院…大会在…开幕: the 的 owns the meeting's time (round 64)
    after = region[e:].lstrip(_SPACE)
    if before.endswith(_DETERMINERS):
        before = before[:-1]  # 在该县法院开庭: the determiner keeps the preposition's object
    if before.endswith(cues.not_after) or before.endswith("了") and before[:-1].endswith(cues.not_after):
        return False  # (传达了中央…领导小组会议精神: the aspect mark keeps the verb's object)
    if after.startswith(cues.subject_after):
        return True  # 县委常委班子召开…: the standing members act as the body
    if cues.owned_parts.match(after):
        return True  # 某中学党支部的三个党小组分别召开…: its parts act for the body, which reports them
    if _members_act(after, cues):
        return True  # 某党支部的全体成员在某教室开展了…: its members act as the body (round 58)
    if after[:1] in _BRACKET_CLOSE and region[s - 1:s] in _BRACKET_OPEN:
        after = _BRACKETED.sub("", after[1:_BRACKET_REACH])  # (发展规划处)|部(处)长: the post the aside sits in
    elif after[:1] in _BRACKET_OPEN:
        after = _BRACKETED.sub("", after[:_BRACKET_REACH])
    return not after.startswith(cues.not_before) and not after.startswith(cues.possessed) \
        and not _DATELINE_AFTER.match(after) \
        and not (after[:1] == _HEAD and e > s and region[e - 1] + _HEAD in cues.not_before
                 and not region[:s].rstrip(_SPACE).endswith(cues.holding_verbs))  # (召开|某党小组|长会: the meeting's)


def _members_act(after: str, cues: _Cues) -> bool:
    """Whether ``after``, the text right after a body's name, opens with the
    body's whole membership (的全体成员, 的全体党员: unit_cues whole_members)
    and a holding verb closes the same clause (…的全体成员在311教室开展了…).
    Why (round 58): the 的 reads as the body owning an object (not_before),
    but here its members hold the body's own meeting."""
    if not after.startswith("的") or not after.startswith(cues.whole_members, 1):
        return False
    clause = after[:_clause_end(after, 0, _CLAUSE_MARKS + "。")]
    return any(v in clause for v in cues.body_verbs)


#: A dateline's date and mark right after an outlet's name (某区融媒体中心|4月7日讯, 某某日报社|3月2日电):
#: the name is the outlet that files the story, not its subject (round 57).
_DATELINE_AFTER = re.compile("[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:讯|电)")


#: The post character that a name's closing level may take (会员处|长某某: the 处长, 科长 of the
#: body, whose name the extractor read up to 处): the body heads a visitor's or a leader's post.
_HEAD = "长"


#: How long a quoted name opening a body's or a venue's name may be (在“禧上梅梢”网格党群服务站).
_QUOTED_NAME = 12


def _past_quoted_name(before: str) -> str:
    """``before`` without a short quoted name it ends on (在“某某”|网格服务站内: the
    quote opens the venue's name, and 在 before it still makes the venue an object).
    Why: the extractor's name starts after the closing mark, which hides the
    preposition from _is_subject."""
    if not before.endswith("”"):
        return before
    k = before.rfind("“", max(0, len(before) - _QUOTED_NAME - 2), len(before) - 1)
    return before[:k].rstrip(_SPACE) if k >= 0 else before


#: A short bracketed aside after a body's name (某大学发展规划部(发展规划处)部(处)长某某: the
#: office's other name, the post's other form): read past, the post word after it shows
#: the body heads a person's post, no subject.
_BRACKET_OPEN = "(（"
_BRACKET_CLOSE = ")）"
_BRACKETED = re.compile("[(（][^()（）]{1,12}[)）]")
#: How far past the name such asides are removed.
_BRACKET_REACH = 40


def _clause_start(region: str, s: int) -> int:
    """Where the clause holding position ``s`` of ``region`` begins."""
    return max(region.rfind(c, 0, s) for c in _CLAUSE_MARKS) + 1


def _clause_end(region: str, at: int, marks: str = _CLAUSE_MARKS) -> int:
    """Where the clause holding position ``at`` of ``region`` ends: its first mark
    of ``marks`` from ``at`` on, or the region's end where none follows."""
    return min((k for k in (region.find(c, at) for c in marks) if k >= 0), default=len(region))


def _clause_opens(region: str, s: int, words: str | tuple[str, ...]) -> bool:
    """Whether the clause holding ``s`` opens, up to ``s``, with one of ``words``."""
    return region[_clause_start(region, s):s].lstrip(_SPACE).startswith(words)


def _in_source_clause(region: str, s: int, cues: _Cues) -> bool:
    """Whether the mention at ``s`` sits in a clause that opens with a source
    cue (按照市委、市卫健委党委的安排，…): every body there is a superior
    whose plan is followed, not the reporter. 为期 (为期两天的某医院职工代表大会…)
    opens a duration, no purpose clause (round 64)."""
    return _clause_opens(region, s, cues.clause_openers) and not _clause_opens(region, s, "为期")


def _in_time_clause(region: str, s: int, e: int, cues: _Cues) -> bool:
    """Whether the mention at ``s:e`` sits in a clause that is a time phrase:
    one opening with 自/从 and closing on 以来 (自区委关于…工作开展以来，|某镇
    迅速…), or one closing on a past meeting with no holding verb in it
    (某区巡察组成立大会后，|区纪委监委召开…). Why (round 69): the clause
    tells what came first, and its bodies own that, not the report; the
    subject follows it. 自治区 opens a name, no time phrase."""
    end = _clause_end(region, e)
    return end < len(region) and _is_time_clause(region[_clause_start(region, s):end], cues)


#: How far a long time clause (自…以来, …成立大会后) may run before its comma.
_TIME_CLAUSE_REACH = 60


def _is_time_clause(clause: str, cues: _Cues) -> bool:
    """Whether ``clause`` (up to its comma) is a time phrase: 自/从 … 以来, or a
    past meeting closing it with no holding verb (…成立大会后). 自治区 opens a name."""
    clause = clause.strip(_SPACE)
    if clause.startswith(cues.time_clause_opens) and not clause.startswith("自治") \
            and clause.endswith(cues.time_clause_closes):
        return True
    return clause.endswith(cues.past_event_closes) and not any(v in clause for v in cues.holding_verbs)


def _holds_meeting(region: str, s: int, e: int, cues: _Cues) -> bool:
    """Whether the mention at ``s:e`` names the body holding the meeting in
    a 在…召开的X…会上 clause (在日前召开的某县检察院专题民主生活会上，…):
    the clause opens with 在, the body follows 召开的/举行的, and the clause
    closes on 会上; the body is then the subject the sentence reports on."""
    if not _clause_opens(region, s, "在"):
        return False
    if not region[:s].rstrip(_SPACE).endswith(cues.meeting_held):
        return False
    clause = region[e:_clause_end(region, e)]
    return any(w in clause for w in cues.meeting_close)


def _is_former(region: str, s: int, name: str, e: int | None = None) -> bool:
    """Whether the body is a former one (原林业站, 某县原公安消防大队):
    it names where a person once served, never the reporter. 原 counts
    right before the name or after a place's level character inside it
    (县原, not 镇原县 or 太原市), also with 内 between (景区内原某部队: the
    former body inside the place). Where the name's end ``e`` is given, 原
    right after it opening a post (某县委原常委, 某县林业局原党组书记: a
    defendant's past posts at a trial) counts too, and so does a name the
    extractor read on into 原党组/原党委 (round 69)."""
    if region[s - 1:s] == "原" or _FORMER.search(name) is not None or _FORMER_PARTY.search(name) is not None:
        return True
    return e is not None and region[e:e + 1] == "原" and not region.startswith(_cues().former_not_posts, e)


_FORMER = re.compile("^(?:.{2,}?[省市县区镇乡]|.+?[省市县区镇乡]内)原[\u4e00-\u9fff]")
#: A name read on into a former party body (某县林业局原党组): the body's past party group.
_FORMER_PARTY = re.compile("^.{2,}原党(?:组|委|总支|支部)$")


def _subject(region: str, mentions: list[tuple[int, int, str]], cues: _Cues) -> tuple[str | None, bool, str | None]:
    """The first subject organization in ``region`` (``mentions`` are its
    organizations); the flag says a joint report, and the third item names a
    partner joined by 与/和 (A与B联合开展: B), for _own_report to judge.
    A body joined by 、/和 to one that is no subject is none either
    (邀请市委党校、市社科院专家)."""
    last_out = -1  # where the last mention that is no subject ends
    for k, (s, e, name) in enumerate(mentions):
        if name in cues.study_group_names:
            continue  # 党委召开理论学习中心组…: a study group no body's name opens names no unit
        if s and region[s - 1] in _DIGITS and _NUMBERED_EVENT.search(region, max(0, s - 8), s):
            continue  # 第9届21世纪学术联盟国际论坛: a name cut at a numeral, inside a numbered event's name
        if _ORDINAL_MEETING.search(region, max(0, s - 10), s):
            continue  # 第十九次全国法院工作会议召开: the body names the meeting's field, not its host (round 60)
        if name.endswith(cues.visiting_groups) and (visit := _group_visit(region, e, mentions, cues)) is not None:
            if visit:
                return visit, False, None  # 市委督导组到青石区督导: the visited unit's campaign
            last_out = e
            continue  # 院督导小组到会点评, 深入我区: a guest at another's meeting
        if _is_guest(region, e, cues, cues.guest_acts):
            last_out = e
            continue  # 某街道党工委某某同志到会指导: a guest at the reporter's meeting
        if (host := _attended_host(region, e, mentions, cues)) is not None \
                and not region[:s].rstrip(_SPACE).endswith(cues.not_after):
            return host, False, None  # 省高院某专职委员某某参加了某市法院民主生活会: the host's meeting
        if _led_by(region, s, e, cues):
            return name, False, None  # 由某中心党委牵头，在某会场举办了…: the leading body holds it (round 61)
        if _is_former(region, s, name, e) or _in_time_clause(region, s, e, cues) \
                or _after_list_item(region, s) or _after_level(region, s, name) or (
                not _is_subject(region, s, e, cues) or _in_source_clause(region, s, cues)
                or last_out >= 0 and region[last_out:s].strip(_SPACE) in _GLUED) \
                and not _holds_meeting(region, s, e, cues):  # (the costlier check, asked last)
            last_out = e
            continue
        if (last := _modified_list_end(region, mentions, k, cues)) >= 0:
            last_out = last
            continue  # 机关一支部、眼科一支部的支部书记…参会: the whole list modifies the people after it
        j, end = k + 1, e
        while j + 1 < len(mentions) and mentions[j][0] == end:
            j, end = j + 1, mentions[j][1]  # 市委|市直机关工委、市生态环境局: a split name's list goes on after it
        nxt = mentions[j] if j < len(mentions) else None
        join = region[end:nxt[0]].strip(_SPACE) if nxt is not None else ""
        if nxt is not None and (join in cues.owned_links and _owned_part(nxt[2], cues)
                                or join == "、" and _shares_party_body(name, nxt[2], cues)):
            return region[s:nxt[1]], False, None  # 某医院党委所属第二党支部; 甲学院、乙学院分党委: one body
        if nxt is not None and join in cues.owned_links:
            last_out = end
            continue  # 某控股集团所属|某有限公司党委召开…: the owned company, named as itself, reports
        if cues.round_up_joined.match(region, end):
            return name, True, None  # 某省委常委会以及全省…党委: every unit of the level, a round-up
        joint = nxt is not None and join in ("、", "和", "与", "及") \
            and not (join == "、" and _owners_part(nxt[2], cues)) \
            and not _merged_office(name, nxt[2], cues)  # 某县政协党组、机关党组…, 某县纪委、监察局: one body's
        partner = nxt[2] if joint and join in ("和", "与") else None
        if partner is not None and region[:s].endswith(cues.self_marks):
            return name, False, None  # 我院外科党支部与某县委办公室党支部联合…: the reporter's own body, with a partner
        return name, joint, partner
    return None, False, None


def _led_by(region: str, s: int, e: int, cues: _Cues) -> bool:
    """Whether the mention at ``s:e`` is the one body a clause opening with 由 names as
    leading the event (由某中心党委牵头，在某会场举办了…; unit_cues lead_verbs).
    Why: 由 makes the body no subject (not_after), yet with nothing before it in the
    clause the sentence has no other subject: the leading body holds the event. A place
    before 由 (某区由区委组织部牵头…) stays the subject (subject_prepositions)."""
    return region[_clause_start(region, s):s].strip(_SPACE) == "由" \
        and region[e:].lstrip(_SPACE).startswith(cues.lead_verbs)


def _attended_host(region: str, e: int, mentions: list[tuple[int, int, str]], cues: _Cues) -> str | None:
    """The body whose meeting the post holder after the body ending at ``e``
    attends (某省法院专职委员某某参加了某市法院专题民主生活会): a body right
    after the attending verb, its meeting word (会) following in the same
    clause. Why: the visitor's body opens the sentence, but the article
    reports the host's meeting."""
    m = cues.attending.match(region, e)  # (anchored at the body's end: cheap)
    if m is None:
        return None
    host = next(((xe, name) for xs, xe, name in mentions if xs == m.end()), None)
    if host is None:
        return None
    rest = region[host[0]:_clause_end(region, host[0], _CLAUSE_MARKS + "。")]
    return host[1] if "会" in rest and not rest.startswith(_JOINERS) else None


def _modified_list_end(region: str, mentions: list[tuple[int, int, str]], k: int, cues: _Cues) -> int:
    """Where a list of bodies joined by 、 opening at mention ``k`` ends, when
    its last body is no subject for the word after it (甲支部、乙支部、丙支部的
    支部书记及党员参会; 甲局、乙局负责人参加): every body of the list then
    modifies the people named after it, and none is the subject; -1 otherwise
    (a list of subjects, a joint report or round-up, stays one).
    Why: the opening names the unit before, and a later sentence listing the
    branches whose members attend is no joint report."""
    j = k
    while j + 1 < len(mentions) and region[mentions[j][1]:mentions[j + 1][0]].strip(_SPACE) == "、":
        j += 1
    if j == k:
        return -1
    s, e, _ = mentions[j]
    after = region[e:].lstrip(_SPACE)
    return e if after.startswith(cues.not_before) and not after.startswith(cues.subject_after) else -1


def _owned_part(name: str, cues: _Cues) -> bool:
    """Whether ``name``, owned through 所属 by the body before it, is only a
    part of that body (第二党支部: unit_cues owner_parts), with no institution
    of its own in its name (not 某某新材料有限公司党委 after 某集团所属, a named
    company that reports as itself)."""
    return name.endswith(cues.owner_parts) and not any(w in name for w in cues.owner_bodies)


def _shares_party_body(name: str, other: str, cues: _Cues) -> bool:
    """Whether ``other``, listed by 、 right after the unit ``name``, is a party
    body ``name`` shares with the unit it closes on (马列学院、人文学院分党委:
    one committee of two colleges): ``name`` has no party ending, ``other``
    has one (unit_cues shared_party_endings), and both units close on the
    same owner_bodies word. Why: two colleges merged under one committee
    report as that one body, not jointly."""
    ending = next((p for p in cues.shared_party_endings if other.endswith(p)), None)
    if ending is None or name.endswith(cues.shared_party_endings):
        return False
    word = next((w for w in cues.owner_bodies if name.endswith(w)), None)
    return word is not None and len(name) > len(word) and other[:-len(ending)].endswith(word)


def _merged_office(name: str, other: str, cues: _Cues) -> bool:
    """Whether ``other``, listed right after ``name``, is the office ``name``
    works as one with (某县纪委、监察局; 县纪委、县监委: unit_cues merged_offices),
    bare or under the same place. Why: the two names are one body's, so the
    list is no joint report and the first name is the unit."""
    for owner, offices in cues.merged_offices.items():
        if name.endswith(owner):
            office = next((o for o in offices if other.endswith(o)), None)
            return office is not None and name[:-len(owner)].endswith(other[:-len(office)])
    return False


def _list_owner(region: str, name: str, cues: _Cues, text: str) -> str | None:
    """The owner of a list of branches opening with ``name`` whose clause goes on
    to say each acts on its own (unit_cues list_owner_marks: 文法系党总支教工第一党支部、
    教工第二党支部分别召开…): the party body ``name`` opens with (文法系党总支), or
    the generic word of a pronoun right before it (我院甲党支部、乙党支部分别… -> 医院);
    None where neither is named. Why: the branches report their owner's
    campaign together, so the owner is the most specific single unit."""
    s = region.find(name)
    if s < 0:
        return None
    clause = re.split("[" + _CLAUSE_MARKS + "]", region[s:], maxsplit=1)[0]
    if not any(m in clause for m in cues.list_owner_marks):
        return None
    before = region[:s]
    pronoun = next((w for w in cues.generic_aliases if before.endswith(w)), None)
    if pronoun is not None:
        return _resolve_alias(cues.generic_aliases[pronoun], text, cues.alias_hints)
    owners = [name[:k + len(e)] for e in cues.self_party_endings
              if (k := name.find(e)) >= 2 and k + len(e) < len(name)]
    return max(owners, key=len, default=None)


def _owners_part(name: str, cues: _Cues) -> bool:
    """Whether ``name`` is only a generic part with a party ending, maybe with a
    study group (机关党组, 机关党委理论学习中心组): listed after a body
    (某县政协党组、机关党组理论学习中心组) it is that body's own part, and the
    list is one unit's, not a joint report of two."""
    core = next((name[:-len(g)] for g in sorted(cues.study_group_names, key=len, reverse=True)
                 if name.endswith(g) and len(name) > len(g)), name)
    ending = next((e for e in cues.self_party_endings if core.endswith(e) and len(core) > len(e)), None)
    return ending is not None and _only_generic(core[:-len(ending)], cues.generic)


def _self_marked_next(regions: list[str], k: int, found: "_Regions", cues: _Cues) -> str | None:
    """The subject of the sentence after a title naming two bodies together
    (甲党支部与乙党支部联合开展…), when that sentence marks it as the
    reporter's own (我院甲党支部与…, 我甲党支部和…): one side reports the
    joint event, and is the unit; None (a joint report) otherwise."""
    if k + 1 >= len(regions):
        return None
    region = regions[k + 1]
    for s, _e, name in found.mentions(k + 1):
        if region[:s].endswith(cues.self_marks):
            first, joint, _partner = _subject(region, found.mentions(k + 1), cues)
            return name if first == name and not joint else None
    return None


def _lone_subject_next(regions: list[str], k: int, found: "_Regions", name: str, partner: str | None,
                       cues: _Cues) -> str | None:
    """The one of a title's two bodies (甲党支部与乙党支部开展结对共建) that the
    opening then names as the sentence's lone subject going to the other (甲党支部
    赴乙所开展…, 甲党支部前往乙台，和乙党支部举行…; unit_cues partner_going_verbs).
    Why: the title pairs the bodies, but the one that goes to the other, on its own
    as the first sentence's subject, is the reporter (a visit: the visitors' body);
    where that sentence is joint too (甲联合乙召开…), or its subject is neither body
    or goes nowhere, the report stays joint (None) (round 62)."""
    for j in range(k + 1, min(k + 3, len(regions))):
        first, joint, _partner = _subject(regions[j], found.mentions(j), cues)
        if first is None:
            continue
        if joint or first not in (name, partner):
            return None
        region = regions[j]
        at = region.find(first) + len(first)
        return first if region[at:].lstrip(_SPACE).startswith(cues.partner_going_verbs) else None
    return None


def _after_list_item(region: str, s: int) -> bool:
    """Whether the mention at ``s`` follows 、 inside its clause (计量所、质检所党支部联合…;
    某办副主任、某组组长某某): the last item of a list whose first items the
    extractor did not read as bodies, or a person's second post; either way it
    is no subject on its own."""
    return region[:s].rstrip(_SPACE).endswith("、") and _clause_start(region, s) < s - 1


#: Levels whose committees are written together with one level character for each (省市委: 省委
#: and 市委; 市县党委); a closed set.
_LISTED_LEVELS = "省市县区"


def _after_level(region: str, s: int, name: str) -> bool:
    """Whether the committee at ``s`` (市委, 县委组织部) follows another level's
    character (中央和省|市委决策部署, 省市|县委): the levels list several
    committees, each a superior whose plan is followed, none the reporter.
    Why: the extractor reads the last level's body alone, as if named."""
    return s > 0 and region[s - 1] in _LISTED_LEVELS and name[:1] in _LISTED_LEVELS \
        and name[1:2] == "委" and name[0] != region[s - 1]


def _group_visit(region: str, e: int, mentions: list[tuple[int, int, str]], cues: _Cues) -> str | None:
    """What a supervising group ending at ``e`` visits: the visited unit's
    name (市委第三督导组到灞桥区督导…, 指导组某某一行莅临某医院检查, 指导组督查
    某医院…工作), "" when it
    attends in place (到会点评) or visits a pronoun place (深入我区), None when
    it does neither and so reports its own work (督导组召开联席会议)."""
    after = region[e:].lstrip(_SPACE)
    if after.startswith(cues.in_place):
        return ""
    at = e + len(region[e:]) - len(after)
    for verb in cues.visit_verbs:
        if after.startswith(verb):  # 指导组督查市二医院主题教育工作: the body it inspects
            return next((name for xs, _, name in mentions if xs == at + len(verb)), None)
    if (inspected := _inspected_named(region, e, mentions, cues) or _inspected(region, e, mentions, cues)) is not None:
        return inspected
    return _visited(region, e, mentions, cues, post=False)


#: How far past a visiting group 对 may stand in its clause (巡视组|自4月27日开始|对…).
_INSPECT_REACH = 16


def _inspected(region: str, e: int, mentions: list[tuple[int, int, str]], cues: _Cues) -> str | None:
    """The unit a visiting group ending at ``e`` inspects where its clause reads
    对X…巡视/巡察 (省委第四巡视组对某市进行了巡视, 巡察组自4月27日开始对某公司
    开展巡察工作): the organization or place right after 对, when an inspection
    word (unit_cues inspect_words) closes the clause; None otherwise.
    Why: the report is the inspected unit's (its rectification, its mobilizing
    meeting); the group only visits it."""
    clause = region[e:e + _INSPECT_REACH + 40]
    end = _clause_end(clause, 0, _CLAUSE_MARKS + "。")
    k = clause.find("对", 0, min(end, _INSPECT_REACH))
    if k < 0 or not any(w in clause[k:end] for w in cues.inspect_words):
        return None
    return _named_at(region, e + k + 1, mentions)


def _inspected_named(region: str, e: int, mentions: list[tuple[int, int, str]], cues: _Cues) -> str | None:
    """The unit a visiting group ending at ``e`` inspects where an inspection
    word (unit_cues inspect_words) names it right after the group or after
    the group's holding verb (县委巡察组巡察县某局党组…动员会召开; 校党委巡察组
    召开巡察某学院党委工作动员会); None otherwise. Why: the mobilizing
    meeting is the inspected unit's, as in the 对X…巡察 form (_inspected)."""
    at = e + len(region[e:]) - len(region[e:].lstrip(_SPACE))
    at += next((len(v) for v in cues.holding_verbs if region.startswith(v, at)), 0)
    word = next((w for w in cues.inspect_words if region.startswith(w, at)), None)
    return _named_at(region, at + len(word), mentions) if word else None


def _named_at(region: str, p: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The organization or place that starts at ``p`` (its name), None where
    none does or it is the first of a list (甲局、乙局: several units)."""
    x_end = next((xe for xs, xe, _ in mentions if xs == p), None)
    if x_end is None:
        x_end = leading_place(region, p)
        if x_end - p < 2 or word_tag(region[p:x_end]) not in (None, "ns"):
            return None
    return None if region[x_end:x_end + 1] in _JOINERS else region[p:x_end]


def _own_report(name: str, partner: str, text: str, cues: _Cues) -> bool:
    """Whether "A与B联合…" is A's own report: past the first sentence the text
    names A (by the last four characters of its name, 社区党委) at least
    twice and at least twice as often as B, and nothing there says both
    sides report (双方, 两局)."""
    m = cues.sentence_end.search(text)
    rest = text[m.end():] if m else ""
    if any(w in rest for w in cues.joint_markers):
        return False
    mine = rest.count(name[-4:])
    return mine >= 2 and mine >= 2 * rest.count(partner[-4:])


def _place_subject(region: str, mentions: Callable[[], list[tuple[int, int, str]]], cues: _Cues) -> str | None:
    """A place that opens the title or first sentence as its subject
    (青石县开展…, 今年以来，青石县深入开展…): the county or town reports its
    own campaign. A place followed by 、, 和, 各 or 等 opens a round-up.
    ``mentions`` gives the region's organizations, asked for only when needed."""
    start = _past_opening_clause(region, len(region) - len(region.lstrip(_SPACE)), cues)
    start = _past_time_clause(region, start, cues)
    if (past := _past_setting_clause(region, start, cues)) > start:
        start = _past_time_clause(region, past, cues)  # 在…要求下，2月5日下午，某镇召开…
    if (lead := _DURATION_LEAD.match(region, start)) is not None:
        start = lead.end()  # 历时9天的|某县…培训工作圆满结束: the event's length, before its place (round 70)
    party = _whole_party_prefix(region, start, cues)
    start += party
    if region[start:start + 1] in tuple(cues.not_place_start):
        return None
    # past the whole party's name the place opens a name, as after punctuation (中国共产党|五显镇…:
    # a numeral opening the town's name is refused right after another name's character)
    glued = start > 0 and _DATE_END.search(region, 0, start) is not None  # 4月23日|兴丰镇…: read as after punctuation
    end = start + leading_place(region[start:]) if party or glued else leading_place(region, start)
    if end - start < 2:
        if (bare := _bare_stem_place(region, start, mentions, cues)) is not None:
            return bare
        end = _zone_end(region, start, cues)
    if end - start < 2 or end >= len(region):
        return None
    if (every := cues.town_owner_re.search(region, start + 2, end)) is not None:
        end = region.index("各", every.start())  # 某市某街道各社区积极开展…: the reader ran on past 各 (round 59)
    if any(w in region[start:end] for w in cues.not_in_place):
        return None  # 海东辖两区四县: a clause saying what the place governs, no place's name
    if region[start:end] in cues.not_places:
        return None  # 党旗飘在一线…——某小学党支部…: the party's flag, no banner (旗) of a place (round 64)
    if any(s <= start < e for s, e, _ in mentions()):
        return None  # 乡镇党委书记…: the place opens a body's name
    if word_tag(region[start:end]) not in (None, "ns"):
        return None  # 乡镇, 城乡社区: an ordinary word, no place's name
    if _names_levels(region[start:end]) or _level_and_word(region[start:end]):
        return None
    if region.startswith(cues.possessed, end):
        return None  # 鄞州党员队伍结构持续优化: the place's party statistics, not its own campaign
    if region.startswith(cues.round_up, end):
        return None  # 成都市多家医疗机构举行表彰大会: the place's many bodies, a round-up (round 66)
    if region[end - 1] in _LEVELS and region.startswith(_COMMITTEE, end) \
            and region.startswith(cues.posts, end + len(_COMMITTEE)):
        return region[start:end + len(_COMMITTEE)]  # 某区|委|书记某某主持召开区委常委会议: the committee, not the place (round 70)
    nxt = region[end]
    if nxt in _DIGITS and (year := _YEAR_LEAD.match(region, end).group()) \
            and "\u4e00" <= region[end + len(year):end + len(year) + 1] <= "\u9fff":
        nxt = region[end + len(year)]  # 某区|2026年度|网格长培训班开班: the year opens the place's own event (round 70)
    if nxt in cues.not_place_subject and not region.startswith(cues.place_members, end) or not ("\u4e00" <= nxt <= "\u9fff" or nxt in "：:"
                                             or _quoted_meeting(region, end, cues)):
        return None  # (a colon heads a place's report: 青石县：…)
    if (body := named_holder(region[start:], cues.body_verbs)) is not None and len(body) > end - start \
            and not _lists_bodies(body) and not _preposition_at(region, end, cues):
        return body  # 某市某区退役军人事务局开展…: the place opens a body's name the extractor missed
    # (某镇全体领导班子成员深入…开展…: the town acting through all its members, place_members, round 60)
    # 杭州道街道关于…: 杭州 only opens the street's name, which is the place
    return region[start:_longer_place_end(region, start, end, cues)]


#: The party committee's character after a place's level (某区|委|书记): with a post after it, the place's committee.
_COMMITTEE = "委"


#: How long a quoted meeting name after a place may be (宝鸡市“每周一次党史课”暨…座谈会召开).
_QUOTED_MEETING_REACH = 24


def _quoted_meeting(region: str, at: int, cues: _Cues) -> bool:
    """Whether a quote opening at ``at``, right after a place, opens the name
    of a meeting the place holds: the quote closes within reach, and a
    holding verb (召开, 举行) closes the same clause (宝鸡市“每周一次党史课”暨
    宣讲工作交流座谈会召开). Why: the place is then the subject, though the
    quote mark after it reads as no name character."""
    if not region.startswith(cues.quoted_meeting_open, at):
        return False
    close = region.find("”", at + 1, at + _QUOTED_MEETING_REACH)
    if close < 0:
        return False
    clause = region[close:_clause_end(region, close, _CLAUSE_MARKS + "。")]
    return any(v in clause for v in cues.holding_verbs)


def _bare_stem_place(region: str, start: int, mentions: Callable[[], list[tuple[int, int, str]]],
                     cues: _Cues) -> str | None:
    """A county or district written by its stem alone before a holding verb
    (新洲|召开全区党政干部大会 -> 新洲区), or None. The gazetteer must know the stem
    at one level only, its clause must say 全 + that level, and it must name
    no body and no body's congress (…召开妇联换届暨全区妇女代表大会 is the
    federation's). Why (round 58): a local report drops its own place's level
    word, and the place reader needs one; the 全区 of the meeting says which
    place holds it."""
    places = gazetteer()
    for n in stem_lengths():
        levels = places.get(region[start:start + n])
        if levels is None or len(levels) != 1 or not region.startswith(cues.holding_verbs, start + n):
            continue
        stop = min((k for k in (region.find(c, start) for c in "，,。；") if k >= 0), default=len(region))
        clause = region[start + n:stop]
        if "全" + levels[0] not in clause or any(c in clause for c in cues.congress_bodies.values()) \
                or any(start < s < stop for s, _, _ in mentions()):
            return None
        return region[start:start + n] + levels[0]
    return None


def _zone_end(region: str, start: int, cues: _Cues) -> int:
    """Where a development zone opening ``region`` at ``start`` ends: an
    official place's stem with no level word (淮安, gazetteer) right before a
    zone word (unit_cues zone_words: 淮安|工业园区, 潍坊|高新区), else
    ``start``. Why: the place reader needs a level word, which such a zone's
    name leaves out, and the zone reports its own campaign (淮安工业园区扎实
    推进…) with verbs no holder reader takes."""
    places = gazetteer()
    for n in stem_lengths():
        if region[start:start + n] in places:
            zone = next((w for w in cues.zone_words if region.startswith(w, start + n)), None)
            if zone is not None:
                return start + n + len(zone)
    return start


#: A clock time closing a time phrase (2月5日上午9:30, 下午2时30分): read past to the day part before it.
_CLOCK = re.compile("[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|[时点](?:[0-9０-９]{1,2}分|半)?)$")


def _past_time_clause(region: str, start: int, cues: _Cues) -> int:
    """Where the clause after a time phrase opening ``region`` at ``start``
    begins (今年以来，|青石县开展…; 2月5日下午，|某镇召开…; 2月5日上午9:30，|…),
    else ``start``. A source clause right after the time is read past too
    (5月8日上午9:30，根据…部署，|某镇召开…: _past_opening_clause). Why (round 58):
    a clock time after the day part hid the time phrase, and a source clause
    after it the place that opens the next clause."""
    for sep in ("，", ","):
        k = region.find(sep, start, start + 20)
        if k > 0 and _CLOCK.sub("", region[start:k]).endswith(cues.place_openers):
            return _past_opening_clause(region, k + 1, cues)
    k = min((i for i in (region.find("，", start, start + _TIME_CLAUSE_REACH),
                         region.find(",", start, start + _TIME_CLAUSE_REACH)) if i > 0), default=-1)
    if k > 0 and _is_time_clause(region[start:k], cues):
        return _past_opening_clause(region, k + 1, cues)  # 自区委关于…开展以来，|某镇… (round 69)
    if (end := _past_glued_date(region, start)) is not None:
        return end  # 4月23日|兴丰镇举办…
    return start


#: A day, maybe with its part, ending what stands before a place read after it (4月23日|兴丰镇).
_DATE_END = re.compile("[0-9０-９]{1,2}日(?:上午|下午|晚上|晚)?$")
#: A day, maybe with its part, glued to the clause after it with no comma (4月23日兴丰镇…, 5日下午某镇…).
_GLUED_DATE = re.compile("(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:上午|下午|晚上|晚)?(?=[\u4e00-\u9fff])")


def _past_glued_date(region: str, pos: int) -> int | None:
    """Where a place subject starts after a day glued to it with no comma (4月23日|兴丰镇举办…),
    or None. Why (round 63): the date was read into the place, which then named nothing."""
    if (m := _GLUED_DATE.match(region, pos)) and leading_place(region[m.end():]) >= 2:
        return m.end()
    return None


#: How long a setting clause (在…下, 在…中) may run before its comma.
_SETTING_REACH = 30


def _past_setting_clause(region: str, start: int, cues: _Cues) -> int:
    """Where the clause after a setting clause opening ``region`` at ``start``
    begins (在党史学习教育中，|某区坚持…; 在县委的领导下，|某镇召开…), else
    ``start``. Why: the clause says under what or during what, and its
    bodies are objects of 在; the subject, a place, opens the next clause."""
    if not region.startswith(cues.setting_open, start):
        return start
    k = min((i for i in (region.find("，", start, start + _SETTING_REACH),
                         region.find(",", start, start + _SETTING_REACH)) if i >= 0), default=-1)
    return k + 1 if k > 0 and region[start:k].endswith(cues.setting_close) else start


def _whole_party_prefix(region: str, start: int, cues: _Cues) -> int:
    """The length of a whole party's name opening ``region`` at ``start``
    (中国共产党|五显镇第十五届代表大会), else 0. Why: the place's party congress
    is the place's own meeting, and the whole party is no unit (whole_party)."""
    return next((len(w) for w in cues.whole_party if region.startswith(w, start)), 0)


def _preposition_at(region: str, at: int, cues: _Cues) -> bool:
    """Whether a preposition (unit_cues subject_prepositions) stands at ``at``,
    right after a place (某区|由区委组织部牵头…) or opening a holder read off a
    sentence (由党委组织部…举行): the place is the subject there, and what
    follows names no body of its own, even where a body verb (组织) occurs
    later inside another body's name."""
    return region.startswith(cues.prepositions, at)


#: How many characters past a place read a longer place's level word may stand (杭州|道|街道).
_LONGER_REACH = 3
#: Dictionary tags of a word that cannot go on a place's name (verbs, prepositions, conjunctions, adverbs ...).
_NOT_NAME_TAGS = ("v", "p", "c", "r", "d", "u", "ad", "vn", "a")


def _longer_place_end(region: str, start: int, end: int, cues: _Cues) -> int:
    """Where the place read up to ``end`` really ends: past 1–3 more name
    characters and a level word that closes such names (unit_cues
    longer_place_ends) when the place read is only the start of a longer
    place's name (杭州|道|街道: the street named 杭州道, whose 杭州 the place
    reader closes at 州; 某区|城阳|街道 where it stops a chain), else ``end``.
    The characters between hold no level character and are no verb,
    preposition or other word that cannot go on a name (青石县|召开|村…).
    A place of one character and its level (中市) right before such a word
    (中市街道) is read on too: a single character names no county or city
    there, the street is named 中市.
    Why: the bare start of a name is a wrong place (杭州 for a street)."""
    if end - start == 2 and (level := next((w for w in cues.longer_place_ends if region.startswith(w, end)), None)):
        return end + len(level)
    for j in range(1, _LONGER_REACH + 1):
        seg = region[end:end + j]
        if len(seg) < j or not all("\u4e00" <= c <= "\u9fff" for c in seg) or any(c in _LEVELS for c in seg) \
                or any(c in cues.not_place_subject for c in seg) \
                or (j > 1 and (word_tag(seg) or "").startswith(_NOT_NAME_TAGS)):
            return end
        if j == 1 and (word_tag(seg) or "").startswith(_NOT_NAME_TAGS):
            if not _verb_char_opens_name(region, end):
                return end
            continue  # (a lone verb character names no street: 某区|到|街道)
        level = next((w for w in cues.longer_place_ends if region.startswith(w, end + j)), None)
        if level is not None:
            if word_tag(region[end:end + j + len(level)]) not in (None, "ns"):
                return end  # 某县|农村…: the characters and the level make an ordinary word, no name (round 70)
            return end + j + len(level)
    return end


def _verb_char_opens_name(region: str, at: int) -> bool:
    """Whether a one-character verb at ``at`` may still open a name: it is
    tagged a plain verb and the two characters it opens are no dictionary
    word (某区|提篮桥|街道, 某区|解放|路街道 no; 某区|召开|…, 某区|到村… stop).
    Why: street and town names often open with such a character (提, 跑,
    望), while a real verb after the place forms a known word or brings a
    level character, which ends the reading anyway."""
    pair = region[at:at + 2]
    return word_tag(region[at]) == "v" and len(pair) == 2 and word_tag(pair) is None \
        and not any(c in _LEVELS for c in pair)


def _title_body(title: str | None, organizations: list[Organization], cues: _Cues) -> str | None:
    """A body of the text's organizations the title names as its subject,
    where the title yields no subject of its own (湖北某地某村党支部“主题党日”
    活动带来新气象: the extractor reads no body in the title alone) and the
    opening only gives a bare place (湖北省某市某区某镇某村60岁的某某…).
    Why: the title names whose activity is reported; a place chain in a
    sentence about a villager is where it happens, not the unit. The first
    such body in the title counts, when it is a subject there, no visiting
    group, no list item and not only generic words, and opens the title,
    after nothing but place names (湖北咸宁|某村党支部; not 走访|某村党支部)."""
    if not title:
        return None
    hits = sorted((k, -len(o.name), o.name) for o in organizations
                  if len(o.name) >= 3 and (k := title.find(o.name)) >= 0)
    for s, neg, name in hits:
        e = s - neg
        if not _place_words(title[:s].lstrip(_SPACE)) or name.endswith(cues.visiting_groups) \
                or _only_generic(name, cues.generic) or _is_former(title, s, name) \
                or title[e:e + 1] in _JOINERS or not _is_subject(title, s, e, cues):
            continue
        return name
    return None


def _place_words(chunk: str) -> bool:
    """Whether ``chunk`` is empty or a run of the dictionary's place names
    (湖北咸宁: 湖北 + 咸宁, tagged ns), read longest word first."""
    if not chunk:
        return True
    return any(word_tag(chunk[:n]) == "ns" and _place_words(chunk[n:]) for n in range(min(len(chunk), 4), 1, -1))


def _level_and_word(place: str) -> bool:
    """Whether a place read as one is a bare level before a common word
    (县|农村基层党组织…, 市|乡村振兴…): the level stands for "the county" and
    the word, tagged a plain noun, ends on a level character by chance.
    Why: the place reader takes 农村's 村 for a village's level, but a lone
    level character names no place."""
    return len(place) >= 3 and place[0] in _LEVELS and word_tag(place[1:]) == "n"


def _names_levels(place: str) -> bool:
    """Whether a place read as one closes on two level characters after a
    place of its own (海东市|县巡察工作, 某某省|市两级): the last character
    names a lower level of that place, "its city and counties", not one
    body. A three-character name (新市镇) keeps its levels as part of it, and so
    does a 州 or 市 after a single character that follows a level (某市|秦州区:
    the district named 秦州, as the place reader reads it)."""
    return len(place) >= 4 and place[-1] in _LEVELS and place[-2] in _LEVELS \
        and not (place[-2] in NAME_LEVELS and place[-3] not in _LEVELS and place[-4] in _LEVELS)


#: How many clauses a purpose or source clause may run before the subject's.
_OPENING_CLAUSES = 6


def _past_opening_clause(region: str, start: int, cues: _Cues) -> int:
    """Where the subject's clause starts when the sentence opens with a
    purpose or source clause (为倾听群众心声，了解…，青石镇近日开展…;
    按照县委部署，5月31日上午，青石镇召开…): the first later clause that
    opens with a place name; ``start`` itself when none does, or when the
    sentence opens otherwise. Why: such a clause states why or on whose
    plan, and its subject follows it."""
    if not region.startswith(cues.clause_openers, start):
        return start
    pos = start
    for _ in range(_OPENING_CLAUSES):
        k = min((i for i in (region.find("，", pos), region.find(",", pos)) if i >= 0), default=-1)
        if k < 0:
            break
        pos = k + 1
        if leading_place(region, pos) - pos >= 2:
            return pos
        if (end := _past_glued_date(region, pos)) is not None:
            return end  # 为…，4月23日兴丰镇举办…
        if _zone_end(region, _past_time_clause(region, pos, cues), cues) > pos:
            # 为贯彻…精神，6月3日下午，青川经济开发区召开…: a zone named by its place's stem, which the
            # place reader does not take, after the clause's time phrase (round 66)
            return pos
    return start




def _visited(region: str, e: int, mentions: list[tuple[int, int, str]], cues: _Cues,
             post: bool = True) -> str | None:
    """What a post holder visits, where the body ending at ``e`` heads a post
    whose holder goes to a unit to take part (镇党委书记某某到柳树村参加组织
    生活会, 区委常委某某到区财政局指导民主生活会): the visited unit's name,
    "" for a pronoun place (到我县), None when the holder visits nobody.
    Why: the visitor's body is a guest; the article reports the visited
    unit's meeting. ``post`` False reads a group's own visit (督导组到…), with no post
    word after the body."""
    after = region[e:]
    if post and not after.startswith(cues.not_before):
        return None
    m = (cues.going if post else cues.group_going).match(after)
    if m is None:
        return None
    p = e + m.end()
    p += len(_YEAR_LEAD.match(region, p).group())  # 参加并指导|2025年度|某镇领导班子民主生活会
    if region[p:p + 1] in tuple(cues.not_place_start):
        return ""  # 到我县: the reporter itself, named by a pronoun
    q = next((p + len(w) for w in cues.visit_qualifiers if region.startswith(w, p)), p)
    if q > p and any(xs == q for xs, _, _ in mentions):
        p = q  # 到|联系的|内科某支部上党课: the named branch the visitor keeps in touch with
    x_end = next((xe for xs, xe, _ in mentions if xs == p), None)
    if x_end is None:
        if stem := _bare_stem(region, p, cues):
            return stem  # 督查组来秀洲督查: the district named without its level
        x_end = leading_place(region, p)
        if x_end - p < 2 or word_tag(region[p:x_end]) not in (None, "ns") \
                or any(w in region[p:x_end] for w in cues.not_visited):
            return None  # 到联系村参加, 到基层乡镇: no name, so no unit
    if region[x_end:x_end + 1] in _JOINERS:
        return ""  # 巡察组进驻甲局、乙局: several visited units, none of them the unit
    if m.group("verb") not in cues.settling_verbs and not region[x_end:].lstrip(_SPACE).startswith(cues.visit_verbs) \
            and not _serves_there(region[x_end:], cues):
        return None  # (检查组进驻某局: settling in is the inspection itself, no verb need follow)
    return region[p:x_end]


#: How far a purpose phrase (为学院入党积极分子) may run before its visit verb.
_FOR_REACH = 30


def _serves_there(after: str, cues: _Cues) -> bool:
    """Whether ``after``, the text right after a visited unit, opens with a
    phrase of whom the visit serves and then a visit verb in the same clause
    (来到某学院，为学院入党积极分子讲授专题党课; 到某社区为党员上党课).
    Why (round 59): the visitor acts at the unit's own event, as with a visit
    verb right after the unit, but the 为 phrase stood between them."""
    rest = after.lstrip(_SPACE + "，,")
    if not rest.startswith("为"):
        return False
    clause = re.split("[，,。；;！？!?\n]", rest[:_FOR_REACH + 4], maxsplit=1)[0]
    return any(v in clause[1:] for v in cues.visit_verbs)


#: A year naming the visited unit's meeting, between the verb and the unit (指导|2025年度|某镇…民主生活会).
_YEAR_LEAD = re.compile("(?:[0-9０-９]{4}年度?)?")


def _bare_stem(region: str, p: int, cues: _Cues) -> str | None:
    """An official place written without its level at ``p`` (来秀洲督查), right
    before a visit verb, with the level the gazetteer gives it (秀洲 -> 秀洲区);
    None where the stem takes no level or several (a county and a city), or
    no visit verb follows. Why: the place reader needs a level word to see a
    place, but visitors' reports often write the bare stem; the visit verb
    after it shows it is where they go, not a word."""
    places = gazetteer()
    for n in stem_lengths():
        levels = places.get(region[p:p + n])
        if levels is not None and region.startswith(cues.visit_verbs, p + n):
            return region[p:p + n] + levels[0] if len(levels) == 1 else None
    return None


def _owner_place(region: str, cues: _Cues) -> str | None:
    """A grass-roots place whose own parts act together as the subject
    (某街道青松社区各小区党支部分别召开…, 某村各村民小组…): the community or
    village reports its parts' activity, so it is the unit. Only 社区 and 村
    count among places: a county or town before 各 (青石县各乡镇) opens a
    round-up. A named institution (owner_bodies: 某某热电公司各党支部纷纷开展…)
    owns its parts the same way, even where 纷纷 would mark a round-up."""
    m = cues.owner_re.search(region)
    if m is None:
        return None
    start = _clause_start(region, m.start())
    start += len(region[start:]) - len(region[start:].lstrip(_SPACE))
    start += len(_TIME_LEAD.match(region, start).group())
    end = m.start() + len(m.group(1))
    if region[start:start + 1] in tuple(cues.not_place_start):
        return None
    if m.group(1) in cues.owner_places:
        return region[start:end] if leading_place(region, start) == end else None
    # 某某热电公司各党支部纷纷…: one named body, a qualifier of its own before its ending
    # (not 公司各党支部, nor a list 甲公司、乙公司各…)
    name = region[start:end]
    if end - start - len(m.group(1)) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in name) \
            or any(c in name for c in _LIST_CHARS) or _only_generic(name, cues.generic):
        return None
    return name


def _town_owner(region: str, text: str, cues: _Cues) -> str | None:
    """A town opening the first sentence before every one of its villages
    (某镇各村街集中开展…) reports their work when the text names the town
    again on its own (…某镇将该活动作为…; 截至目前，某镇收集…): the town acts
    and counts, so it is the reporter, not a round-up of many units. A town
    the text names only before 各 stays a round-up, as a county before its
    towns (青石县各乡镇) always does."""
    m = cues.town_owner_re.search(region)
    if m is None:
        return None
    start = _clause_start(region, m.start())
    start += len(region[start:]) - len(region[start:].lstrip(_SPACE))
    start += len(_TIME_LEAD.match(region, start).group())
    end = region.index("各", m.start())
    if start >= end or region[start] in cues.not_place_start or leading_place(region, start) != end:
        return None
    town = region[start:end]
    at = text.find(town)
    while at >= 0:
        if not text.startswith("各", at + len(town)) and text[at - 1:at] not in cues.not_place_start:
            return town
        at = text.find(town, at + len(town))
    return None


#: A date or time of day opening a clause before its subject (4月23日上午).
_TIME_LEAD = re.compile("[0-9０-９年月日号上下午晚早间]*")


def _post_body(region: str, mentions: list[tuple[int, int, str]], cues: _Cues) -> tuple[str | None, str | None]:
    """The first organization heading a post (…党委书记), not the object of a
    cue, and what a visiting post holder before it visits (_visited: the
    visitor's body is skipped). A holder who only attends (_is_guest) is
    skipped too: a guest's body is not the unit."""
    visited: str | None = None
    for s, e, name in mentions:
        before = region[:s].rstrip(_SPACE)
        if before.endswith(cues.not_after) or _is_former(region, s, name):
            continue
        place = _visited(region, e, mentions, cues)
        if place is not None:
            visited = place if visited is None else visited
            continue
        after = region[e:].lstrip(_SPACE)
        if after.startswith(cues.posts) and not _is_guest(region, e, cues) \
                and not _in_meeting_name(region, s, cues) and not _post_meeting(after, cues):
            return name, visited
    return None, visited


def _post_meeting(after: str, cues: _Cues) -> bool:
    """Whether the post word opening ``after`` names a meeting of such post
    holders (办公室主任联席会, 院长座谈会: unit_cues post_meetings), where
    the body before it heads no holder who acts: many units' holders meet."""
    post = max((p for p in cues.posts if after.startswith(p)), key=len)
    return after.startswith(cues.post_meetings, len(post))


def _in_meeting_name(region: str, s: int, cues: _Cues) -> bool:
    """Whether the body at ``s`` follows a holding verb in its clause
    (学校召开2018年二级学院党委书记述职测评大会): it names who the meeting is
    about, inside the meeting's name, and its post holders do not act."""
    clause = region[_clause_start(region, s):s]
    return any(v in clause for v in cues.holding_verbs)


def _is_guest(region: str, e: int, cues: _Cues, verbs: tuple[str, ...] | None = None) -> bool:
    """Whether the post holder after the body ending at ``e`` attends as a
    guest (遗传进化党支部召开…，所党委书记某某以普通党员身份参加了会议): a
    guest verb in the rest of the holder's clause. Why: where the opening
    names no subject the extractor knows, the only body left may be a
    guest's, and the meeting is not its own; better no unit than the guest's.
    ``verbs`` (unit_cues guest_acts) adds 到会指导 for a body read as a
    subject (某街道党工委某某同志到会指导), which a post holder's own
    leader may still do at the body's meeting."""
    clause = region[e:_clause_end(region, e, _CLAUSE_MARKS + "。")]
    if clause.lstrip(_SPACE).startswith(cues.organizing_verbs):
        return False  # 某县纪委监委组织…干部参加旁听: the body sends the guests, it holds the event (round 69)
    return any(w in clause for w in (cues.guest_verbs if verbs is None else verbs))


def _visited_unit(place: str, found: _Regions) -> str:
    """The visited unit: its body where the opening names one that opens
    with the place (柳树村 -> 柳树村党支部), else the place itself."""
    for k in range(len(found.items)):
        for _, _, name in found.mentions(k):
            if name.startswith(place) and len(name) > len(place):
                return name
    return place


def _title_institution(name: str, title: str | None, cues: _Cues, text: str) -> str | None:
    """The institution the title names by its generic word (医院举行…评选会),
    where the body heading a post is only its party body by the one-character
    short form (院党委书记某某): the title's unit, not its party body. Why: the
    title says whose event it is; 院党委 only names the same 医院's committee."""
    if not title or name[1:] not in cues.self_party_endings:
        return None  # (the cheapest test first: 院党委, 校党委)
    word = _generic_subject(title, cues, text)
    return word if word and word.endswith(name[0]) and word in cues.generic else None


def _generic_subject(region: str, cues: _Cues, text: str) -> str | None:
    """A generic word for the unit (学校, 医院) opening a clause as its
    subject; a pronoun form (我校, 我院) gives the generic word it stands for,
    judged by ``text`` where several fit (_resolve_alias)."""
    for m in cues.generic_re.finditer(region):
        if m.group() in cues.not_generic:
            continue  # 大学习大调研: a campaign's name, no 大学
        if _is_subject(region, m.start(), m.end(), cues):
            before = region[:m.start()].rstrip(_SPACE)
            # the generic word must open a clause, not end a longer name, nor stand in a list
            # (深入机关、学校、企业: places a campaign reaches, no subject)
            if _in_list(region, m.start(), m.end()):
                continue
            if _opens_clause(before):
                word = m.group()
                if word in cues.generic_aliases and not (word := _resolve_alias(cues.generic_aliases[word], text, cues.alias_hints)):
                    if branch := _branch_at(region, m.end(), cues):
                        return branch  # 我院学生党支部召开… where no 医院 or 学院 says which: the branch alone
                    continue
                # 机关党支部组织…, 我院教工党支部举行…: the branch the generic word opens is the subject
                return word + _branch_at(region, m.end(), cues)
    return None


def _opens_clause(before: str) -> bool:
    """Whether a word right after ``before`` opens its clause: nothing or no Chinese
    character before it, or a word that leaves a clause open (unit_cues
    clause_open_ends: a date's end, 5月8日|学校召开…, a time word, and a conjunction,
    虽是休息日，但|集团全体党员…, round 65)."""
    return (not before or not ("\u4e00" <= before[-1] <= "\u9fff")
            or before.endswith(_cues().clause_open_ends))


def _bare_branch(region: str, cues: _Cues) -> str | None:
    """A branch named only by its kind (教工党支部, 学生党支部: a qualifier of
    unit_cues branch_qualifiers and a party ending) opening a clause as its
    subject, with no generic word before it. Why (round 65): a school's or a
    hospital's page names its branch so (4月28日下午，教工党支部在…开展主题党日活动),
    and the organizations extractor, rightly, gives no name for it; the branch
    is the most specific unit the text names (GUIDE §1: a generic word where the
    institution is never named)."""
    for qualifier in cues.branch_qualifiers:
        at = region.find(qualifier)
        while at >= 0:
            ending = party_ending_at(region, at + len(qualifier))
            end = at + len(qualifier) + len(ending)
            if (ending and _opens_clause(region[:at].rstrip(_SPACE)) and not _in_list(region, at, end)
                    and _is_subject(region, at, end, cues)):
                return qualifier + ending
            at = region.find(qualifier, at + 1)
    return None


def _generic_holds_before(region: str, name: str, cues: _Cues) -> bool:
    """Whether a generic unit word (学校, 医院, 公司) opens ``region`` as the
    subject of a holding verb (unit_cues holding_verbs, also after a 在 venue
    phrase) before the body ``name`` is first written. Why: the body is then
    something the meeting studies or relays (学校召开全面从严治党工作会，深入学习
    二十届中央纪委二次全会精神), not the subject, as a place opening the sentence
    already wins over a later body (round 57)."""
    at = region.find(name)
    for m in cues.generic_re.finditer(region, 0, max(at, 0)):
        if m.group() in cues.not_generic:
            continue
        rest = region[m.end():at].lstrip(_SPACE)
        holds = rest.startswith(cues.holding_verbs) or rest.startswith("在") and any(
            v in rest[:_VENUE_REACH] for v in cues.holding_verbs)
        if holds and _generic_subject(region[:m.end() + len(rest)], cues, region) is not None:
            return True
    return False


#: How far a 在 venue phrase may run before its holding verb (学校在第二会议室召开).
_VENUE_REACH = 20


def _branch_at(region: str, at: int, cues: _Cues) -> str:
    """The party body's generic name opening ``region`` at ``at`` (党支部; 教工党支部,
    a qualifier of unit_cues branch_qualifiers before the ending), else "". Why:
    after a generic word or a pronoun (我院教工党支部) the branch is the most
    specific unit named, though it has no name of its own."""
    qualifier = next((w for w in cues.branch_qualifiers if region.startswith(w, at)), "")
    ending = party_ending_at(region, at + len(qualifier)) if qualifier else ""
    return qualifier + ending if ending else party_ending_at(region, at)


def _in_list(region: str, s: int, e: int) -> bool:
    """Whether the word at ``s:e`` is an item of a list joined by 、 (机关、学校、企业)."""
    return region[s - 1:s] == "、" or region[e:e + 1] == "、"


def _generic_actor(region: str, cues: _Cues, text: str) -> str | None:
    """The generic subject of ``region`` (_generic_subject) where it acts
    on its own: not followed by 各 or a joiner (公司各党支部纷纷…: its parts,
    a round-up)."""
    word = _generic_subject(region, cues, text)
    at = region.find(word) if word else -1
    return word if at >= 0 and region[at + len(word):at + len(word) + 1] not in _LIST_CHARS else None


def _subject_word(region: str, words: Iterable[str], cues: _Cues) -> str | None:
    """The first of ``words`` one of whose occurrences in ``region`` is its subject.
    Why: a source clause may name the reporter first (按照我院…部署，我院领导班子
    专题民主生活会…召开): there it is an object, and the next mention is the
    subject (round 57)."""
    for word in words:
        at = region.find(word)
        while at >= 0:
            if _is_subject(region, at, at + len(word), cues):
                return word
            at = region.find(word, at + len(word))
    return None


def _pronoun_subject(region: str, cues: _Cues) -> str | None:
    """The pronoun form of the unit (我校, 我院, 我所) that is a subject in
    ``region``, if any: the reporter names itself, so a body heading a post
    in this or a later sentence belongs to a guest, not to the reporter."""
    return _subject_word(region, cues.generic_aliases, cues)


def _self_pronoun(regions: list[str], cues: _Cues) -> str | None:
    """The pronoun (我局, 我行, 我院) a title or opening sentence names the
    reporter by as its subject, if any."""
    return next((w for region in regions if (w := _subject_word(region, cues.self_bodies, cues))), None)


def _named_self(pronoun: str, text: str, organizations: list[Organization], cues: _Cues) -> str | None:
    """The body the pronoun stands for where the text names exactly one of
    its kind (我局… 中小企业局党组书记 -> 中小企业局): a name ending in one
    of the pronoun's endings, bare or before a party body's ending. Why:
    the reporter writes 我局 up front and its full name only later, in a
    post (局党组书记) or a party body; two such names leave it unknown.
    Where the pronoun's generic word is ambiguous (我院: 医院, 学院, 法院 …)
    only the ending the text writes most counts, so a hospital's report
    naming a medical college it trains with still resolves; a pronoun with
    one generic word (我校: 学校) keeps all its endings, which are all kinds
    of it (大学, 中学 …), while the text seldom writes the generic word in
    a name (某某大学, not 某某学校)."""
    endings = cues.self_bodies[pronoun]
    aliases = cues.generic_aliases.get(pronoun, ())
    if len(aliases) > 1:
        word = _resolve_alias(aliases, text, cues.alias_hints)
        endings = tuple(e for e in endings if e == word)
    found: set[str] = set()
    for org in organizations:
        for end in endings:
            at = org.name.find(end)
            rest = org.name[at + len(end):] if at >= 0 else None
            if at >= 2 and (rest == "" or rest in cues.self_party_endings):
                found.add(org.name[:at + len(end)])
    return found.pop() if len(found) == 1 else None


def _pronoun_branch(regions: list[str], pronoun: str, cues: _Cues) -> str:
    """The branch right after the pronoun where it opens a subject (我院|学生党支部召开…),
    else "". Why: the body the pronoun stands for (_named_self: 某某学院) is named
    only elsewhere, and its branch that holds the meeting is the more specific unit
    (某某学院学生党支部), as 学院学生党支部 is where no name resolves the pronoun."""
    for region in regions:
        at = region.find(pronoun)
        if at >= 0 and _is_subject(region, at, at + len(pronoun), cues):
            return _branch_at(region, at + len(pronoun), cues)
    return ""


def _own_party_body(pronoun: str, text: str, cues: _Cues) -> str | None:
    """The pronoun's own party body where the text writes it with the pronoun
    (我局…。我局党组深刻认识到… -> 局党组) and names no body of its kind
    (_named_self). Why: a bureau's summary may never give its name, yet its
    party group is the most specific unit it names. Only for pronouns with no
    generic word (我局, 我行): 我院, 我校 fall back to 医院, 学校 instead."""
    if pronoun in cues.generic_aliases:
        return None
    found = [(at, e) for e in cues.party_endings_longest if (at := text.find(pronoun + e)) >= 0]
    return pronoun[1:] + min(found)[1] if found else None


def _resolve_alias(words: tuple[str, ...], text: str,
                   hints: dict[str, tuple[str, ...]] | None = None) -> str | None:
    """The generic word a pronoun form stands for: the only one listed, or
    the one the text writes most (a 我院 among 医院 and 患者 is a hospital);
    where the text writes none of them, the one its words mark most
    (``hints``, unit_cues alias_hints: 我院…学生党员、教职工 is a college);
    None when several fit and nothing marks one."""
    if len(words) == 1:
        return words[0]
    best = _most_written(words, lambda w: (w,), text)
    return best or (_most_written(words, lambda w: hints.get(w, ()), text) if hints else None)


def _most_written(words: tuple[str, ...], marks: Callable[[str], tuple[str, ...]], text: str) -> str | None:
    """The first of ``words`` whose ``marks`` the text writes most often, None where it writes none."""
    counts = [(sum(text.count(m) for m in marks(w)), -k) for k, w in enumerate(words)]
    best = max(counts)
    return words[-best[1]] if best[0] else None


#: Levels a body's short form opens with (县妇联, 市委, 区法院); a closed set.
_LEVELS = "省市县区镇乡州旗盟"
#: The longest place name read before such a short form (鲁山|县妇联).
_MAX_PLACE = 4


def _official_name(chosen: str, organizations: list[Organization], cues: _Cues) -> str | None:
    """The official name of a unit written short after a bare place stem
    (郸城法院 -> 郸城县人民法院: unit_cues official_forms), where the text names
    exactly one such body: the stem, one level character, the official form.
    Why: a headline writes the court by its stem; the unit is its official
    name, as the text gives it (GUIDE §1, the most specific name)."""
    short = next((w for w in cues.official_forms if chosen.endswith(w)), None)
    if short is None:
        return None
    stem, full = chosen[:-len(short)], cues.official_forms[short]
    if len(stem) < 2 or stem[-1] in _LEVELS:
        return None
    names = {o.name for o in organizations if o.name.startswith(stem) and o.name.endswith(full)
             and len(o.name) == len(stem) + 1 + len(full) and o.name[len(stem)] in _LEVELS}
    return names.pop() if len(names) == 1 else None


def _fuller_level_name(chosen: str, organizations: list[Organization]) -> str:
    """The full name of a unit given only by its level (县妇联), where the text
    names it whole elsewhere (枫林县妇联): the one organization that is a short
    place before ``chosen``. Two such (two counties' 妇联) leave it as it is.
    A verb that makes the body an object (unit_cues not_after: 动员|省检察院及
    各分院干警, glued into one name by the extractor) is no place. (An appointee
    before a body, 王某、李某任|县妇联副主席, is kept out by the organization
    extractor itself: 任 there opens no place; round 57.)"""
    if chosen[0] not in _LEVELS:
        return chosen
    not_place = _cues().not_after
    fuller = {o.name for o in organizations if o.name.endswith(chosen)
              and 0 < len(o.name) - len(chosen) <= _MAX_PLACE
              and all("\u4e00" <= c <= "\u9fff" and c not in _LEVELS for c in o.name[:-len(chosen)])
              and not o.name[:-len(chosen)].endswith(not_place)}
    return fuller.pop() if len(fuller) == 1 else chosen


def _earlier_holder(regions: list[str], word: str, cues: _Cues) -> str | None:
    """The holder an earlier region (the title, the first sentence) names with
    a qualifier before the generic ``word`` a later sentence gives as its
    subject (学生社区中心党总支召开… then 中心党员…参加: the named branch, not
    中心). Why: the organization extractor may miss the name, and the generic
    word then stands for it."""
    for region in regions:
        named = named_holder(region, cues.holding_verbs)
        if named and word in named[1:] and named[0] not in cues.not_place_start and not _lists_bodies(named) \
                and not named.endswith(cues.visiting_groups):
            return named
    return None


def _fuller_generic(region: str, word: str, cues: _Cues) -> str | None:
    """The body ``region`` names as the subject of its holding verb that opens
    with the generic ``word`` and goes on to a body's ending (学院|水电系研究生
    第一党支部于…召开: meetings.named_holder), else None. Why: the organization
    extractor may miss such a long name, and the generic word alone is a
    less specific unit than the one the sentence names (GUIDE §1)."""
    named = named_holder(region, cues.holding_verbs)
    if named is None or len(named) <= len(word) or not named.startswith(word) or _lists_bodies(named):
        return None
    return named


def _department_of(chosen: str, name: str, cues: _Cues) -> bool:
    """Whether ``name`` is a working department of the party committee
    ``chosen`` (公司党委 -> 公司党委组织部): the department issues a notice
    for the committee, whose campaign the title reports; it is no more
    specific unit."""
    return name.startswith(chosen) and chosen.endswith(cues.department_owners) \
        and name[len(chosen):] in cues.departments


def _only_generic(name: str, generic: tuple[str, ...]) -> bool:
    """Whether ``name`` is nothing but generic unit words (公司, 集团公司, 医院)."""
    if not name:
        return True
    if not name.startswith(generic):
        return False  # (most names: one call instead of a try of every word)
    return any(name.startswith(g) and _only_generic(name[len(g):], generic) for g in generic)


def _named_generic(chosen: str, found: _Regions, cues: _Cues) -> str | None:
    """The named institution a generic subject (集团公司其他领导…) stands for,
    where the title or opening names it with a qualifier of its own before the
    generic word that opens the subject (集团 of 集团公司): 首农食品集团党委书记… ->
    首农食品集团, while 中海置业公司, an object, is no 集团. Why: the GUIDE gives a
    generic word only where the text never names the institution. The name
    is cut after the generic word (its party body is no more the unit than
    the institution); two different institutions leave the generic word."""
    g = next(w for w in cues.generic if chosen.startswith(w))  # 集团公司: a 集团
    named: set[str] = set()
    for k in range(len(found.items)):
        for _, _, name in found.mentions(k):
            at = name.find(g)
            head = name[:at]
            if at > 0 and head[0] not in cues.not_place_start and not _only_generic(head, cues.generic):
                named.add(name[:at + len(g)])
    # the title's short form and the opening's full one (青禾集团, 青禾能源集团) are one
    named = {n for n in named if not any(n != o and _is_subsequence(n, o) for o in named)}
    return named.pop() if len(named) == 1 else None


def _venue_user(venue: str, found: _Regions, organizations: list[Organization], cues: _Cues) -> str | None:
    """The body that uses a venue chosen as the unit (青石县革命纪念馆：…, 某分行党建馆入选…):
    the first body the opening sentences name going to it (某局党组组织党员来到青石县
    革命纪念馆: the visitor's campaign is reported), else the body that owns it where
    the text names that body on its own (中信银行某分行党建馆 -> 中信银行某分行).
    Why: a hall or a base is where a campaign goes on, not a unit reporting one;
    a venue no body visits or owns (a museum's own meeting) stays the unit."""
    ending = next(v for v in cues.venues if venue.endswith(v))
    for k, (region, at) in enumerate(found.items):
        if at < 0:
            continue
        for s, e, name in found.mentions(k):
            if name == venue or name.endswith(cues.venues) or not _is_subject(region, s, e, cues):
                continue
            m = cues.going.match(region, e)
            if m is not None and ending in re.split("[，,。；;：:]", region[m.end():m.end() + 24], maxsplit=1)[0]:
                return name
    owner = venue[:-len(ending)]
    return owner if len(owner) >= 2 and any(o.name == owner for o in organizations) else None


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


def find_unit(title: str | None, text: str, organizations: list[Organization]) -> str | None:
    """The unit the article reports on, as named in the title or opening; or None.

    ``organizations`` must be the body's, from extract_organizations(text)
    (or empty, and then the opening is read afresh): the mentions in the
    opening sentences are read off them, while the title is read on its own,
    because the unit's position matters, not just its presence.
    A party committee's standing committee read off the name of its meeting
    (主持召开县委常委会议, 市委常委会会议召开) gives the committee (县委; 秦安县委
    where the text names it so): the meeting is the committee's
    (meetings.standing_owner). As a subject (县委常委会召开专题民主生活会) the
    standing committee stays the unit, as the held-out gold writes it.
    """
    if title is not None and (_bare_name(title) or _SOURCE_TITLE.match(title) or is_boilerplate(title)):
        # 新闻中心: a page's column header read as the title, no headline; 来自:某部, a credit (round 63);
        # page furniture (crumbs, a paper's masthead, a mailbox: resources/boilerplate.txt) given as the
        # title by a caller that did not parse the page (round 64): the body named there is no subject
        title = None
    if (plain := _past_alias(text)) != text and (unit := find_unit(title, plain, [])) is not None:
        return unit  # 某博物馆（某纪念馆）党委组织…: the name read without its other name (round 60)
    head = _past_dateline(title)
    found = _Regions(head, text, organizations, _cues())
    unit = _branch_session_body(head, text, organizations) or _find_unit(head, text, organizations, found)
    if unit is None and _background_opening(found, text, _cues()):
        unit = _find_unit(head, text, organizations, _Regions(head, text, organizations, _cues(), skip=2))
    if unit is None:
        # 教工党支部在…开展…: a branch named by its kind alone, only where nothing else is read (round 65)
        unit = next((b for region, _at in found.items if (b := _bare_branch(region, _cues()))), None)
    if unit is not None and any(w in unit for w in _cues().round_up):
        unit = None  # 某市多家医院 read as one name: many bodies, a round-up as after a place (round 66)
    if unit is not None and (watcher := _watching_body(unit, text, organizations, _cues())):
        unit = watcher
    if unit is not None:
        unit = _past_record_lead(unit, title, text, _cues())
        unit = _past_glued_verb(unit, _cues())
        unit = _first_of_pair(unit, text, _cues())
        unit = _across_space(unit, text, _cues())
        unit = _holding_team(unit, title, text, _cues())
    if unit is not None and (m := _cues().term_inside.fullmatch(unit)):
        unit = m.group("place") + m.group("body")  # 县十七届人大常委会 -> 县人大常委会: the term names no other body
    if unit is not None and (body := _numbered_party_meeting(unit, title, text, _cues())):
        return body
    if unit is not None and (owner := standing_owner(unit)) != unit and _names_meeting(unit, title, text, _cues()):
        return _fuller_level_name(owner, organizations)
    return unit


#: A hall's other name in brackets between its name and its party body (某博物馆（某纪念馆）党委).
_ALIAS = re.compile(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{2,20}[)）](?=党委|党总支|党支部|党组|党工委)")


#: How long a motto line opening a report may be (凝心聚力擘画新蓝图，团结奋进谱写新篇章).
_MOTTO_LINE = 24
#: The reporter's own place by a pronoun (我县, 我市): an opening naming it is no background (round 63).
_SELF_PLACE = re.compile("[我本该][省市县区州镇乡]|全[县区镇乡]")
#: A title line that is a page's credit label (来自:宣传部, 来源 某镇), no headline (round 63).
_SOURCE_TITLE = re.compile(r"\s*(?:来自|来源)\s*[:：\s]")


def _names_place(region: str) -> bool:
    """Whether a clause of ``region`` opens with a place's name (…，启东市某街道…)."""
    return any(leading_place(region[i:]) >= 3 for i in range(len(region))
               if i == 0 or not "\u4e00" <= region[i - 1] <= "\u9fff")


def _rounds_up(region: str, cues: _Cues) -> bool:
    """Whether a sentence marks a round-up of many units (全市各级, 各乡镇: unit_cues round_up,
    or a place before 各 and its parts), which names no one reporter."""
    return any(w in region for w in cues.round_up) or cues.town_owner_re.search(region) is not None


#: The purpose word opening a sentence (为进一步加强…，切实提高全镇各村…).
_PURPOSE = "为"


def _purpose_only(region: str, cues: _Cues) -> bool:
    """Whether ``region`` is a purpose sentence alone: it opens with 为 and no
    holding verb (unit_cues holding_verbs: 召开, 举行, 举办) acts in it. Why (round 70):
    such a sentence names whom the work is for (提高全镇各村居团干部…能力),
    so its 各 marks no round-up, and the next sentence holds the subject."""
    return region.lstrip(_SPACE).startswith(_PURPOSE) and not any(v in region for v in cues.holding_verbs)


def _background_opening(found: _Regions, text: str, cues: _Cues) -> bool:
    """Whether the opening's first two sentences are background only: neither
    names a body, a place or a pronoun as subject, nor marks a round-up (凝心聚力
    擘画新蓝图…。党的二十大是…大会。; 2月20日，中央召开…大会…。2月26日，全省…大会在
    兰州召开。). Why (round 63): a report may open on the occasion before its own
    unit's act (…，省律协秘书处党支部迅速行动起来), which then falls out of the
    two sentences read; the next two are read instead where each tells a
    superior's event or the occasion (unit_cues background_words: 党中央, 全省,
    党的二十大) or is a short motto line with no date, and where these, and the
    title, name no one (a title or sentence naming a place, a body or the
    reporter's own place, 我县, says who reports, or that many do). ``found`` is the
    title and the first two sentences, as the first reading had them."""
    if len([at for _region, at in found.items if at >= 0]) < 2:
        return False
    for k, (region, _at) in enumerate(found.items):
        if not any(w in region for w in cues.background_words) \
                and (len(region.strip(_SPACE)) > _MOTTO_LINE or any(c in _DIGITS for c in region)):
            return False  # neither a superior's event nor a motto line (凝心聚力擘画新蓝图，团结奋进谱写新篇章)
        if found.mentions(k) or _pronoun_subject(region, cues) or _self_pronoun([region], cues) \
                or _SELF_PLACE.search(region) or _names_place(region) \
                or _place_subject(region, lambda: [], cues) is not None \
                or _rounds_up(region, cues) or _generic_actor(region, cues, text):
            return False
    return True


def _past_alias(text: str) -> str:
    """The text with a bracketed other name dropped from a body's name in its
    opening (北京某博物馆（北京某纪念馆）党委组织…, 图书馆（博物馆）党委会…).
    Why: the organization extractor reads no name across the brackets, so the
    opening's subject is lost or a generic word after it is taken; without the
    aside the body reads as one name (round 60)."""
    head = text[:OPENING * 2]
    plain = _ALIAS.sub("", head, count=1)
    return text if plain == head else plain + text[len(head):]


def _across_space(unit: str, text: str, cues: _Cues) -> str:
    """The unit with the party ending a stray space cut off in the text (市红十字会 党支部赴…):
    where the name first stands with a space, then one of self_party_endings, the ending
    is the branch's and the branch the unit (round 60)."""
    pos = text.find(unit)
    if pos < 0:
        return unit
    after = text[pos + len(unit):pos + len(unit) + 8]
    rest = after.lstrip(" \u3000")
    if rest == after or len(after) - len(rest) > 2:
        return unit
    ending = next((e for e in cues.party_endings_longest if rest.startswith(e)), None)
    return unit + ending if ending and not unit.endswith(ending) else unit


def _past_record_lead(unit: str, title: str | None, text: str, cues: _Cues) -> str:
    """The unit without the 记 of a feature's subtitle (党建引领谋发展——记外科党支部…):
    记 ("a record of") leads the name there and is no part of it (round 60)."""
    if not unit.startswith("记") or len(unit) < 4:
        return unit
    full = (title or "") + "\n" + text
    return unit[1:] if any(lead + unit[1:] in full for lead in cues.record_leads) else unit


def _past_glued_verb(unit: str, cues: _Cues) -> str:
    """The party body without a verb glued after its ending with the level character
    opening the verb's object (某局机关党支部|组织|局离退休党员…, 某局直属机关党委|组织|
    局属各党支部…). Why: the organization extractor reads 组织局 on as part of the name,
    yet no party body owns a 组织局; the verb (unit_cues glued_verbs) and the one
    character (glued_heads) are dropped, and 组织部, a committee's department, stays (round 61).
    So is the verb with a whole party body as its object (某集团党委|组织|离退休党支部赴…):
    a party body owns no other party body through 组织, so the one before the verb
    is the subject (round 62)."""
    for verb in cues.glued_verbs:
        cut = len(unit) - len(verb) - 1
        if cut > 2 and unit[-1] in cues.glued_heads and unit[cut:-1] == verb \
                and unit[:cut].endswith(cues.party_endings_longest):
            return unit[:cut]
        at = unit.find(verb, 3)
        if at > 2 and unit[:at].endswith(cues.party_endings_longest) \
                and len(unit) - at - len(verb) > 2 and unit.endswith(cues.party_endings_longest):
            return unit[:at]
    return unit


def _first_of_pair(unit: str, text: str, cues: _Cues) -> str:
    """The first of two bodies read as one name across 与 (某成校与镇宣传科携手合作…):
    where the name acts jointly (unit_cues joint_verbs) and the part after 与
    opens with a level (镇, 县, 市…; unit_cues paired_levels), it names a partner,
    as a joint event's first body is its unit. Names with 与 inside them
    (自然资源与规划局) go on with no level after 与 and keep it (round 60)."""
    at = unit.rfind("与")
    if at < 2 or len(unit) - at < 3 or unit[at + 1] not in cues.paired_levels:
        return unit
    pos = text.find(unit)
    if pos < 0 or not text[pos + len(unit):].lstrip(_SPACE).startswith(cues.joint_verbs):
        return unit
    return unit[:at]


def _bare_name(title: str) -> bool:
    """Whether ``title`` is one organization's name and nothing else (新闻中心,
    a column header the page puts above the headline). Why: a headline says
    what a body did; a bare name says nothing of the article, and read as the
    title's subject it would outrank the opening's own (公司召开…) (round 57)."""
    bare = _SITE_ADDRESS.sub("", title).strip(_SPACE)  # 某区人民法院 http://…: the site's banner and address (round 60)
    site = next((w for w in _cues().site_words if bare.endswith(w)), "")
    if site:
        bare = bare[:-len(site)].rstrip(_SPACE)  # 某某集团官网: the site's banner (round 58)
    found = _mentions(bare)
    return len(found) == 1 and found[0][0] == 0 and found[0][1] == len(bare)


#: A web address after a site's name in the title line (某区人民法院 http://www.…).
_SITE_ADDRESS = re.compile(r"\s*(?:https?://|www\.)\S*\s*$")
_DIGITS = "0123456789０１２３４５６７８９"
#: A meeting's ordinal right before a body's name (第二十二次|全国法院工作会议): the name is inside the meeting's.
_ORDINAL_MEETING = re.compile("第[0-9０-９一二三四五六七八九十百零〇两]+次$")
#: A session's number right before a numeral that cut a body's name (第9届|21|世纪…联盟…论坛); a
#: numeral alone (OK138某某党支部, a name the site wrote so) keeps the body a subject.
_NUMBERED_EVENT = re.compile("[届次期][0-9０-９]+$")


def _featured_body(found: "_Regions", cues: _Cues) -> str | None:
    """The body a title features after a verb of going that opens it or one
    of its parts (unit_cues featured_openers: 红外探物——走进某某重点实验室),
    when the body's name closes that part; else None. Why: such a feature
    names nobody who goes, so the body visited is the one the article is
    about, where no other step finds a subject in the opening."""
    if not found.items or found.items[0][1] >= 0:
        return None
    title = found.items[0][0]
    for m in cues.featured.finditer(title):
        for s, e, name in found.mentions(0):
            if s == m.end() and (e == len(title) or title[e] in "—：:|｜ \u3000"):
                return name
    return None


#: Clause marks before a body that opens the clause watching a broadcast.
_WATCH_CLAUSE = "。！？；，,;!?\n"


def _holding_team(unit: str, title: str | None, text: str, cues: _Cues) -> str:
    """The unit with its leadership team where the title or opening has the
    team hold the meeting (某大学领导班子召开民主生活会 -> 某大学领导班子;
    某县委常委班子召开…: unit_cues team_words, then a holding verb); else
    the unit. Why: the team is the most specific body reporting its own
    meeting, as a standing committee that meets as the subject stays one.
    A generic word's team (医院领导班子召开…) keeps the generic word."""
    if _only_generic(unit, cues.generic):
        return unit
    for region in (title or "", text[:OPENING]):
        at = region.find(unit)
        if at < 0:
            continue
        after = at + len(unit)
        team = next((w for w in cues.teams if region.startswith(w, after)), None)
        if team is not None and region.startswith(cues.holding_verbs, after + len(team)):
            return unit + team
    return unit


def _watching_body(unit: str, text: str, organizations: list[Organization], cues: _Cues) -> str | None:
    """The body opening a clause of the opening in which it watches the
    chosen unit's meeting relayed (全国政协举办…报告会。…市政协组织各级政协、
    政协委员在某地收听收看宣讲报告会 -> 市政协: unit_cues watching_verbs).
    Why: a local outlet reports its own body's watching of a superior's
    meeting; the superior holding it is no reporting unit. Only a body other
    than the unit, named after it, counts."""
    m = cues.watching.search(text, 0, OPENING * 2)
    if m is None:
        return None
    start = max(text.rfind(c, 0, m.start()) for c in _WATCH_CLAUSE) + 1
    while start < m.start() and text[start] in _SPACE:
        start += 1
    first = text.find(unit)
    if first < 0 or first >= start:
        return None
    for org in organizations:
        if org.name != unit and unit not in org.name and any(s == start for s, _ in org.spans):
            return org.name
    return None


def _branch_session_body(title: str | None, text: str, organizations: list[Organization]) -> str | None:
    """The body heading the post of a holder whom the title or an opening
    sentence puts at a branch session (unit_cues branch_sessions: 市委书记在
    我市分会场参加全省…动员大会 -> 市委), else None. Why: the report is the local
    body's session of a superior's meeting, though the superior (省委) is the
    subject that holds the meeting; the cheap word test comes first."""
    cues = _cues()
    head = (title or "") + text[:OPENING * 2]
    if not any(w in head for w in cues.branch_sessions):
        return None
    found = _Regions(title, text, organizations, cues)
    for k, (region, _) in enumerate(found.items):
        at = min((i for i in (region.find(w) for w in cues.branch_sessions) if i >= 0), default=-1)
        if at > 0:
            name = _post_body(region[:at], [m for m in found.mentions(k) if m[1] <= at], cues)[0]
            if name is not None:
                return _fuller_level_name(name, organizations)
    return None


@derived
def _party_meeting_re() -> re.Pattern[str]:
    """A numbered meeting of a party body right after the unit (2025年第12次党组会,
    第3次党委（扩大）会议): the year, the number, the party ending (self_party_endings)."""
    endings = "|".join(map(re.escape, _cues().party_endings_longest))
    return re.compile(r"(?:\d{4}年度?)?第[0-9一二三四五六七八九十百]{1,4}次(?P<body>" + endings
                      + r")(?:[(（]扩大[)）])?会")


def _numbered_party_meeting(unit: str, title: str | None, text: str, cues: _Cues) -> str | None:
    """The unit's party body where the title or opening names the unit's
    numbered meeting of that body (市政府2025年第12次党组会…召开 -> 市政府党组),
    else None. Why: such a meeting is the party group's, the most specific
    body named, though no name of it stands on its own as the subject."""
    for region in (title or "", text[:OPENING]):
        at = region.find(unit)
        if at >= 0 and (m := _party_meeting_re().match(region, at + len(unit))):
            return unit + m.group("body")
    return None


def _committee_in_full(region: str, organizations: list[Organization], cues: _Cues) -> str | None:
    """The body the text names in full whose name, less a committee's closing
    委 (unit_cues no_committee_endings), is the whole subject of ``region``'s
    first holding verb (民建某区召开… where the text names 民建某区委), else
    None. Why: a title or opening may leave the 委 off, and what is left ends
    on a place's level, which the organization extractor reads as no body."""
    at = min((k for k in (region.find(v) for v in cues.holding_verbs) if k > 0), default=-1)
    if at < 0:
        return None
    start = _clause_start(region, at)
    start += len(region[start:at]) - len(region[start:at].lstrip(_SPACE))
    start += len(_TIME_LEAD.match(region, start, at).group())
    chunk = region[start:at]
    if len(chunk) < _MIN_SHORT_NAME:
        return None
    names = {o.name for o in organizations}
    return next((chunk + end for end in cues.no_committee_endings if chunk + end in names), None)


#: The shortest subject read as a body's name less its closing 委 (民建某区).
_MIN_SHORT_NAME = 4


def _past_dateline(title: str | None) -> str | None:
    """``title`` without a news dateline opening it (新华社北京11月7日电题：紧贴基层特点…):
    a page may give a dispatch's first line as its title, and the agency there
    is the outlet, not the unit reported on."""
    if not title or (m := _DATELINE.match(title)) is None or m.end() >= len(title):
        return title
    return title[m.end():]


def _fuller_holder(region: str, name: str, cues: _Cues) -> str:
    """The fuller name of a subject ``name`` that ``region`` writes right
    before its holding verb with a qualifier the organization extractor left
    off (建工控股|集团党委召开…: the extractor reads 集团党委), else ``name``.
    Why: the title's short form (集团党委) is then narrowed to the body the
    opening names in full; a pronoun or determiner (我院党委, 该局党组) or a
    list is no qualifier. Only a generic name (a generic unit word, with or
    without a party ending) is widened: a name with a qualifier of its own
    (远航海洋工程有限公司党委, after 远航控股集团所属) is the extractor's whole reading."""
    ending = next((p for p in cues.party_endings_longest if name.endswith(p)), "")
    if not _only_generic(name[:len(name) - len(ending)], cues.generic):
        return name
    named = named_holder(region, cues.holding_verbs)
    if named is None or len(named) <= len(name) or not named.endswith(name) \
            or named[0] in cues.not_place_start or any(c in named for c in _LIST_CHARS):
        return name
    return named


def _qualified_branch(region: str, name: str, cues: _Cues) -> str:
    """A numbered branch ``name`` (第二党支部) with the branch qualifier
    ``region`` writes right before it (我院学生|第二党支部: unit_cues
    branch_qualifiers), else ``name``. Why: after a pronoun the extractor
    reads the branch from its number, yet 学生第二党支部 is the branch the
    text names, as 学生党支部 is where it has no number (round 57)."""
    at = region.find(name)
    if not name.startswith("第") or at <= 0:
        return name
    qualifier = next((w for w in cues.branch_qualifiers if region.endswith(w, 0, at)), "")
    return qualifier + name


def _names_meeting(name: str, title: str | None, text: str, cues: _Cues) -> bool:
    """Whether the first mention of ``name`` in the title, else in the opening,
    is the name of a meeting: a holding verb before it (召开县委常委会) or a
    meeting word after it (县委常委会议, 常委会会议, 常委会（扩大）会议: unit_cues
    meeting_name_after)."""
    for region in (title or "", text[:OPENING * 2]):
        at = region.find(name)
        if at >= 0:
            end = at + len(name)
            if m := _SESSION_AFTER.match(region, end):
                end = m.end()  # 县委常委会第57次会议: the numbered session is still the meeting's name
            before = region[:at].rstrip(_SPACE)
            if m := _SESSION_BEFORE.search(before):
                before = before[:m.start()]  # 召开十二届县委常委会: the term is no part of the holder
            return region.startswith(cues.meeting_name_after, end) or before.endswith(cues.holding_verbs)
    return False


#: A term or a session number around a standing committee named as a meeting (召开|十二届|县委常委会|
#: 第57次|会议): read past, the holding verb before or the meeting word after still shows the meeting.
_SESSION_BEFORE = re.compile("第?[0-9一二三四五六七八九十百]{1,4}届$")
_SESSION_AFTER = re.compile("第[0-9一二三四五六七八九十百]{1,4}次")


def _same_place(chosen: str | None, region: str, found: _Regions, k: int, cues: _Cues) -> str | None:
    """The place subject of an opening sentence where it is the title's place
    ``chosen``, written the same or more fully (三合镇 -> 颍州区三合镇, 武汉市 ->
    湖北省武汉市); None otherwise. Why: the sentence that names the title's
    place as its subject confirms it as the unit, with the fullest name the
    text gives (as gold writes 芦溪县里仁镇党委); a body a later sentence
    names (武汉市委常委会带头…) is one of the place's parts, not a narrower unit."""
    if not chosen or not region.strip():
        return None
    place = _place_subject(region, lambda: found.mentions(k), cues)
    return place if place is not None and place.endswith(chosen) else None


def _find_unit(title: str | None, text: str, organizations: list[Organization], found: _Regions) -> str | None:
    """The unit read off ``found``: the title and the opening sentences of ``text``
    (the first two, or the two after them where those told only the occasion)."""
    cues = _cues()
    regions = [region for region, _ in found.items]
    if body := _pronoun_congress(regions, text, cues):
        return body  # 我市召开第七次归侨侨眷代表大会: the city's federation, named by its level (各级侨联 no round-up)
    if (place := _pronoun_venue_place(found, organizations, cues)) is not None:
        return place  # 全镇…动员大会在我镇大会议室召开。…青石镇党委书记某某…: the town the text names
    chosen: str | None = None
    own: str | None = None  # the pronoun (我院) an earlier sentence names the reporter by
    title_place = False  # the title's subject is a place (三合镇召开…)
    for k, region in enumerate(regions):
        name, joint, partner = _subject(region, found.mentions(k), cues)
        if name is None and found.items[k][1] < 0:
            name = _going_holder(region, cues)  # 某党支部赴某纪念馆开展主题党日: the branch's own outing
        if name is not None and chosen is None and _generic_holds_before(region, name, cues):
            name = None  # 学校召开…会，学习…二十届中央纪委二次全会…精神: the generic word opened the sentence
        if name is not None and not joint:
            name = _qualified_branch(region, _fuller_holder(region, name, cues), cues)
        if title_place and name is None and (fuller := _same_place(chosen, region, found, k, cues)):
            chosen = fuller  # 三合镇召开… 1月27日，颍州区三合镇召开…: the opening's fuller name, read no further
            break
        place = _place_subject(region, lambda: found.mentions(k), cues) if chosen is None else None
        if name is not None and place is not None and not _is_subsequence(place, name) \
                and region.find(place) < region.find(name):
            name = None  # 青石县深入开展…，全县各乡镇党委…: the place opens the sentence
        if name is None:
            if chosen is None and place is not None:
                # 青石县开展…实践活动: the county itself, even where it goes on
                # to 全县各乡镇; a later sentence may name its body (青石县 ->
                # 中共青石县委)
                chosen = place
                if region is not title:
                    chosen = _title_body(title, organizations, cues) or place
                    break
                title_place = True
            elif chosen is None and (owner := _owner_place(region, cues)) is not None:
                return owner  # 青松社区各小区党支部分别召开…: the community
            elif chosen is None and region is not title and (owner := _town_owner(region, text, cues)):
                return owner  # 某镇各村街集中开展…。…某镇收集…件: the town reports its villages' work
            elif chosen is None and _rounds_up(region, cues) \
                    and not region.lstrip(_SPACE).startswith(cues.meeting_content_leads) \
                    and not _purpose_only(region, cues) \
                    and not _generic_actor(region, cues, (title or "") + text):
                # 近日，全市各单位纷纷…: a round-up, not one unit's report (but 集团召开党委会，听取
                # 集团各单位…汇报 is the group's own meeting: a generic subject acting alone; nor is 会议强调，…是各部门
                # 共同的职责, a sentence telling a meeting's content to those it addresses; 某街道各社区积极开展…, a town
                # named only before its parts, is a round-up too: round 59); but an opening that credits one
                # body with the scene it told (这是某街道…的一个场景) is that body's report (round 67)
                return _deed_owner(found, cues)
            elif chosen is None and region is not title and own is None and not _pronoun_subject(region, cues) \
                    and (word := _generic_actor(region, cues, (title or "") + text)) is not None \
                    and _post_body(region, found.mentions(k), cues) == (None, None) \
                    and not _post_before(found, k, cues):
                # 2月27日，公司召开…。会议…: the opening names the unit by its generic word, so a later
                # sentence's body is not read as the subject (a named institution in the opening may still
                # stand for the word, _named_generic; a body heading a post there is read below)
                chosen = _earlier_holder(regions[:k], word, cues) or _fuller_generic(region, word, cues) or word
                break
            elif chosen is None:
                if region is not title and own is None:
                    own = _pronoun_subject(region, cues)
            continue
        if own is not None and not name.startswith(own[1:]):
            continue  # 我院…召开。省督导组某某…参加: a later body is a guest, unless the reporter's own (院党委)
        if chosen is None:
            if joint and partner is None and (owner := _list_owner(region, name, cues, (title or "") + text)):
                chosen = owner  # 文法系党总支教工第一党支部、教工第二党支部分别召开…: the branches' owner
                if region is not title:
                    break
                continue
            if joint and not (partner and _own_report(name, partner, text, cues)):
                if region is not title:
                    return None
                return _self_marked_next(regions, k, found, cues) or _lone_subject_next(regions, k, found, name, partner, cues)
            chosen = name
            if region is not title:
                break
            continue
        # The opening may name the title's unit more fully (临溪县法院党组 ->
        # 临溪县人民法院党组) or more specifically (某大学 -> 某大学后勤党总支).
        if partner is not None and _is_subsequence(chosen, partner) and not _only_generic(chosen, cues.generic) \
                and not _own_report(name, partner, text, cues):
            return None  # 机关退休党支部联合… / 甲党支部和乙党支部联合召开…: the title names both, a joint report
        if name != chosen and _is_subsequence(chosen, name) and not _department_of(chosen, name, cues) \
                and not (joint and partner is None and not name.endswith(chosen)):
            # (not narrowed to the first of a list: 某局机关党支部、执法局党支部相继召开… is the
            # 某局's; a fuller form of the same name, 中共某党校、某学院, still counts)
            chosen = name
        break
    if chosen is not None:
        if m := cues.study_group.fullmatch(chosen):
            chosen = m.group("body") + m.group("group")  # 某所党委|组织|中心组: the verb is no part of the group's name
        if _only_generic(chosen, cues.generic):
            chosen = _named_generic(chosen, found, cues) or chosen
        chosen = _determined_town(chosen, (title or "") + "\n" + text[:OPENING * 2], cues) or chosen
        if chosen.endswith(cues.venues):
            chosen = _venue_user(chosen, found, organizations, cues) or chosen
        if chosen in gazetteer():
            chosen = _leveled_stem(chosen, text)
        chosen = _congress_body(chosen, regions, text, cues) or _official_name(chosen, organizations, cues) or chosen
        return _fuller_level_name(chosen, organizations)
    earlier: str | None = None  # a generic subject (医院) of an earlier sentence of the body
    full = (title or "") + text
    if not any(_pronoun_subject(r, cues) for r in regions):
        for region in regions:
            # 北海研究站召开…: a subject the organization extractor does not know
            # still names the unit, rather than a guest's body heading a post
            # (not a pronoun or generic word, 我院, 医院: the steps below read those)
            named = named_holder(region, cues.holding_verbs) or _committee_in_full(region, organizations, cues)
            if named and named[0] not in cues.not_place_start and named not in cues.generic \
                    and not _preposition_at(named, 0, cues) \
                    and not named.endswith(cues.visiting_groups) \
                    and not (_lists_bodies(named) and not _joined_field(named, cues)) \
                    and not any(w in named[1:] for w in cues.joint_verbs):  # (甲联合乙召开: two bodies; 由…举行: no name)
                return named
    for k, region in enumerate(regions):
        if _pronoun_subject(region, cues):
            break  # 我所举行…。省科学院党组书记某某出席: the post holder is a visitor
        # 某大学党委书记王某为师生讲党课: no organization is the subject, but the
        # post holder speaks for the body that heads the post.
        name, visited = _post_body(region, found.mentions(k), cues)
        if visited:
            return _visited_unit(visited, found)
        if name:
            # 医院组织…。院党委副书记某某传达…: the sentence before named the unit by its generic word
            # (a level's body, 区委书记某某, takes the full name the text gives it, 某某区委: round 58)
            return earlier or _title_institution(name, title, cues, full) or _fuller_level_name(name, organizations)
        if found.items[k][1] >= 0 and earlier is None:
            earlier = _generic_subject(region, cues, full)
    pronoun = _self_pronoun(regions, cues)
    if pronoun is not None and (named := _named_self(pronoun, text, organizations, cues)):
        return named + _pronoun_branch(regions, pronoun, cues)
    if pronoun is not None and (named := _own_party_body(pronoun, text, cues)):
        return named
    for region in regions:
        word = _generic_subject(region, cues, full)
        if word:
            return word
    return _bare_party_holder(regions, cues) or _pronoun_venue_level(found, organizations, cues) \
        or _featured_body(found, cues) or _deed_owner(found, cues) or _closing_body(text, cues)


def _deed_owner(found: _Regions, cues: _Cues) -> str | None:
    """The body an opening sentence credits with the event it reports
    (…廉政党课在某小学开讲。这是某区纪委监委…推进清廉学校建设的又一举措):
    a body right after a deed lead (unit_cues deed_leads: 这是) in a sentence
    closing on a deed word (deed_closes: 举措). Why (round 59): the first
    sentence tells the event with no subject, the next names whose step it
    is, and 是 before a body otherwise makes it no subject. Asked last.
    A town or street right after the lead (这是某区某街道日前在开展…时的一个场景)
    is credited too, though no organization mention covers it (round 67)."""
    for k, (region, _) in enumerate(found.items):
        for s, e, name in found.mentions(k):
            if region[:s].rstrip(_SPACE).endswith(cues.deed_leads) and any(w in region[e:] for w in cues.deed_closes):
                return name
    for region, _ in found.items:
        # …”这是某区某街道日前在开展谈心交心活动时的一个场景: a town or street, a place no organization
        # mention covers, credited in the same way (round 67)
        for lead in cues.deed_leads:
            at = region.find(lead)
            while at >= 0:
                start = at + len(lead)
                end = leading_place(region, start)
                if end - start >= 2 and any(w in region[end:] for w in cues.deed_closes):
                    return region[start:end]
                at = region.find(lead, at + 1)
    return None


#: A writer's credit in brackets naming the body that sent the report in (（某县人民检察院某某供稿）).
_SENT_BY = re.compile("[（(]([^()（）\n]{2,40}?)供稿[)）]")
#: How far past a closing lead (下一步，) the body's name is read.
_CLOSING_REACH = 30


def _closing_body(text: str, cues: _Cues) -> str | None:
    """The body the close of a page names as the reporter, where the page
    lost its opening (会议首先通报了…): a body opening a bracketed credit
    closed by 供稿 (（某县人民检察院某某供稿）), else a body right after a
    closing lead (unit_cues closing_leads: 下一步，某检察院将以此次…为契机).
    Why (round 59): such pages name no subject in their first sentences,
    yet the report is plainly that body's; asked only when no other step
    finds a unit."""
    for m in _SENT_BY.finditer(text):
        if body := _opening_body(m.group(1)):
            return body
    for lead in cues.closing_leads:
        at = text.find(lead)
        while at >= 0:
            if body := _opening_body(text[at + len(lead):at + len(lead) + _CLOSING_REACH]):
                return body
            at = text.find(lead, at + 1)
    return None


def _opening_body(chunk: str) -> str | None:
    """The longest body named at the very start of ``chunk``, or None."""
    ends = [e for s, e, _ in _mentions(chunk) if s == 0]
    return chunk[:max(ends)] if ends else None


#: The word closing a congress's name, which a number may stand before (妇女|第十五次|代表大会).
_CONGRESS = "代表大会"


def _congress_body(place: str, regions: list[str], text: str, cues: _Cues) -> str | None:
    """The body behind a place's congress that the title or an opening
    sentence names right after the place (谷城县第十次妇女代表大会 -> 谷城县妇联:
    unit_cues congress_bodies), where the text names that body too (县妇联);
    None otherwise. Why: the congress is the federation's meeting, held in
    the place's name; the place alone is too broad a unit (GUIDE §1)."""
    for region in regions:
        at = region.find(place)
        if at >= 0 and (m := cues.congress_re.match(region, at + len(place))):
            body = cues.congress_bodies[m.group("congress") or m.group("kind") + _CONGRESS]
            return place + body if body in text else None
    return None


#: A place the reporter names by a pronoun and its level (我市, 我县), opening a title or sentence.
_PRONOUN_PLACE = re.compile("我(?P<level>[省市县区州旗])")


#: A meeting held in the reporter's own place, named by a pronoun (…动员大会在我镇大会议室召开),
#: the level in the group; the holding verb closes the same clause.
_PRONOUN_VENUE = re.compile("在我(?P<level>街道|镇|乡|县|区|市)[^，,。；;！？!?]{0,24}?(?:召开|举行|举办)")
#: A meeting's scope by level (全市…, 全镇…): another level's than the pronoun's makes it a superior's.
_WHOLE_LEVEL = re.compile("全([省市县区州镇乡街])")


def _determined_town(chosen: str, head: str, cues: _Cues) -> str | None:
    """The town a determiner points back to where the unit chosen is a town's
    body written with the level word alone (该街道党工委, 本镇党委: unit_cues
    determined_town_bodies): the nearest town of that level ``head`` (the
    title and opening) names before it, with the body (…是某市某街道规定的…，
    该街道党工委… -> 某市某街道党工委); else None. Why: 该 names no place of
    its own, and the bare 街道党工委 is a generic word where the text does
    name the town (GUIDE §1)."""
    m = cues.determined_town_re.fullmatch(chosen)
    if m is None:
        return None
    at = min((i for d in _DETERMINERS if (i := head.find(d + chosen)) >= 0), default=-1)
    if at < 0:
        return None
    town = _last_town(head[:at], m.group("level"), cues)
    return town + m.group("body") if town else None


#: How far before its level word a town's name (with its county or city) may start.
_TOWN_REACH = 12


def _last_town(before: str, level: str, cues: _Cues) -> str | None:
    """The last town of ``level`` (街道, 镇) that ``before`` names, read as the
    longest place chain the place reader closes on the level word (汝州市某街道),
    else None. Why: the determiner refers back to the town last named."""
    end = before.rfind(level)
    while end >= 0:
        stop = end + len(level)
        for s in range(max(0, stop - _TOWN_REACH), end):
            if before[s] not in cues.not_place_start and before[s] not in _LEVELS \
                    and leading_place(before, s) == stop:
                return before[s:stop]
        end = before.rfind(level, 0, end)
    return None


def _pronoun_venue_level(found: _Regions, organizations: list[Organization], cues: _Cues) -> str | None:
    """The level word (镇) of the reporter's own place a meeting is held in by
    a pronoun (全镇…动员大会在我镇大会议室召开), where the text's bodies name no
    place of that level and no other step found a unit; else None. Why: the
    meeting is the town's own, and the GUIDE gives a generic word where the
    text never names the institution (asked last, round 54)."""
    level = _pronoun_venue(found)
    return level if level and not _named_places(level, organizations, cues) else None


def _named_places(level: str, organizations: list[Organization], cues: _Cues) -> set[str]:
    """The places of ``level`` the text's bodies open with (青石镇党委 -> 青石镇)."""
    return {o.name[:i + len(level)] for o in organizations
            if (i := o.name.find(level, 2)) >= 2 and o.name[0] not in cues.not_place_start
            and o.name[i - 1] not in _LEVELS}


def _pronoun_venue(found: _Regions) -> str | None:
    """The level (镇) of the pronoun place (在我镇…召开) the first opening region
    holds a meeting in with no body named before it, or None; None too where a
    whole place of another level owns the meeting (全市…推进会在我县召开: the
    city's meeting, the county only hosts it)."""
    for k, (region, _) in enumerate(found.items):
        m = _PRONOUN_VENUE.search(region)
        if m is None or any(s < m.start() for s, _, _ in found.mentions(k)):
            continue
        level = m.group("level")
        if (scope := _WHOLE_LEVEL.search(region, 0, m.start())) and scope.group(1) != level[0]:
            return None
        return level
    return None


def _pronoun_venue_place(found: _Regions, organizations: list[Organization], cues: _Cues) -> str | None:
    """The place a meeting is held in, passively, where the opening writes it
    by a pronoun (全镇…动员大会在我镇大会议室召开) and no body before it holds
    the meeting: the one place of that level the text's bodies name
    (青石镇党委 -> 青石镇), else None (两个 or none named: left to the steps
    that follow). Why: the meeting is the place's own, and 我镇 names no place
    the subject steps could read, while a host named before 在 (县纪委在我镇召开…)
    holds its own meeting there."""
    level = _pronoun_venue(found)
    if level is None:
        return None
    places = _named_places(level, organizations, cues)
    return places.pop() if len(places) == 1 else None


def _pronoun_congress(regions: list[str], text: str, cues: _Cues) -> str | None:
    """The level and the body behind a congress (unit_cues congress_bodies)
    that the title or an opening sentence has the reporter's own place hold
    (我市召开第七次归侨侨眷代表大会 -> 市侨联), past a time phrase, where the
    text names that body by the level (市侨联主席某某; not only a guest's
    省侨联, round 44); else None. Why: the
    congress is the federation's meeting, and the place named by a pronoun
    names no place _congress_body could read, so the generic body of that
    level stands for the unit (GUIDE §1: a generic word where nothing is named)."""
    for region in regions:
        start = _past_time_clause(region, len(region) - len(region.lstrip(_SPACE)), cues)
        start += len(_TIME_LEAD.match(region, start).group())
        if (p := _PRONOUN_PLACE.match(region, start)) is None:
            continue
        verb = next((v for v in cues.holding_verbs if region.startswith(v, p.end())), None)
        if verb is not None and (m := cues.congress_re.match(region, p.end() + len(verb))):
            body = p.group("level") + cues.congress_bodies[m.group("congress")]
            return body if body in text else None
        if verb is not None and (body := _termed_body(region, p.end() + len(verb), p.group("level"), text)):
            return body
    return None


#: A body's short name right before the term or the number of its meeting (工经联|一届二次会长会议,
#: 科协|第三次…): shortest first, so the term is not read into the name.
_TERMED_BODY = re.compile("(?P<body>[\u4e00-\u9fff]{2,6}?)(?:第?[0-9一二三四五六七八九十]{1,3}届"
                          "|第[0-9一二三四五六七八九十百]{1,4}次)")


def _termed_body(region: str, at: int, level: str, text: str) -> str | None:
    """The level and the body whose numbered meeting the reporter's own
    place holds (我县召开工经联一届二次会长会议 -> 县工经联), where the text
    names that body by the level too (县工经联会长某某); else None. Why: the
    meeting is the body's, written short after 我县召开; the place named by a
    pronoun is no unit, and a name the text never writes with the level is
    not guessed (round 49)."""
    m = _TERMED_BODY.match(region, at)
    if m is None:
        return None
    name = m.group("body")
    body = name if name.startswith(level) else level + name
    return body if body in text else None


def _going_holder(title: str, cues: _Cues) -> str | None:
    """The body a title opens with as the subject of a verb of going (unit_cues
    title_going_verbs: 无机化学教工党支部赴某纪念馆开展主题党日), when what it
    goes to do is its own activity (a body verb, 开展, follows) and no visit
    verb makes it a guest (赴某村指导, 督导: unit_cues visit_verbs other than
    the body verbs); else None. Why: the organization extractor may miss
    such a branch's name, and a later sentence's faculty would then stand
    for the unit, though the title names the branch that went out."""
    named = named_holder(title, cues.title_going_verbs)
    if named is None or named[0] in cues.not_place_start or _lists_bodies(named) \
            or named.endswith(cues.visiting_groups):
        return None
    tail = title[title.find(named) + len(named):]
    if any(v in tail for v in cues.visit_verbs if v not in cues.body_verbs):
        return None
    return named if any(v in tail for v in cues.body_verbs) else None


def _leveled_stem(stem: str, text: str) -> str:
    """A bare place stem chosen as the unit (泉州深化…) with the level the
    opening first writes it with (泉州市惠安县召开… -> 泉州市), else ``stem``.
    Why: a headline drops the level word, while the unit is the place's
    official name, as the text gives it."""
    head = text[:OPENING * 2]
    at = head.find(stem)
    while at >= 0:
        for level in gazetteer()[stem]:
            if head.startswith(level, at + len(stem)):
                return stem + level
        at = head.find(stem, at + len(stem))
    return stem


def _post_before(found: _Regions, k: int, cues: _Cues) -> bool:
    """Whether an opening sentence before the ``k``-th region names a body
    heading a post (近日，医院党委书记某某对联系党支部开展党建查房。机关一支部…):
    that body, read after the loop, stands for the unit, not a generic word
    a later sentence happens to hold (机关 of 机关一支部)."""
    for i, (region, at) in enumerate(found.items[:k]):
        name = _post_body(region, found.mentions(i), cues)[0] if at >= 0 else None
        if name is not None and not any(v in region[region.find(name):] for v in cues.holding_verbs):
            return True  # (公司党支部书记述职评议会议在…召开: the post names the meeting's speakers, who hold nothing)
    return False


def _bare_party_holder(regions: list[str], cues: _Cues) -> str | None:
    """A bare party ending (unit_cues self_party_endings: 党委, 党总支) opening
    the title or an opening sentence, past a time phrase, right before a
    holding verb (党委召开理论学习中心组…; 4月3日上午，党委召开…), else None.
    Why: the text then never names the institution, and the generic body is
    the unit (GUIDE §1: a generic word where the text names nothing else);
    asked last, after every named body and generic unit word."""
    for region in regions:
        start = _past_time_clause(region, len(region) - len(region.lstrip(_SPACE)), cues)
        start += len(_TIME_LEAD.match(region, start).group())
        ending = next((p for p in cues.party_endings_longest if region.startswith(p, start)), None)
        if ending is not None and region.startswith(cues.holding_verbs, start + len(ending)):
            return ending
    return None
