"""What stands before an ending, and whether it makes a name.

A qualifier that is generic (各, 本, a bare type such as 学院), a count, a
determiner, a post's opening (市委宣传部|副部长) or a clause (自……以来) names no
body; these tests, and ``_accept`` at the end, decide whether a found ending
becomes an organization.
"""
from __future__ import annotations

import re

from reportmine.extract.organizations.extend import _country_at, _extend_core, _is_name_char
from reportmine.extract.organizations.gazetteer import level_after
from reportmine.extract.organizations.lexicon import (
    ARMY, COUNTRY, MAX_FREE, OPENING, PARTY, PLACE, SECTION, SERVICE, _COUNTED, _Lexicon, _MEASURE_AFTER_DIGIT, _NO_INFO, _NOUN_TAGS, _NUMERAL, _SYSTEM_ENDING,
    _dict_tags, stem_ending,
)
from reportmine.extract.organizations.places import (
    _CJK_RUN, _LEVEL_CHARS, _LEVEL_RE, _holds_part, leading_place, names_place_level,
)


def _strip_generic(qualifier: str, lex: _Lexicon, unit: bool = False) -> str:
    """Drop leading generic words (所属, 各, 我院) and a leading term (十二届).

    A word before an ordinal stays (教工第一党支部 and 学生第一党支部 are two
    branches), unless it is a one-character determiner (各第一...).
    """
    m = lex.generic_re.match(qualifier)
    if not m or _opens_noun(qualifier, m.end()) or m.end() == 1 and _opens_town(qualifier, lex) \
            or any(qualifier[:k] in lex.jump.words for k in range(m.end() + 1, min(len(qualifier), _LONGEST_PART) + 1)):
        return qualifier  # (本|科生第一党支部, 外国|语学院, 外国|文学: the word opens a noun or a known part)
    if qualifier.startswith(_MAIN_CAMPUS) and (qualifier[len(_MAIN_CAMPUS):].startswith("第")
                                               or _SHORT_ORDINAL.fullmatch(qualifier[len(_MAIN_CAMPUS):])):
        return qualifier  # 本部|第一支部: 本部 is the main campus numbering its branches, not 本 (this) + 部
    if m.end() > 1 and level_after(qualifier, 0, m.end()):
        return qualifier  # 平安|区新生代企业家联谊会: the word is an official place before its level
    rest = qualifier[m.end():]
    if m.end() > 1 and (rest.startswith("第") or _SHORT_ORDINAL.fullmatch(rest)) \
            and not lex.generic_re.match(qualifier[:1]):
        return qualifier  # (教工第二党支部, 教工二支部: the ordinal numbers the staff's branches)
    if unit and rest and qualifier[:m.end()] in lex.generic_heads:
        return qualifier  # 社区卫生服务中心, 企业服务中心, 学生工作部: the noun heads an office's name
    head = next((h for h in lex.generic_heads if qualifier.startswith(h)), "") if rest else ""
    if head and _names_unit(qualifier, lex, len(head)):
        return qualifier  # 学生活动中心|党总支, 学生社区中心|党总支: so it does before a branch naming that office
    if m.end() == _SELF_UNIT_LEN and len(qualifier) > _SELF_UNIT_LEN and qualifier[0] in _SELF_MARK_CHARS \
            and _dict_tags().get(qualifier[1:3], "x") in _NOUN_TAGS:
        return qualifier[1:]  # 本|校区党委, 我|院系: the unit's type opens a noun, only 本/我 goes
    return rest


#: Lengths of a unit's ending that _names_unit reads (中心, 服务站, 管理中心); one
#: character (部, 处) is left out: 学生会部 or 教师节处 would read as a unit.
_UNIT_ENDING_LENGTHS = (4, 3, 2)


def _names_unit(qualifier: str, lex: _Lexicon, head: int) -> bool:
    """Whether ``qualifier`` ends in a unit's ending of two or more characters
    with something between it and the generic head of ``head`` characters
    opening it (学生|活动|中心, 学生|社区|中心): the head then opens that unit's
    name (学生活动中心党总支), not a generic kind of branch (学生|第一党支部,
    学生|党支部), nor a kind of unit (企业|机关党委: every enterprise's)."""
    return any(len(qualifier) > k + head and lex.info.get(qualifier[-k:], _NO_INFO)[0] == "unit"
               for k in _UNIT_ENDING_LENGTHS)


#: An ordinal written without 第 (教工|二|支部); not 两, which counts (两支部).
_SHORT_ORDINAL = re.compile("[一二三四五六七八九十]{1,3}")


#: The main campus (本部第一支部 beside 国际部第三支部): read whole before an ordinal.
_MAIN_CAMPUS = "本部"


#: 我/本 and a unit's one-character type (我院, 本校; org_generic.txt): the reader's own unit.
_SELF_MARK_CHARS = frozenset("我本")
_SELF_UNIT_LEN = 2


#: Longest known part (org_protected.txt) a generic word may open (外国文学, 外国语言文学).
_LONGEST_PART = 6


