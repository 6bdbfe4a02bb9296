"""Header and footer fields shared by the text and HTML parsers.

A report's furniture says 来源, 日期/发布时间/刊发时间, 作者 and 编辑 in a few
dozen ways. The labels live in ``resources/field_labels.json`` so a site with
a new label needs no code.
"""
from __future__ import annotations

import re

from reportmine import resources
# credits needs nothing from here: importing it at the top spares every call an import statement
from reportmine.parse.credits import (editor_rank, is_media, is_unit, join_spaced_labels, join_spaced_names,
                                      looks_like_person, read_roles, reviewer_roles, source_without_person, unit_glued_name,
                                      unit_word)

_DATE = re.compile(
    r"(?P<y>(?:19|20|１９|２０)\d{2})\s*(?:[-/.年－／．])\s*(?P<m>\d{1,2})\s*(?:[-/.月－／．])\s*(?P<d>\d{1,2})\s*日?"
)


#: a date written day first, as some sites print it (06.07.2018, 24/11/2023): dotted, it is read
#: day.month (the European order such sites use); slashed, only when the day is over 12, since
#: 6/12/2012 may be either order
DAY_FIRST_DATE = re.compile(
    r"(?<![\d./])(?P<d>\d{1,2}\.(?=\d{1,2}\.)|(?:1[3-9]|2\d|3[01])/(?=\d{1,2}/))(?P<m>\d{1,2})[./](?P<y>(?:19|20)\d{2})(?![\d./])"
)


# a date with an optional clock time, as page headers print it
DATE_TIME = re.compile(r"(?:19|20|１９|２０)\d{2}\s*[-/.年－／．]\s*\d{1,2}\s*[-/.月－／．]\s*\d{1,2}\s*日?(?:\s*[-\s]?\d{1,2}[:：]\d{2}(?::\d{2})?)?")
TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_SENTENCE = re.compile(r"[。！？；!?;]")


def normalize_date(text: str | None) -> str | None:
    """The first Y-M-D date in ``text`` as ISO ``YYYY-MM-DD``, else None.

    With no year-first date, a day-first one counts (``06.07.2018``, ``24/11/2023``:
    DAY_FIRST_DATE).

    Full-width digits and separators (``２０２３－０３－０２``, old GBK pages) count.
    """
    if not text:
        return None
    m = _DATE.search(text) or DAY_FIRST_DATE.search(text)  # year first wherever the text has one
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"].rstrip("./"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def is_info_line(text: str) -> bool:
    """A short unpunctuated line carrying a date: ``2019-12-10 07:57:40 来源： 新华网``.

    A wholly bracketed line (``（2007年6月29日……会议通过）``) is part of a
    statute, not page furniture, and so is a date inside a longer phrase;
    field labels and page widgets do not count towards that phrase.
    """
    if len(text) > 70 or _SENTENCE.search(text) or DATE_TIME.search(text) is None:
        return False
    if re.match(r"^\s*[（(].*[）)]\s*$", text):
        return False
    if _event_time_label().match(text):
        return False  # 会议时间：2023年12月20日下午: when the meeting sat, no page date
    rest = URL.sub("", TIME.sub("", DATE_TIME.sub("", text)))
    rest = cut_furniture(rest)  # widgets (【字体：大 中 小】) and labels are no prose
    if may_have_label(rest):
        rest = label_pattern().sub("", rest)
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) <= 24


def unlabelled_outlet(line: str) -> str | None:
    """The outlet named without a label on a dated info line.

    ``2023-03-02 08:30 | 某某日报`` -> 某某日报 (a publication anywhere on the
    line); ``2023-03-02 10:20　某县委组织部`` -> the unit, when it is all the
    line says besides the date.
    """
    toks = [t.strip("《》〈〉") for t in re.split(r"[\s|｜]+", URL.sub(" ", TIME.sub(" ", DATE_TIME.sub(" ", line)))) if t]
    for tok in toks:
        if 2 <= len(tok) <= 20 and is_media(tok):
            return tok
    if len(toks) == 1 and is_unit(toks[0]):
        return toks[0]
    return None


_FIELDS = ("date", "source", "author", "editor", "supplier", "reviewer")


