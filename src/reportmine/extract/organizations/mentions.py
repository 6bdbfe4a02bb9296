"""Every mention of a named body in one text, before they are merged into organizations."""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from reportmine.extract.matching import last_match
from reportmine.extract.organizations.extend import (
    MIN_OFFICE_ENDING, _ALIAS_CLOSE, _LEVEL_LIST, _alias_open, _country_fields_start, _extend_core, _extend_left, _is_name_char, _LI, _LI_NUMERALS,
    _state_office_start, _verb_before_body,
)
from reportmine.extract.organizations.lexicon import (
    ARMY, COUNTRY, OPENING, PARTY, PARTY_FULL, PARTY_SHORT, TERM_ONLY, _COORD, stem_ending, _MEASURE, _NO_INFO, _Lexicon, _MASK, _NUMERAL, _ORDINAL_HEAD, _PLACE_LEVELS, _QUOTED, _dict_tags, _lexicon,
)
from reportmine.extract.organizations.gazetteer import gazetteer
from reportmine.extract.organizations.places import MAX_PLACE_RUN, _LEVEL_CHARS, _place_start, leading_place, names_place_level
from reportmine.extract.organizations.qualifiers import (
    DETERMINER_REACH, HOME_COUNTRY, _AFFILIATED, _COMMITTEE_MEMBER, _CENTRE, _CENTRE_WORK, _CLASS, _DETERMINERS, _GRADE, _INCLUDING, _KEYNOTE, _OPEN_BRACKETS,
    _REFERRED_TYPES, _REFERRING, FRAME_OPENERS, _accept, _affiliated_body, _bare_type, _class_start, _coded_branch_start, _grade_start, _every_kind, _levelled_body, _every_level_body, _every_under_level,
    _country_body, _determiner_tail, _heads_post, _since_clause, _stem_type, _strip_count, _strip_generic, army_qualifier,
    _counted_kind,
)
from reportmine.record import Organization, Span


#: The committee character, the member character after it, and the 会 of a committee's full name.
_COMMITTEE_CHAR, _MEMBER_CHAR, _COMMITTEE_TAIL = "委", "员", "员会"


def _member_word(t: str, suffix: str, end: int) -> bool:
    """Whether the ending ``suffix`` (镇委, 区委) ending at ``end`` makes the word
    委员 with the character after it, and no 委员会. Why: 驻镇委员, 驻区委员 are
    members stationed in a town or district; no committee is written there."""
    return suffix.endswith(_COMMITTEE_CHAR) and t.startswith(_MEMBER_CHAR, end) \
        and not t.startswith(_COMMITTEE_TAIL, end)


def _drop_head_verb(qualifier: str, suffix: str, lex: _Lexicon) -> str:
    """``qualifier`` without a head verb opening it right before one of the
    endings it cuts before (服务|医院, 服务|学院党委: org_head_verbs.txt).
    Why: no name opens with the verb and its object (立足岗位服务医院发展); the
    verb is the sentence's and the ending its object, bare and generic.
    A word modifying the verb may open it (专题|研究|学校: org_verb_modifiers.txt),
    and is dropped with it."""
    at = 2 if qualifier[:2] in lex.verb_modifiers else 0
    cut = lex.head_verbs.get(qualifier[at:at + 2])
    if cut and (qualifier[at + 2:] + suffix).startswith(cut):
        return qualifier[at + 2:]
    return qualifier


@dataclass
class _Mention:
    name: str
    kind: str
    span: Span | None  # None for a name rebuilt from a coordination (第一、第二党支部)
    at: int  # where the mention begins, for ordering


def _coordinated(text: str, s: int, name: str, lex: _Lexicon) -> list[_Mention]:
    """Names elided by coordination before an ordinal name: 第一、第二党支部 -> 第一党支部.

    The rebuilt names carry no span (the text never writes them whole); a
    qualifier before the first ordinal (机关党委第一、第二党支部) stays its own
    organization rather than being copied onto each member.
    """
    m = _ORDINAL_HEAD.match(name)
    if not m:
        return []
    rest = name[m.end():]
    if leading_place(rest) > 0:
        return []  # 0、二青山县税务局: a body named for its place is no numbered member
    kind = lex.info.get(_longest_suffix(name, lex), ("other", ""))[0]
    out: list[_Mention] = []
    i = s
    while i > 1 and text[i - 1] in _COORD:
        j = i - 1
        while j > 0 and text[j - 1] in _NUMERAL:
            j -= 1
        if j == i - 1:
            break
        if j > 0 and text[j - 1] == "第":
            j -= 1
        ordinal = text[j:i - 1]
        if not ordinal.startswith("第"):
            ordinal = "第" + ordinal
        out.append(_Mention(ordinal + rest, kind, None, j))
        i = j
    return out[::-1]


#: What only a quoted sentence holds, never a campaign's quoted name (“不忘初心、牢记使命”).
_SENTENCE_MARKS = re.compile("[。！？!?；;，,]")


def _past_spoken_quote(text: str, t: str, s: int, start: int) -> int:
    """Where a name read over the masked quote at ``s`` begins: past the quote
    when it holds a sentence's punctuation. Why: a campaign in quotes opens a
    group's name (县委“不忘初心、牢记使命”主题教育领导小组), but a quoted sentence
    ending right before a body (“……标本兼治。”市委巡察办加大…) is speech, and
    the body, its subject, begins after it."""
    j = s
    while j < start and t[j] == _MASK:
        j += 1
    return j if _SENTENCE_MARKS.search(text, s, j) else s


def _bare_lead(t: str, at: int, lex: _Lexicon) -> str:
    """The qualifier written right before the first of numbered names listed
    without 第 (机关|一、二支部), or "" when 第, no name or a whole body stands
    there: the members are 机关一支部 and 机关二支部, not 第一支部 and 第二支部."""
    if at < 2 or "第" in t[at - 1:at + 1] or not _is_name_char(t[at - 1]):
        return ""
    lead = _strip_generic(t[_extend_left(t, at, lex):at], lex)
    if len(lead) < 2 or lead in lex.whole:
        return ""  # (县委|一、二巡察组: a whole body before the list is its own name)
    return lead


def _led_members(text: str, members: list[_Mention], lead_len: int, last: str, kind: str,
                 s: int) -> list[_Mention]:
    """The members of a list of ordinal names (机关|第一、第二党支部) and its
    last name ``last`` at ``s``, each with the qualifier of ``lead_len``
    characters written before the first member. The qualifier is read from
    ``text``, not the masked copy: a quoted campaign in it (中科院“…”主题教育|
    第十、第十一指导组) is masked there."""
    lead = text[members[0].at - lead_len:members[0].at]
    return [_Mention(lead + m.name, kind, None, m.at) for m in members] + [_Mention(lead + last, kind, None, s)]


#: The mark of an ordinal name (第一党支部).
_ORDINAL = "第"


def _ordinal_lead(t: str, at: int, lex: _Lexicon) -> str:
    """The qualifier written right before the first of ordinal names listed
    (机关|第一、第二党支部, 离退休|第一、第二党支部), or "" when none stands there
    or it is a whole body (机关党委|第一、第二党支部, 县委|第一、第二巡察组: that body
    stays its own name and the members stay bare). A qualifier that is itself a
    bare ending (机关) or holds none (离退休) names no body alone: it is the
    members' own."""
    if at < 2 or not _is_name_char(t[at - 1]):
        return ""
    # (read before its ordinal: a generic word there stays, 教工|第一党支部; see _strip_generic)
    lead = _strip_generic(t[_extend_left(t, at, lex):at] + _ORDINAL, lex)[:-1] if t[at] == _ORDINAL else ""
    b = lex.chain.ending(lead, len(lead))
    if len(lead) < 2 or lead in lex.whole or 0 < b < len(lead):
        return ""
    return lead


def _longest_suffix(name: str, lex: _Lexicon) -> str:
    for k in range(len(name), 0, -1):
        if name[-k:] in lex.info:
            return name[-k:]
    return ""


def mask_quoted(text: str) -> str:
    """``text`` with the inside of 《》, “” and 「」 blanked (same length)."""
    return _QUOTED.sub(lambda m: _MASK * len(m.group()), text)