def _heads_post(t: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Whether the one-character ending ``t[start:end]`` begins a post with
    the 长 after it (部长, 局长, 处长) rather than ending a body: after 副
    (市委宣传部副部长) or right after another body's ending (县人社局局长).
    A body heading its own post (县公安局长, 外交部长) stays a name."""
    if not t.startswith("长", end) or not start:
        return False
    if any(t[start - k - 1:start - k] == t[start] and _CJK_RUN.fullmatch(t[start - k:start]) for k in (2, 3)):
        return True  # 市卫生局|王建|局长: a body, its head's name, then the post
    return t[start - 1] == "副" or any(t[start - k:start] in lex.info for k in range(1, min(start, 6) + 1))


def _strip_count(t: str, qualifier: str, start: int, lex: _Lexicon) -> str:
    """``qualifier`` (ending at ``start``) without a leading count or session
    ordinal: 8家二级企业党委 (家 after the digits that cut the extension),
    三所中小学, 第三次党支部书记会议, 首批党支部. What is left may be
    generic (then the ending is no name)."""
    at = start - len(qualifier)
    if at > 0 and t[at - 1] in _NUMERAL and (mm := _MEASURE_AFTER_DIGIT.match(qualifier)):
        return _counted_rest(qualifier[mm.end():], lex)
    cm = _COUNTED.match(qualifier)
    return _counted_rest(qualifier[cm.end():], lex) if cm else qualifier


#: Measure words that count bodies (3个|专项督查组, 13支|志愿者服务队), not periods or
#: sessions (2023年|临床党支部, 第二次|党支部: the reader's own body may follow those).
_BODY_MEASURES = frozenset("个支家所类项座批")


def _counted_kind(t: str, at: int, rest: str) -> bool:
    """Whether ``rest`` (the qualifier left at ``at`` once a count is read
    off) follows a count of bodies (a numeral, maybe a hedge, and a measure
    of bodies) and is one word that only modifies a kind (6个|直管|党委,
    3个|专项|督查组, 20多个|临时|党支部), as after 各. A name after the count
    (两个|中国银行|支行) stays, and so does a longer qualifier that the gold
    reads as the bodies' own name (8家|二级企业|党委)."""
    if not (at > 1 and t[at - 1] in _BODY_MEASURES and len(rest) <= _COUNTED_MODIFIER_MAX):
        return False
    n = at - 2 if t[at - 2] in _HEDGES else at - 1
    return n > 0 and t[n - 1] in _NUMERAL and _dict_tags().get(rest) in _KIND_MODIFIER_TAGS


#: A hedge between a count and its measure (30余支, 20多个).
_HEDGES = "余多"
#: Longest modifier a count of bodies of a kind takes (专项, 直管): one word.
_COUNTED_MODIFIER_MAX = 2


def _counted_rest(rest: str, lex: _Lexicon) -> str:
    """What a count leaves of a qualifier: nothing when a generic word heads
    it (9个乡镇人大主席团 counts the bodies of every township, none named)."""
    stripped = _strip_generic(rest, lex)
    return "" if stripped != rest and lex.generic_re.match(rest) else stripped


def _bare_type(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier``, left after a determiner was stripped (各学院|
    共青团), is only a type of body: an ending itself (学院), a place type
    (小区), or one character (各分|支部)."""
    return len(qualifier) == 1 or qualifier in lex.bare_types \
        or lex.info.get(qualifier, ("", "none"))[1] != "none"  # (九届|县委常委会: 县委 is a body)


#: Determiners a stop may have cut from a qualifier (各|学院共青团); a closed set.
#: The levels counted (各级, 两级, 上下级) say "every one" as well (两级|院党组).
_DETERMINERS = ("各", "每个", "各个", "所属", "下属", "各级", "两级", "上下级")
#: Longest determiner of _DETERMINERS, for how far back to look for one.
DETERMINER_REACH = max(map(len, _DETERMINERS))


#: Determiners that distribute over every body of a kind (各临床科室党支部, 每个教学团队党支部);
#: not 所属/下属, which may stand before a body's own name (集团所属|国贸公司党支部).
_EVERY = ("各", "每个", "各个", "各级")
#: Word tags of what may modify a kind of body after such a determiner (临床 vn, 科研 n,
#: 附属 b, 二级 b): a field, a function or a grade, never a place or a name (ns, nr, nz, nt).
_KIND_MODIFIER_TAGS = frozenset(("n", "vn", "v", "b", "a", "m"))
#: Longest modifier read before the kind (临床医技|科室), and most items of a list
#: the determiner reaches back over (各教学、科研、管理|团队党支部).
_KIND_MODIFIER_MAX = 4
_KIND_LIST_ITEMS = 4
_KIND_ITEM_MAX = 6


#: A level and 直机关 (市直机关, 地直机关): the organs run directly by that one place, so
#: an item opening with it names one body even in a list that 各 opens (各县、|市直机关工委);
#: not 县直部门, 县直单位: every such department or unit (各乡镇党委、县直部门党组).
_LEVEL_DIRECT = re.compile("[省市地州盟县区旗]直机关")


def _every_kind(t: str, s: int, start: int, qualifier: str, suffix: str, lex: _Lexicon) -> bool:
    """Whether the name read from ``s`` (its ending ``suffix`` at ``start``)
    speaks of every body of a kind: a distributive determiner (各, 每个)
    stands right before it, or before the first item of a 、 list it closes
    (各教学、|科研团队党支部), and ``qualifier`` is only a kind, maybe after
    modifiers (临床|科室, 科研|团队), or modifiers alone before an ending that
    is itself a kind (二级|学院, 附属|医院). Such a phrase names no body."""
    at = start - len(qualifier)
    if not t.endswith(_EVERY, max(0, at - DETERMINER_REACH), at) \
            and (_LEVEL_DIRECT.match(qualifier) or not _listed_after_every(t, at, lex)):
        return False  # (各县、|地直机关工委: the 地区's own organs' committee is one body, named)
    kind = next((w for w in lex.bare_types if qualifier.endswith(w)), "") \
        or next((qualifier[-k:] for k in range(min(len(qualifier), 4), 1, -1)
                 if lex.info.get(qualifier[-k:], ("", "none"))[1] != "none"), "")
    if not kind and lex.info.get(suffix, ("", "none"))[1] == "none":
        return False  # (各|省委: a whole body's ending, weighed elsewhere)
    return _kind_modifier(qualifier[:len(qualifier) - len(kind)], lex, bool(kind))


def _every_level_body(t: str, at: int, end: int, lex: _Lexicon) -> bool:
    """Whether the name read from ``at`` to ``end`` opens with a level's own
    body (镇党委, 县委, 县纪委监委: an ending that names a body alone) right
    after a distributive determiner (各镇党委, 每个县委, 各市委组织部): the
    body of every place of that level, none named. Not before 委员, where 各
    counts the members of one committee (各市委委员)."""
    if not t.endswith(_EVERY, max(0, at - DETERMINER_REACH), at) or t[at:at + 1] not in _LEVEL_CHARS \
            or t.startswith(_COMMITTEE_MEMBER, end):
        return False
    return any(t[at:at + k] in lex.whole for k in range(2, min(end - at, _LONGEST_LEVEL_BODY) + 1))


#: The distributive determiner read inside a qualifier after a place's level (镇|各|村).
_EVERY_ONE = "各"
#: What may follow 各 in a body's own name (市各界妇女联合会: every sector, one body).
_EVERY_SECTOR = "各界"


def _every_under_level(qualifier: str) -> bool:
    """Whether ``qualifier`` holds a level character then 各 (镇各村|党支部,
    城关镇各社区|党支部): the bodies of every village or community under that
    place, a round-up naming none, though the place kept the stop 各 inside the
    name. Not 各界, a sector word some bodies' names hold."""
    i = qualifier.find(_EVERY_ONE, 1)
    return i > 0 and qualifier[i - 1] in _LEVEL_CHARS and not qualifier.startswith(_EVERY_SECTOR, i)


#: A committee's member: 各市委|委员 counts the members, and the committee stays named.
_COMMITTEE_MEMBER = "委员"
#: Longest level body that names itself alone (县纪委监委).
_LONGEST_LEVEL_BODY = 5


def _listed_after_every(t: str, at: int, lex: _Lexicon) -> bool:
    """Whether ``t[at:]`` follows a 、 list of short items that a
    distributive determiner opens (各教学、科研|团队: 各 reaches every item).
    An item closing on a post (person_titles.txt: 各党支部书记、|宣传办负责人)
    lists people, not kinds of body: 各 reaches no body after it (round 57)."""
    for _ in range(_KIND_LIST_ITEMS):
        if at < 2 or t[at - 1] != "、" or lex.posts.ending(t, at - 1):
            return False
        p = at - 1
        while p > 0 and at - 1 - p < _KIND_ITEM_MAX and _is_name_char(t[p - 1]) and not t.endswith(_EVERY, 0, p):
            p -= 1
        if p < at - 1 and t.endswith(_EVERY, 0, p):
            item = t[p:at - 1]
            # (各职能部门、|综合办公室: a modified catch-all kind is a whole phrase, every such
            # department; the items after it are bodies listed beside it, round 58)
            return not (item.endswith(_CATCH_ALL_KINDS) and len(item) > 2)
        at = p
    return False


#: Catch-all kinds that, modified, make the first item under 各 a whole phrase
#: (各职能部门, 各直属单位), not a modifier shared by the items after it.
_CATCH_ALL_KINDS = ("部门", "单位")


def _kind_modifier(m: str, lex: _Lexicon, before_kind: bool) -> bool:
    """Whether ``m`` (what precedes a kind of body after 各) is empty or one
    or two dictionary words that modify a kind (临床, 科研, 二级, 附属), or,
    right before a kind word (``before_kind``: 医技|科室), two characters the
    dictionary lacks that no level closes. (Before a bare ending, 各楼院|党支部,
    an unknown word may be a kind org_bare_types.txt does not list yet.)"""
    if not m:
        return True
    if len(m) > _KIND_MODIFIER_MAX or not all(_is_name_char(c) for c in m) \
            or any(m[i:j] in lex.info for i in range(len(m)) for j in range(i + 2, len(m) + 1)):
        return False  # (各党支部、|市委|组织部: a whole body, the determiner's list ends before it)
    tags = _dict_tags()
    if tags.get(m) in _KIND_MODIFIER_TAGS:
        return True
    if any(tags.get(m[:k]) in _KIND_MODIFIER_TAGS and tags.get(m[k:]) in _KIND_MODIFIER_TAGS
           for k in range(2, len(m) - 1)):  # (two words of two characters or more: 临床|医技 no, 楼|院 no)
        return True
    return before_kind and len(m) == 2 and m not in tags and m[-1] not in _LEVEL_CHARS


def _stem_type(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` is a department stem and a one-character ending
    and nothing else (税务|局, 检察|院): after a determiner (各级|税务局党委) a
    type of body, none named. Asked only after a determiner: 党政办党支部
    after 我院 is that office's branch."""
    return len(qualifier) > 1 and qualifier[-1] in lex.single \
        and stem_ending(lex.stems, qualifier, len(qualifier) - 1) == len(qualifier) - 1


#: 中心 and the words after it that make 中心工作, 中心任务 (the central task) or 中心大局:
#: after a bare type of body or a whole body (研究所|中心工作, 市委|中心大局) the
#: ending names no centre.
_CENTRE = "中心"
_CENTRE_WORK = ("工作", "任务", "大局")
#: The ``needs`` of an ending that names a body after a level's prefix (科协, 侨联, 残联).
_PREFIX_NEEDS = "prefix"


def _levelled_body(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` is a whole body of a level: a level's prefix
    (区, 市 ...) and then an ending of two characters or more that needs that
    prefix (区|科协, 市|侨联). Why: before 中心工作 such a body owns the
    central task (结合区科协中心工作) and names no centre, as the endings that
    need no prefix (县文联中心工作) already do; a field's centre (区政务服务中心
    工作人员) ends in no such word."""
    m = lex.admin_re.match(qualifier)
    if not m or m.end() >= len(qualifier) - 1:
        return False
    w = qualifier[m.end():]
    return lex.info.get(w, (None, None))[1] == _PREFIX_NEEDS


#: 作中心发言 (gives the keynote speech at a study session): no centre.
_KEYNOTE = "作中心发言"


#: A class (班) numbered in digits before its branch (化工学院201802班团支部).
_CLASS = "班"
_CLASS_NUMBER = re.compile(r"[0-9][0-9-]*$")


#: A class's code in digits written right before its branch, with no 班
#: (电子学院20229310党支部): four digits at least, so a count (3党支部) is none.
_CLASS_CODE = re.compile(r"(?<![0-9])[0-9]{4,10}$")


def _coded_branch_start(t: str, s: int, lex: _Lexicon, end: int) -> int:
    """Where a branch's name begins when a class code in digits opens it
    (电子学院20229310|党支部): the school's name before the code, as for a
    numbered 班; ``s`` when no code or no name stands before it."""
    return _class_start(t, s, lex, end, _CLASS_CODE)


def _class_start(t: str, s: int, lex: _Lexicon, end: int, number: re.Pattern[str] = _CLASS_NUMBER) -> int:
    """Where a class branch's name begins when its class is numbered in
    digits (机械学院2019级03班党支部 reads 03班; 化工学院201802|班团支部): the
    digits cut the extension, so it goes on over them to the school's name.
    Only a run of digits (and hyphens: 15-1班) right before 班 is crossed,
    and only when a name stands before it. A numbered 班 opening a clause
    after punctuation (，609班党支部召开…) is the class's own name: the
    digits belong to it (班党支部 alone names no class)."""
    m = number.search(t, max(0, s - 12), s)
    if not m or m.end() != s:
        return s
    at = m.start()
    if number is _CLASS_NUMBER and (not at or not _is_name_char(t[at - 1]) and not t[at - 1].isspace()):
        return at  # ，609|班党支部: the class number opens the name
    if not at or not _is_name_char(t[at - 1]):
        return s  # (共有|2019班: a count, not a class of a named school)
    before, _ = _extend_core(t, at, lex, end)
    return before if before < at else s


#: A grade (年级) written as its year of entry in digits (2019级, 16级) before a
#: student body's name (2019级公共事业管理团支部): the digits cut the extension,
#: and the grade is part of the name (two grades' branches of one major differ).
_GRADE = "级"
_GRADE_YEAR = re.compile(r"(?<![0-9])(?:[0-9]{2}|(?:19|20)[0-9]{2})$")


def _grade_start(t: str, s: int, lex: _Lexicon, end: int) -> int:
    """Where a student body's name begins when it opens with a grade in
    digits (``t[s]`` is 级): the year before it (2019级公共事业管理团支部, not
    级公共事业管理团支部), and a school's name right before the year
    (历史学院2019级…). ``s`` when no year of two or four digits stands before
    级 (三级, 100级 are no grade)."""
    m = _GRADE_YEAR.search(t, max(0, s - 4), s)
    if not m:
        return s
    at = m.start()
    if at and _is_name_char(t[at - 1]):
        before, _ = _extend_core(t, at, lex, end)
        if before < at:
            return before
    return at


#: Determiners that, right before a branch's ending, refer to a branch
#: instead of naming one (汇报本支部, 该支部, 每支部, 分两支部); a closed set.
_TAIL_DETERMINERS = frozenset("本该每两")
#: 该 and the one-character types of body it refers back with (该行, 该局, 该院,
#: 该校): before more of a name they point at the body named earlier, and
#: belong to no name (该局|机关二支部 -> 机关二支部; 该局党组 stays 局党组).
_REFERRING = "该"
#: 含 (including) opening a bracket after a list of bodies (各党支部(含党总支)).
_INCLUDING = "含"
_OPEN_BRACKETS = "(（"
_REFERRED_TYPES = frozenset("行局院校所系厅委部处室报")  # (该报|文艺部: the newspaper)


def _determiner_tail(qualifier: str) -> bool:
    """Whether ``qualifier`` ends in a determiner standing as its own word
    (分别汇报|本|支部, 生活会分|两|支部): the extension read a verb phrase
    before it, and the phrase names no branch. A determiner that closes a
    dictionary word with the character before it (日本, 资本) belongs to the name."""
    return len(qualifier) > 1 and qualifier[-1] in _TAIL_DETERMINERS \
        and qualifier[-2:] not in _dict_tags()


#: The preposition of 自……以来 (since): read apart from a name it opens.
_SINCE = "自"
#: Prepositions that open a frame around a body's name, with what closes the frame
#: after it in the same clause: 自……以来, and (round 54) 应……邀请 (应|市委组织部邀请,
#: 应|中共某某县委之邀: at the invitation of).
_FRAME_CLOSES = {
    _SINCE: re.compile("[^。！？；\n]{0,30}?以来"),
    "应": re.compile("[^。！？；\n]{0,30}?邀"),
}
#: The characters of _FRAME_CLOSES, for the cheap first test.
FRAME_OPENERS = frozenset(_FRAME_CLOSES)


def _since_clause(t: str, end: int, s: int) -> bool:
    """Whether the preposition at ``t[s]`` (自, 应) opens its frame (自……以来,
    应……邀请): its closing word follows the name in the clause, and the
    preposition makes no dictionary word with the next character (自治区,
    自然资源局, 应急管理局, 应用技术学院 keep theirs), or the word it makes is
    cut by a level body right after it (自|省委巡视组, 自|市委巡察组: 自省 is a
    word, but 省委 opens the name). Not before a one-character place's own body
    (应县|县委: the preposition's character and a level, then that level's body)."""
    if t[s + 1:s + 2] in _LEVEL_CHARS and t[s + 2:s + 3] == t[s + 1]:
        return False
    tags = _dict_tags()
    return (t[s:s + 2] not in tags or t.startswith(_LEVEL_BODIES, s + 1) and t[s:s + 3] not in tags) \
        and _FRAME_CLOSES[t[s]].match(t, end) is not None


#: Level bodies that, right after 自, open the name though 自 makes a dictionary
#: word with their first character (自省: 自|省委巡视组反馈意见以来).
_LEVEL_BODIES = ("省委", "市委", "县委", "区委", "州委", "省纪委", "省政府", "市政府", "县政府")


#: A class of units that, whole, names one body above them (直属单位党委 at a
#: university: the committee of the directly affiliated units); a closed set.
_AFFILIATED = "直属单位"
#: Endings such a class names a body with (not 党支部: 直属单位党支部 is any one of them).
_AFFILIATED_ENDINGS = ("党委", "党总支", "党工委")


def _affiliated_body(t: str, s: int, start: int, suffix: str) -> bool:
    """Whether ``t[s:start]`` is 直属单位 itself, no determiner before it, before a
    committee's ending: 直属单位党委 is a standing body, 各直属单位党委 is every one."""
    return suffix in _AFFILIATED_ENDINGS and t[s:start] == _AFFILIATED \
        and not t.endswith(_DETERMINERS, max(0, s - 2), s)


def _opens_town(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` opens with a listed place (本溪, 于都): its first
    character is then no determiner."""
    return any(qualifier[:k] in lex.towns for k in range(2, min(len(qualifier), 5) + 1))


def _opens_noun(qualifier: str, generic: int = 1) -> bool:
    """Whether ``qualifier`` opens with a dictionary noun of 3-4 characters
    (本科生, 外国语) longer than the ``generic`` characters of generic words
    it opens with, so that they are no determiner but the noun's start."""
    tags = _dict_tags()
    return any(tags.get(qualifier[:k], "x") in _NOUN_TAGS for k in (4, 3) if generic < k <= len(qualifier))


def _has_admin_prefix(name: str, lex: _Lexicon, suffix: str = "") -> bool:
    """Whether ``name`` opens with a level (县人社局) or a place name closed by
    one (桐林市人社局), with at least two characters after it.

    An abbreviated body of two or more characters (科协, 妇联, 政协) may follow
    the place directly (宣城市科协, 芜湖市政协): the place is read on its own,
    so that the body's first character cannot make a word with the level
    (市政 in 芜湖市政协)."""
    m = lex.admin_re.match(name)
    if m:
        return len(name) > m.end() + 1
    if len(suffix) > 1 and name.endswith(suffix):
        head = name[:-len(suffix)]
        if len(head) >= 3 and head[-1] in _LEVEL_CHARS and leading_place(head) == len(head):
            return True
    if suffix == _SHORT_BUREAU and names_place_level(name[:-1], _BUREAU_LEVELS):
        return True  # 昆明市|局, 石林县|局: the place's own bureau written short (bare 市局 stays generic)
    if len(name) < 5 or name[-2] in lex.single or name[-2] == "副" or not _LEVEL_RE.search(name, 1, 6):
        return False  # 文化厅|厅长, 文化局|副局长: a post after the body
    e = leading_place(name)
    return 0 < e < len(name) - 2 and len(name) - e <= MAX_FREE + 1 and not _holds_part(name[e:-1], lex)


#: A place's own bureau written short after the place and its level (昆明市局,
#: 石林县局, 盐城市局); the bare 市局, 县局 (no place named) stays generic.
_SHORT_BUREAU = "局"
#: Levels such a short bureau follows (not 镇, 乡, 村, which have no bureaus).
_BUREAU_LEVELS = frozenset("省市县区州旗盟")


#: A ministry's ending, and the 长 of its minister's post after it (部长, 部长官).
_MINISTRY = "部"
_HEAD = "长"
#: Tags of the dictionary nouns a ministry is named for (文化 n, 遗产 vn, 资源 n).
_FIELD_WORD_TAGS = frozenset(("n", "vn"))
#: How many two-character field words a ministry's name holds, at least (文化遗产).
_MIN_FIELD_WORDS = 2


def _field_words(qualifier: str) -> bool:
    """Whether ``qualifier`` is two or more dictionary nouns of two
    characters each (文化|遗产, 产业|资源): the fields a ministry is named
    for, which no department stem lists. One word alone (内务, 全|部) is no
    such proof, and a verb among them (土地|开发) makes a phrase."""
    n = len(qualifier)
    if n % 2 or n < 2 * _MIN_FIELD_WORDS:
        return False
    tags = _dict_tags()
    return all(tags.get(qualifier[i:i + 2]) in _FIELD_WORD_TAGS for i in range(0, n, 2))


#: The one-character endings of a government's ministries and offices, which a
#: foreign country opening the name makes a body (泰国商业部, 英国内政部,
#: 美国联邦调查局); not 科 or 所 (斯里兰卡首都|科伦坡 is a city).
_MINISTRY_ENDINGS = frozenset("部局")


#: One-character endings of a section inside a unit (医院心外科, 大学外联处): after
#: the unit's own ending they need no administrative prefix. Not 室, which
#: after a unit is mostly a room (诉讼服务中心接待室) or a post (局机关股室长).
_SECTION_ENDINGS = frozenset("科处")
#: Most characters of a section's field between the unit's ending and its own.
MAX_SECTION_FIELD = 3


def _section_of_body(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` ends in a unit's ending of two characters or more
    (医院, 学院, 研究所) and a short field after it: 人民医院|眼 before 科 is the
    hospital's section. The unit itself must be named (something before its
    ending), and words that end in 科 or 处 (学科, 好处) are
    org_not_suffix.txt's, refused before this is asked."""
    for m in range(1, MAX_SECTION_FIELD + 1):
        b = lex.chain.ending(qualifier, len(qualifier) - m)
        if b:
            return len(qualifier) - m > b and lex.info[qualifier[-m - b:-m]][0] == "unit" \
                and all(_is_name_char(c) for c in qualifier[-m:])
    return False


#: A ministry's department (财政部预算司): 司 needs a stem, or a ministry's,
#: commission's or bureau's name right before a short field.
_DEPARTMENT = "司"
#: Endings of a state body that has departments (外交部, 卫生健康委, 疾控局, 海关总署).
_MINISTRY_BODY_ENDS = frozenset("部委局署")
#: Fewest and most characters of a department's field (预算, 卫生免疫).
MIN_DEPARTMENT_FIELD, MAX_DEPARTMENT_FIELD = 2, 4
#: Most characters of the state body's own ending (卫生健康委, 总署, 部).
MAX_BODY_ENDING = 5


def _department_of_ministry(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` is a named state body ending in 部, 委, 局 or 署
    and a field of two to four name characters: 国家疾控局|卫生免疫 and
    国家卫生健康委|医政 before 司 are the body's departments, though no stem
    list holds every field. The body must be named (something before its
    ending, two characters at least), and a one-character ending that makes a
    word with the character before it (干部, 内部, 全部) is that word's."""
    for m in range(MIN_DEPARTMENT_FIELD, MAX_DEPARTMENT_FIELD + 1):
        n = len(qualifier) - m
        b = next((k for k in range(min(n - 1, MAX_BODY_ENDING), 0, -1) if qualifier[n - k:n] in lex.info), 0)
        if b and qualifier[n - 1] in _MINISTRY_BODY_ENDS and n - b >= 2 \
                and not (b == 1 and qualifier[n - 2:n] in _dict_tags()) \
                and lex.info[qualifier[n - b:n]][0] == "unit" \
                and all(_is_name_char(c) for c in qualifier[n:]):
            return True
    return False


#: Word tags of a verb that may stand before a kind of body (建设|世界一流|大学).
_KIND_VERB_TAGS = frozenset(("v", "vn"))


def _kind_only(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` only says what kind of body follows
    (org_generic_alone.txt): it is such a word (新, 世界一流), or a verb the
    extension read in and such a word of two characters or more (建设|世界一流)."""
    alone = lex.generic_alone
    if qualifier in alone.words:
        return True
    lengths = alone.by_last.get(qualifier[-1:])
    if not lengths:
        return False  # (most qualifiers: no such word ends them)
    tags = _dict_tags()
    return any(1 < k < len(qualifier) and qualifier[-k:] in alone.words and tags.get(qualifier[:-k]) in _KIND_VERB_TAGS
               for k in lengths)


#: The kind of body a unit ending names (学院, 医院, 大学), the only kind _aimed_kind reads:
#: a group's name may open with a verb and an aim (创建一流学科领导小组 is a body).
_UNIT = "unit"
#: Length of the verb _aimed_kind reads before the aim (建设, 打造).
_AIM_VERB_LEN = 2


def _aimed_kind(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` is a verb the extension read in, an aim of two
    characters or more (org_generic_alone.txt: 一流, 高水平) and a field after
    it (建设|高水平|教育|学院, 打造|一流|医学|院).
    Why: _kind_only knows the verb and aim alone (建设世界一流大学); with a field
    between, the phrase still says what the reader's own unit aims to be and
    names no body, while a place or name before the field opens a real one."""
    if len(qualifier) <= _AIM_VERB_LEN + 2 or _dict_tags().get(qualifier[:_AIM_VERB_LEN]) not in _KIND_VERB_TAGS:
        return False
    rest = qualifier[_AIM_VERB_LEN:]
    return any(len(w) > 1 and rest.startswith(w) and len(rest) > len(w) for w in lex.generic_alone.words)


#: The ending of an institute written short after its field (生物|所, org_institute_fields.txt).
_INSTITUTE = "所"


#: The list comma before an office written once for two owners (党委、校长办公室).
_SHARED_MARK = "、"


def _opens_clause(text: str, start: int) -> bool:
    """Whether an office named after its head (校长办公室) stands with nothing
    owning it: at the text's start or after punctuation other than 、 (a shared
    office, 党委、校长办公室, is read by people as one post of two offices).
    Why: a university's 校长办公室 is a named body (GUIDE §3) as its 党委办公室
    is, but 在|校长办公室 (a room) and 、|校长办公室 (an ellipsis) are not it."""
    return not start or not _is_name_char(text[start - 1]) and text[start - 1] != _SHARED_MARK


#: The kind of body that no two owners share: after 、 it is one more body of a list.
_ASSOCIATION = "association"


def _listed_association(text: str, start: int, kind: str) -> bool:
    """Whether a federation written alone (工商联) stands after 、 in a list of
    bodies (各民主党派、工商联): unlike an office (党委、校长办公室), no two owners
    share it, so the 、 ends the item before it and the federation is named."""
    return kind == _ASSOCIATION and start > 0 and text[start - 1] == _SHARED_MARK


def _listed_department(text: str, start: int, suffix: str, lex: _Lexicon) -> bool:
    """Whether a committee's department written alone (组织部, 宣传部) stands
    after 、 in a list of bodies (党政办、组织部、宣传部、纪委机关负责人). Why: unlike an
    office named after its head (党委、校长办公室: one post of two offices), no
    other item shares a department's ending, so the 、 ends the item before it
    and the department is named. A committee written in full before the list
    (县委组织部、宣传部) gives the department its committee (_listed_departments);
    after a post (校党委常委、组织部部长) the list is one person's posts, and
    after an owner's department (某集团组织部、宣传部) the bare one is that owner's."""
    if start < 1 or text[start - 1] != _SHARED_MARK or suffix not in lex.committee_departments \
            or lex.posts.ending(text, start - 1):  # (校党委常委、|组织部部长: one person's posts)
        return False
    at = start - 1
    while (d := next((d for d in lex.committee_departments if text.endswith(d, 0, at)), "")):
        b = at - len(d)  # (组织部、宣传部、|统战部: read back over the bare departments before)
        if b < 1 or text[b - 1] != _SHARED_MARK:
            # (青柳集团组织部、|宣传部: the first is an owner's, and so is the bare one)
            return b < 1 or not _is_name_char(text[b - 1])
        at = b - 1
    return True


def _accept(text: str, qualifier: str, suffix: str, start: int, end: int, lex: _Lexicon) -> bool:
    kind, needs = lex.info[suffix]
    name = qualifier + suffix
    if name in lex.generic_names or suffix == _SYSTEM_ENDING and name.endswith(lex.system_names) \
            or name.endswith(lex.system_branches):
        return False  # (商洛市检察机关: the procuratorial organs of a place, a system; 税务系统党支部)
    if _kind_only(qualifier, lex) or kind == _UNIT and _aimed_kind(qualifier, lex):
        return False  # 新内阁, 新党支部, 中国特色社会主义大学, 建设|一流|教育学院: a kind of body, none named
    if needs == "none" or needs == ARMY or needs == PARTY:
        # (what stands before an army was weighed by army_qualifier; a democratic
        # party's committee had its party found before its ending, see _mentions)
        return True
    if needs == OPENING and not qualifier:
        return _opens_clause(text, start) or _listed_association(text, start, kind) \
            or _listed_department(text, start, suffix, lex)
    if not qualifier:
        return False
    if needs == COUNTRY:
        return _country_body(text, qualifier, end, lex)
    if needs == SECTION:
        return _short_committee(text, qualifier, suffix, end, lex)
    if needs == PLACE:
        return _place_named(qualifier, lex)
    if needs == SERVICE:
        return _owned_service(qualifier, lex)
    if needs == "stem":
        # 所 ends too many words (所在, 场所); only a department stem makes it a body
        return bool(stem_ending(lex.stems, qualifier, len(qualifier))) \
            or suffix == _INSTITUTE and bool(lex.fields.ending(qualifier, len(qualifier))) \
            or suffix == _DEPARTMENT and _department_of_ministry(qualifier, lex)
    if needs == "prefix":
        # 外交部长, 县公安局长: the body heads a post, and is still named (a
        # bare 局长 or 副处长 has no prefix or stem and fails below)
        if _has_admin_prefix(name, lex, suffix) or stem_ending(lex.stems, qualifier, len(qualifier)):
            return True
        if suffix in _SECTION_ENDINGS and _section_of_body(qualifier, lex):
            return True  # 军区总医院|心外|科: a section of the body named before it
        k = _country_at(name, 0, lex) if suffix in _MINISTRY_ENDINGS else 0
        if k and len(qualifier) - k >= 2 and all(_is_name_char(c) for c in qualifier[k:]):
            return True  # 泰国商业部长官, 法国经济和财政部: a country's ministry
        if suffix == _MINISTRY and text.startswith(_HEAD, end) and _field_words(qualifier):
            return True  # 副总理兼文化遗产部长, 以产业资源部长官: a minister's post names the ministry of two fields
        # 大学党委常委会: a longer ending may follow another organization's name.
        return len(suffix) > 1 and bool(lex.chain.ending(qualifier, len(qualifier)))
    return True


#: China: it opens a national body's name (中国全国政协) as a foreign country does
#: (countries.txt holds no 中国), and owns a service written after it (中国海军) as a
#: foreign country does (美国海军).
HOME_COUNTRY = "中国"
#: Most name characters between a country and its service (英国皇家|海军).
_SERVICE_GAP = 2


def _owned_service(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` names the owner of a service (海军, 空军) written
    right after it: a country (美国|海军, 俄罗斯|空军, with at most two name
    characters between: 英国皇家|海军), China, or an army of
    org_armed_forces.tsv (解放军|海军). Bare 海军 is the generic service, and
    after a surname it is a given name (郭|海军): neither names a body."""
    if qualifier.endswith(HOME_COUNTRY) or lex.armies.ending(qualifier, len(qualifier)):
        return True
    k = _country_at(qualifier, 0, lex)
    return bool(k) and len(qualifier) - k <= _SERVICE_GAP and all(_is_name_char(c) for c in qualifier[k:])


def army_qualifier(qualifier: str, lex: _Lexicon) -> str | None:
    """What of ``qualifier`` belongs to the name of an army known by its name
    (红军, 新四军), or None when the army's name is part of a person's:
    a known part of a name stays (中央|红军 is read whole before, 川陕苏区 is
    no known part and goes); a single character (常|红军, 老|红军) or a surname
    that makes no dictionary word with what precedes it (党员张|红军) gives
    a person or a veteran, no body; anything else the extension read in is
    the sentence's (当年|红军, 讲述|红军), and the army is named bare."""
    if not qualifier or lex.jump.ending(qualifier, len(qualifier)) == len(qualifier):
        return qualifier
    last = qualifier[-1]
    if len(qualifier) == 1 or qualifier[-2:] in lex.surnames \
            or last in lex.surnames and qualifier[-2:] not in _dict_tags():
        return None
    return ""


#: Lengths of the place name a court or a farm is named for (庙城|法庭, 汤河口|法庭).
_PLACE_NAME_LENGTHS = (3, 2)
#: jieba's tags of a place word (南郊 ns, 西郊 s).
_PLACE_TAGS = frozenset(("ns", "s"))
#: Tags of a word that makes a kind of court or farm, not its place (模拟 v, 休闲 v, 优美 a).
_KIND_TAGS = frozenset(("v", "vn", "a", "ad", "d"))


def _place_named(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` closes with a place's name, for endings that are
    a body only when named for a place (汤河口法庭, 西郊农场) and a kind of
    thing otherwise (模拟法庭, 家庭农场, 巡回法庭). The place is a word of two
    or three characters that the dictionary tags a place, or does not hold
    and that neither opens nor closes with a verb or an adjective (庙城,
    雁栖); what stands before it, if anything, ends with a body, a known part
    or a place's level (怀柔区|汤河口法庭), so that a verb read in (参观|模拟)
    cannot pass for a place."""
    tags = _dict_tags()
    for n in _PLACE_NAME_LENGTHS:
        if len(qualifier) < n:
            continue
        place, rest = qualifier[-n:], qualifier[:-n]
        if rest and not (rest[-1] in _LEVEL_CHARS or lex.jump.ending(rest, len(rest))):
            continue
        tag = tags.get(place)
        if tag in _PLACE_TAGS:
            return True
        if tag is None and all(_is_name_char(c) for c in place) \
                and tags.get(place[:2]) not in _KIND_TAGS and tags.get(place[-2:]) not in _KIND_TAGS:
            return True
    return False


def _country_body(text: str, qualifier: str, end: int, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` before a party's or an army's ending (党, 军)
    names a foreign country's body: a country opens it (古巴共产党, 英国工党,
    瑞典国防军), at least one name character stands between, and the ending
    makes no dictionary word with the character after it (美国共产党员 and
    法国军人 name a member, no body). A Chinese body needs its own ending
    (党支部, 军区): without the country, 党 and 军 end too many words."""
    k = _country_at(qualifier, 0, lex)
    return bool(k) and len(qualifier) > k and all(_is_name_char(c) for c in qualifier[k:]) \
        and not _loose_ending(qualifier, k, lex) and text[end - 1:end + 1] not in _dict_tags()


def _loose_ending(qualifier: str, k: int, lex: _Lexicon) -> bool:
    """Whether a party's or an army's ending stands alone in the field after
    the country (越南|党政|军: sectors listed, no body); closing a body's
    ending there it is the name's (英国|海军|舰艇编队)."""
    return any(lex.info.get(qualifier[p], _NO_INFO)[1] == COUNTRY
               and not any(qualifier[a:p + 1] in lex.info for a in range(max(k, p - 3), p))
               for p in range(k, len(qualifier)))


#: How many characters the field of a committee written short holds (财经|委, 法制|委).
_SHORT_FIELD = (2, 3)
#: The same before the two-character ending 委会 (国会|外|委会, 市政协|文史|委会).
_SHORT_FIELD_LONG = (1, 2, 3)


#: Longest unit ending needing a level (人大) that _levelled_unit_ending tries.
_LEVELLED_UNIT_MAX = 2


def _levelled_unit_ending(head: str, lex: _Lexicon) -> int:
    """Length of a unit's ending that needs a level before it (人大: prefix in
    org_suffixes.tsv) closing ``head``, when a level opens ``head`` (市人大,
    重庆市人大); else 0.
    Why: such endings are kept out of ``lex.chain`` (a bare 人大 heads no
    name), so a congress's committee written short after a levelled congress
    (市人大|法制|委, 县人大|农业农村|委) was cut to the congress alone."""
    for k in range(_LEVELLED_UNIT_MAX, 1, -1):
        w = head[-k:]
        if len(head) > k and lex.info.get(w) == (_UNIT, "prefix") and _has_admin_prefix(head, lex, w):
            return k
    return 0


def _short_committee(text: str, qualifier: str, ending: str, end: int, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` before 委 (or 委会) names a committee of a body
    written short: a named unit's ending (全国人大, 市政府) and a field of two
    or three characters (全国人大|财经|委); before the longer 委会 one
    character will do (国会|外|委会: its foreign affairs committee). Not when
    the field and 委 make a dictionary word (人大|常委) or close a post
    (person_titles.txt: 副主|委), nor when the ending's last character opens
    one with the next character (委员)."""
    tags = _dict_tags()
    if text[end - 1:end + 1] in tags:
        return False
    first = ending[0]
    for m in _SHORT_FIELD if len(ending) == 1 else _SHORT_FIELD_LONG:
        field = qualifier[-m:]
        b = lex.chain.ending(qualifier, len(qualifier) - m) or _levelled_unit_ending(qualifier[:-m], lex)
        if b and len(qualifier) - m >= b and lex.info[qualifier[-m - b:-m]][0] == "unit" \
                and all(_is_name_char(c) for c in field) and field + first not in tags \
                and field[-1] + first not in tags and not lex.posts.ending(field + first, m + 1):
            # (nor when the field and 委 close a post: 基层委员会|副主|委 is its vice chair)
            return True
    return False