@resources.derived
def labels() -> dict[str, list[str]]:
    """Field name -> the labels that introduce it, longest first.

    ``supplier`` (供稿) is a field of its own: ``split_fields`` turns it into
    ``author`` only when the value reads as a personal name. ``reviewer``
    labels are the reviewer labels of ``credit_words.json`` (reviewer_roles).
    """
    data = {**resources.load_json("field_labels.json"), "reviewer": list(reviewer_roles())}
    return {k: sorted(data[k], key=len, reverse=True) for k in _FIELDS if k in data}


@resources.derived
def furniture_label_pattern() -> re.Pattern[str]:
    """A page widget label (浏览次数：, 字号, 【打印】) that ends the field value before it.

    Glued to the value only when a colon follows (``单某浏览次数：312``); a bare
    widget word needs a space, bar or bracket before it, so 阅读 inside a name
    such as 青禾阅读网 is left alone.
    """
    labs = sorted(resources.load_json("field_labels.json").get("furniture_labels", []), key=len, reverse=True)
    if not labs:
        return re.compile(r"(?!x)x")
    alt = "|".join(re.escape(x) for x in labs)
    return re.compile(rf"(?:{alt})\s*[:：]|(?:^|(?<=[\s|｜【\[]))(?:{alt})(?=[\s\d【\[】\]|｜]|$)")


@resources.derived
def _furniture_initials() -> re.Pattern[str]:
    """The first characters of the widget labels: a value holding none of them has no widget label."""
    labs = resources.load_json("field_labels.json").get("furniture_labels", [])
    chars = sorted({lab[0] for lab in labs if lab})
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]") if chars else re.compile(r"(?!x)x")


def cut_furniture(value: str) -> str:
    """``单某　浏览次数：312`` -> ``单某``: the value up to the first widget label."""
    if not _furniture_initials().search(value):
        return value  # one character class instead of the label pattern, which tries every position
    m = furniture_label_pattern().search(value)
    if m is None:
        return value
    return value[: m.start()].rstrip(" \t\u3000|｜【[")


@resources.derived
def _label_field() -> dict[str, str]:
    """Label -> the field it introduces (the first field listing it wins)."""
    out: dict[str, str] = {}
    for field, labs in labels().items():
        for lab in labs:
            out.setdefault(lab, field)
    return out


@resources.derived
def _label_alternation() -> str:
    """Every field label as one regex alternation, longest first (so 责任编辑 wins over 编辑)."""
    return "|".join(re.escape(lab) for lab in sorted(_label_field(), key=len, reverse=True))


@resources.derived
def _barred_label() -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=\s))({_label_alternation()})\s*[|｜]\s*(?=[\u4e00-\u9fff])")


#: the longest credit row whose bars are read as colons
_BARRED_ROW_MAX = 50


def bars_as_colons(line: str) -> str:
    """``审核|某某 终审|某某`` read as ``审核：某某 终审：某某``: a credit row that sets its
    labels off with a bar instead of a colon. Why: ``label_pattern`` wants a colon, so the
    row stayed in the text as a paragraph; only a short line opened by a label and a bar
    is rewritten, so a bar inside prose is never taken for a colon."""
    if len(line) > _BARRED_ROW_MAX or ("|" not in line and "｜" not in line):
        return line
    pattern = _barred_label()
    if not pattern.match(line.lstrip()):
        return line
    return pattern.sub(r"\1：", line.lstrip())


@resources.derived
def label_pattern() -> re.Pattern[str]:
    """Matches ``LABEL:`` (or ``LABEL：``) for any field label; group 1 is the label.

    A plain alternation of literals (longest first), so the engine skips
    positions whose character starts no label.
    """
    body = _label_alternation()
    # after a colon too: in 「来源:作者:」 both fields are empty, and 作者: is no outlet
    # after a digit (阅读次数:1750来源:某行) and after 、 (文字、图片、编辑:某某) too;
    # glued to the value before it only when the label is a long one of _glued_labels
    # (作者:某某发布时间:2021-04-22), which no name or outlet ends with, or a date label
    # before a year
    glued = "|".join(re.escape(lab) for lab in _glued_labels())
    glue = rf"|(?<=[\u4e00-\u9fff])(?=(?:{glued})\s*[:：])" if glued else ""
    # a short label glued to the value before it (来源:党群办公室作者:某某), unless the
    # character before makes it a word's end (优秀党务工作者:): glued_short_labels
    for lab, word_chars in _glued_short_labels().items():
        guard = rf"(?<![{re.escape(word_chars)}])" if word_chars else ""
        glue += rf"|(?<=[\u4e00-\u9fff]){guard}(?={re.escape(lab)}\s*[:：])"
    # a date label of any length glued to the value before it when a year follows
    # (来源:某学院日期:2026-03-20): a name or outlet ends with 日期, but no date starts its value
    dated = "|".join(re.escape(lab) for lab in sorted(labels().get("date", []), key=len, reverse=True))
    # ... unless an event word stands before it (会议时间:2023年…): the meeting's time, no page date
    event = "".join(f"(?<!{re.escape(w)})" for w in _event_time_words())
    glue += rf"|(?<=[\u4e00-\u9fff]){event}(?=(?:{dated})\s*[:：]\s*(?:19|20)\d\d\s*[-/.年])" if dated else ""
    # a label in brackets before its colon (【发布时间】：2020-12-17 【来源】：某台) reads as the bare label;
    # after a slash too: closing credits set as one run (来源:某学院/文:甲/审核:乙/责任编辑:丙)
    return re.compile(rf"(?:^|(?<=[\s　|｜【】\[\]()（）:：、\d/／]){glue})({body})\s*[】\]]?\s*[:：]\s*")


