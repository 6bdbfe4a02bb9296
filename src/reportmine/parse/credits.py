"""Writer and editor credits written into the article text.

Many pages leave the 作者 field empty and credit the writer in the text:
a dateline ``新华社巴黎12月9日电（记者唐霁）``, a trailing ``……举行。（张巨峰）``
or ``(文/图 刘某 易某)``, or a stand-alone byline line ``□ 本报记者 葛某``.
Editors appear as ``编辑/苏某`` or ``（某某网编辑 孙某）``. These functions
read such credits; role words live in ``resources/credit_words.json``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportmine import resources
from reportmine.names import name_lexicon, split_joined_names

if TYPE_CHECKING:
    from reportmine.parse import ParsedPage

_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,8}$")
_TOKEN_SPLIT = re.compile(r"[\s、，,;；/／|｜]+")
# 文 / 图、文｜、图 / 文、文：: one role word however the slash (or colon) is spaced or drawn
_SLASHED_ROLE = re.compile(r"(?<![\u4e00-\u9fff])([文图])\s*[/／|｜:：]\s*(?:([文图])(?=[\s:：/／|｜]))?"
                          # 文、图/某某: both role words joined by 、 before the slash, one credit (文/图)
                          r"|(?<![\u4e00-\u9fff])([文图])、([文图])\s*[/／|｜:：]\s*")
# 文 牛某: the role word set apart from a name by a blank alone, no slash or colon;
# not a role word written after its name (许某/文 邱某/摄: 文 closes 许某's credit)
_SPACED_ROLE = re.compile(r"(?<![\u4e00-\u9fff/／|｜])([文图])[ \u3000]+(?=([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff]))")
# a two-character name spaced out to the width of three (记者 徐 丹): surname, blank, given name
_SPACED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_SENTENCE = re.compile(r"[。！？，；!?;]")
_TRAILING = re.compile(r"[（(]\s*([^（）()]{2,40}?)\s*[）)]\s*$")
_DATELINE = re.compile(r"[（(]\s*([^（）()]{2,40}?)\s*[）)]")


@resources.derived
def words() -> dict[str, list[str]]:
    """The word lists of ``credit_words.json``, longest first (reviewer_roles: its labels)."""
    data = resources.load_json("credit_words.json")
    return {k: sorted(v, key=len, reverse=True) for k, v in data.items() if isinstance(v, (list, dict))}


@resources.derived
def reviewer_roles() -> dict[str, str]:
    """Reviewer label -> the role its person gets (一审 -> 审核, 责任校对 -> 校对).

    The one list of reviewer labels: header fields, credit lines and the
    people extractor's credits in the body all read it, so a label added
    to ``credit_words.json`` counts everywhere."""
    return dict(resources.load_json("credit_words.json").get("reviewer_roles", {}))


@resources.derived
def _editor_ranks() -> dict[str, int]:
    return {k: int(v) for k, v in resources.load_json("credit_words.json").get("editor_rank", {}).items()}


def editor_rank(label: str) -> int:
    """Precedence of an editor label, lower first: 责任编辑/责编 -1, 编辑 0, 文字编辑 1.

    Why: a page that credits both a 文字编辑 and an 编辑 (or a 责任编辑) names
    one editor of record, and the ruling is 责任编辑 > 编辑 > 文字编辑; labels
    not listed in ``editor_rank`` of ``credit_words.json`` rank as 编辑."""
    return _editor_ranks().get(label, 0)


def line_editor_rank(text: str) -> int:
    """The best ``editor_rank`` of the editor labels on a credit line (0, 编辑's, when none).

    A line's editor is the one of its best label (``read_roles``, ``split_fields``),
    so this rank tells a later line whether its editor outranks the one read."""
    return min((editor_rank(m.group(1)) for m in _role_pattern().finditer(text) if _kind(m) == "editor"),
               default=0)


@resources.derived
def _role_kinds() -> dict[str, str]:
    """Role word -> ``author`` / ``editor`` / ``reviewer`` / ``photo`` / ``producer``."""
    w = words()
    kinds: dict[str, str] = {}
    for kind, key in (("author", "author_roles"), ("editor", "editor_roles"), ("reviewer", "reviewer_roles"),
                      ("photo", "photo_roles"), ("producer", "producer_roles"), ("author", "colon_author_roles")):
        for r in w.get(key, []):
            kinds.setdefault(r, kind)
    return kinds


@resources.derived
def _role_pattern() -> re.Pattern[str]:
    """Any role word (group 1) and the separator after it.

    One plain alternation of literals, longest first: the regex engine can
    skip positions whose character starts no role word, which a pattern with a
    named group per word cannot (about a hundred times slower on prose).
    """
    colon_only = set(words().get("colon_author_roles", []))
    roles = sorted((r for r in _role_kinds() if r not in colon_only), key=len, reverse=True)
    # a colon-only role (报道) is a label only before a colon and after no Han character:
    # 媒体报道某某 is prose, 记者某某报道：… is the 记者's credit
    colon = [rf"(?<![\u4e00-\u9fff]){re.escape(r)}(?=\s*[:：])" for r in sorted(colon_only, key=len, reverse=True)]
    return re.compile("(" + "|".join([re.escape(r) for r in roles] + colon) + r")\s*[:：/／|｜]?\s*")


def _kind(m: re.Match[str]) -> str:
    return _role_kinds().get(m.group(1), "author")


@resources.derived
def _name_tests() -> tuple[frozenset[str], re.Pattern[str], tuple[str, ...]]:
    """``is_name``'s vocabularies as C-level tests: excluded tokens, noise inside a token, media endings."""
    w = words()
    noise = [n for n in w["name_noise"] if len(n) >= 2]
    inside = re.compile("|".join(re.escape(n) for n in noise)) if noise else re.compile(r"(?!x)x")
    return frozenset(w["name_noise"]) | frozenset(w["not_names"]), inside, tuple(w["media_suffixes"])


def is_name(token: str) -> bool:
    """A personal name: 2-4 Han characters (or a transliteration with ·), not a role word."""
    if not _CJK_NAME.match(token):
        return False
    excluded, inside, media = _name_tests()
    if token in excluded or inside.search(token):
        return False
    if "·" not in token:
        return not token.endswith(media)
    return not any(part.endswith(media) for part in token.split("·"))


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


@resources.derived
def _suffixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(unit endings, media endings) as tuples, so ``str.endswith`` tests them all in C."""
    w = words()
    return tuple(w["unit_suffixes"]), tuple(w["media_suffixes"])


def is_unit(token: str) -> bool:
    """An issuing unit such as 某县发改局 (short, ends with a unit word)."""
    if not (3 <= len(token) <= 16) or not _HAN_ONLY.fullmatch(token):
        return False
    return token.endswith(_suffixes()[0])


def unit_word(token: str) -> bool:
    """A unit as a writer's affiliation: ``is_unit`` or a two-character one (校办, 团委) that is no name."""
    if is_unit(token):
        return True
    return (len(token) == 2 and _HAN_ONLY.fullmatch(token) is not None
            and token.endswith(_suffixes()[0]) and not looks_like_person(token))


def is_media(token: str) -> bool:
    token = token.strip("《》 ")
    return token.endswith(_suffixes()[1])


@resources.derived
def _noise_set() -> frozenset[str]:
    return frozenset(words()["name_noise"])


@resources.derived
def _posting_prefixes() -> tuple[str, ...]:
    """What opens a reporter's posting (驻: 驻云南记者): credit_words.json ``posting_prefixes``."""
    return tuple(words().get("posting_prefixes", ()))


def names_in(text: str) -> list[str]:
    """The leading run of personal names in ``text``, role words skipped."""
    out: list[str] = []
    noise_longest_first = words()["name_noise"]  # sorted by length, longest first
    noise = _noise_set()
    posted = _posting_prefixes()
    text = join_spaced_names(text)
    unit_seen = False
    for tok in _TOKEN_SPLIT.split(text.strip()):
        tok = tok.strip("（）()[]【】:：")
        if not tok:
            continue
        if not out and not unit_seen and unit_word(tok):
            unit_seen = True  # (供稿人：一支部 某某): the writer's unit, set apart before the name
            continue
        if tok in noise:
            if out:
                break
            continue
        if tok.startswith(posted):
            break  # 甲 驻云南记者 乙: the next writer's posting, glued to the next role word
        if len(tok) >= 4 and (pair := _joined_pair(tok)):
            out.extend(pair)  # 记者周某伟李某: two names written together
            continue
        if is_name(tok):
            out.append(tok)
            continue
        # "陈智整合" / "唐霁摄": a name with a role word glued on
        for n in noise_longest_first:
            if tok.endswith(n) and is_name(tok[: -len(n)]):
                if n in _filed_from() and not _filer_name(tok[: -len(n)]):
                    return out  # 通讯员 某某 枣庄报道: the place the report was filed from
                out.append(tok[: -len(n)])
                return out
        if glued := unit_glued_name(tok):
            out.append(glued)  # (文:离退休党总支潘某某/图:…): the writer's unit glued before the name
            continue
        break
    return out


@resources.derived
def _filed_from() -> frozenset[str]:
    """Role words a dateline glues to the place it was filed from (某某 枣庄报道)."""
    return frozenset(resources.load_json("credit_words.json").get("filed_from_endings", []))


def _filer_name(token: str) -> bool:
    """A name glued to 报道 (记者 某某报道) rather than the place of filing (枣庄报道):
    a surname-led shape the dictionary does not know as a place name."""
    if not looks_like_person(token):
        return False
    tag = _dict_tag(token)
    return tag is None or not tag.startswith("ns")


def unit_glued_name(token: str) -> str | None:
    """The name closing ``token`` after a unit written straight before it
    (组织部干部科杭某某 -> 杭某某, 离退休党总支潘某某 -> 潘某某), or None."""
    if len(token) < 5:
        return None
    for k in (3, 2):
        if is_unit(token[:-k]) and looks_like_person(token[-k:]):
            return token[-k:]
    return None


def _joined_pair(tok: str) -> list[str] | None:
    """Two surname-initial names glued together (周某伟李某), split as the people extractor
    splits them: both ask ``reportmine.names``, the layer below them."""
    pair = split_joined_names(tok)
    return pair if pair and all(looks_like_person(n) for n in pair) else None


def join_spaced_names(text: str) -> str:
    """``记者 徐 丹`` -> ``记者 徐丹``: a two-character name spaced out to the width of three.

    Typeset bylines pad two-character names to line up with three-character
    ones; split at the blank, each half is one character and no name.
    """
    if " " in text or "\u3000" in text:
        return _SPACED_NAME.sub(_join_spaced, text)
    return text


def join_credit_line_names(line: str) -> str:
    """``审核|王   荣`` -> ``审核|王荣``: the spaced two-character names of a line that
    opens with a credit label and its mark (``:``, ``/``, ``|``). Why: such a line
    may stay in the body (a reviewer's line), where the people extractor reads it;
    split at its blanks the name was two lone characters and no person. Only a
    line so opened is touched: prose keeps its spaces."""
    if (" " in line or "\u3000" in line) and (m := _role_pattern().match(line)) \
            and _CREDIT_MARK.search(m.group(0)):
        return join_spaced_names(line)
    return line


#: the mark that follows a credit label opening a line (编辑：, 审核|, 文/)
_CREDIT_MARK = re.compile(r"[:：/／|｜]")


@resources.derived
def _spaced_label() -> re.Pattern[str]:
    """A two- or three-character label or role word typeset with blanks between
    its characters (编 辑：, 来 源：, 通 讯 员), before a colon, a slash or a
    blank and a Han character (a name or an outlet)."""
    data = resources.load_json("field_labels.json")
    labs = {w for k, v in data.items() if isinstance(v, list) and k not in ("furniture_labels", "empty_sources")
            for w in v}
    labs |= set(_role_kinds())
    spaced = ["[ \u3000\xa0]{1,3}".join(map(re.escape, w)) for w in sorted(labs, key=len, reverse=True)
              if 2 <= len(w) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in w)]
    return re.compile(rf"(?<![\u4e00-\u9fff])(?:{'|'.join(spaced)})"
                      rf"(?=[ \u3000\xa0]*[:：/／|｜]|[ \u3000\xa0]+[\u4e00-\u9fff])")