def _mentions(text: str) -> list[_Mention]:
    lex = _lexicon()
    t = mask_quoted(text)
    found: list[tuple[int, int, str, str]] = []
    extra: list[_Mention] = []
    covers: dict[tuple[int, int], int] = {}  # a name cut after 该行 still covers what 行 opens
    info, known, not_suffix, clashing = lex.info, lex.known, lex.not_suffix, lex.clashing
    for m in lex.suffix_re.finditer(t):
        suffix = m.group()
        if not suffix:
            continue
        start, end = m.span()
        if len(suffix) > 1 and suffix[-1] == _COMMITTEE_END and t.startswith(_COMMITTEE_TAIL, end) \
                and _COMMITTEE_END + _COMMITTEE_TAIL in info:
            # 人民|委员会, 经济|委员会: an ending closing on 委 (民委, 济委) read first would
            # cut the committee's own ending; 员会 after it goes with that 委
            suffix, start, end = _COMMITTEE_END + _COMMITTEE_TAIL, end - 1, end + len(_COMMITTEE_TAIL)
        # (a known part of two or more characters ending right before the ending keeps
        # its characters: 县政协|办 is the conference's office, no 协办 of its 协)
        part = suffix in clashing and lex.jump.ending(t, start) > 1
        whole = True  # (two characters after only the ending as matched: 局|处级; once cut, 科|协同 stays 科)
        while suffix in clashing and (t[start:end + 1] in not_suffix or whole and t[start:end + 2] in not_suffix
                                      or not part and (t[start - 1:end] in not_suffix or t[start - 2:end] in not_suffix)):
            # 干部, 部分, 党组织, 集中学习, 会议室, 局处级: the ending belongs to another word; a
            # shorter ending may still stand (药剂科|协同 is no 科协)
            suffix = next((suffix[:L] for L in range(len(suffix) - 1, 0, -1) if suffix[:L] in info), "")
            end = start + len(suffix)
            whole = False
        if not suffix:
            continue
        short_party = False  # a party's committee written without the party (市委会主委)
        if info[suffix][1] == PARTY and not lex.party_re.search(t, max(0, start - lex.party_back), start):
            if _party_named_before(t, start, end, lex):
                short_party = True
            else:
                suffix = suffix[:-1]  # 宁乡市委会|…: no democratic party opens it, 市委 alone is the ending
                end -= 1
        kind, needs = info[suffix]
        if short_party:
            needs = "none"  # (as 市委 names the CPC's committee alone)
        if needs == COUNTRY and t[end - 1:end + 1] in _dict_tags():
            continue  # 党员, 党史, 军人: the ending makes a word with what follows (see _country_body)
        if suffix[-1] == _MEETING and t.startswith(_MEETING_TAIL, end) and start \
                and _dict_tags().get(t[start - 1:start + 1], "")[:1] == "n":
            continue  # 全体员工会议, 集团职工会议室: a noun (员工) and 会议, no union (工会)
        if t.startswith(lex.not_followed, end):
            continue  # 党支部工作条例: a rule's name, not a body
        if _member_word(t, suffix, end):
            continue  # 驻镇委|员, 驻区委|员: the word 委员 (a member), no committee
        if suffix[-1] == _STUDY_HEAD and t.startswith(_STUDY_TAIL, end) and not t.startswith(_XI_NAMES, end):
            continue  # 扩大学|习, 集中学|习: the verb 学习, no school (北京大学|习近平…研究院 keeps its name)
        if suffix == _COMMITTEE_FULL and t.startswith(_MEETING_TAIL, end) and not t.startswith(_SPEAKER_POSTS, end):
            continue  # 中央纪委委员会|议: 委员 and 会议, the members' meeting (欧洲委员会|议长 keeps its body)
        if t.endswith(suffix, 0, start):
            continue  # 第二党支部|支部书记, 省税务局局|领导: the ending repeated opens a post
        if len(suffix) == 1 and _heads_post(t, start, end, lex):
            continue  # 市委宣传部副部长, 县人社局局长: the ending begins a post
        if len(suffix) == 1 and _glued_verb_object(t, start, lex):
            continue  # 某局机关党支部|组织|局离退休党员: the verb's object, no 组织局
        c = t[start - 1] if start else ""
        if suffix in known or not start or not ("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"
                                                  or c.isascii() and c.isalpha()
                                                  or c in _ALIAS_CLOSE and _alias_open(t, start, lex) >= 0):
            # 电子学院20229310|党支部: a class code in digits, the school before it
            s = _coded_branch_start(t, start, lex, end) if c.isdigit() and kind == "branch" else start
            if c == _MASK and kind == "branch":
                s = _quoted_branch_start(text, t, start, lex)  # ，“纲要”党支部: a branch named by a quoted word
                if s < start:
                    found.append((s, end, text[s:end], kind))
                    continue
            if s == start and c in _SHORT_CLOSE and suffix.endswith(_COMPANY):
                s = _registered_place_start(t, s, lex, end)  # 某某科技(深圳)|有限公司
            if s == start and needs not in ("none", ARMY, OPENING):
                continue  # nothing can qualify it: a generic word (OPENING: see _accept)
            k = lex.jump.ending(t, start) if start else 0
            if k and t[start - k:start] in lex.places:
                s = start - k  # 美国国务院: a country before a whole name belongs to it
            elif suffix in known and t.endswith(HOME_COUNTRY, 0, start):
                s = start - len(HOME_COUNTRY)  # 中国全国政协: so does China before a national body
            elif suffix in known and info.get(suffix[0], _NO_INFO)[1] == COUNTRY:
                s = _country_party_start(t, start, lex)  # 老挝人民革命党|中央: a foreign party's centre
            elif suffix in known and kind == _TERMED_KIND and (tm := _party_term_start(t, start, lex)) >= 0:
                s = tm  # 中国共产党第十届|中央委员会: the party's committee of that term
        else:
            k = stem_ending(lex.stems, t, start) if len(suffix) == 1 else 0
            if k and _verb_numbered(t, start, k, lex):
                k = 0  # 书记组织|八室全体党员: a verb, then a numbered room, no 组织八室
            if k:
                k = max(k, lex.jump.ending(t, start))
            s, soft_at = _extend_core(t, start - k, lex, end)
            if soft_at >= 0:
                s = _extend_left(t, start - k, lex, end)
            elif s == start - k and t[s - 2:s] in lex.prep_types:
                s -= 1  # 在|校党委: the verb (在校) holds the locative and the body's type
            # (_place_start's cheap exits, inline: most names stop at punctuation)
            if s > 0 and "\u4e00" <= t[s - 1] <= "\u9fff" or t.find("委", s + 3, s + MAX_PLACE_RUN + 2) >= 0:
                s = _place_start(t, s, end, lex)
            if t.startswith(_CLASS, s) and s and t[s - 1].isdigit():
                s = _class_start(t, s, lex, end)
            if t.startswith(_GRADE, s) and s and t[s - 1].isdigit():
                s = _grade_start(t, s, lex, end)  # 2019级|公共事业管理团支部
            if needs == "prefix":
                s = _country_fields_start(t, s, lex)  # 法国经济|和|财政部: one ministry
            elif len(suffix) >= MIN_OFFICE_ENDING and start - s >= 2:
                s = _state_office_start(t, s, lex)  # 印度尼西亚总统|反腐委员会: the office's body
            if s == start - 1 and s and t[s] not in _LEVEL_CHARS and lex.stops.ending(t, s) == 1 \
                    and _dict_tags().get(t[s - 1:s + 1]) == _PROPER_TAG:
                # 社区|和平支部委员会, 与|和平支部: a stop that opens a proper noun with the one
                # character left is the name's (not a level's: 请示》和|县妇联, though 和县 is a county)
                s -= 1
            elif s and t[s - 1] in _SHORT_CLOSE and (t.find(_COMPANY, s, end) >= 0 or _scope_bracket(t, s, lex)):
                s = _registered_place_start(t, s, lex, end)  # 某某玩具(嘉兴)|制造有限公司(党委), 某某(国际)|研学中心
        if s == start and needs == "none" and c in _DETERMINER_ENDS and not t.startswith(_COMMITTEE_MEMBER, end) \
                and t.endswith(_DETERMINERS, max(0, start - DETERMINER_REACH), start):
            # 各级|国资委, 下属|共青团: a body named alone, after a determiner: every one, none
            # named (各|市委委员 counts one committee's members, and the committee stays)
            continue
        if s < start and t[s] == _MASK:
            s = _past_spoken_quote(text, t, s, start)  # “…标本兼治。”|市委巡察办: a quoted sentence
        if s < start - 2 and t.startswith(lex.founding, end):
            s = _after_celebrating(t, s, start, lex)  # 庆祝|南开大学|建校百年: the body celebrated
        if _not_first_before_type(t, s, start, lex):
            s = start - 1  # 整改同|局党组: the preposition, then the reader's own body's short form
        elif s == start - 1 and t[s] in lex.not_first and _dict_tags().get(t[s:s + 2]) not in _NAME_WORD_TAGS \
                or s < start - 1 and t[s] in lex.not_first and t[s + 1] == _MASK \
                or t.startswith(_HAVE, s) and s < start - 2 and lex.stops.ending(t, s) \
                and not any(t[s:s + n] in _dict_tags() for n in (2, 3, 4)):
            # 里面有|工会, 领导同|代表团, 有|“…”主题教育巡视指导组, 其中有|泌尿外科: a verb or a
            # preposition, no name's first character (one that opens a word stays: 其中|有色金属公司)
            s += 1
        if s < start and t[s] in lex.single_verbs and _verb_before_body(t, s + 1, lex):
            s += 1  # 及时报|局党委, 扣住|高检院党组巡视组, 并报|县委: the sentence's verb opens no name
        elif s < start - 2:
            s = _past_inner_verb(t, s, start, lex)  # 台账报|区委巡察工作领导小组
        elif s == start - 1 and t[s] in lex.single_verbs and (s == 0 or not _is_name_char(t[s - 1])) \
                and t[s:s + 2] not in _dict_tags():
            continue  # 、作|党支部书记述职报告: a clause's verb before the reader's own body, none named
        if s < start and t[s] in _ASPECTS and _after_verb(t, s, lex) and t[s:s + 2] not in _dict_tags():
            s += 1  # 参观完|粤海关: the particle closing the sentence's verb opens no name
        if s < start - 4 and "组" in t[s:start - 2]:
            s = max([s] + [gm.end() for gm in lex.group_verb_re.finditer(t, s, start)])
        if s < start - 1 and _leading_verb(t, s, start, lex):
            s += 2  # 动员|省检察院, 研究|市人大常委会工作报告: the sentence's verb
        elif s < start - 3 and t[s:s + 2] in lex.verb_modifiers and _leading_verb(t, s + 2, start, lex):
            s += 4  # 专题研究|市人大: the verb and the word modifying it
        if s < start and t[s] in FRAME_OPENERS and _since_clause(t, end, s):
            s += 1  # 自|集团公司党委部署……以来, 应|市委组织部邀请: the preposition opens no name
        if kind != _EVENT_BODY_KIND and (j := t.rfind(_EVENT_JOINER, s, start)) >= 0:
            s = j + 1  # 学习会议暨|社市委全委会议: 暨 joins two meetings; only a group is named for both
        if s < start and kind not in _CAMPAIGN_BODY_KINDS:
            # 此次民主生活会|学院领导班子, 这次组织|生活会|公司党支部书记: a meeting read into the
            # qualifier is no part of a body's name, which begins past it; so past the 会 (or
            # 会议) of what 此次 opens (本次大会|学校高度重视). (A group is named for its meeting.)
            if (mm := last_match(lex.meeting_re, t, s, start)) is not None:
                s = mm.end()
            elif t.endswith(_THIS_OCCASION, max(0, s - 2), s) and (j := t.rfind(_MEETING, s, start)) >= 0:
                s = j + 1 + t.startswith(_MEETING_TAIL, j + 1)
        term = TERM_ONLY.match(t, s, start) if s < start else None
        if term and not t.startswith(lex.session_bodies, term.end()):
            term = None
        if term:
            # 八届政协, 六届人大常委会民族委员会: the term names the body of that term
            if term.end() == start:
                found.append((s, end, text[s:end], kind))
                continue
            qualifier = t[s:start]
        else:
            qualifier = _strip_generic(t[s:start], lex, kind == "unit") if s < start else ""
            if not qualifier and t[s:start] in lex.one_per_unit and suffix in _GENERAL_BRANCHES \
                    and not t.endswith(_DETERMINERS, max(0, s - DETERMINER_REACH), s):
                qualifier = t[s:start]  # 学生党总支, 教工总支: a unit's one general branch of its students or staff
            elif not qualifier and len(suffix) == 1 and kind == "unit" and t[s:start] in lex.generic_heads \
                    and t[s:start] in lex.stems.words:
                qualifier = t[s:start]  # 学生|处, 学生科: the noun is also a department's stem, the office itself
            elif start - s >= 2 and t[s] in _SELF_MARKS and t[s + 1] in _REFERRED_TYPES \
                    and qualifier == t[s + 2:start] and _self_party_body(t, s + 2, start, kind, lex):
                # 我局|党组, 本院|党委, 我局|党组理论学习中心组: the reader's own body written
                # short, as 局党组 is; only 我 goes
                s, qualifier = s + 1, t[s + 1:start]
            qualifier = _drop_head_verb(qualifier, suffix, lex)
        if qualifier in ("", _AFFILIATED[2:]) and _affiliated_body(t, s, start, suffix):
            qualifier = _AFFILIATED  # (直属|单位: both are generic only before another name)
        if qualifier.startswith(_INCLUDING) and s and t[s - 1] in _OPEN_BRACKETS \
                and t[s + 2:s + 3] not in _PLACE_LEVELS:  # (含山县: a county's name)
            s, qualifier = s + 1, qualifier[1:]  # 各党支部(含|党总支): "including", no part of a name
            if not qualifier:
                continue
        if len(qualifier) > 2 and qualifier[0] in _REFERRED_TYPES and s and t[s - 1] == _REFERRING \
                and start - s == len(qualifier):
            # 该行|机关一支部: the body named before, no part of the name; the whole ending
            # when one opens the qualifier (该委员会|计算机中心, not 员会计算机中心)
            k = next((n for n in range(min(len(qualifier), 4), 1, -1) if qualifier[:n] in info), 1)
            s, qualifier = s + k, qualifier[k:]
            covers[(s, end)] = s - k  # (still covering 行机关 inside it)
            if (g := lex.generic_re.match(qualifier)) and g.end() == len(qualifier):
                continue  # 该院|新一届党组, 该局|本届党委: what is left is a term's word, no body named
        if (n := _term_tail(qualifier, lex)) and _party_term_start(t, start, lex) != s \
                and (_same_body_before(qualifier, n, kind, lex)
                                                  or _dict_tags().get(qualifier[-n - 2:-n]) in _VERB_WORD_TAGS):
            continue  # 党支部新一届|支部书记, 各支部第一届|支部委员会, 选举新一届|党总支委员会: a term, no body named
        if qualifier.endswith(_MEETING_MARKS) and t.startswith(_MEETING, end):
            continue  # 召开巡察整改专题党委会: a meeting of the reader's committee, no body named
        if qualifier == _ONE and t.startswith(_ONE, end):
            continue  # 一支部一品牌, 一支部一特色: a formula pairing each body with one thing, no body named
        if kind == "branch" and _determiner_tail(qualifier):
            continue  # 分别汇报本支部, 会议分两支部: the reader's own or a counted branch, none named
        every = bool(qualifier) and (t.endswith(_DETERMINERS, max(0, s - DETERMINER_REACH), s)
                                     or t[s:start - len(qualifier)].endswith(_DETERMINERS))
        if qualifier and (len(qualifier) < start - s and t[s:start - len(qualifier)] not in lex.term_words
                          or every) \
                and (_bare_type(qualifier, lex)
                     or every and (_stem_type(qualifier, lex) or qualifier in lex.stems.words)):
            # (直属单位 was made whole above; a bare stem before a longer ending is a
            # type too after a determiner: 各级|疾控|中心)
            continue  # 各学院共青团, 各小区党支部, 各分支部, 各级税务局党委: every one, none named (新一届|机关党委 is one)
        if _every_level_body(t, start - len(qualifier), end, lex):
            continue  # 各镇党委, 各县委, 各县纪委监委, 各市委组织部: every level's body, none named
        if t[s:s + 1] == _COMMITTEE_CHAR and _LEVEL_CHOICE.search(t, max(0, s - _LEVEL_CHOICE_MAX), s):
            continue  # 8县(区)|委宣传部, 县(市、区)|委: the committee of a kind of place, none named
        if t[s:s + 1] in _LEVEL_CHARS and t.endswith(_EVERY_MARKS, max(0, s - DETERMINER_REACH), s) \
                and not t.startswith(_COMMITTEE_MEMBER, end):
            continue  # 各镇|文体服务中心, 各县|文化馆: that body of every place of the level, none named
        if qualifier and _every_kind(t, s, start, qualifier, suffix, lex):
            continue  # 各临床科室党支部, 各二级学院党委, 各教学、科研团队党支部: every body of a kind, none named
        if qualifier and _every_under_level(qualifier):
            continue  # 镇各村党支部, 某镇各社区党支部: every village's body under the town, none named
        if suffix == _CENTRE and (t.startswith(_CENTRE_WORK, end) and qualifier
                                  and (_bare_type(qualifier, lex) or lex.chain.ending(qualifier, len(qualifier))
                                       or qualifier in lex.admin_long or _levelled_body(qualifier, lex)
                                       or _dict_tags().get(qualifier) == _TIME_TAG
                                       or qualifier[-1] in _CENTRE_JOINERS or qualifier.endswith(_CENTRE_MEETINGS))
                                  or t.startswith(_KEYNOTE, start - 1)
                                  or _around_type_centre(t, start, qualifier, lex)):
            # (围绕开发区中心工作, 结合年内中心工作: an area's or a period's central task;
            # 推动学习教育同|中心工作结合: a joiner, and the reader's central task)
            continue  # 围绕研究所中心工作, 服务市委中心工作, 作中心发言: the central task, the keynote; no centre named
        if qualifier.endswith(_PAIRS) and len(qualifier) > 2:
            continue  # 巴基斯坦和印度两国政府, 中老双方党委: the bodies of two parties, no one named
        if _type_only(qualifier, lex):
            continue  # 服务型党支部, 学习型机关, 创新性党支部: a type of body, none named
        if _verb_then_generic(qualifier, lex):
            continue  # 建设|模范机关, 争创|先进党支部: a campaign's verb and the quality it aims at, no body named
        if _own_kind_campaign(qualifier, suffix, lex):
            continue  # 医院|清廉|医院建设, 机关|模范|机关: the reader's own kind, then its campaign's name
        if kind == "unit" and info.get(qualifier, _NO_INFO)[0] in _CAMPAIGN_BODY_KINDS \
                and info[qualifier][1] == "qualifier":
            continue  # 领导小组办公室: the office of the campaign's own group, unnamed as the group is
        if len(suffix) > 1 and _field_across_area(t, start, qualifier):
            continue  # 全市烟草公司系统, 全省行政学院系统: every such body of the area, none named
        if kind == "branch" and qualifier and qualifier.strip(_MASK) in lex.campaigns:
            continue  # 主题教育党支部书记轮训: the campaign's training, no branch
        if suffix == _BARE_BRANCH and (_dict_tags().get(qualifier) in _VERB_WORD_TAGS
                                       or len(qualifier) == 1 and _dict_tags().get(qualifier) == _LOCALIZER_TAG) \
                and qualifier not in lex.jump.words:
            # 剖析支部存在的问题, 创新支部学习载体, 开支部大会, 方便支部后续工作: a verb and the reader's
            # branch; 观看结束后|支部书记: a localizer closing a clause, and the reader's branch
            continue
        if len(qualifier) == 1 and qualifier in _LEVEL_CHARS and _dict_tags().get(t[s - 1:s + 1]) == "n":
            continue  # 对辖|区支部: a level character cut from a noun names no place
        if len(suffix) == 1 and qualifier and lex.stems.ending(qualifier, len(qualifier)) == len(qualifier) \
                and (len(qualifier) < start - s or t.endswith(lex.generic_words, max(0, s - 8), s)
                     or needs == "stem" and s > 0 and _is_name_char(t[s - 1])):
            continue  # 各供电所所长: every station, none named; 深入|供电所, 参观|审判庭: a type after a verb
        if qualifier and not term:  # (六届|人大常委会民族委员会: the term is no count)
            counted = qualifier
            qualifier = _strip_count(t, qualifier, start, lex)
            if qualifier != counted and len(suffix) == 1 and qualifier \
                    and lex.stems.ending(qualifier, len(qualifier)) == len(qualifier):
                continue  # 两校|档案|馆, 3个|财务|处: a type of body counted, none named
            if qualifier and _counted_kind(t, start - len(qualifier), qualifier):
                continue  # 3个|专项|督查组, 6个|直管|党委: bodies of a kind counted, none named
            at = start - len(qualifier)
            if qualifier and qualifier[0] in _LEVEL_CHARS and t[at - 1:at] in _MEASURE and t[at - 2:at - 1] in _NUMERAL \
                    and (len(qualifier) == 1 or not _strip_generic(qualifier[1:], lex)):
                continue  # 全镇72个|村|支部委员会, 四个|区|基层|委员会: places counted, none named
        if qualifier and suffix[0] in _PLACE_LEVELS and suffix in lex.whole and _LEVEL_LIST.fullmatch(qualifier):
            qualifier = ""  # 中央省委, 省市县委: bodies of several levels listed, the last one named
        elif _LEVELS_ONLY.fullmatch(qualifier) and len(set(qualifier)) == len(qualifier) \
                and not suffix.startswith(_JOINT_OPENING):  # (许|镇镇政府: a town named 许镇, no list)
            continue  # 各区县妇联, 省市法院, 县乡村妇联: the bodies of several levels, none named (省市联合督导组 is one)
        if needs == "none" and suffix[0] not in _PLACE_LEVELS and _dict_tags().get(qualifier) in _VERB_TAGS \
                and t[s:start] == qualifier:  # (随|县纪委, 自治|区纪委: a place)
            s, qualifier = start, ""  # 怎样|建设|共青团: the sentence's verb before an ending that names a body alone
        if qualifier.endswith(_INTO) and (len(qualifier) == 1 or qualifier[-2:] not in _dict_tags()) \
                and qualifier[-1] + suffix[0] not in _dict_tags():
            s, qualifier = start, ""  # 送学进|机关、进社区, 党史学习教育进|机关: "into" opens no name
        if needs == ARMY and ((qualifier := army_qualifier(qualifier, lex)) is None
                              or t.startswith(lex.army_streets, end)):
            continue  # 书记常|红军主持, 老|红军, 红军|路社区: a person's name, a veteran or a street, no army
        if s > 0 and t[s - 1] == _SOME and t[s:start] == qualifier:
            qualifier = _anonymized(t, s, qualifier + suffix, lex) + qualifier  # 武警某|支队, 某|师政治部
        if not _accept(t, qualifier, suffix, start, end, lex):
            continue
        s = start - len(qualifier)
        if s < start - 2 and (am := last_match(lex.appositive_re, t, s, start)) is not None:
            s = am.end()  # 辖区单位|市中医医院党委: the phrase before the level describes the body named
        if s > _LISTED_FIELD_MIN and t[s - 1] == _LIST_MARK and (k := _listed_field(t, s, end, lex)):
            s -= k + 1  # 综合、放疗科党支部: a bare field listed before a department's names one department
        elif kind == "branch" and s > _SHARED_MIN and t[s - 1] == _LIST_MARK \
                and (j := _shared_branch_start(t, s, start, end, lex)) >= 0:
            s = j  # 图书馆、信息网络中心党支部: one branch of two departments, named for both
        if kind not in _PARTY_BODY_KINDS and t.startswith((PARTY_FULL, PARTY_SHORT), s) \
                and _PARTY_CONGRESS.match(t, end):
            # 中国共产党|青山大学|第三次代表大会: the unit's party congress; the party's name
            # belongs to the congress, never to the unit's
            party_at = s
            s += len(PARTY_FULL) if t.startswith(PARTY_FULL, s) else len(PARTY_SHORT)
            if s >= start:
                continue
            covers[(s, end)] = party_at  # (the party's name is no mention of its own there either)
        name = text[s:end]  # the original: a quoted campaign inside stays written
        if t.startswith(_HEAD_TAIL, end) and len(name) >= 4 and name[-1] == name[-3] in _HEAD_ENDINGS:
            # 省税务局|姚局|长: a surname and a head's post named by the body's ending after
            # the body (姚局长), no part of its name; a bare level's 省局 stays unnamed
            end -= 2
            name = name[:-2]
            if len(name) <= 2:
                continue
        if name.endswith(lex.venues) or name.endswith(lex.room_venues) and lex.room_re.match(t, end):
            continue  # 市会议中心, 在学术交流中心报告厅召开: a building, no body
        if name.endswith(lex.place_venues) and lex.venue_leads.ending(t, s):
            continue  # 在村史馆召开, 参观县博物馆: the event's place, no body
        if name[0] in _LEVEL_CHARS and name[1:2] == name[0] and not _level_then_stem(name, start - s, lex):
            # 与许|镇镇党委: the first level closes a place name cut before it (许镇镇),
            # taken in when one name character stands there and no stop ends on it
            if s and _is_name_char(t[s - 1]) and not lex.stops.ending(t, s):
                s -= 1
                name = text[s:end]
            else:
                continue  # 被巡察村|村部: a verb's object and the level, no name
        if suffix == _GOVERNMENT:
            pair = _committee_and_government(t, s, name, found, lex)
            if pair is not None:
                committee, government = pair
                if committee:
                    found.append(committee)  # 城关镇党委|政府: the committee keeps its span
                if government:
                    extra.append(_Mention(government, kind, None, s))
                continue  # (镇党委政府, no place named: neither body is named)
        if name.endswith(_COMMITTEE_AND_BOARD):
            if len(name) > len(_COMMITTEE_AND_BOARD):
                committee, board = _work_committee_and_board(t, s, name)
                found.append(committee)  # 高新区党工委|管委会: the committee keeps its span
                extra.append(_Mention(board, kind, None, s))
            continue  # (党工委管委会, no zone named: neither body is named)
        if name[0] in _LISTED_LEVELS:
            extra.extend(_coordinated_levels(t, s, name, kind, lex))  # 省、|市教育整顿工作领导小组
        if name[0] == "第":
            members = _coordinated(t, s, name, lex)
            if members and (lead := _ordinal_lead(t, members[0].at, lex)):
                # 机关第一、第二党支部: the lead qualifies every member, 机关第一党支部 and 机关第二党支部
                extra.extend(_led_members(text, members, len(lead), name, kind, s))
                continue
            extra.extend(members)
        elif name[0] in _NUMERAL and s > 0 and t[s - 1] in _COORD:
            # 第一、二巡察组: the second member drops its 第; rebuild it whole
            members = _coordinated(t, s, "第" + name, lex)
            if members and (lead := _bare_lead(t, members[0].at, lex)):
                # 机关一、二支部: written without 第 after a qualifier, each is 机关一支部
                extra.extend(_Mention(lead + m.name[1:], kind, None, m.at) for m in members)
                extra.append(_Mention(lead + name, kind, None, s))
                continue
            if members and (lead := _ordinal_lead(t, members[0].at, lex)):
                # 机关第五、七党支部: the first member's 第 goes with every member, and so
                # does the qualifier before it (机关第五党支部, 机关第七党支部)
                extra.extend(_led_members(text, members, len(lead), "第" + name, kind, s))
                continue
            if members:
                extra.extend(members)
                extra.append(_Mention("第" + name, kind, None, s))
                continue
            k = len(name) - len(name.lstrip(_NUMERAL))
            if leading_place(name, k) > k and not _numeral_place(name, lex):
                # 一、二|青山县税务局: a list's numbers before a place's body (与|四川天府新区支行 keeps 四)
                s, name = s + k, name[k:]
        found.append((s, end, name, kind))
    # A name inside a longer one found around it is no separate mention.
    found.sort(key=lambda f: (covers.get((f[0], f[1]), f[0]), -f[1]))
    kept: list[tuple[int, int, str, str]] = []
    reach = -1
    for f in found:
        if f[1] <= reach:
            continue
        kept.append(f)
        reach = max(reach, f[1])
    kept = _drop_bracketed_short_forms(text, kept, lex)
    if _LISTED_JOINER_RE.search(t):
        extra.extend(_listed_qualifiers(t, {f[2] for f in kept}, lex))
    listed = _listed_departments(t, kept, lex)
    if listed:  # (县委组织部、|宣传部: the bare department read alone is the committee's, rebuilt)
        rebuilt = {m.at for m in listed}
        kept = [f for f in kept if f[0] not in rebuilt or f[2] not in lex.committee_departments]
        extra.extend(listed)
    extra.extend(_listed_places(t, kept, lex))
    extra.extend(_Mention(upper, k, None, at) for s, e, n, k in kept  # 中央和省|市委: 省委 and 市委
                 if e - s == _LEVEL_COMMITTEE_LEN and n[-1] == _COMMITTEE_CHAR
                 for at, upper in _joined_upper_committees(t, s))
    return [_Mention(n, k, (s, e), s) for s, e, n, k in _join_members(text, kept, lex)] + extra


