"""Chinese personal names out of context: family names, and whether a string may be a name.

It sits below the layers, as ``dictionary`` does, because two of them ask
it: the page parser, to split two writers glued together in a credit
(记者周某伟李某), and the people extractor, whose readings of names in
context build on the same words (its ``_Lexicon`` extends ``NameLexicon``),
so both split and judge a name alike. The words are resource files:
``surnames.txt`` (most frequent first), ``surnames_rare.txt``,
``person_stopwords.txt``, the two-character posts of ``person_titles.txt``
and the name characters and address words of ``person_cues.json``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportmine.dictionary import word_freq
from reportmine.resources import derived, load_json, load_lines

_NAMEISH_TAGS = ("nr", "ns", "nz", "nt")

#: how frequent an ordinary word must be, after a family name that is also a function
#: word (向, 应), to be read as that word rather than as a given name (or the start of
#: one: 向大|会): frequent words (大会, 认真) only, so that names whose given name is a
#: rarer word (向大军, 于春生) stay
FUNCTION_WORD_FREQ = 3000


def is_cjk(ch: str) -> bool:
    """A Han character (the basic block or extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def period_word(lex: NameLexicon, word: str) -> bool:
    """A dictionary time word of two characters that names a period (暑期, 周末: its last
    character is one of ``period_ends``). Why: such a word is rarer than the common words
    a function surname is tested against, yet after 于 it is a time, never a given name;
    time words ending otherwise (东来, 新月, 明明) are given names too."""
    if len(word) != 2 or word[-1] not in lex.period_ends:
        return False
    hit = word_freq().get(word)
    return hit is not None and hit[1].startswith("t")


def function_word_after(lex: NameLexicon, word: str) -> bool:
    """Whether ``word``, right after a function surname (向, 于, 应, 任), makes that
    character the function word: a frequent ordinary word (向大会作报告, 应认真学习)
    or a period's time word (于暑期组织). One test for the name lexicon and the
    people extractor's reader, which both ask it."""
    return common_word(word, FUNCTION_WORD_FREQ) or period_word(lex, word)


def common_word(word: str, threshold: int, places: bool = False) -> bool:
    """An ordinary dictionary word at least this frequent (with ``places``, place names too)."""
    if len(word) < 2:
        return False  # only words of 2+ characters are asked about
    hit = word_freq().get(word)
    if hit is None:
        return False
    freq, tag = hit
    if places and tag.startswith("ns"):
        return freq >= threshold
    return freq >= threshold and not tag.startswith(_NAMEISH_TAGS)


@dataclass(frozen=True)
class NameLexicon:
    """What tells a name from other words, with no text around it."""

    surnames1: frozenset[str]
    surnames2: frozenset[str]
    #: one-character family names kept out of ``surnames1`` (党, 代, 云): a name
    #: opens with one only in a strong frame
    rare_surnames: frozenset[str]
    #: characters no given name holds
    bad: frozenset[str]
    stopwords: frozenset[str]
    #: "given names" that are a form of address or a post (王同志, 李书记, 王大爷)
    not_given: frozenset[str]
    #: family names that are also a preposition, verb or modal (向, 于, 应, 任): before a
    #: frequent ordinary word (向大会作报告, 应认真学习) they are that function word
    function_surnames: frozenset[str]
    #: last characters of a time word that names a period (暑期, 假期, 周末, 上午): after a
    #: function surname such a word is the time of the act (校工会于暑期组织), no given name
    period_ends: frozenset[str]
    #: family names by their line in ``surnames.txt``, most frequent first
    surname_rank: dict[str, int] = field(compare=False, hash=False)


@derived
def name_lexicon() -> NameLexicon:
    """The name lexicon in effect (rebuilt after ``reportmine.resources.clear_cache()``)."""
    cues = load_json("person_cues.json")
    surnames = load_lines("surnames.txt")
    return NameLexicon(
        surnames1=frozenset(s for s in surnames if len(s) == 1),
        surnames2=frozenset(s for s in surnames if len(s) == 2),
        rare_surnames=frozenset(s for s in load_lines("surnames_rare.txt") if len(s) == 1),
        bad=frozenset(cues["bad_name_chars"]),
        stopwords=frozenset(w for w in load_lines("person_stopwords.txt") if len(w) >= 2),
        # a "given name" that is a form of address or a post (王同志, 李书记) is none
        # and so is a familiar address (王大爷, 李阿姨: ``address_given``)
        not_given=frozenset(cues["after_name_anchors"]) | frozenset(cues.get("address_given", ()))
        | frozenset(h for h in load_lines("person_titles.txt") if len(h) == 2),
        function_surnames=frozenset(cues.get("function_surnames", "")),
        period_ends=frozenset(cues.get("period_ends", "")),
        surname_rank={name: i for i, name in reversed(list(enumerate(surnames)))},
    )


def plausible_name(lex: NameLexicon, name: str, slen: int, soft: bool = True) -> bool:
    """A surname of ``slen`` characters plus 1-2 given characters that is not an ordinary word.

    With ``soft=False`` only the hard rules apply (characters, stopwords), not
    the dictionary check, so that a strong cue after the name can rescue it
    (市委书记万里明强调); the people extractor knows the cues.
    """
    given = name[slen:]
    if not 1 <= len(given) <= 2 or not all(is_cjk(c) and c not in lex.bad for c in given):
        return False
    if name in lex.stopwords or name[:2] in lex.stopwords or name[:3] in lex.stopwords:
        return False
    if given in lex.not_given:
        return False
    if slen == 1 and given[0] == name[0]:
        return False  # 殷殷嘱托, 常常: a doubled character is an adverb, no surname and given name
    if slen == 1 and name[0] in lex.function_surnames and function_word_after(lex, name[1:3]):
        return False  # 主任向大会作报告, 党员应认真学习, 校工会于暑期组织: the "surname" is a preposition or
        # modal before a word (a time word, 暑期, 周末, however rare: 于 before a time is the preposition)
    if not soft:
        return True
    if len(name) == 2 and (common_word(name, 60) or common_word(name, 400, places=True)):
        return False
    if len(name) >= 3 and (common_word(name[:2], 500) or common_word(name, 1000, places=True)):
        return False
    return True


def joined_split(lex: NameLexicon, run: str) -> int:
    """Where a run of 4 to 6 characters splits into two names, or 0.

    It must split into two names of two or three characters, each opening
    with a common family name; a split that leaves a part no name is no pair
    of names. Of two splits (龚某林陈某: 龚某|林陈某 or 龚某林|陈某) the one
    whose second name opens with the more frequent family name wins
    (``surnames.txt`` lists them by frequency). A run opening with a double
    family name (欧阳某某) is one name.
    """
    if not 4 <= len(run) <= 6 or run[:2] in lex.surnames2 or not all(is_cjk(c) for c in run):
        return 0
    splits = [k for k in (2, 3) if 2 <= len(run) - k <= 3
              and run[0] in lex.surnames1 and run[k] in lex.surnames1 and run[k] not in lex.rare_surnames
              and plausible_name(lex, run[:k], 1) and plausible_name(lex, run[k:], 1)]
    if len(splits) == 2:
        rank = lex.surname_rank
        splits.sort(key=lambda k: rank.get(run[k], len(rank)))
    return splits[0] if splits else 0


def split_joined_names(run: str) -> list[str] | None:
    """Two names glued together in a credit (周某伟李某 -> 周某伟, 李某), or None.

    The credit parser asks this for a token too long, or too odd, to be one
    name, so that 记者周某伟李某 credits two writers (see ``joined_split``).
    """
    k = joined_split(name_lexicon(), run)
    return [run[:k], run[k:]] if k else None