def join_spaced_labels(text: str) -> str:
    """``编 辑：甲`` -> ``编辑：甲``, ``来 源：某网`` -> ``来源：某网``: a label typeset
    with blanks inside is the same label. Why: pages pad short labels to line
    up with longer ones, and split at its blanks no label is read at all."""
    if " " not in text and "\u3000" not in text and "\xa0" not in text:
        return text
    return _spaced_label().sub(lambda m: re.sub("[ \u3000\xa0]", "", m.group()), text)


def _join_spaced(m: re.Match[str]) -> str:
    """``徐 丹`` -> ``徐丹`` when the first character is a surname and the second no role word."""
    if m[1] in _surnames()[0] and m[2] not in _noise_set() and m[2] not in _lone_words():
        return m[1] + m[2]
    return m[0]


@resources.derived
def _lone_words() -> frozenset[str]:
    """One-character words that stand alone in credits and end a spaced name (文, 图, 摄)."""
    return frozenset(w for w in words()["not_names"] if len(w) == 1)


def _slashed(m: re.Match[str]) -> str:
    if m[3]:
        return f"{m[3]}/{m[4]}"
    return f"{m[1]}/{m[2] or ''}"


def _spaced_role(m: re.Match[str]) -> str:
    """``文 牛某`` -> ``文/牛某`` when what follows the blank is a surname-initial name:
    a credit (（文 牛某）) writes its role word so; other words after a lone 文 are prose."""
    return f"{m[1]}/" if looks_like_person(m[2]) else m[0]


