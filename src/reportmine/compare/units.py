"""Relative unit names: units that do not say which body they are.

Reports often call their own unit by a relative name: 我院召开… gives the unit
医院, and 公司党委, 市委, 县妇联 or 区委第一巡察组 do not say which company,
city or county. The record keeps the unit as the article writes it (that is
what the GUIDE asks). As a grouping key such a name may add up unrelated
bodies: two hospitals' reports that both say 我院 share the row 医院.

Nothing in a pasted report says reliably which hospital it is (its 来源 is
often a department or a newspaper), and qualifying by the page's site would
split a report from its copies republished elsewhere, so units are not
rewritten. They are flagged instead: the ``institutions`` table says which
units are relative, and a batch run counts the articles under such names, so
an analyst can set them aside or name them (the README shows how).

What counts as relative is data (``resources/unit_relative.tsv``).
"""
from __future__ import annotations

import re

from reportmine import resources
from reportmine.compare.common import ORDINAL

RELATIVE_FILE = "unit_relative.tsv"
_PARTY_PREFIXES = ("中国共产党", "中共")
_ORDINAL = re.compile("第?" + ORDINAL)
#: A level word followed this closely by another one opens a place's own name (市中区).
_PLACE_REACH = 2


@resources.derived
def _lexicon() -> tuple[dict[str, str], int, tuple[str, ...]]:
    """(word -> kind, the longest word's length, the level words longest first)."""
    kinds = {row["word"]: row["kind"] for row in resources.load_table(RELATIVE_FILE) if row.get("word")}
    levels = tuple(sorted((w for w, k in kinds.items() if k == "level"), key=len, reverse=True))
    return kinds, max(map(len, kinds), default=0), levels


def is_relative(unit: str) -> bool:
    """Whether ``unit`` names its body only relatively (see the module docstring)."""
    kinds, longest, levels = _lexicon()
    name = unit
    for prefix in _PARTY_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix):]
            break
    after = next((len(w) for w in levels if name.startswith(w)), 0)
    if after:
        nearby = name[after:after + _PLACE_REACH + 1]
        # 市中区: a level word right after it closes a place named with the first one
        if not any(kinds.get(c) == "level" for c in nearby[1:]) and len(name) > after:
            return True
    # the name made of lexicon words and ordinals, wholly or up to a party body
    reach = [False] * (len(name) + 1)
    reach[0] = True
    for i in range(len(name)):
        if not reach[i]:
            continue
        m = _ORDINAL.match(name, i)
        if m:
            reach[m.end()] = True
        for j in range(i + 1, min(len(name), i + longest) + 1):
            kind = kinds.get(name[i:j])
            if kind is None:
                continue
            if kind == "party":
                return True  # 公司党委|理论学习中心组: a group of a relative body
            reach[j] = True
    return reach[len(name)]
