"""Header and footer fields shared by the text and HTML parsers.

A report's furniture says 来源, 日期/发布时间/刊发时间, 作者 and 编辑 in a few
dozen ways. The labels live in ``resources/field_labels.json`` so a site with
a new label needs no code.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reportmine import resources

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.年])\s*(?P<m>\d{1,2})\s*(?:[-/.月])\s*(?P<d>\d{1,2})\s*日?"
)


def normalize_date(text: str | None) -> str | None:
    """The first Y-M-D date in ``text`` as ISO ``YYYY-MM-DD``, else None."""
    if not text:
        return None
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


@lru_cache(maxsize=1)
def labels() -> dict[str, list[str]]:
    """Field name -> the labels that introduce it, longest first."""
    data = resources.load_json("field_labels.json")
    return {k: sorted(v, key=len, reverse=True) for k, v in data.items()}


@lru_cache(maxsize=1)
def label_pattern() -> re.Pattern[str]:
    """Matches ``LABEL:`` (or ``LABEL：`` / ``LABEL/``) for any field label."""
    alts = []
    for field, labs in labels().items():
        for lab in labs:
            alts.append((lab, field))
    alts.sort(key=lambda x: len(x[0]), reverse=True)
    body = "|".join(f"(?P<f{i}>{re.escape(lab)})" for i, (lab, _) in enumerate(alts))
    return re.compile(rf"(?:^|(?<=[\s　|】\]()（）]))(?:{body})\s*[:：]\s*")


@lru_cache(maxsize=1)
def _label_fields() -> tuple[str, ...]:
    alts = sorted(((lab, f) for f, labs in labels().items() for lab in labs), key=lambda x: len(x[0]), reverse=True)
    return tuple(f for _, f in alts)


def field_of(match: re.Match[str]) -> str:
    """Which field a ``label_pattern`` match introduces."""
    for name, val in match.groupdict().items():
        if val is not None:
            return _label_fields()[int(name[1:])]
    raise ValueError("not a label match")


_NAME_SPLIT = re.compile(r"[\s、,，;；/]+")


@lru_cache(maxsize=1)
def _role_prefix() -> re.Pattern[str]:
    words = resources.load_json("credit_words.json")
    roles = sorted(set(words["author_roles"]) | set(words["editor_roles"]), key=len, reverse=True)
    return re.compile("^(?:" + "|".join(re.escape(r) for r in roles if not r.endswith(("/", "／"))) + r")[:：/／]?")


def clean_person_list(value: str) -> str | None:
    """``张三 李四`` / ``张三、李四`` / ``本报记者 张三`` -> ``张三、李四`` / ``张三``; None when empty."""
    value = value.strip().strip("()（）[]【】")
    value = re.sub(r"(?:文|图)\s*[/／]\s*(?:文|图)", " ", value)  # 文/图 刘某
    parts = []
    for p in _NAME_SPLIT.split(value):
        stripped = _role_prefix().sub("", p)
        if stripped and stripped not in ("文", "图", "摄"):
            parts.append(stripped)
    return "、".join(parts) if parts else None


def split_fields(line: str) -> dict[str, str]:
    """All ``LABEL: value`` pairs on one header line.

    ``时间:2021-06-25 作者:张雨彤 来源:宣传统战科`` gives three fields; a label with
    nothing after it maps to "" (its value may stand on the next line).
    """
    pat = label_pattern()
    matches = list(pat.finditer(line))
    out: dict[str, str] = {}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[m.end():end].strip(" \t　|")
        out.setdefault(field_of(m), value)
    return out


def field_value(field: str, value: str) -> str | None:
    """Normalize one field's raw value (dates to ISO, names joined by 、)."""
    value = value.strip()
    if not value:
        return None
    if field == "date":
        return normalize_date(value)
    if field in ("author", "editor"):
        return clean_person_list(value)
    value = re.split(r"\s{2,}|\s+(?=\S+[:：])", value)[0].strip()
    return value or None