@resources.derived
def _person_only() -> frozenset[str]:
    return frozenset(resources.load_json("credit_words.json").get("person_only_roles", []))


@resources.derived
def _field_label_glued() -> re.Pattern[str]:
    """A page field's label of two characters or more and its colon (来源：, 发布时间：, 浏览次数：).

    Header lines run the fields together (作者:甲 图:乙来源:某校发布时间:…), so such a
    label glued right after a credit's names ends them (field_labels.json, the page
    parser's list); only before a colon, so no name is cut at a word inside it.
    """
    data = resources.load_json("field_labels.json")
    labs = {w for k, v in data.items() if isinstance(v, list) and k != "empty_sources" for w in v if len(w) >= 2}
    return re.compile(rf"(?:{'|'.join(map(re.escape, sorted(labs, key=len, reverse=True)))})[:：]")


def field_label_at(text: str, at: int) -> bool:
    """Whether a page field's label and its colon open ``text`` at ``at`` (某某来源: -> at 来源)."""
    return _field_label_glued().match(text, at) is not None


def _cut_at_field(rest: str) -> str:
    """A credit's value up to the next page field glued to it (乙来源:某校 -> 乙)."""
    if ":" not in rest and "：" not in rest:
        return rest
    m = _field_label_glued().search(rest)
    return rest if m is None else rest[:m.start()]