@resources.derived
def _event_time_words() -> tuple[str, ...]:
    """Words that make a date label after them an event's time (会议时间, 活动时间):
    field_labels.json event_time_words. Why: a meeting notice's 会议时间：2023年12月20日
    is when the meeting sat, and GUIDE.md section 1 dates the page, not the event."""
    return tuple(resources.load_json("field_labels.json").get("event_time_words", []))


@resources.derived
def _event_time_label() -> re.Pattern[str]:
    """Matches a line opened by an event's time label (会议时间：, 活动日期：): an event
    word of ``_event_time_words`` glued to a date label. Why: such a line carries the
    meeting's date, which GUIDE.md section 1 keeps out of the page's ``date``."""
    words = "|".join(re.escape(w) for w in _event_time_words()) or "(?!)"
    dated = "|".join(re.escape(lab) for lab in labels().get("date", []))
    return re.compile(rf"^\s*(?:{words})(?:{dated})\s*[】\]]?\s*[:：]")


@resources.derived
def _glued_short_labels() -> dict[str, str]:
    """Short label -> the characters before it that make it a word's end (field_labels.json)."""
    return dict(resources.load_json("field_labels.json").get("glued_short_labels", {}))


@resources.derived
def _glued_labels() -> list[str]:
    """Labels read even when glued to the value before them (某某发布时间:, 某网责任编辑:).

    Only labels of four or more characters of the date, source and editor
    fields: a short label (时间, 文, 来源) may end a name or a word of the value.
    """
    labs = labels()
    return sorted({lab for f in ("date", "source", "editor") for lab in labs.get(f, []) if len(lab) >= 4},
                  key=len, reverse=True)


@resources.derived
def _label_endings() -> tuple[str, ...]:
    return tuple(_label_field())


def may_have_label(line: str) -> bool:
    """False when no field label stands before a colon in ``line`` (then ``label_pattern`` finds nothing).

    ``label_pattern`` cannot skip ahead to a likely position (it opens with a
    look-behind), so lines are first checked at their colons: what precedes a
    colon, blanks stripped as ``\\s*`` would, must end with a label.
    """
    labs = _label_endings()
    for colon in (":", "："):
        pos = line.find(colon)
        while pos >= 0:
            if line[:pos].rstrip().rstrip("】]").rstrip().endswith(labs):  # (【来源】：)
                return True
            pos = line.find(colon, pos + 1)
    return False


#: the fields a label standing alone on a line may open, its value on the next line
_BARE_LABEL_FIELDS = ("date", "source", "author", "editor")


def bare_label_field(line: str) -> str | None:
    """The field of a line that is a label and nothing else, with no colon (来源), or None.

    Why: some pages set the label and its value on lines of their own
    (「来源」 then 「某日报」); without a colon no label was read, and the
    label became a paragraph of the text."""
    field = _label_field().get(line.strip())
    return field if field in _BARE_LABEL_FIELDS else None


#: a label and its value parted by a blank, no colon (来源 某镇), as a table row pasted as text
_SPACED_FIELD = re.compile(r"^(\S{1,6})[ \t　]+([^\s，。；：:,;]{2,20})$")


def spaced_label_field(line: str) -> tuple[str, str] | None:
    """(field, value) of a header line that is a source, author or editor label and its
    value parted by a blank (``来源 某镇``), or None.

    Why: a disclosure page's info table (索引号 …, 来源 …, 内容概述) pasted as text
    keeps each row's label and value on one line with no colon; unread, the row
    became the headline."""
    m = _SPACED_FIELD.match(line.strip())
    if m is None:
        return None
    field = _label_field().get(m.group(1))
    if field not in ("source", "author", "editor"):
        return None
    return field, m.group(2)


