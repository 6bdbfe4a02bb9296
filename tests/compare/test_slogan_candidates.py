"""Which recurring phrases are offered as slogan candidates."""
from __future__ import annotations

import pandas as pd


def test_no_candidate_opens_or_closes_on_a_function_word() -> None:
    from reportmine.compare.slogans import _ngrams

    grams = set(_ngrams(["了", "节水", "优先", "的", "做法"]))
    assert "节水优先" in grams
    # 了 (a particle) opens none, 的 closes none; inside a phrase they may stand
    assert not any(g.startswith("了") or g.endswith("的") for g in grams)
    assert "节水优先的做法" in grams


def test_one_character_prepositions_and_locatives_cut_but_longer_words_of_their_tag_stay() -> None:
    from reportmine.compare.slogans import _ngrams

    assert not any(g.startswith("在") for g in _ngrams(["在", "实践", "锻炼", "中", "成长"]))
    assert not any(g.endswith("中") for g in _ngrams(["实践", "锻炼", "中"]))
    # a numbered formula opens with a numeral and may close with an adverb (两个务必)
    assert "两个务必" in _ngrams(["两个", "务必"])
    # an indefinite article opens and closes nothing (作为一项重要任务)
    assert not any(g.startswith("一项") or g.endswith("一项") for g in _ngrams(["作为", "一项", "重要", "任务"]))


def test_a_phrase_naming_a_steering_body_is_no_candidate() -> None:
    from reportmine.compare.slogans import slogan_candidates

    tokens = {a: ["县委", "巡察", "工作", "领导小组", "，", "网格", "连心", "、", "服务", "暖心"] for a in "abc"}
    texts = {a: "县委巡察工作领导小组，网格连心、服务暖心" for a in "abc"}
    clusters = pd.DataFrame({"article_id": list("abc"), "unit": ["甲镇", "乙镇", "丙街道"],
                             "is_representative": [True] * 3})
    phrases = set(slogan_candidates(tokens, texts, clusters)["phrase"])
    assert "网格连心、服务暖心" in phrases
    assert not any(p.endswith("领导小组") for p in phrases)