def read_roles(text: str, kinds: tuple[str, ...] = ("author", "editor")) -> dict[str, list[str]]:
    """Names credited by role words in a short text: {'author': [...], 'editor': [...]}.

    A role such as 供稿 may be followed by the unit that supplied the text; its
    value counts only when it reads as a personal name (``person_only_roles``).
    ``kinds`` may ask for ``photo`` too: a photographer is a person of the
    article (GUIDE §2) though no author; only a surname-initial name counts,
    so a caption (图：会议现场) names nobody.
    """
    found: dict[str, list[str]] = {}
    best_editor = 2**31  # the rank of the editor label whose names are kept (editor_rank)
    text = join_spaced_labels(text)
    if "文" in text or "图" in text:
        text = _SLASHED_ROLE.sub(_slashed, text)
        text = _SPACED_ROLE.sub(_spaced_role, text)
    matches = list(_role_pattern().finditer(text))
    rests = [text[m.end():(matches[i + 1].start() if i + 1 < len(matches) else len(text))]
             for i, m in enumerate(matches)]
    for i, m in enumerate(matches):
        kind = _kind(m)
        rest = _cut_at_field(rests[_shared_value(rests, i)])
        names = names_in(rest)
        if names and m.group(0) == m.group(0).rstrip() and not rest[:1].isspace():
            names = _unspaced_names(names, marked=_CREDIT_MARK.search(m.group(0)) is not None)
        if names and (m.group(1) in _person_only() or kind in ("photo", "producer")):
            names = [n for n in names if looks_like_person(n)]
        if names and kind in kinds:
            if kind == "editor":
                rank = editor_rank(m.group(1))
                if rank > best_editor:
                    continue  # 编辑：甲 文字编辑：乙: the 编辑 is the editor
                if rank < best_editor:
                    found.pop(kind, None)
                    best_editor = rank
            bucket = found.setdefault(kind, [])
            bucket.extend(n for n in names if n not in bucket)
    return found


def _unspaced_names(names: list[str], marked: bool) -> list[str]:
    """The names of a value written with no blank after its role word.

    Glued straight to the role word (记者唐某) only a surname-initial name that
    the dictionary does not know as a common word counts: widget text (记者博客)
    and a lead's 记者全程报道： / 记者党建报道： name nobody. After a slash or
    colon (文/某某) the mark already parts label from value, so the name right
    after it counts even when its first character is no listed surname, if it
    has two or three characters and is no dictionary word or unit (文/学习强国
    names nobody); later tokens (文/某某 土木学院) keep the surname test.
    """
    if marked:
        return [n for i, n in enumerate(names)
                if looks_like_person(n) or (i == 0 and len(n) <= 3 and not is_unit(n) and not known_word(n)
                                            and n.lower() not in _empty_credits())]
    return [n for n in names if looks_like_person(n) and not _common_word(n)]


@resources.derived
def _empty_credits() -> frozenset[str]:
    """Values that name nobody (佚名, 本站, 小编: ``empty_credits`` of credit_words.json,
    the list the header fields read too): after 文/ or 编辑： they are no writer's name."""
    return frozenset(w.lower() for w in resources.load_json("credit_words.json").get("empty_credits", []))


def _dict_tag(token: str) -> str | None:
    """jieba's tag of ``token`` as a dictionary word, None when it is none.
    Why: the few credits that need the dictionary (a name glued to 报道, a value
    with no blank after its label) ask it here, so the page parser loads it only then."""
    from reportmine.dictionary import word_freq
    hit = word_freq().get(token)
    return None if hit is None else hit[1]


def known_word(token: str) -> bool:
    """A frequent dictionary word of any kind (names and places included)."""
    return _dict_tag(token) is not None


def _common_word(token: str) -> bool:
    """A frequent dictionary word tagged neither a person's nor a place's name
    (全程, 党建): a surname-initial shape that is no name (高峰, 江山 may be)."""
    tag = _dict_tag(token)
    return tag is not None and not tag.startswith(("nr", "ns"))


def bare_writer_name(token: str) -> bool:
    """A name written with no label where only a writer stands (某某 2024-08-30 来源:…):
    a name shape opened by a surname that is no ordinary dictionary word (党建 is one)."""
    return looks_like_person(token) and not _common_word(token)


@resources.derived
def _address_endings() -> frozenset[str]:
    return frozenset(words().get("address_endings", []))


def bracketed_byline_name(token: str) -> bool:
    """A name that may stand alone in brackets as a page's byline ((某某)): a bare
    writer's name of two or three characters that is no form of address (王工, 李总).
    Why: a longer token in brackets is a column (【党建动态】), and a surname with a
    form of address names a contact person of the page, not its writer."""
    return 2 <= len(token) <= 3 and token[-1] not in _address_endings() and bare_writer_name(token)


#: what joins two role words that share one value (撰稿、一审：某某)
_ROLE_JOINERS = frozenset({"、", "和", "及", "与"})


def _shared_value(rests: list[str], i: int) -> int:
    """The index of the value role ``i`` takes: its own, or, when only a joiner
    stands between it and the next role word (撰稿、一审：某某), the next one's.
    Why: a writer who also did the first review is credited once under both
    labels, and the first label, with nothing after it, named nobody."""
    while i + 1 < len(rests) and rests[i].strip() in _ROLE_JOINERS:
        i += 1
    return i


