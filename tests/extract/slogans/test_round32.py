"""Round 32 (slm): study reports of 2025-2026 (全会精神, 作风建设学习教育, 千万工程).
Items of one length framed by a reduplicated opening (面对面…、心连心…) or by a
shared 所 at one inner place (发展所需、基层所盼、民心所向), 把 + noun + verb items
(把情况摸清、把问题找准、把对策提实), and lexicon formulas: 两大奇迹, 千万工程,
百千万工程, 高效办成一件事 (numbered), 学、查、改 and 以学促查、以查促改.
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from lookups import slogan_texts as slogans


# --- a reduplicated opening frames items of one length

def test_reduplicated_openings_frame_verb_object_items() -> None:
    text = "青禾县水利局党组要求，要面对面听民意、心连心解民忧、实打实办民事，切实转变作风。"
    assert slogans(text) == ["面对面听民意、心连心解民忧、实打实办民事"]


def test_reduplicated_three_character_items() -> None:
    text = "驻村工作队员要手把手、心贴心、面对面帮助农户解决难题。"
    assert slogans(text) == ["手把手、心贴心、面对面"]


def test_guard_items_without_the_shape_stay_a_list() -> None:
    text = "驻村工作队员要帮种植户、养殖户、加工户解决销路问题。"
    assert slogans(text) == []


# --- a shared 所 at one inner place

def test_a_shared_suo_frames_four_character_items() -> None:
    text = "会议强调，要聚焦产业所需、群众所盼、发展所向，在增进民生福祉上积极作为。"
    assert slogans(text) == ["产业所需、群众所盼、发展所向"]


def test_guard_names_before_a_post_with_suo_are_no_formula() -> None:
    text = "出席会议的有张明所长、李华所长、王东所长。"
    assert slogans(text) == []


def test_guard_a_two_character_shared_frame_stays_read() -> None:
    assert slogans("时刻做到心有所畏、言有所戒、行有所止。") == ["心有所畏、言有所戒、行有所止"]


# --- 把 + noun + verb

def test_disposal_items_of_one_length_are_a_formula() -> None:
    text = "调研组要把底数摸清、把症结找准、把对策提实，推动问题解决。"
    assert slogans(text) == ["把底数摸清、把症结找准、把对策提实"]


def test_guard_disposal_of_things_stays_a_list() -> None:
    text = "要把党建工作、把业务工作、把队伍建设统筹起来。"
    assert slogans(text) == []


# --- lexicon formulas of the genre

def test_two_great_miracles_is_a_numbered_formula_once_named() -> None:
    text = "全会精神体现了续写经济快速发展和社会长期稳定两大奇迹新篇章的决心。"
    assert slogans(text) == ["两大奇迹"]


def test_unquoted_thousand_village_project() -> None:
    text = "青禾镇党委组织学习千万工程经验，结合实际推进人居环境整治。"
    assert slogans(text) == ["千万工程"]


def test_hundred_thousand_project_is_one_formula() -> None:
    text = "学院党委带领党员赴百千万工程展厅开展现场教学。"
    assert slogans(text) == ["百千万工程"]


def test_get_one_thing_done_efficiently() -> None:
    text = "局党组传达学习高效办成一件事有关要求，研究部署政务服务改革。"
    assert slogans(text) == ["高效办成一件事"]


def test_study_check_correct_written_with_separators() -> None:
    text = "要一体推进学、查、改，确保学习教育取得实效。"
    assert slogans(text) == ["学、查、改"]


def test_guard_study_check_correct_written_together() -> None:
    assert slogans("坚持学查改一体推进，以作风建设新成效推动发展。") == ["学查改"]


def test_study_to_check_and_check_to_correct() -> None:
    text = "支部坚持以学促查、以查促改，扎实推进整改落实。"
    assert slogans(text) == ["以学促查、以查促改"]


def test_guard_comma_clauses_opening_with_repeating_idioms_are_no_formula() -> None:
    text = "支部要求抓细抓严各项问题整改，真刀真枪解决实际困难，逐项逐条抓好任务落实。"
    assert slogans(text) == []
