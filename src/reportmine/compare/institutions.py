"""Institutions: the body a reporting unit belongs to.

Units as extracted are the most specific reporting body: a hospital's party
committee (临河市人民医院党委) and the hospital itself (临河市人民医院), or a
school's student branch (东林大学机械工程学院第三学生党支部), so one
institution shows up as several units. ``institution_of`` maps a unit to its
institution by two rules, both driven by data files:

1. Party bodies are stripped from the END of the name, repeatedly, longest
   first (``resources/institution_party_bodies.txt``: 党委, 党组, 党总支,
   第N党支部, 机关, 纪委 ...), as long as at least ``MIN_CHARS`` characters
   remain (县纪委 stays 县纪委).
2. Sub-units are rolled up (``roll_up=True``): the name is cut after the
   first institution head word (``resources/institution_heads.txt``: 大学,
   学院, 医院, 法院, 局, 集团有限公司 ..., longest head at a place), unless
   what follows starts another full name with a place of its own (X市, X县,
   X区 ...): 东林大学机械工程学院 -> 东林大学, 南屿市中级人民法院刑事审判第一庭
   -> 南屿市中级人民法院, but 国家税务总局临河市税务局 stays whole.

A unit with no party suffix and no head is its own institution; the unknown
unit label stays as it is.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

from reportmine import resources
from reportmine.compare.common import ORDINAL, UNKNOWN_UNIT, blank
from reportmine.compare.units import is_relative
from reportmine.tables.schema import validate

PARTY_FILE = "institution_party_bodies.txt"
HEADS_FILE = "institution_heads.txt"
#: A stripped name shorter than this is no institution (县纪委 is not 县).
MIN_CHARS = 3
#: What follows a head starts a full name of its own when a place ends within its first characters.
_OWN_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州|盟|旗)")


def _lines(name: str) -> tuple[str, ...]:
    try:
        return resources.load_lines(name)
    except FileNotFoundError:
        return ()


def _alternation(words: Iterable[str], ordinal: bool = False) -> str:
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    out = []
    for w in parts:
        p = re.escape(w)
        out.append(p.replace("N", ORDINAL) if ordinal else p)
    return "|".join(out)


def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The two patterns, built once per resource folder setting (``$REPORTMINE_RESOURCES``)."""
    import os

    return _compiled(os.environ.get("REPORTMINE_RESOURCES"))


@lru_cache(maxsize=8)
def _compiled(folders: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    del folders  # the cache key: a different user folder may add suffixes or heads
    party, heads = _lines(PARTY_FILE), _lines(HEADS_FILE)
    suffix = re.compile(f"(?:{_alternation(party, ordinal=True)})$") if party else None
    head = re.compile(_alternation(heads)) if heads else None
    return suffix, head


def strip_party_bodies(unit: str, min_chars: int = MIN_CHARS) -> str:
    """``unit`` without the party bodies that end it (rule 1)."""
    suffix, _ = _patterns()
    if suffix is None:
        return unit
    name = unit
    while True:
        m = suffix.search(name)
        if m is None or m.start() < min_chars:
            return name
        name = name[: m.start()]


def roll_up(name: str) -> str:
    """``name`` cut after its first institution head word (rule 2)."""
    _, head = _patterns()
    if head is None:
        return name
    for m in head.finditer(name):
        rest = name[m.end():]
        if not rest:
            return name
        if _OWN_PLACE.match(rest):
            continue  # 国家税务总局|临河市税务局: the rest is an office of its own
        return name[: m.end()]
    return name


def institution_of(unit: object, roll_up_subunits: bool = True, min_chars: int = MIN_CHARS) -> str:
    """The institution a reporting unit belongs to (see the module docstring)."""
    if blank(unit):
        return UNKNOWN_UNIT
    name = str(unit)
    if name == UNKNOWN_UNIT:
        return name
    name = strip_party_bodies(name, min_chars)
    if roll_up_subunits:
        rolled = roll_up(name)
        if len(rolled) >= min_chars:
            name = strip_party_bodies(rolled, min_chars)
    return name


def institution_map(units: Iterable[object], roll_up_subunits: bool = True) -> dict[str, str]:
    """unit label -> institution, each distinct unit computed once."""
    from reportmine.compare.common import unit_label

    return {u: institution_of(u, roll_up_subunits) for u in dict.fromkeys(unit_label(x) for x in units)}


def institutions_table(clusters: pd.DataFrame) -> pd.DataFrame:
    """One row per unit: its institution, how many articles (all / distinct) it has,
    and whether its name is relative (``compare.units``: 医院 may be several hospitals)."""
    cols = ["institution", "unit", "n_articles", "n_distinct_articles", "relative"]
    if clusters.empty:
        return validate(pd.DataFrame(columns=cols), "institutions")
    g = clusters.groupby(["institution", "unit"], sort=True)
    out = pd.DataFrame({
        "n_articles": g["article_id"].nunique(),
        "n_distinct_articles": g["is_representative"].sum(),
    }).reset_index()
    out["relative"] = [u != UNKNOWN_UNIT and is_relative(u) for u in out["unit"].tolist()]
    return validate(out[cols], "institutions")