def byline(line: str) -> dict[str, list[str]] | None:
    """Credits of a stand-alone byline/editor line, or None when the line is prose.

    ``□ 本报记者 葛某``, ``光明日报记者 王某 张某``, ``编辑/苏某``, ``（某网编辑 孙某）``.
    """
    s = line.strip()
    if not s or len(s) > 50:
        return None
    if _SENTENCE.search(s.strip("（）()【】[]")) and not _credit_row(s.strip("（）()【】[]")):
        return None
    found = read_roles(s)
    if not found and (writer := _reported_by(s)):
        found = {"author": [writer]}
    return found or None


#: a byline with its label written last, set off by blanks: 某某书院 甲 报道
_REPORTED_BY = re.compile(r"^(?:[\u4e00-\u9fff]{2,20}[ \t\u3000]+)?([\u4e00-\u9fff]{2,4})[ \t\u3000]+报道$")


def _reported_by(line: str) -> str | None:
    """The writer of a byline line whose label closes it (沁园书院 孙某 报道, 记者站 甲 报道):
    a surname-led name, after at most one token that is no name (the writer's unit).
    Why: 报道 is a credit label only before a colon where it opens the line
    (colon_author_roles: 媒体报道某某 is prose), yet after the name and a blank,
    closing a line of its own, it credits the writer (round 67)."""
    m = _REPORTED_BY.match(line)
    if m is None or not looks_like_person(m.group(1)):
        return None
    unit = line[:m.start(1)].strip()
    return m.group(1) if not unit or not looks_like_person(unit) else None


#: a bracketed credit line whose first names stand before any label: （某某 实习生 某某）
_BARE_LEAD = re.compile(r"[（(]\s*((?:[\u4e00-\u9fff]{2,4}[ \t\u3000、]+)+)")


def leading_bare_names(line: str) -> list[str]:
    """Names written before the first label of a bracketed credit line
    (（某某 实习生 某某） -> [某某]). Why: the line leaves the body, so the
    first writer, named with no label of their own, would be lost; a bare name
    is a person with role 作者 but no author of record (GUIDE §1)."""
    line = line.strip()
    m = _BARE_LEAD.match(line)
    if m is None:
        return []
    label = _role_pattern().search(line, m.start(1))
    if label is None or label.start() > m.end(1):
        return []  # the names must run right up to the first label
    names = [n for n in re.split(r"[ \t\u3000、]+", line[m.start(1):label.start()]) if n]
    return names if names and all(looks_like_person(n) for n in names) else []


_CREDIT_ROW_SPLIT = re.compile(r"\s*[;；]\s*")


def _credit_row(s: str) -> bool:
    """A row of credits parted by semicolons (撰稿/甲;图片/乙;审核/丙): each part opens
    with a role word. Why: a semicolon is no sentence end there, and the row names
    the writer as a slash or blank between the credits would."""
    if _SENTENCE_NO_SEMI.search(s):
        return False
    parts = [p for p in _CREDIT_ROW_SPLIT.split(s) if p]
    return len(parts) >= 2 and all(_role_pattern().match(p) for p in parts)


_SENTENCE_NO_SEMI = re.compile(r"[。！？，!?]")


# an unbracketed lead credit: ``某某在线讯 记者某某报道：`` / ``本报讯 记者 某某 通讯员 某某：``
_LEAD_CREDIT = re.compile(r"^[^。，,：:（()]{0,24}?(?:讯|电)?[ \t\u3000]*((?:记者|通讯员)[^。，,：:（()]{2,30}?)"
                          r"[ \t\u3000]*(?:报道)?[：:]")


# an unbracketed lead credit with no colon, set off by blanks: ``本报讯 记者 某某 按照……``
_OPEN_LEAD_CREDIT = re.compile(r"^[^。，,：:（()]{0,24}?(?:讯|电)[ \t\u3000]+"
                               r"((?:(?:记者|通讯员)[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]+)+)(?=[\u4e00-\u9fff\d])")
# a writer glued to 记者 before 报道： (记者某某报道：), the name read without the surname test
_FILED_BY = re.compile(r"(?:记者|通讯员)([\u4e00-\u9fff]{2,3})报道$")


def dateline_author(paragraph: str) -> list[str]:
    """Writers credited in a lead's dateline: ``……电（记者 某某）``, ``本报讯（通讯员 某某）``,
    ``某某讯 记者某某报道：``, ``本报讯 记者 某某 按照……``."""
    head = paragraph[:80]
    if "（" in head or "(" in head:
        for m in _DATELINE.finditer(head):
            inner = m.group(1)
            if any(r in inner for r in ("记者", "通讯员", "撰稿")) or _opening_marked_credit(head, m):
                names = read_roles(inner).get("author", [])
                if names:
                    return names
            if (writer := _opening_bare_credit(head, m)) is not None:
                return [writer]
    # unbracketed, or brackets later in the lead only ((成都世运会) after 记者某某报道：)
    if "记者" not in head and "通讯员" not in head:
        return []
    lead = _LEAD_CREDIT.match(head)
    if lead:
        return read_roles(lead.group(1)).get("author", []) or _rare_filer(head[:lead.end()])
    return _open_lead_author(head)