#: 学 closing a school's ending (大学, 中学) and 习 after it: the verb 学习 read across the ending,
#: except before the leader's name, which a school's institute may open (某大学|习近平…研究院), round 59
_STUDY_HEAD = "学"
_STUDY_TAIL = "习"
_XI_NAMES = ("习近平", "习总书记")
#: a committee's full ending, which 议 after it turns into 委员 and 会议 (中央纪委委员会|议), round 59
_COMMITTEE_FULL = "委员会"
#: posts opened by 议 after a committee's ending (欧洲委员会|议长), which keep the committee
_SPEAKER_POSTS = ("议长", "议员")


#: Endings that, doubled around a surname and followed by 长, close a head's post
#: after the body (县税务局|王局长, 干部科|李科长), round 58.
_HEAD_ENDINGS = frozenset("局处科")
_HEAD_TAIL = "长"


#: Levels offered as alternatives before a committee (县(区)|委, 县(市、区)|委): a kind of
#: place's committee, no one body; read back from the 委 at most _LEVEL_CHOICE_MAX characters.
_COMMITTEE_CHAR = "委"
_LEVEL_CHOICE = re.compile("[省市县区旗州盟镇乡][(（][省市县区旗州盟镇乡、]{1,5}[)）]$")
_LEVEL_CHOICE_MAX = 8