def field_of(match: re.Match[str]) -> str:
    """Which field a ``label_pattern`` match introduces."""
    return _label_field()[match.group(1)]


_NAME_SPLIT = re.compile(r"[\s、,，;；/]+")
# not a credited name: a leftover ``label：value`` or a bare count / punctuation
# (editor codes such as 李某_NN2587 or HN666 are kept)
_NOT_NAME = re.compile(r"[:：]|^[\d\W_]+$")
_WHOLE_NOTE = re.compile(r"[（(][^（）()]*[）)]")
_NOTE = re.compile(r"(?<=.)[（(][^（）()]{0,20}(?:[）)]|$)")  # closed, or cut open by a caller's strip
_TEXT_PHOTO = re.compile(r"(?:文|图)\s*[/／]\s*(?:文|图)")
_VALUE_END = re.compile(r"\s{2,}|\s+(?=\S+[:：])")
_ONE_HAN = re.compile(r"^[\u4e00-\u9fff]$")  # 文, 图, 摄 or the 部 of 编辑部: no name


@resources.derived
def _role_prefix() -> re.Pattern[str]:
    """A role word opening a token, after at most eight Han characters naming the outlet.

    ``记者张某`` -> ``张某``; ``本站记者`` / ``青禾日报记者`` -> ``""`` (a role, no name).
    """
    words = resources.load_json("credit_words.json")
    roles = sorted(set(words["author_roles"]) | set(words["editor_roles"]), key=len, reverse=True)
    alt = "|".join(re.escape(r) for r in roles if not r.endswith(("/", "／")))
    return re.compile(rf"^(?:{alt})[:：/／]?|^[\u4e00-\u9fff]{{1,8}}?(?:{alt})(?:[:：/／]|$|(?=[\u4e00-\u9fff]{{2,4}}$))")


@resources.derived
def _role_word() -> re.Pattern[str]:
    """Any role word of ``_role_prefix``, alone (a plain alternation the engine scans for quickly)."""
    words = resources.load_json("credit_words.json")
    roles = sorted(set(words["author_roles"]) | set(words["editor_roles"]), key=len, reverse=True)
    return re.compile("|".join(re.escape(r) for r in roles if not r.endswith(("/", "／"))))


@resources.derived
def _empty_credits() -> frozenset[str]:
    """Values that name nobody (佚名, admin, 本站): no author, no editor."""
    return frozenset(w.lower() for w in resources.load_json("credit_words.json").get("empty_credits", []))


@resources.derived
def _other_roles() -> tuple[str, ...]:
    """Role words that end a list of writers or editors (审核, 校对, 摄影 ...)."""
    words = resources.load_json("credit_words.json")
    return tuple(sorted(set(reviewer_roles()) | {r for r in words.get("photo_roles", []) if len(r) >= 2},
                        key=len, reverse=True))


#: a portal's code for its staff editor beside a name (责任编辑：某某 SN245): letters then digits; alone
#: (责任编辑：QH666) it is all the page says of its editor and is kept
_STAFF_CODE = re.compile(r"[A-Za-z]{1,4}[-_]?\d{2,6}")


def clean_person_list(value: str) -> str | None:
    """``张三 李四`` / ``张三、李四`` / ``本报记者 张三`` -> ``张三、李四`` / ``张三``; None when empty."""
    value = value.strip()
    if value[:1] in ("（", "(") and _WHOLE_NOTE.fullmatch(value):  # （张某）: the whole credit in brackets
        value = value[1:-1]
    elif "(" in value or "（" in value:  # 张某（某某局）, 李某（实习生）: a note on the writer, no name
        value = _NOTE.sub(" ", value)
    value = value.strip().strip("()（）[]【】").lstrip("■□●◆▲★▪")  # (作者: ■某某: a newspaper's byline mark)
    if "文" in value or "图" in value:
        value = _TEXT_PHOTO.sub(" ", value)  # 文/图 刘某
    if "20" in value or "19" in value:
        value = DATE_TIME.sub(" ", value)  # 作者：甲 乙  2017年3月21日: the date is no writer
    parts = []
    stops = _other_roles()
    for p in _NAME_SPLIT.split(join_spaced_names(cut_furniture(value))):
        if p.startswith(stops):  # a tuple: every role word tested in C (``p in stops`` included)
            break  # 「编辑 甲 审核 乙」: the reviewer is not an editor
        # both branches of the role prefix hold a role word: most names have none
        stripped = _role_prefix().sub("", p, count=1) if _role_word().search(p) else p
        if stripped.lower() in _empty_credits():
            continue
        if stripped and not _ONE_HAN.match(stripped) and not _NOT_NAME.search(stripped):
            parts.append(_unit_glued_name(stripped))
    if len(parts) > 1 and (named := [p for p in parts if not _STAFF_CODE.fullmatch(p)]):
        parts = named  # 某某 SN245: the code beside a name is the portal's, no second editor
    return "、".join(_drop_units(parts)) if parts else None