def _opening_marked_credit(head: str, m: re.Match[str]) -> bool:
    """A bracket that opens the lead (or follows its 讯/电) and holds a label with its mark:
    ``（文/某某）10月31日，…``, ``本站讯（文/图 某某）``.
    Why: there a label and a slash are a byline, as they are at the paragraph's end
    (trailing_author); a bracket further into the sentence may hold a date or a ratio."""
    start = m.start()
    return (start == 0 or head[start - 1] in "讯电") and _CREDIT_MARK.search(m.group(1)) is not None


def _opening_bare_credit(head: str, m: re.Match[str]) -> str | None:
    """The writer of a bracket that opens the lead with 报道 last (``（某某 报道）10月…``)
    or with the outlet first (``（某某新闻网 某某）``).
    Why: the label closing the bracket after the name and a blank credits the writer
    as it does on a line of its own (_reported_by); further into the sentence a
    bracket may quote what a paper reported."""
    start = m.start()
    if start != 0 and (head[start - 1] not in "讯电" or _SENTENCE.search(head, 0, start)):
        return None  # 一篇通讯（…报道） is inside a sentence
    return _reported_by(m.group(1)) or _outlet_and_writer(m.group(1))


def _outlet_and_writer(inner: str) -> str | None:
    """The writer of an opening bracket that names the outlet, then the writer: ``（某某新闻网 某某某）``.
    Why: the outlet tells the bracket is a credit, as 记者 would; a name in such a
    bracket with no outlet may be a person spoken of."""
    parts = inner.split()
    if len(parts) != 2 or not is_media(parts[0]) or not _CJK_NAME.match(parts[1]):
        return None
    return parts[1] if looks_like_person(parts[1]) else None


def _open_lead_author(head: str) -> list[str]:
    """Writers of a dateline credit that no colon closes (``本报讯 记者 某某 按照……``).
    Why: the blank after the name is all that parts it from the lead sentence, so
    only a surname-initial name counts (记者 近日 … names nobody)."""
    lead = _OPEN_LEAD_CREDIT.match(head)
    if lead is None:
        return []
    names = read_roles(lead.group(1)).get("author", [])
    return names if names and all(looks_like_person(n) for n in names) else []


def _rare_filer(credit: str) -> list[str]:
    """The writer of ``记者国某报道：`` whose family name is a rare one (国, 党).
    Why: 记者 glued to a name and 报道： after it is a strong frame, so a rare
    surname may open the name there, as in the people extractor's strong frames;
    a dictionary word (记者全程报道：) is no name."""
    m = _FILED_BY.search(credit.rstrip(" \t\u3000:："))
    if m is None:
        return []
    name = m.group(1)
    if name[0] not in name_lexicon().rare_surnames or not is_name(name):
        return []
    return [name] if not known_word(name) else []


def trailing_author(paragraph: str, labelled_only: bool = False) -> list[str]:
    """A credit closing the last paragraph: ``……举行。（张某）``, ``(文/图 刘某 易某)``, ``（某县发改局）``.

    With ``labelled_only`` only a credit with a role word counts (``（记者 某某）``):
    the annotation guide for pasted text leaves a bare bracketed name out of ``author``.
    """
    postfix = _postfix_writers(paragraph)
    if postfix:
        return postfix
    inner = _closing_bracket(paragraph)
    if inner is None:
        # (文:某某 摄影:某某): a photographer beside a labelled writer leaves the writer credited
        noted = _closing_bracket(paragraph, notes=True)
        if noted is None or "来源" in noted or "原标题" in noted:
            return []
        return read_roles(noted).get("author", [])
    roles = read_roles(inner)
    if roles.get("author"):
        return roles["author"]
    if roles or labelled_only:
        return []
    tokens = [t for t in _TOKEN_SPLIT.split(inner) if t]
    if tokens and all(looks_like_person(t) for t in tokens) and len(tokens) <= 4:
        return tokens
    if len(tokens) == 1 and is_unit(tokens[0]):
        return tokens
    return []


def trailing_editor(paragraph: str) -> list[str]:
    """Editors credited in a bracket closing the last paragraph: ``（文/某某 编辑/某某）``, ``（某某 || 责任编辑 某某）``,
    or in one of a row of notes closing it (``（来源：某报） [编辑：某某]``)."""
    inner = _closing_bracket(paragraph)
    if inner is not None:
        return read_roles(inner).get("editor", [])
    for note in closing_notes(paragraph):
        if editors := read_roles(note).get("editor", []):
            return editors
    return []


#: a row of bracketed notes closing a paragraph, square brackets too: （来源：某报） [编辑：某某]
_CLOSING_NOTES = re.compile(r"(?:[ \t\u3000]*[（(\[【][^（）()\[\]【】]{2,40}[）)\]】])+[ \t\u3000]*$")
_NOTE = re.compile(r"[（(\[【]\s*([^（）()\[\]【】]{2,40}?)\s*[）)\]】]")
_SOURCE_NOTE = re.compile(r"^来源\s*[:：]\s*(\S.*)$")
#: where the next labelled field of a note starts: （来源:某学院/文:甲/责任编辑:乙）
_NEXT_FIELD = re.compile(r"\s*[/／\s]\s*(?=[\u4e00-\u9fff]{1,5}\s*[:：])")