#: Distributive determiners before a level (各|镇文化站, 每个|县图书馆): the body of every
#: place of that level; not 各级 (各级|党委 is read as a kind of body).
_EVERY_MARKS = ("各", "每个", "各个")


#: What after a bare listed department makes it another word (宣传部门, 组织部署).
_NOT_DEPARTMENT_END = frozenset("门署务")


def _listed_departments(t: str, kept: list[tuple[int, int, str, str]], lex: _Lexicon) -> list[_Mention]:
    """A party committee's departments listed bare after the first one
    written in full (开平市委组织部、宣传部、统战部 -> 开平市委宣传部,
    开平市委统战部; org_committee_departments.txt). Why: the committee is
    written once, so the bare 宣传部 is read as a generic department and the
    body goes missing. The rebuilt names carry no span, as _coordinated's."""
    out: list[_Mention] = []
    for _, e, name, kind in kept:
        if not (t.startswith(_LIST_MARK, e) and name.endswith(lex.committee_departments)):
            continue  # (cheapest first: nearly no name is followed by 、)
        dept = next(d for d in lex.committee_departments if name.endswith(d))
        prefix = name[:-len(dept)]
        if not prefix.endswith(_COMMITTEE_CHAR):
            continue  # (青山集团组织部、宣传部: no committee to share)
        while t.startswith(_LIST_MARK, e):
            nxt = next((d for d in lex.committee_departments if t.startswith(d, e + 1)), "")
            if not nxt or t[e + 1 + len(nxt):e + 2 + len(nxt)] in _NOT_DEPARTMENT_END:
                break
            out.append(_Mention(prefix + nxt, kind, None, e + 1))
            e += 1 + len(nxt)
    return out


#: Levels of one tier that a list of places may mix before a shared body's ending
#: (广西壮族自治区、海南省、重庆市|税务局: provinces and the cities ranked as them).
_PROVINCE_TIER = ("自治区", "省", "市")
#: Levels whose places, listed, stay places (villages: a village's branch is its own frame).
_LISTED_PLACE_NOT_LEVELS = frozenset("村")
#: Most places such a list is read back over.
_LISTED_PLACES_MAX = 12


#: Levels of the county tier a list may mix the same way (定安县、澄迈县、某市美兰区|检察院:
#: counties and a city's districts), round 59.
_COUNTY_TIER = ("县", "区", "旗")


def _tier(place: str) -> str:
    """The level a place closes on, the province tier's levels read as one,
    and so the county tier's (a county and a district are of one rank)."""
    if place.endswith(_PROVINCE_TIER):
        return "省"
    return "县" if place.endswith(_COUNTY_TIER) else place[-1]


def _whole_place(item: str, level: str) -> bool:
    """Whether ``item`` is one named place, whole, of tier ``level``."""
    return names_place_level(item) and _tier(item) == level and leading_place(item) == len(item)


def _listed_places(t: str, kept: list[tuple[int, int, str, str]], lex: _Lexicon) -> list[_Mention]:
    """The bodies of places listed bare before a place's body that shares its
    ending (北京市、吉林省、陕西省税务局 -> 北京市税务局, 吉林省税务局; 甲镇、乙镇
    党委 -> 甲镇党委). Why: the ending is written once, after the last place,
    so every other place went missing (a place alone is no body: GUIDE §3).
    Each item must be a whole named place of the last place's level (or of the
    province tier), written between list marks; the rebuilt names carry no
    span, as _coordinated's."""
    out: list[_Mention] = []
    for s, _, name, kind in kept:
        if s < 1 or t[s - 1] != _LIST_MARK:
            continue  # (cheapest first: nearly no name follows a 、)
        p = leading_place(name)
        if p < 2 or p >= len(name) or not names_place_level(name[:p]) or name[p - 1] in _LISTED_PLACE_NOT_LEVELS:
            continue  # (竹林村、溪口村党支部书记: the villages stay places, as the held-out gold reads them)
        tail, level = name[p:], _tier(name[:p])
        items: list[tuple[int, str]] = []
        at = s - 1
        while t[at:at + 1] == _LIST_MARK and len(items) < _LISTED_PLACES_MAX:
            b = at
            while b > 0 and _is_name_char(t[b - 1]) and at - b < MAX_PLACE_RUN * 3:
                b -= 1
            b = next((k for k in range(b, at - 1) if _whole_place(t[k:at], level)
                      and (k == b or lex.stops.ending(t, k))), -1)
            if b < 0:
                break  # (巡察的|竹瓦镇: the first item may follow a stop word, read from after it)
            items.append((b, t[b:at]))
            at = b - 1
        out.extend(_Mention(item + tail, kind, None, b) for b, item in reversed(items))
    return out