def _unit_glued_name(token: str) -> str:
    """``组织部干部科杭某某`` -> ``杭某某``: a unit written straight before a writer's name; ``张某等`` -> ``张某``."""
    if token.endswith("等") and looks_like_person(token[:-1]):
        return token[:-1]
    return unit_glued_name(token) or token


def _drop_units(parts: list[str]) -> list[str]:
    """``机关党委 屠某某`` -> ``屠某某``: the writer's unit or outlet is no author when a person is named.

    A list of units alone (``作者：青禾县委组织部``) is kept as written.
    """
    if len(parts) < 2:
        return parts
    units = [p for p in parts if unit_word(p) or is_media(p)]
    if not units or not any(looks_like_person(p) for p in parts):
        return parts
    return [p for p in parts if p not in units]


def split_fields(line: str) -> dict[str, str]:
    """All ``LABEL: value`` pairs on one header line.

    ``时间:2021-06-25 作者:张雨彤 来源:宣传统战科`` gives three fields; a label with
    nothing after it maps to "" (its value may stand on the next line). Two
    labels of one person field (``记者：甲 通讯员：乙``) give both names, and a
    credit without a colon after another field's value (``来源：某网 记者 甲``)
    ends that value and names the writer.
    """
    line = join_spaced_labels(line)  # 编 辑：甲: the label typeset with a blank inside
    if not may_have_label(line):
        return {}  # most lines are rejected without the label regex
    matches = list(label_pattern().finditer(line))
    out: dict[str, str] = {}
    credited: list[str] = []
    best_editor = 2**31  # the rank of the editor label read (credits.editor_rank)
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = cut_furniture(line[m.end():end].strip(" \t　|｜/／")).strip(" \t　|｜【】[]/／")
        name = field_of(m)
        if name == "supplier" and _supplied_by_person(value):
            name = "author"
        if name not in ("author", "editor"):
            value, names = _credit_tail(value)
            credited.extend(names)
        if name == "source":
            value = source_without_person(value)  # 来源:科研处 袁霄: the department, not its clerk
        if name == "editor" and value:
            rank = editor_rank(m.group(1))
            if out.get(name) and rank > best_editor:
                continue  # 责任编辑：甲 编辑：乙: one editor of record, the best-ranked label's
            if rank < best_editor:
                out.pop(name, None)
                best_editor = rank
        if name in ("author", "editor") and out.get(name) and value:
            out[name] = f"{out[name]} {value}"
        else:
            out.setdefault(name, value)
    if credited and not out.get("author"):
        out["author"] = " ".join(dict.fromkeys(credited))
    return out


@resources.derived
def _credit_start() -> re.Pattern[str]:
    """A writer's role word after a space (``… 记者 甲``, ``… 通讯员：乙``)."""
    words = resources.load_json("credit_words.json")
    roles = sorted((r for r in words["author_roles"] if not r.endswith(("/", "／"))), key=len, reverse=True)
    alt = "|".join(re.escape(r) for r in roles)
    # or glued to the outlet before it when a colon follows (来源：某某融媒全媒体记者：甲), unless the
    # character before makes the role word a word's end (合作者:, glued_short_labels)
    guards = _glued_short_labels()
    glued = "|".join((rf"(?<![{re.escape(guards[r])}])" if guards.get(r) else "") + re.escape(r) for r in roles)
    return re.compile(rf"\s(?:{alt})|(?<=[\u4e00-\u9fff])(?:{glued})(?=\s*[:：])")


