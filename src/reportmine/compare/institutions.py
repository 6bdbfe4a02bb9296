"""Institutions: the body a reporting unit belongs to.

Units as extracted are the most specific reporting body: a hospital's party
committee (临河市人民医院党委) and the hospital itself (临河市人民医院), or a
school's student branch (东林大学机械工程学院第三学生党支部), so one
institution shows up as several units. ``institution_of`` maps a unit to its
institution by rules that are all data files:

1. Party bodies are stripped from the END of the name, repeatedly, longest
   first (``resources/institution_party_bodies.txt``: 党委, 党组, 党总支,
   第N党支部, 机关, 纪委 ...), together with the words that qualify a branch
   before its suffix (``institution_branch_qualifiers.txt``: 教工, 学生,
   联合 ...), as long as at least ``MIN_CHARS`` characters remain (县纪委
   stays 县纪委) or what remains is a head word (学院教工党支部 -> 学院). A
   party prefix that opens the name goes too (``institution_party_prefixes.txt``:
   中共桐城市总工会党组 -> 桐城市总工会).
2. Sub-units are rolled up (``roll_up=True``): the name is cut after the
   first institution head word (``resources/institution_heads.txt``: 大学,
   学院, 医院, 法院, 局, 集团有限公司 ..., longest head at a place), unless
   what follows starts another full name with a place of its own (X市, X县,
   X区 ...): 东林大学机械工程学院 -> 东林大学, 南屿市中级人民法院刑事审判第一庭
   -> 南屿市中级人民法院, but 国家税务总局临河市税务局 stays whole. Two
   exceptions keep a body its own institution: an establishment after a
   broader head (``institution_establishments.tsv``: a bank's 支行, a
   university's 附属医院, an academy's 研究所), where the cut comes after the
   establishment, and a head that only opens a longer word
   (``institution_head_compounds.txt``: 银行业协会 is no bank).

A unit with no party suffix and no head is its own institution; the unknown
unit label stays as it is.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from reportmine import resources
from reportmine.compare.common import ORDINAL, UNKNOWN_UNIT, blank
from reportmine.compare.units import is_relative
from reportmine.tables.schema import validate

PARTY_FILE = "institution_party_bodies.txt"
QUALIFIERS_FILE = "institution_branch_qualifiers.txt"
PREFIXES_FILE = "institution_party_prefixes.txt"
HEADS_FILE = "institution_heads.txt"
ESTABLISHMENTS_FILE = "institution_establishments.tsv"
COMPOUNDS_FILE = "institution_head_compounds.txt"
#: A stripped name shorter than this is no institution (县纪委 is not 县).
MIN_CHARS = 3
#: What follows a head starts a full name of its own when a place ends within its first characters.
_OWN_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|市|县|(?<![社小园片辖校营厂])区|州|盟|旗)")


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


@dataclass(frozen=True)
class _Rules:
    """The compiled rules of one resource folder setting."""

    suffix: re.Pattern[str] | None  # party bodies (with their qualifiers) ending a name
    prefix: re.Pattern[str] | None  # party prefixes opening a name
    head: re.Pattern[str] | None  # institution heads
    heads: frozenset[str]
    compound: re.Pattern[str] | None  # longer words a head only opens
    #: establishment head -> the broader heads it separates from (empty: any)
    establishments: dict[str, frozenset[str]] = field(default_factory=dict)


def _establishments() -> dict[str, frozenset[str]]:
    try:
        rows = resources.load_table(ESTABLISHMENTS_FILE)
    except FileNotFoundError:
        return {}
    return {r["establishment"]: frozenset(a for a in r.get("after", "").split("|") if a) for r in rows}


@resources.derived
def _rules() -> _Rules:
    """The rules of the resource files in effect (rebuilt after ``resources.clear_cache()``)."""
    party, qualifiers = _lines(PARTY_FILE), _lines(QUALIFIERS_FILE)
    prefixes, heads, compounds = _lines(PREFIXES_FILE), _lines(HEADS_FILE), _lines(COMPOUNDS_FILE)
    suffix = None
    if party:
        quals = f"(?:{_alternation(qualifiers)})*" if qualifiers else ""
        suffix = re.compile(f"{quals}(?P<body>{_alternation(party, ordinal=True)})$")
    return _Rules(
        suffix=suffix,
        prefix=re.compile(f"^(?:{_alternation(prefixes)})") if prefixes else None,
        head=re.compile(_alternation(heads)) if heads else None,
        heads=frozenset(heads),
        compound=re.compile(_alternation(compounds)) if compounds else None,
        establishments=_establishments(),
    )


def _is_head(name: str, rules: _Rules) -> bool:
    """A head word of two characters or more standing alone (学院, 医院): a relative name, but a name."""
    return len(name) >= 2 and name in rules.heads


def strip_party_bodies(unit: str, min_chars: int = MIN_CHARS) -> str:
    """``unit`` without the party bodies that end it and the party prefix that opens it (rule 1)."""
    rules = _rules()
    name = unit
    if rules.prefix is not None:
        m = rules.prefix.match(name)
        if m and len(name) - m.end() >= min_chars:
            name = name[m.end():]
    if rules.suffix is None:
        return name
    while True:
        m = rules.suffix.search(name)
        if m is None:
            return name
        cut = m.start()
        if cut < min_chars and not _is_head(name[:cut], rules):
            cut = m.start("body")  # too little would remain: leave the qualifiers (学院教工)
            if cut < min_chars and not _is_head(name[:cut], rules):
                return name
        name = name[:cut]


def _heads(name: str, rules: _Rules) -> list[re.Match[str]]:
    """The head words of ``name``, without those that only open a longer word (银行业)."""
    assert rules.head is not None
    compound = rules.compound
    return [m for m in rules.head.finditer(name) if compound is None or not compound.match(name, m.start())]


def _floor(heads: list[re.Match[str]], rules: _Rules) -> int:
    """Where the last establishment after a broader head ends (0: none), so no cut comes before it."""
    floor = 0
    for i, m in enumerate(heads):
        after = rules.establishments.get(m.group())
        if after is None or i == 0:
            continue
        if not after or any(h.group() in after for h in heads[:i]):
            floor = m.end()
    return floor


def roll_up(name: str) -> str:
    """``name`` cut after its first institution head word (rule 2)."""
    rules = _rules()
    if rules.head is None:
        return name
    heads = _heads(name, rules)
    floor = _floor(heads, rules)
    for m in heads:
        if m.end() < floor:
            continue  # 中国工商银行|临川河西支行: a branch of its own follows
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
