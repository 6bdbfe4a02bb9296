"""reportmine.names: the name checks the page parser and the people extractor share."""
from __future__ import annotations

import pytest

from reportmine.extract.people.lexicon import _lexicon
from reportmine.names import joined_split, name_lexicon, plausible_name, split_joined_names
from reportmine.parse.credits import dateline_author, names_in


@pytest.mark.parametrize("run, pair", [
    ("周某伟李某", ["周某伟", "李某"]),
    ("王某李某", ["王某", "李某"]),
    ("王某林李某", ["王某林", "李某"]),  # 李 is the more frequent family name than 林
    ("欧阳某某", None),  # a double family name opens one name
    ("党某李某", None),  # a rare family name (党) opens no glued name
    ("王某", None),
])
def test_split_joined_names(run: str, pair: list[str] | None) -> None:
    assert split_joined_names(run) == pair


@pytest.mark.parametrize("name, slen, soft, ok", [
    ("向大军", 1, True, True),
    ("向大会", 1, True, False),  # 向 before a frequent word is the preposition
    ("常常", 1, True, False),  # a doubled character is an adverb
    ("王同志", 1, False, False),  # a form of address is no given name
])
def test_plausible_name(name: str, slen: int, soft: bool, ok: bool) -> None:
    assert plausible_name(name_lexicon(), name, slen, soft) is ok


def test_people_lexicon_builds_on_the_name_lexicon() -> None:
    """The people extractor and the parser split with the same words."""
    people, names = _lexicon(), name_lexicon()
    assert people.surnames1 == names.surnames1 and people.not_given == names.not_given
    for run in ("周某伟李某", "王某林李某", "欧阳某某"):
        assert joined_split(people, run) == joined_split(names, run)


def test_the_parser_splits_glued_writers_on_its_own() -> None:
    assert names_in("周某伟李某") == ["周某伟", "李某"]
    assert dateline_author("新华社北京1月1日电（记者周某伟李某）会议举行。") == ["周某伟", "李某"]