def _credit_tail(value: str) -> tuple[str, list[str]]:
    """``临川金融网 记者 蔡某`` -> (``临川金融网``, [``蔡某``]), ``某某融媒记者：蔡某`` too;
    the value unchanged when no credit follows."""
    m = _credit_start().search(value)
    if m is None:
        return value, []
    names = read_roles(value[m.start():]).get("author", [])
    if not names:
        return value, []
    return value[: m.start()].rstrip(), names


def _supplied_by_person(value: str) -> bool:
    first = _NAME_SPLIT.split(value.strip(), maxsplit=1)[0] if value.strip() else ""
    return looks_like_person(first)


@resources.derived
def _empty_sources() -> frozenset[str]:
    return frozenset(v.lower() for v in resources.load_json("field_labels.json").get("empty_sources", []))


def empty_source(value: str | None) -> bool:
    """``来源：未知``: a 来源 value that names no outlet."""
    return not value or value.strip().lower() in _empty_sources()


#: a 来源 value that is a code, not an outlet (sp20241105, a CMS's item id): Latin letters and
#: digits with a run of four or more digits and no Han character
_CODE_VALUE = re.compile(r"(?=[A-Za-z_\-]*\d{4})[A-Za-z0-9_\-]+")
#: a bare count after the outlet (来源:某某网 74): an unlabelled view counter, no part of the name
_TRAILING_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])\s+\d{1,7}$")


def field_value(field: str, value: str) -> str | None:
    """Normalize one field's raw value (dates to ISO, names joined by 、)."""
    value = value.strip()
    if not value:
        return None
    if field == "date":
        return normalize_date(value)
    if field in ("author", "editor"):
        return clean_person_list(value)
    if field == "source" and DATE_TIME.search(value):  # 来源：某某日报 2023-03-02
        value = TIME.sub(" ", DATE_TIME.sub("  ", value)).strip().rstrip(" |｜")  # (某网 | 2022-09-30: the bar parted them)
    value = _VALUE_END.split(value, maxsplit=1)[0].strip()
    if field == "source" and (empty_source(value) or _CODE_VALUE.fullmatch(value)):
        return None
    if field == "source" and value[-1:].isdigit():
        value = _TRAILING_COUNT.sub("", value)
    return value or None


#: the fewest characters of a lead run into the info line above it
_GLUED_LEAD_MIN = 20
#: a clause mark: the tail of an info line that holds one is prose, not a field's value
_CLAUSE_MARK = re.compile(r"[，,。]")
#: what a lead holds and a list of outlets does not: a full stop or the day of the event
_LEAD_SIGN = re.compile(r"。|\d{1,2}月\d{1,2}日")
#: how far into the line its first label may stand (【来源】, • 时间)
_LABEL_LEAD_MAX = 6


def split_glued_lead(line: str) -> list[str]:
    """The info line and the lead a flattened page ran into it, as two lines; else the line.

    ``作者: 时间:2023-06-04 09:12:306月3日，某某召开…`` and ``发布时间:… 来源:在…之际，6月3日，…``.
    Why: read whole as an info line, the lead paragraph (who met, when) was lost
    from the text; a date and time close every stamp, and a label's value with a
    clause mark in it is a sentence, not an outlet or a name."""
    if len(line) < _GLUED_LEAD_MIN + 10 or not may_have_label(line):
        return [line]
    found = list(label_pattern().finditer(line))
    if not found or found[0].start() > _LABEL_LEAD_MAX:
        return [line]
    cut = None
    for m in DATE_TIME.finditer(line):
        if ":" in m.group(0) or "：" in m.group(0):
            cut = m.end()  # the stamp's time ends the line's fields
    if cut is None or not _lead_after(line, cut, found):
        last = found[-1]
        # (only 来源: an empty name label with text after it is a name glued to the lead, read elsewhere)
        cut = last.end() if field_of(last) == "source" and _lead_after(line, last.end(), found) else None
    if cut is None or not is_info_line(line[:cut].strip()):
        return [line]
    return [line[:cut].rstrip(), line[cut:].strip()]


def _lead_after(line: str, at: int, labels_found: list[re.Match[str]]) -> bool:
    """Whether the text from ``at`` on is prose: long, opened by a Chinese character or a
    digit, with a clause mark and no field label of its own."""
    rest = line[at:].strip()
    if len(rest) < _GLUED_LEAD_MIN or not re.match(r"[\u4e00-\u9fff\d]", rest):
        return False
    return _CLAUSE_MARK.search(rest) is not None and _LEAD_SIGN.search(rest) is not None \
        and all(m.start() < at for m in labels_found)