def closing_notes(paragraph: str) -> list[str]:
    """The inner texts of the bracketed notes closing a paragraph after its last sentence.

    Why: a reposted report ends ``……献礼。 (来源:某网-某报) [编辑: 某某]``; the
    single-credit reader wants one round bracket right after the full stop, so
    the editor and source of such a row were lost."""
    m = _CLOSING_NOTES.search(paragraph[-120:])
    if not m:
        return []
    if not _after_sentence(paragraph, len(paragraph) - len(m.group(0))):
        return []
    return [n.group(1) for n in _NOTE.finditer(m.group(0))]


def trailing_source(paragraph: str) -> str | None:
    """The outlet of a ``（来源：某报）`` note closing the last paragraph, or None."""
    for note in closing_notes(paragraph):
        if m := _SOURCE_NOTE.match(note):
            return _NEXT_FIELD.split(m.group(1), maxsplit=1)[0]  # the outlet, not the credits after it
    return None


@resources.derived
def postfix_writer_labels() -> frozenset[str]:
    """Labels after a name and a slash that credit the writer (某某/文, 某某/文摄):
    ``postfix_writer_labels`` of ``credit_words.json``, read here and by the people extractor."""
    return frozenset(resources.load_json("credit_words.json").get("postfix_writer_labels", []))


@resources.derived
def _postfix_writer() -> re.Pattern[str]:
    """The role written after the name: （某部 某某/文摄 某某/审核）."""
    labels = "|".join(map(re.escape, sorted(postfix_writer_labels(), key=len, reverse=True)))
    return re.compile(r"(?:^|(?<=[\s、，,]))([\u4e00-\u9fff]{2,4})\s*[/／]\s*(?:" + labels + r")(?![\u4e00-\u9fff])")


def _postfix_writers(paragraph: str) -> list[str]:
    """Writers credited with the role after the name in a closing bracket (某某/文, 某某/文摄)."""
    tail = paragraph[-40:]
    if (spaced := _spaced_postfix()) is not None and any(lab in tail for lab in spaced[0]):
        if names := _spaced_postfix_writers(paragraph, spaced[1]):
            return names
    inner = _closing_bracket(paragraph, notes=True) if "/" in tail or "／" in tail else None
    if not inner:
        return []
    return [m.group(1) for m in _postfix_writer().finditer(inner) if looks_like_person(m.group(1))]


@resources.derived
def _spaced_postfix() -> tuple[tuple[str, ...], re.Pattern[str]] | None:
    """(the labels, the pattern) of ``postfix_spaced_writer_labels``:
    names set off by a blank before a label closing the bracket (（一支部 甲 乙 供稿/摄影）)."""
    labels = sorted(resources.load_json("credit_words.json").get("postfix_spaced_writer_labels", []),
                    key=len, reverse=True)
    if not labels:
        return None
    body = "|".join(map(re.escape, labels))
    return tuple(labels), re.compile(r"(?:^|(?<=[\s、]))((?:[\u4e00-\u9fff]{2,20}[ \t\u3000、]+)+)(?:" + body
                              + r")(?:\s*[/／、]\s*[\u4e00-\u9fff]{1,4})*$")


_NAME_RUN_SPLIT = re.compile(r"[ \t\u3000、]+")


def _spaced_postfix_writers(paragraph: str, pattern: re.Pattern[str]) -> list[str]:
    """The names before a spaced postfix label (（天文支部 甲 乙 供稿/摄影） -> [甲, 乙]).
    Why: the label written after the names credits them as suppliers of the text,
    the writers; read back from the label, the unit before them is no name."""
    inner = _closing_bracket(paragraph, notes=True)
    m = pattern.search(inner) if inner else None
    if m is None:
        return []
    names: list[str] = []
    for tok in reversed([t for t in _NAME_RUN_SPLIT.split(m.group(1)) if t]):
        if not looks_like_person(tok):
            if glued := unit_glued_name(tok):
                names.insert(0, glued)  # （某局组织部王某 供稿）: the writer's unit glued before the name
            break
        names.insert(0, tok)
    return names


#: the end of a sentence (or of a quote closing one) that a closing credit follows
_SENTENCE_CLOSED = re.compile(r"[。！？!?”」…]$")


def _after_sentence(paragraph: str, at: int) -> bool:
    """Whether what stands before ``at`` is nothing or ends a sentence: a bracket
    there closes the paragraph as a credit or note, not a clause's aside."""
    before = paragraph[:at].rstrip()
    return not before or _SENTENCE_CLOSED.search(before) is not None