#: A branch ending written once after a list of its members' qualifiers, the last
#: joined by 及/和/与 or 、 (新材料、弘盛达、地产及|机关|党支部); the qualifier
#: is read shortest first, so 机关党支部 is 机关 and 党支部.
_LIST_BRANCH_ENDINGS = ("党总支部", "党支部", "党总支", "总支部", "支部")
_LISTED_JOINER_RE = re.compile("[、及和与]([\u4e00-\u9fff]{2,4}?)(?:" + "|".join(_LIST_BRANCH_ENDINGS) + ")")
#: Fewest qualifiers such a list has: two could be a pair of anything (思想和党支部).
_LISTED_MIN = 3
#: Place endings past _PLACE_LEVELS that close a listed item (a village, a community).
_LISTED_PLACE_ENDS = ("村", "社区")
#: A qualifier's length in such a list.
_LISTED_QUAL_MIN, _LISTED_QUAL_MAX = 2, 4
#: Dictionary tags no branch's qualifier has: verbs, adjectives, adverbs, pronouns,
#: numbers, time words (思想、组织、作风: 组织 is a verb; 加强、改进).
_NOT_QUALIFIER_TAGS = frozenset(("v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "r", "m", "q", "f", "t", "u"))


def _plausible_qualifier(item: str, lex: _Lexicon) -> bool:
    """Whether ``item`` can be one listed branch's own qualifier: a short name
    that is no verb or function word, no body of its own (组织部: one ending
    alone, 机关, is a bare type and may be), no post and no every-word."""
    if not _LISTED_QUAL_MIN <= len(item) <= _LISTED_QUAL_MAX or not all(map(_is_name_char, item)) \
            or any(c in _COORD for c in item):
        return False
    if item.startswith(_DETERMINERS) or _dict_tags().get(item, "") in _NOT_QUALIFIER_TAGS \
            or item[-1] in _PLACE_LEVELS or item.endswith(_LISTED_PLACE_ENDS):
        # (竹林村、溪口村、新屋村党支部书记: places listed, each named as a place; the
        # place reader, not this list, answers for them)
        return False
    if lex.posts.ending(item, len(item)) or item in lex.generic_words:
        return False
    suffix = _longest_suffix(item, lex)
    return not suffix or suffix == item


def _listed_qualifiers(t: str, names: set[str], lex: _Lexicon) -> list[_Mention]:
    """Branches whose ending is written once after a 、 list of their qualifiers
    (即新材料、弘盛达、地产及机关党支部 -> 新材料党支部, 弘盛达党支部, 地产党支部;
    机关党支部 stays generic), as 第一、第二党支部 names each (see _coordinated).
    Why: each listed item is a branch of its own, while the extractor reads only
    the last one (or none, or a cut 产党支部 where a particle opens a word).
    Only when every item is a plausible qualifier (思想、组织、作风及党支部建设
    names none) and no post stands before the list (主任季伯明、马天龙及机关支部)."""
    out: list[_Mention] = []
    for m in _LISTED_JOINER_RE.finditer(t):
        ending_at = m.end(1)
        ending = next(e for e in _LIST_BRANCH_ENDINGS if t.startswith(e, ending_at))
        items = [m.group(1)]
        if not _plausible_qualifier(items[0], lex):
            continue
        at = m.start()
        while t[at] == _LIST_MARK or len(items) == 1:
            # (an item between two marks is whole, 、地产及: no particle 地 cuts it;
            # the list's first item ends where a name read leftwards would)
            j = t.rfind(_LIST_MARK, max(0, at - _LISTED_QUAL_MAX - 1), at)
            b = j + 1 if j >= 0 and all(map(_is_name_char, t[j + 1:at])) else _extend_left(t, at, lex)
            item = t[b:at]
            if not _plausible_qualifier(item, lex):
                items = []
                break
            items.append(item)
            if b < 1 or t[b - 1] != _LIST_MARK:
                break
            at = b - 1
        if len(items) < _LISTED_MIN or lex.posts.ending(t, b):
            continue
        for item in reversed(items):
            name = item + ending
            if name not in names and name not in lex.generic_names:
                out.append(_Mention(name, "branch", None, b))
    return out


#: The list mark between the fields of one department (综合、放疗科).
_LIST_MARK = "、"
#: Fewest characters a field listed before a department's may have, and most.
_LISTED_FIELD_MIN, _LISTED_FIELD_MAX = 2, 4
#: A department's name: a short field, then a one-character department ending
#: (放疗科, 透析室, 网络处) that a bare field listed before it shares.
_FIELD_DEPARTMENT = re.compile("[\u4e00-\u9fff]{1,5}?[科室处]")


def _long_ending(department: str, lex: _Lexicon) -> bool:
    """Whether ``department`` (a match of _FIELD_DEPARTMENT) ends with a body
    ending of two or more characters (办事处, 办公室), not a field's one-character
    department ending (放疗|科). Why: a bare field shares only a one-character
    ending (综合、放疗科); 市场、陈塬办事处 is two bodies of a list."""
    return any(len(e) > 1 and department.endswith(e) and len(department) > len(e) for e in lex.info)


def _listed_field(t: str, s: int, end: int, lex: _Lexicon) -> int:
    """Length of a department stem listed right before the 、 at ``s - 1``
    (综合、|放疗科党支部), or 0. A stem alone closes no body, so it can only be a
    field sharing the department ending that follows (one department 综合、放疗科);
    an ordinary list names a body before the mark (组织部、宣传部), which no stem is.
    A body whose ending has more than one character (陈塬办事处, 某某办公室) is no
    field's department: the stem before the mark ends a word of its own
    (建材市场、|陈塬办事处 is a market, then an office)."""
    m = _FIELD_DEPARTMENT.match(t, s, end)
    if not m or _long_ending(m.group(), lex):
        return 0
    return next((k for k in range(_LISTED_FIELD_MAX, _LISTED_FIELD_MIN - 1, -1)
                 if k < s and t[s - 1 - k:s - 1] in lex.stems.words), 0)


#: Fewest and most characters inside the quotes of a branch's quoted name (“纲要”党支部).
_QUOTED_NAME_MIN, _QUOTED_NAME_MAX = 2, 4
#: Opening marks of a quoted name.
_NAME_QUOTES = "“「"
#: Marks of a rating or a type, not a name, inside a quote (“四强”, “五星”, “双带头人”, “合成式”).
_RATING_CHARS = frozenset(_NUMERAL + "双首")
_TYPE_ENDS = ("型", "式", "性")
#: jieba's tags of nouns open with n (n, nr, nz): a quoted name is one dictionary noun.
_NOUN_TAG = "n"


def _quoted_branch_start(text: str, t: str, start: int, lex: _Lexicon) -> int:
    """Where a branch named by a short quoted word begins (，“纲要”党支部,
    书记某某、“原理”党支部), or ``start``. Why: some units name their branches
    by a word (a course, a team's motto) in quotes; masked as a slogan, the
    branch was dropped as a bare ending. Read so only when the quote opens its
    clause (after punctuation, 、 or the text's start), is one noun of two to
    four characters by jieba's dictionary, and holds no rating or type (“四强”党支部, “五星”支部, “合成式”党委,
    争创“先锋”党支部 after a verb) or honour word (org_campaign_aims.txt):
    those describe a kind of branch and name none."""
    j = start - 1
    while j > 0 and t[j - 1] == _MASK:
        j -= 1
    inner = text[j + 1:start - 1]
    if text[j] not in _NAME_QUOTES or not _QUOTED_NAME_MIN <= len(inner) <= _QUOTED_NAME_MAX:
        return start
    if j > 0 and (_is_name_char(t[j - 1]) or t[j - 1] == _MASK):
        return start
    if not all("\u4e00" <= ch <= "\u9fff" for ch in inner) or any(ch in _RATING_CHARS for ch in inner) \
            or inner.endswith(_TYPE_ENDS) or lex.campaign_aims_re.fullmatch(inner) \
            or not _dict_tags().get(inner, "").startswith(_NOUN_TAG):
        return start  # (a noun of the dictionary: 纲要, 原理; not a slogan's phrase, 不忘初心)
    return j


#: Fewest and most characters of the first department sharing a branch (图书馆、).
_SHARED_MIN, _SHARED_MAX = 2, 10
#: The kind of the first department's ending: a unit's (not 党支部, 党委: 内科党支部、外科党支部 are two).
_SHARED_KIND = "unit"
#: Adverbs of acting together right after the branch: the list names two bodies (联合开展, 共同举办).
_JOINTLY = ("联合", "共同", "一起", "分别")


def _shared_branch_start(t: str, s: int, start: int, end: int, lex: _Lexicon) -> int:
    """Where a branch's name begins when it is shared by two departments
    written as a list of two right before its ending (图书馆、|信息网络中心党支部,
    院长办公室、|审计与内控科党支部), or -1. Why: the branch is one, named for
    both (GUIDE §3: the fullest form written); read alone, the first
    department was dropped as a bare ending or left as a body of its own.
    Both must end in a department's ending (org_shared_endings.txt), the
    first must open its clause (so a list of three, or a verb's object, is
    not read so), no place may open either (县财政局、县税务局党支部), and no
    adverb of acting together follows (党委办公室、财务处党支部联合开展: two bodies)."""
    qualifier = t[s:start]
    if not qualifier.endswith(lex.shared_endings) or t.startswith(_JOINTLY, end):
        return -1  # (党委办公室、财务处党支部联合开展: two bodies acting together)
    j = _extend_left(t, s - 1, lex)
    if not _SHARED_MIN <= s - 1 - j <= _SHARED_MAX or j > 0 and (_is_name_char(t[j - 1]) or t[j - 1] in _COORD):
        return -1
    first = t[j:s - 1]
    if _MASK in first or not first.endswith(lex.shared_endings) or first.startswith(_DETERMINERS) \
            or lex.info.get(_longest_suffix(first, lex), _NO_INFO)[0] != _SHARED_KIND \
            or leading_place(first) or leading_place(qualifier):
        return -1
    return j


#: The reader's own unit before its type (我局, 本院): the party body after it is the
#: one written 局党组, 院党委.
_SELF_MARKS = frozenset("我本")


#: The Youth League committee: the reader's own is written short as its party committee
#: is (我校|团委 as 校团委, like 我校|党委 as 校党委), though its kind is an association.
_LEAGUE_COMMITTEE = "团委"


def _self_party_body(t: str, at: int, start: int, kind: str, lex: _Lexicon) -> bool:
    """Whether a party body's ending opens ``t[at:]`` after 我局/本院: the
    ending read itself (``at == start``, of a party kind) or one the longer
    name opens with (我局|党组理论学习中心组)."""
    if at == start:
        return kind in _PARTY_BODY_KINDS or t.startswith(_LEAGUE_COMMITTEE, at)
    m = lex.suffix_re.match(t, at)
    return bool(m) and lex.info.get(m.group(), _NO_INFO)[0] in _PARTY_BODY_KINDS


#: jieba's tag of a proper noun (和平 nz): a one-character stop opening one before a single
#: character of a name belongs to the name (和平支部, not 平支部; not 全村 n, 一村 n, 和县 ns).
_PROPER_TAG = "nz"


#: A party congress after a unit's name (中国共产党青山大学|第三次代表大会, …|党员代表大会).
_PARTY_CONGRESS = re.compile(f"(?:第[{_NUMERAL}]+次)?(?:党员)?代表大会")


#: A general branch's endings, before which a member group of org_one_per_unit.txt
#: still names a body (学生党总支, 教工总支).
_GENERAL_BRANCHES = frozenset(("党总支", "总支", "党总支部", "总支部"))


#: The brackets a short form is defined in, right after the full name (南亚区域合作联盟（南盟）).
_SHORT_OPEN = "(（"
_SHORT_CLOSE = (")", "）")  # (a tuple: the empty slice past the text's end matches none)


def _drop_bracketed_short_forms(text: str, kept: list[tuple[int, int, str, str]],
                               lex: _Lexicon) -> list[tuple[int, int, str, str]]:
    """Drop a name that fills a bracket right after another name and
    abbreviates it (every character of it appears in the full name):
    中国共产党（中共）, 全国人民代表大会（全国人大） define a short form of
    the same body, not a second one. The full name stays. (The order may
    differ: 中国人民政治协商会议全国委员会（全国政协）.) So does a bare kind
    of body there, a department stem and its ending (机关第二十四党支部(档案馆):
    what the branch serves, no second body named)."""
    if not any(s and text[s - 1] in _SHORT_OPEN for s, _, _, _ in kept):
        return kept  # (most texts: no name opens a bracket)
    by_end = {e: name for _, e, name, _ in kept}
    return [f for f in kept if not (
        f[0] and text[f[0] - 1] in _SHORT_OPEN and text[f[1]:f[1] + 1] in _SHORT_CLOSE
        and (full := by_end.get(f[0] - 1)) and (_abbreviates(f[2], full) or _stem_kind(f[2], lex)))]


#: Last characters of _DETERMINERS (各, 个, 属, 级): the cheap test before the
#: determiner check on a known name.
_DETERMINER_ENDS = frozenset(d[-1] for d in _DETERMINERS)


#: Longest department stem _level_then_stem looks for (市场监督管理).
_LONGEST_STEM = 7


def _level_then_stem(name: str, q: int, lex: _Lexicon) -> bool:
    """Whether a name opening on a doubled level character (市市场监管局) is
    the level and a department whose stem opens on the same character
    (市|市场监管局, 市|市政局): the second character begins a department stem
    (org_dept_stems.txt) of two characters or more, up to the ending at
    ``q`` at most (市|市场监督管理|局, 市|市场监管|局党组). A doubled level
    before anything else closes a place cut before it (许镇|镇党委)."""
    return any(name[1:n] in lex.stems.words for n in range(3, min(q, _LONGEST_STEM + 1) + 1))


def _verb_numbered(t: str, start: int, k: int, lex: _Lexicon) -> bool:
    """Whether the department stem read with a section number before the
    one-character ending at ``start`` (``k`` characters in all) is a verb of
    the sentence: a stem that is also a stop word (组织) after a name
    character that closes no known part (书记组织|八室). After a body
    (中组部组织一局) or punctuation the stem opens the department."""
    if lex.stems.ending(t, start):
        return False  # no number: 组织部 (handled by the stem itself)
    s = start - k
    w = next((t[s:j] for j in range(start - 1, s, -1) if lex.stems.ending(t, j) == j - s), "")
    return w in lex.hard and s > 0 and _is_name_char(t[s - 1]) and not lex.jump.ending(t, s) \
        and t[s - 1] not in lex.single


def _stem_kind(name: str, lex: _Lexicon) -> bool:
    """Whether ``name`` is a department stem and a one-character ending and nothing else (档案|馆)."""
    return len(name) > 2 and name[-1] in lex.single and lex.stems.ending(name, len(name) - 1) == len(name) - 1


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is shorter than ``full`` and each of its characters appears in ``full``."""
    return len(short) < len(full) and all(c in full for c in short)


#: 某 (a certain), which a military report writes for a unit's number (某师, 武警某支队).
_SOME = "某"


def _anonymized(t: str, s: int, rest: str, lex: _Lexicon) -> str:
    """What belongs to an anonymized unit's name before ``t[s:]`` (``rest``
    is the name read so far) when its extension stopped at the 某 before it
    (a stop word elsewhere: 某些, 某种): 某, with the force that owns it
    (武警|某|支队), when a formation word opens ``rest`` (某|师政治部,
    某|支队); "" otherwise, and the name stays as read."""
    if not rest.startswith(lex.formations):
        return ""
    i = s - 1
    return t[i - lex.armies.ending(t, i):s]


#: The government's ending, written after its place's committee as one phrase
#: (城关镇党委政府, 长安县委县政府): two bodies of that place.
_GOVERNMENT = "政府"
_COMMITTEE_KIND = "party_committee"


def _committee_and_government(t: str, s: int, name: str, found: list[tuple[int, int, str, str]],
                              lex: _Lexicon) -> tuple[tuple[int, int, str, str] | None, str] | None:
    """The bodies a government's name ``name`` (read from ``t[s:]``) stands
    for when it is written together with its place's party committee, or
    None when it is not:

    - 城关镇党委政府: the place's committee as a mention with its span
      (城关镇党委) and its government rebuilt without one (城关镇政府);
      with no place named (镇党委政府) neither (None, "");
    - 长安县委|县政府, 长安县委、|县政府: the government of the level
      alone after a named place's committee of the same level is that
      place's (长安县政府, rebuilt); a bare 县委县政府 stays as read.
    """
    q = name[:-len(_GOVERNMENT)]
    b = lex.chain.ending(q, len(q))
    if b and lex.info[q[-b:]][0] == _COMMITTEE_KIND:
        e = leading_place(q)
        if e > 1 and lex.info.get(q[e:], _NO_INFO)[0] == _COMMITTEE_KIND:
            # (东湖街道党工委|政府: a street has an office, no government of its own)
            government = "" if q[:e].endswith(_NO_GOVERNMENT_LEVELS) else q[:e] + _GOVERNMENT
            return (s, s + len(q), t[s:s + len(q)], _COMMITTEE_KIND), government
        found[:] = [f for f in found if not (f[0] >= s and f[1] == s + len(q))]
        return None, ""  # (镇党委|政府, 上级党委政府: the 镇党委 read before goes too)
    if len(q) != 1 or q not in _LEVEL_CHARS:
        return None
    at = s - 1 if s and t[s - 1] == _LEVEL_JOINER else s
    before = next((f for f in reversed(found) if f[1] == at), None)
    if before is None or before[3] != _COMMITTEE_KIND or not before[2].endswith(q + _COMMITTEE_END):
        return None
    place = before[2][:-len(_COMMITTEE_END)]
    return (None, place + _GOVERNMENT) if names_place_level(place) else None


#: A zone's party working committee and its administrative board written as
#: one phrase (开发区党工委管委会, 示范区党工委管委会): the zone's two bodies, as
#: 城关镇党委政府 is the town's two.
_COMMITTEE_AND_BOARD = "党工委管委会"
_BOARD = "管委会"


def _work_committee_and_board(t: str, s: int, name: str) -> tuple[tuple[int, int, str, str], str]:
    """The two bodies of ``name`` (read from ``t[s:]``), a zone's committee
    and board written together (青山高新区党工委管委会): the committee as a
    mention with its span (青山高新区党工委), and the board rebuilt without
    one (青山高新区管委会). With no zone named (党工委管委会) the caller finds
    no such name: the bare pair names no body."""
    n = len(name) - len(_BOARD)
    return (s, s + n, t[s:s + n], _COMMITTEE_KIND), name[:-len(_COMMITTEE_AND_BOARD)] + _BOARD


#: jieba's tag of a time word (年内, 当前): before 中心工作 it dates the central task.
_TIME_TAG = "t"


#: Levels whose place has no people's government (a 街道 is run by the
#: county's 办事处): X街道党工委政府 names the committee only.
_NO_GOVERNMENT_LEVELS = ("街道",)


#: How a place's committee written short ends (长安县|委).
_COMMITTEE_END = "委"
#: What follows that 委 in a committee's full ending (委|员会).
_COMMITTEE_TAIL = "员会"


#: The joiner of levels written apart before one whole name (省、市教育整顿工作领导小组).
_LEVEL_JOINER = "、"


def _joined_upper_committees(t: str, s: int) -> list[tuple[int, str]]:
    """The upper levels' committees written into a level committee at ``s``
    (中央和省|市委, 、省|市委: the 省委 and the 市委; 中央和省市|区委: 省委, 市委
    and 区委), each with where its level stands, or none. Why: the levels are
    written without a mark, so only the last level's committee was read.
    Only after a boundary or a joiner: 全省|市委书记 is every city's."""
    i = s
    while i >= 1 and t[i - 1] in _UPPER_LEVELS and t[i - 1] not in t[i:s + 1]:
        i -= 1  # (each level once: 市市委 is no pair)
    if i == s or i >= 1 and _is_name_char(t[i - 1]) and t[i - 1] not in _PAIR_JOINERS:
        return []
    return [(k, t[k] + _COMMITTEE_CHAR) for k in range(i, s)]


#: A bare level committee's length (市委), the only name a pair of levels is read into.
_LEVEL_COMMITTEE_LEN = 2
#: Joiners before a pair of levels written as one (中央和|省市委).
_PAIR_JOINERS = frozenset("和及与")


def _coordinated_levels(t: str, s: int, name: str, kind: str, lex: _Lexicon) -> list[_Mention]:
    """The bodies of the other levels listed before a name that opens with a
    level (省、|市教育整顿工作领导小组, 省、市、|县纪委): each level with the rest
    of the name is one body (省教育整顿工作领导小组), rebuilt without a span
    as the text never writes it whole. A level that closes a word (全省、市)
    or follows no stop or boundary is no member."""
    out: list[_Mention] = []
    i = s
    while i >= 2 and t[i - 1] == _LEVEL_JOINER and t[i - 2] in _UPPER_LEVELS:
        j = i - 2
        if j and _is_name_char(t[j - 1]) and not lex.stops.ending(t, j) and t[j - 1] != _LEVEL_JOINER \
                or t.endswith(_EVERY_MARKS, max(0, j - DETERMINER_REACH), j):
            break  # (各县、|市直机关工委: every county's, none named)
        out.append(_Mention(t[j] + name[1:], kind, None, j))
        i = j
    return out[::-1]


def _term_tail(qualifier: str, lex: _Lexicon) -> int:
    """Length of the term that closes ``qualifier``: a term word of
    org_generic.txt (新一届, 上届) or an ordinal term (第一届); 0 if none."""
    word = next((w for w in lex.term_words if qualifier.endswith(w)), "")
    if word:
        return len(word)
    m = _ORDINAL_TERM.search(qualifier)
    return len(m.group()) if m else 0


def _leading_verb(t: str, s: int, start: int, lex: _Lexicon) -> bool:
    """Whether the name read from ``s`` opens with a two-character verb of
    the sentence: the longest dictionary word there is such a verb (研究, not
    研究所; no department stem, level or known part), and 省, 市 or 县 opens
    what follows (动员|省检察院, 研究|市人大常委会), or the bare 局 or 厅 of the
    reader's own body (研究|局党组): a verb before a body is the
    sentence's, never the name's. (A verb before the bare ending may name a
    field, 缉私|分局, 报关|协会, and stays.)"""
    tags = _dict_tags()
    k = next((n for n in (4, 3, 2) if s + n <= start and t[s:s + n] in tags), 0)
    w = t[s:s + 2]
    if k != 2 or tags[w] not in _VERB_TAGS or w in lex.stems.words or lex.admin_re.match(t, s) \
            or any(t[s:s + n] in lex.jump.words for n in range(2, 7)):
        return False  # (自治区, 实验小学: a level or a known part opens the name)
    if t[s + 2] in _SELF_BODIES and w in lex.business_verbs and (start == s + 3 or (
            (pm := lex.suffix_re.match(t, s + 3)) and lex.info[pm.group()][0] in _PARTY_BODY_KINDS)):
        # 研究|局党组关于…的方案, 审定|厅党组工作规则: the reader's own bureau, written short;
        # so before a longer name it opens (研究|局党组理论学习中心组学习计划)
        return True
    return (t[s + 2:s + 3] in _UPPER_LEVELS or t.startswith(HOME_COUNTRY, s + 2)) and bool(lex.admin_re.match(t, s + 2))


#: Aspect particles closing a verb (参观完, 学习过; 了 is a stop of its own): after a
#: verb of org_stops.txt or org_verbs.txt, the extension stops at the verb and the
#: particle is left before the name, which it never opens (完粤海关); a word it
#: makes with the next character (完达山) stays.
_ASPECTS = frozenset("完过")


def _after_verb(t: str, i: int, lex: _Lexicon) -> bool:
    """Whether a verb of two characters or more ends at ``i``: a stop or
    dictionary verb (参观, 学习), so an aspect particle at ``i`` is its."""
    return lex.stops.ending(t, i) >= 2 or i >= 2 and _dict_tags().get(t[i - 2:i]) in _VERB_TAGS


#: One character that stands for the reporting bureau or department itself
#: before its party body's ending (局党组, 厅党组): a verb before it is the
#: sentence's, never a field of the name (no 研究局).
_SELF_BODIES = frozenset("局厅")
#: (the verbs of a meeting's business before it are org_business_verbs.txt)


#: Meetings whose central task 中心 opens (凝聚到大会|中心任务上来); only 工作, 任务 and
#: 大局 are read after it, and 会议 stays out (会议中心工作人员: a conference centre's staff).
_CENTRE_MEETINGS = ("大会", "全会")
#: The verb "centre on" before a bare type and 中心 (围绕学校|中心服务大局).
_AROUND = "围绕"


def _around_type_centre(t: str, start: int, qualifier: str, lex: _Lexicon) -> bool:
    """Whether 中心 at ``start`` follows 围绕 and a bare type of body
    (围绕学校中心服务大局, 围绕学院中心做好工作). Why: centring on the school's
    centre is its central task written without 工作; no centre is named, while
    围绕 before a named centre (围绕市政务服务中心) keeps it."""
    return bool(qualifier) and t.endswith(_AROUND, 0, start - len(qualifier)) and _bare_type(qualifier, lex)


#: Joiners that close what the extension read before 中心工作 (学习教育同|中心工作,
#: 党建与|中心工作): the central task is the reader's, no centre is named.
_CENTRE_JOINERS = frozenset("同与和及跟")


#: Levels that open a body's name after a verb (动员|省检察院; and 中国: 建设|中国银行); 区, 村 and 镇 close
#: many place names whose first word is a verb (创新区, 前进村, 建设村).
_UPPER_LEVELS = frozenset("省市县")
#: Levels a name listed after upper levels may open with (省、市、|县纪委, 市、|区委):
#: a district's or town's body after its city's or county's is one of a list too.
_LISTED_LEVELS = _UPPER_LEVELS | frozenset("区镇")


def _same_body_before(qualifier: str, term: int, kind: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` is a body of ``kind`` and a term of ``term``
    characters after it (第八党支部|新一届|支部委员会, 各支部|第一届|支部委员会):
    the ending then names that body's term, not another body. A body of
    another kind keeps it (研究院新一届党委 is the institute's committee)."""
    b = lex.chain.ending(qualifier, len(qualifier) - term)
    return bool(b) and lex.info[qualifier[-term - b:-term]][0] == kind


def _party_named_before(t: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Whether a democratic party (org_parties.txt, or its formal name of
    org_party_full_names.txt) is named in the text of a bare 市委会
    (``t[start:end]``) and the 会 makes no word with what follows (会议, 会同,
    会商): a report on that party then writes its own committee short
    (民建青山市委……市委会主委, 社市委会委员), and the CPC's 市委 is never written
    with 会 as a name. The party may be named after it (青山市委会……致公党党员)
    or only formally (中国民主促进会某自治区委员会……区委会主委). A name inside a
    word (人民|进) is no party."""
    if end < len(t) and t[end - 1:end + 1] in _dict_tags():
        return False
    if lex.party_full_re.search(t):
        return True
    for m in lex.party_names_re.finditer(t):
        if not (m.start() and t[m.start() - 1:m.start() + 1] in _dict_tags()):
            return True
    return False


#: The kind of a known body a party elects for a term (中央委员会).
_TERMED_KIND = "party_committee"


def _party_term_start(t: str, start: int, lex: _Lexicon) -> int:
    """Where a party's name and a term written right before a known
    committee begin (中国共产党第十届|中央委员会, 民盟第十三届|中央委员会): the
    formal name of that term's committee; -1 when none stands there. A term
    alone (第十届|中央委员会) names no party and stays out."""
    m = lex.party_term_re.search(t, max(0, start - 16), start)
    return m.start() if m else -1


#: An ordinal term closing a qualifier (支部|第一届|支部委员会).
_ORDINAL_TERM = re.compile(f"第[{_NUMERAL}]+届$")

#: 暨 joins two meetings or campaigns (学习会议暨全委会议); only a group set up for
#: both is named across it (庆祝建党100周年活动暨党史学习教育领导小组).
_EVENT_JOINER = "暨"
_EVENT_BODY_KIND = "leading_group"

#: A meeting's kind closing a qualifier, and the meeting right after the ending
#: (巡察整改专题|党委|会): the reader's committee meets, no body is named.
_MEETING_MARKS = ("专题",)
_MEETING = "会"
#: The stop words of "this occasion" (org_stops.txt: 此次|党支部专题组织生活会) that open a
#: meeting's name: the name of a body follows only past the meeting's 会.
_THIS_OCCASION = ("此次", "本次", "这次", "该次")
#: The verb "into" of the genre's campaigns (党史学习教育进机关、进社区): before an
#: ending it makes no word with (not 先进, 促进会), it leaves the ending bare.
_INTO = "进"
#: What follows an ending's 会 when it opens the word 会议 instead.
_MEETING_TAIL = "议"


#: Kinds of a party body's ending (党支部, 党委, 党组): a glued verb after one opens its object,
#: and a joint party body never takes one as a member.
_PARTY_BODY_KINDS = frozenset({"branch", "party_committee", "party_group"})
#: Length of the verb glued between a party body and its object's level character (组织).
_GLUED_VERB_LEN = 2
#: Longest party ending looked for right before that verb (党总支, 党支部).
_GLUED_PARTY_MAX = 3


def _glued_verb_object(t: str, start: int, lex: _Lexicon) -> bool:
    """Whether the one-character ending at ``start`` (局) follows a stop word of
    two characters (org_stops.txt: 组织) written right after a party body's
    ending (党支部, 党委, 党组). Why: 组织 is also a department stem (组织部),
    so 某局机关党支部组织局离退休党员 read 组织局 into the name; the verb
    organizes the bureau's members, and the party body, not a 组织局, is named
    (round 62, as the unit's _past_glued_verb of round 61)."""
    a = start - _GLUED_VERB_LEN
    if a < 2 or t[a:start] not in lex.hard:
        return False
    return any(lex.info.get(t[a - k:a], _NO_INFO)[0] in _PARTY_BODY_KINDS
               for k in range(_GLUED_PARTY_MAX, 1, -1) if k <= a)


def _country_party_start(t: str, start: int, lex: _Lexicon) -> int:
    """Where a known body that opens with a party's ending (党|中央) begins
    when a foreign party's name closes on that 党 (老挝人民革命党中央 is that
    party's centre, not the Chinese 党中央): the party's start when a country
    opens it (see _country_body), else ``start``."""
    s, _ = _extend_core(t, start, lex, start + 1)
    return s if s < start and _country_body(t, t[s:start], start + 1, lex) else start


def _after_celebrating(t: str, s: int, start: int, lex: _Lexicon) -> int:
    """Where a name begins that was read from ``s`` over a verb of
    celebrating (庆祝, org_anniversaries.tsv) when the founding word after it
    shows the body is the one celebrated: right after the last such verb,
    else ``s``."""
    at = s
    for verb in lex.celebrate:
        i = t.rfind(verb, s, start)
        if i >= 0:
            at = max(at, i + len(verb))
    return at if at < start else s


#: The verb of having right after a stop word (其中有|泌尿外科) opens no name unless it
#: opens a dictionary word (有色金属公司). Not 同, which opens names the dictionary
#: lacks (同煤集团).
_HAVE = "有"

#: A company's registered name may hold its seat in brackets (某某科技(深圳)有限公司).
_COMPANY = "公司"
_PLACE_BRACKET = re.compile("[(（]([\u4e00-\u9fff]{2,4})$")
_HOME = "中国"


#: Lengths of a place's stem that opens with a numeral (四川, 三明, 五指山).
_NUMERAL_PLACE_LENGTHS = (2, 3)


def _numeral_place(name: str, lex: _Lexicon) -> bool:
    """Whether ``name`` opens with a place whose name begins with a numeral
    (四川, 三明, 六安; gazetteer.py): after 与/和 that numeral is the place's,
    not a list's number (与|四川天府新区支行). So is a numeral before 里, a
    place named by its distance (、|八里庙村委会, 与|五里墩社区党委)."""
    if name[1:2] == _LI and name[0] in _LI_NUMERALS:
        return True
    return any(name[:n] in lex.places or name[:n] in gazetteer() for n in _NUMERAL_PLACE_LENGTHS)


def _scope_bracket(t: str, s: int, lex: _Lexicon) -> bool:
    """Whether the bracket closing right before ``s`` holds a unit's scope
    alone (org_bracket_scopes.txt: 阳陂湖(国际)|研学中心): such a bracket sits
    inside the unit's registered name, as a place does inside a company's."""
    m = _PLACE_BRACKET.search(t, max(0, s - 6), s - 1)
    return m is not None and m.group(1) in lex.bracket_scopes


def _registered_place_start(t: str, s: int, lex: _Lexicon, end: int) -> int:
    """Where a company's name begins when a bracketed place stands right
    before ``s`` (乐高玩具(嘉兴)|制造有限公司, 某某技术(中国)|有限公司): the
    registered name runs on before the bracket. ``s`` when the bracket holds
    no place (a gazetteer stem, a foreign place or 中国) or nothing precedes it."""
    m = _PLACE_BRACKET.search(t, max(0, s - 6), s - 1)
    if m is None or m.start() == 0:
        return s
    place = m.group(1)
    if place != _HOME and place not in lex.bracket_scopes and place not in lex.places and place not in gazetteer():
        return s
    o = m.start()
    if not ("\u4e00" <= t[o - 1] <= "\u9fff"):
        return s
    b = _extend_core(t, o, lex, end)[0]
    return b if b < o else s


def _past_inner_verb(t: str, s: int, start: int, lex: _Lexicon) -> int:
    """Where a name read from ``s`` really begins when a one-character verb
    (org_single_verbs.txt) inside it stands after a common noun and before a
    level's body (台账报|区委巡察工作领导小组, 问题清单报|市委): the noun is the
    verb's object, the sentence's, no part of the name. Only before a level
    character (省市县区 …), and where the verb makes no word with either
    neighbour (日报|市, 共同|市, 报社)."""
    tags = _dict_tags()
    for p in range(start - 1, s, -1):
        if t[p] in lex.single_verbs and t[p + 1] in _LEVEL_CHARS \
                and t[p - 1:p + 1] not in tags and t[p:p + 2] not in tags:
            return p + 1
    return s

def _not_first_before_type(t: str, s: int, start: int, lex: _Lexicon) -> bool:
    """Whether the qualifier ``t[s:start]`` ends in a word of org_not_first.txt (同, 有)
    followed by a lone type character that names the reader's own body (局, 院,
    校: 同|局党组年度工作结合起来, 有|院党委). Why: 同 there is the preposition
    "with" and the body is the short form 局党组; the pair makes no dictionary
    word (同行 does, and stays), and the one-character rule above only covers
    a bare ending (同|代表团). A place or name word across 同 (大同) keeps it (round 63)."""
    p = start - 2
    return s <= p and t[p] in lex.not_first and t[p + 1] in _REFERRED_TYPES and t[p:start] not in _dict_tags() \
        and (s == p or _dict_tags().get(t[p - 1:p + 1]) not in _NAME_WORD_TAGS)


#: Word tags of a noun or a place that a word of org_not_first.txt may open (同济, 同江).
_NAME_WORD_TAGS = frozenset(("n", "nr", "ns", "nt", "nz"))


#: Words closing a qualifier that count two parties (两国, 双方): the ending is plural.
_PAIRS = ("两国", "双方")


#: 型 or 性 closing a short qualifier makes it a type (服务型, 学习型, 创新性), not a name.
_TYPE_MARKS = ("型", "性")
_TYPE_MAX = 4


#: "One", which opens both halves of a formula pairing bodies with things (一支部一品牌).
_ONE = "一"


#: Length of the verb _verb_then_generic reads before the generic words.
_CAMPAIGN_VERB_LEN = 2


def _verb_then_generic(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` is a two-character dictionary verb followed only by
    honour words (建设|模范, 争创|先进, 打造|清廉: org_campaign_aims.txt).
    Why: a campaign's verb and the quality it aims at (建设模范机关) name no
    body; the honour words alone are stripped as generic, but the verb before
    them kept the phrase whole."""
    rest = qualifier[_CAMPAIGN_VERB_LEN:]
    return bool(rest) and lex.campaign_aims_re.fullmatch(rest) is not None \
        and _dict_tags().get(qualifier[:_CAMPAIGN_VERB_LEN]) in _VERB_WORD_TAGS


def _own_kind_campaign(qualifier: str, suffix: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` is the ending's own kind followed only by honour
    words (医院|清廉 before 医院, 学校|平安 before 学校: org_campaign_aims.txt).
    Why: a campaign is named after the kind of body it builds (清廉医院建设); the
    same kind written before it is the reader's own unit (布置医院清廉医院建设工作),
    so the run names no body, as the campaign alone names none."""
    rest = qualifier[len(suffix):]
    return bool(suffix) and qualifier.startswith(suffix) and bool(rest) \
        and lex.campaign_aims_re.fullmatch(rest) is not None


def _type_only(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` names a type of body: a type mark closes it, maybe
    before a generic word of two characters or more (服务型|党支部, “村居合一”型|社区|党委:
    a quoted campaign before the mark is masked and not counted), maybe after
    a verb (建设|服务型党支部)."""
    if not any(mark in qualifier for mark in _TYPE_MARKS):
        return False  # (most qualifiers: no need to try every generic word at the end)
    q = next((qualifier[:-len(w)] for w in lex.generic_words if len(w) > 1 and qualifier.endswith(w)), qualifier)
    if not q.endswith(_TYPE_MARKS):
        return False
    if len(q.lstrip(_MASK)) <= _TYPE_MAX:
        return True
    # 努力建设|服务型党支部: the verb the extension read in ends right before the type
    return any(_dict_tags().get(q[-n - 2:-n]) in _VERB_WORD_TAGS for n in range(2, _TYPE_MAX + 1))


#: Kinds of group whose bare ending is the campaign's own, unnamed (领导小组, 督导组):
#: an office named only by one (领导小组办公室) is as generic.
_CAMPAIGN_BODY_KINDS = frozenset(("leading_group", "inspection_group"))
#: 全 and a level (全市, 全省): the whole area, stripped as a generic word before a name.
_WHOLE_AREA = re.compile("全[省市县区镇乡国]$")
_AREA_LEN = 2
#: Tags of a plain noun or a verbal noun naming a field (烟草, 行政), not a place or a name.
_FIELD_TAGS = frozenset(("n", "vn"))
#: Length of such a field.
_FIELD_LEN = 2


def _field_across_area(t: str, start: int, qualifier: str) -> bool:
    """Whether ``qualifier`` is a field word alone (烟草, 行政: a noun of two
    characters) right after a whole area (全市, 全省), which the extension or
    the generic words left out of it: 全市|烟草|公司系统 speaks of every tobacco company of the city, and names
    none. (A one-character ending after a field is weighed by its stem:
    全市|统计|局.)"""
    at = start - len(qualifier)
    return len(qualifier) == _FIELD_LEN and _WHOLE_AREA.search(t, max(0, at - _AREA_LEN), at) is not None \
        and _dict_tags().get(qualifier) in _FIELD_TAGS \
        and (at <= _AREA_LEN or t[at - _AREA_LEN - 1:at - 1] not in _dict_tags())  # (安全|市…: 全 closes a word)


#: The bare branch ending, and the word tags of a verb or adjective that, as its
#: whole qualifier, acts on or describes the reader's own branch rather than
#: naming one (剖析|支部, 创新|支部, 方便|支部后续工作, 先进|支部): a branch named
#: for a function (运行党支部) writes 党支部.
_BARE_BRANCH = "支部"
_VERB_WORD_TAGS = frozenset(("v", "vn", "a"))
#: jieba's tag of a localizer (后, 前): alone before the bare branch ending it closes a clause.
_LOCALIZER_TAG = "f"
#: The same without adjectives: a verb of the sentence (建设|共青团), not a kind (新|内阁).
_VERB_TAGS = frozenset(("v", "vn"))


#: Two or more levels and nothing else (区县, 省市, 县乡村): a qualifier that lists levels.
_LEVELS_ONLY = re.compile("[省市县区乡镇村]{2,}")
#: How a joint body's ending opens (联合督导组): the levels listed before it send it together.
_JOINT_OPENING = "联合"


#: What a joint party body's ending opens with (联合党委, 联合党支部; not 联合会): the bodies
#: listed before it are its members, and belong to its name.
_JOINT = "联合党"


def _join_members(text: str, kept: list[tuple[int, int, str, str]],
                  lex: _Lexicon) -> list[tuple[int, int, str, str]]:
    """Fold the members listed right before a joint body into its name:
    化学学院、材料学院联合党委 is one committee of two schools, not a school
    and a committee (a unit finder would read the list as a joint report)."""
    if not any(_JOINT in f[2] for f in kept):
        return kept
    out: list[tuple[int, int, str, str]] = []
    for f in kept:
        s, e, name, kind = f
        joint = _JOINT in name and _longest_suffix(name, lex).startswith(_JOINT)
        while joint and out and out[-1][1] == s - 1 and text[s - 1] in _COORD \
                and out[-1][3] not in _PARTY_BODY_KINDS:
            # (a party body is no member but a body of its own listed beside:
            # 甲联合党支部和乙联合党支部 are two branches)
            s = out.pop()[0]
        out.append((s, e, text[s:e], kind) if s != f[0] else f)
    return out


_AT = attrgetter("at")


#: A level committee's name closing a mention, written with 会 or in full
#: (民盟青山市委会, 九三学社青山市委员会 are 民盟青山市委, 九三学社青山市委 compared).
_COMMITTEE_FORMS = re.compile("委(?:员)?会$")
#: A level committee's short form once normalized: its level before 委.
_LEVEL_COMMITTEE = re.compile("([省市区县])委$")


def fold_party_short_forms(text: str, mentions: list[_Mention]) -> None:
    """Rename the mentions of a democratic party's committee written short
    to the party's fullest name of that committee in the text: the party's
    own 市委会 (市委会主委), its initial before the level (社市委, 盟省委,
    社青山市委) and a bare level committee before one of the party's posts
    or committee words (市委|主委, 绵阳市委|主委, 省委|副主委: org_party_posts.txt).
    So a report on 民盟青山市委 lists that committee once, by its fullest form
    (GUIDE §3), and never a 市委 that reads as the CPC's. A short form stays
    as read where the text names no such committee of its party and level,
    or the committees of two parties (民革市委会, 农工党市委会). The renamed
    mention keeps its span, as a folded 第四支部 does."""
    lex = _lexicon()
    if not lex.party_names_re.search(text):
        return  # (most texts: no democratic party named)
    fulls: dict[tuple[str, str], list[str]] = {}  # (party, level) -> its committees' names
    for m in mentions:
        pm = lex.party_names_re.match(m.name)
        if pm and m.kind == _COMMITTEE_KIND and (lm := _LEVEL_COMMITTEE.search(_committee_norm(m.name))):
            fulls.setdefault((pm.group(), lm.group(1)), []).append(m.name)
    if not fulls:
        return
    initials = {party[-1]: party for party, _ in fulls if not party.endswith("党")}  # 社, 盟 (no 党: 党市委)
    for m in mentions:
        if m.span is None or m.kind != _COMMITTEE_KIND or m.name.startswith((PARTY_SHORT, PARTY_FULL)):
            continue
        if pm := lex.party_names_re.match(m.name):
            # 九三学社|市委, 农工党|市委会: the party's committee without its place, where the
            # text names it with its place (九三学社聊城市委)
            norm = _committee_norm(m.name)
            if level := _LEVEL_COMMITTEE.fullmatch(norm, pm.end()):
                placed = [n for n in fulls[(pm.group(), level.group(1))] if len(_committee_norm(n)) > len(norm)]
                if placed:
                    m.name = max(placed, key=len)
            continue
        norm = _committee_norm(m.name)
        lm = _LEVEL_COMMITTEE.search(norm)
        if not lm:
            continue
        party = initials.get(norm[0]) if len(norm) > 2 else None
        rest = norm[1:] if party else norm
        if not (party or m.name.endswith("委会")
                or text.startswith(lex.party_posts, m.span[1])):
            continue  # 市委|市政府, 围绕市委|中心工作: the CPC's committee
        groups = [names for (p, level), names in fulls.items() if level == lm.group(1) and (party is None or p == party)
                  and any(_committee_norm(n).endswith(rest) for n in names)]
        if len(groups) == 1:
            m.name = max(groups[0], key=len)  # (民盟青山市委会 over 民盟青山市委, 九三学社青山市委 over 九三学社市委)


def _committee_norm(name: str) -> str:
    """``name`` with a level committee's 会 or 员会 dropped (九三学社青山市委员会 -> 九三学社青山市委)."""
    return _COMMITTEE_FORMS.sub("委", name)


def _merge_aliases(names: dict[str, Organization]) -> None:
    """Fold a short form into the fuller one the text also writes (第四支部 -> 第四党支部)."""
    shorts = [name for name in names if name.endswith(("支部", "总支"))]  # (most names are neither)
    for short, full in (("支部", "党支部"), ("总支", "党总支")):
        for name in shorts:
            if name.endswith(short) and not name.endswith(full):
                head = name[: -len(short)]
                target = head + full
                if target not in names and leading_place(head) == len(head):
                    # 魏楼村支部 -> 官桥镇魏楼村党支部: a place's branch, into the one fuller name the
                    # text gives it after the place above (an ordinal one, 第四支部, is not read so)
                    target = _placed_fuller(names, target) or target
                _fold(names, name, target)
    if "届" in "".join(names):  # (most texts name no term)
        _fold_terms(names)
    _fold_unit_branches(names)
    _fold_tails(names)
    for name in [name for name in names if name.startswith(PARTY_SHORT) and len(name) > len(PARTY_SHORT)]:
        _fold(names, name, PARTY_FULL + name[len(PARTY_SHORT):])  # 中共X委员会 -> 中国共产党X委员会
    for name in [name for name in names if name[0] in _UPPER_LEVELS and len(name) > 1]:
        # 县委常委会 -> 中共青山县委常委会: a level's body written short in a text that names
        # its place once (GUIDE §3, the fullest form); two places (a round-up) fold nothing
        places = {_place_of(full, name) for full in names if len(full) > len(name) and full.endswith(name)} - {""}
        if len(places) == 1:
            place = places.pop()
            _fold(names, name, max((f for f in names if f.endswith(name) and _place_of(f, name) == place), key=len))


#: Endings of a branch that _fold_unit_branches folds when written after a bare unit type.
_BRANCH_ENDINGS = ("党支部", "党总支")


def _fold_unit_branches(names: dict[str, Organization]) -> None:
    """Fold a branch named by a bare unit type (中心党总支, 中心党支部) into the
    one fuller name the text gives it (学生社区中心党总支): the type alone is
    the same unit written short (GUIDE §3, the fullest form), not a body of
    its own. Two fuller names (a round-up of two centres) fold nothing."""
    info = _lexicon().info
    for name in [n for n in names if n.endswith(_BRANCH_ENDINGS)]:
        head = name[:-3]
        if len(head) < 2 or info.get(head, _NO_INFO)[0] != "unit":
            continue
        fuller = [f for f in names if len(f) > len(name) and f.endswith(name)]
        if len(fuller) == 1:
            _fold(names, name, fuller[0])


#: Shortest name _fold_tails folds (院党总支, 街道党工委); a shorter tail (党委, 市委) is
#: a level's or a generic body read by the other folds.
_MIN_TAIL = 4
#: The organ (机关) opening a body's own standing name (机关党委, 机关党组: GUIDE §3):
#: written beside 常委会机关党组 it is still the name the reader uses, so it stays.
_ORGAN = "机关"
#: Characters closing a fuller name's head that make the tail another body:
#: 分|公司党委 is a branch company's committee, 总|公司党委 the head company's; and
#: joiners, where the fuller name ran on over a coordination (新发展和|人文学院).
_OTHER_BODY_MARKS = frozenset("分总副和与及")


def _fold_tails(names: dict[str, Organization]) -> None:
    """Fold a name of four characters or more into the one fuller name of the
    same kind that ends with it (街道党工委 into 北外滩街道党工委, 临时党总支 into
    市十八届人大五次会议临时党总支, 女领导干部联谊会 into 县女领导干部联谊会).
    Why: a report names its body in full once and then writes the tail
    (GUIDE §3, the fullest form); two fuller names (a round-up of two streets)
    fold nothing, and 分|公司党委 (another body) and a name run on over 和 stay."""
    fuller: dict[str, list[str]] = {}
    for full in names:
        for k in range(1, len(full) - _MIN_TAIL + 1):
            if full[k:] in names:
                fuller.setdefault(full[k:], []).append(full)
    for tail, fulls in fuller.items():
        if len(fulls) == 1 and tail in names and fulls[0] in names and not tail.startswith(_ORGAN) \
                and names[tail].kind == names[fulls[0]].kind \
                and fulls[0][len(fulls[0]) - len(tail) - 1] not in _OTHER_BODY_MARKS \
                and not _place_head(fulls[0][:len(fulls[0]) - len(tail)]):
            _fold(names, tail, fulls[0])


def _place_head(head: str) -> bool:
    """Whether ``head`` is only a place or a country (兰陵县, 英国, 中国). Why: a
    body named after its place and then without it (英国|劳斯莱斯汽车公司,
    中国|全国政协) is read by the place folds of _merge_aliases, which know the
    levels; a place head alone says nothing _fold_tails can weigh."""
    return head == HOME_COUNTRY or head in _lexicon().places or leading_place(head) == len(head)


def _fold_terms(names: dict[str, Organization]) -> None:
    """Fold a body named with its term between its place and its ending
    (区十七届人大, 县十五届人大常委会) into the same body written without the
    term (区人大, 县人大常委会) when the text writes that too: the term says
    which sitting body, not another body. A term opening the name (八届政协)
    has no place to keep and folds into nothing."""
    bodies = _lexicon().session_bodies
    for name in [n for n in names if "届" in n]:
        term = TERM_ONLY.search(name, 1)
        if term and name.startswith(bodies, term.end()):
            _fold(names, name, name[:term.start()] + name[term.end():])


def _placed_fuller(names: dict[str, Organization], target: str) -> str | None:
    """The one name in ``names`` that is ``target`` after a place of two
    characters or more closed by a level (官桥镇|魏楼村党支部 for 魏楼村党支部);
    None when there is none, or several (a round-up's branches of two towns)."""
    fuller = [f for f in names if len(f) > len(target) + 1 and f.endswith(target)
              and leading_place(f[:len(f) - len(target)]) == len(f) - len(target)]
    return fuller[0] if len(fuller) == 1 else None


def _place_of(full: str, short: str) -> str:
    """The place that ``full`` names before its level body ``short`` (青山县 of
    中共青山县委常委会 and 县委常委会), the Communist Party's name before it
    set aside; "" when what stands there is no place of two characters or
    more closed by the short name's level (中共|县委常委会, 机关|县委) or a
    democratic party's name opens it."""
    head = full[:len(full) - len(short)]
    head = head[len(PARTY_FULL):] if head.startswith(PARTY_FULL) else \
        head[len(PARTY_SHORT):] if head.startswith(PARTY_SHORT) else head
    place = head + short[0]
    if len(head) < 2 or _lexicon().party_names_re.match(head):
        return ""  # (民革青岚|市委会: a democratic party's committee, see fold_party_short_forms)
    return place if leading_place(place) == len(place) else ""


def _fold(names: dict[str, Organization], name: str, target: str) -> None:
    """Fold ``name`` into ``target`` when the text also writes ``target``."""
    if target in names and target != name and name in names:
        org = names.pop(name)
        names[target].count += org.count
        names[target].spans = sorted(names[target].spans + org.spans)