def _closing_bracket(paragraph: str, notes: bool = False) -> str | None:
    """The text of a credit bracket closing a paragraph after a full stop, or None.

    A bracket naming a photographer, a source or an original headline is a
    note, not a credit of the text's writer and editor (``notes`` keeps it).
    """
    m = _TRAILING.search(paragraph)
    if not m:
        return None
    if not _after_sentence(paragraph, m.start()):
        return None
    inner = m.group(1).strip()
    if not notes and ("摄" in inner or "来源" in inner or "原标题" in inner):
        return None
    return inner


@resources.derived
def _surnames() -> tuple[frozenset[str], int]:
    """Family names: the credit list plus the people extractor's ``surnames.txt``."""
    names = set(resources.load_json("credit_words.json").get("surnames", []))
    names.update(n for n in resources.load_lines("surnames.txt") if 1 <= len(n) <= 3)
    return frozenset(names), max((len(n) for n in names), default=1)


def looks_like_person(token: str) -> bool:
    """An unlabelled personal name: a name shape that starts with a known surname."""
    token = token.strip()
    if not is_name(token) or is_unit(token):
        return False
    names, longest = _surnames()
    return any(token[:k] in names for k in range(1, longest + 1))


def _labelled_person(token: str) -> bool:
    """A name written after a credit label: ``looks_like_person``, or a name
    shape opened by a rare family name (``surnames_rare.txt``: 谈, 党, 云).
    Why: the label already says a person follows (审核：谈某某), so a surname
    too rare (or too word-like) to read an unlabelled token by still opens a name."""
    if looks_like_person(token):
        return True
    token = token.strip()
    return is_name(token) and not is_unit(token) and token[:1] in name_lexicon().rare_surnames


def credited_people(line: str) -> tuple[list[str], list[str], list[str]]:
    """(photographers, reviewers, producers) named on a credit line that leaves the body.

    The body extractor never sees such a line, so its people (摄影：某某,
    图/某某, 审核：某某, 一审：某某) must be kept by the parser that drops it,
    whether the page came as text or as HTML. Any reviewer label opens
    reviewers (校对：某某 and 监制：某某 as well as 审核：某某).
    """
    kinds = (("photo",) if "摄" in line or "图" in line or "视频" in line else ()) \
        + (("reviewer",) if any(r in line for r in reviewer_roles()) else ()) \
        + (("producer",) if "制作" in line else ())
    if not kinds:
        return [], [], []
    found = read_roles(line, kinds=kinds)
    # a reviewer credit names a person only in a personal name's shape (审核：办公室 names a desk)
    return found.get("photo", []), [n for n in found.get("reviewer", []) if _labelled_person(n)], \
        found.get("producer", [])


def reviewer_label_roles(line: str, reviewers: list[str]) -> dict[str, str]:
    """Name -> role for the reviewers of a credit line whose label gives a role other than 审核.

    Why: reviewer_roles of credit_words.json gives each label its role (校对：某某 is a
    proof-reader, 校对; 审核：某某 a reviewer, 审核), and the page keeps reviewers as bare
    names; the label written last before a name's first mention on the line is its label.
    """
    roles = reviewer_roles()
    labels = [(m.start(), roles[m.group(1)]) for m in _role_pattern().finditer(line) if m.group(1) in roles]
    out: dict[str, str] = {}
    for name in reviewers:
        at = line.find(name)
        role = next((r for start, r in reversed(labels) if start < at), None) if at >= 0 else None
        if role and role != "审核":
            out[name] = role
    return out


def add_credit_line(page: ParsedPage, line: str) -> None:
    """Keep on the page the photographers, reviewers and producers of a credit line that
    leaves the body, each reviewer with the role its label gives (校对：某某 -> 校对).

    The one place both the text and the HTML parser hand such a line to."""
    photographers, reviewers, producers = credited_people(line)
    page.add_credited(photographers, reviewers, producers)
    if reviewers:
        for name, role in reviewer_label_roles(line, reviewers).items():
            page.reviewer_role.setdefault(name, role)


#: Blanks that part a source's outlet from a name after it (科研处 袁霄).
_SOURCE_SPLIT = re.compile(r"[ \t\u3000\xa0]+")


#: a date or time token (2021-09-15, 09:10:51) standing after a field's value on its line
_STAMP_TOKEN = re.compile(r"^[0-9０-９:：\-/.年月日]+$")


def source_without_person(value: str) -> str:
    """``科研处 袁霄`` -> ``科研处``: a 来源 value naming a unit or outlet and,
    after a blank, the person who filed the item. Why: the source is the
    publishing body (GUIDE §1), and the person, with no label of their own,
    is no author either (a bare name leaves ``author`` null). Two or more bare
    names and nothing else name no outlet: the value is emptied. The value is
    kept whole when the head is no unit or outlet, or the tail no name."""
    parts = _SOURCE_SPLIT.split(value.strip())
    if len(parts) < 2:
        return value
    head, names = parts[0], parts[1:]
    if (is_unit(head) or is_media(head) or unit_word(head)) and all(looks_like_person(n) for n in names):
        return head
    tokens = [p for p in parts if not _STAMP_TOKEN.match(p)]  # (the page's date may follow on the line)
    if len(tokens) >= 2 and all(bare_writer_name(n) for n in tokens):
        return ""  # 来源: 甲 乙 丙: the people who filed it, no outlet at all
    return value
