"""Round 36 (slm): a random sample of 60 saved reports read against GUIDE §5.
A content character and 的 shared at one inner place of verb-led items of one
length frame them (坚持严的基调，强化严的措施，营造严的氛围); 之 in the middle of
three-character items frames them (知之深、爱之切、行之笃); a shared 的 ending
after a cut first item of another length is a list of kinds (…找出的问题、…发现的
问题); lexicon entries 学深悟透、融会贯通、知行合一, 高标准、严要求、高质量 and 三基建设.
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from lookups import slogan_texts as slogans


# --- a shared character and 的 at one inner place

def test_a_shared_character_and_de_frame_comma_items() -> None:
    text = "区纪委要求坚持严的基调，强化严的措施，营造严的氛围；始终保持高压态势。"
    assert slogans(text) == ["坚持严的基调，强化严的措施，营造严的氛围"]


def test_a_shared_party_de_frames_the_oath_clauses() -> None:
    text = "新党员面向党旗宣誓：执行党的决定、严守党的纪律、保守党的秘密。"
    assert slogans(text) == ["执行党的决定、严守党的纪律、保守党的秘密"]


def test_guard_the_short_de_frame_still_holds() -> None:
    text = "青山镇党委坚持严的标准、实的作风、铁的纪律，推动整改落地。"
    assert slogans(text) == ["严的标准、实的作风、铁的纪律"]


def test_guard_de_after_a_pronoun_is_no_frame() -> None:
    text = "志愿者走访了我们的老师、我们的同学、我们的家长。"
    assert slogans(text) == []


def test_guard_a_shared_de_ending_of_whole_items_stays() -> None:
    text = "要来一场学习的革命，思想的革命，工作的革命。"
    assert slogans(text) == ["学习的革命，思想的革命，工作的革命"]


# --- 之 in the middle of three-character items

def test_zhi_in_the_middle_frames_three_character_items() -> None:
    text = "青年教师对教育事业知之深、爱之切、行之笃，扎根讲台。"
    assert slogans(text) == ["知之深、爱之切、行之笃"]


def test_guard_fractions_with_zhi_are_no_formula() -> None:
    text = "调研发现，三分之一、四分之一、五分之一的农户有此需求。"
    assert slogans(text) == []


def test_guard_names_with_zhi_are_no_formula() -> None:
    text = "出席会议的有王之涵、李之远、张之恒。"
    assert slogans(text) == []


# --- a cut first item before a shared 的 ending

def test_a_cut_item_before_a_shared_de_ending_is_a_list() -> None:
    text = ("支委逐一发言，梳理自学中查摆的问题、对照党章党规找出的问题、走访中发现的问题、"
            "群众反映的问题，逐条提出整改建议。")
    assert slogans(text) == []


# --- lexicon entries

def test_study_formula_with_practice_is_known() -> None:
    text = "松川县委理论学习中心组要坚持学深悟透、融会贯通、知行合一，推动学习走深走实。"
    assert slogans(text) == ["学深悟透、融会贯通、知行合一"]


def test_three_standards_are_known() -> None:
    text = "局党组以高标准、严要求、高质量组织实施学习教育。"
    assert slogans(text) == ["高标准、严要求、高质量"]


def test_guard_two_standards_are_no_formula() -> None:
    text = "生活会体现了高标准、严要求，开出了高质量、好效果。"
    assert slogans(text) == []


def test_san_ji_jian_she_is_a_numbered_formula() -> None:
    text = "党总支就三基建设征求意见、组织生活会安排等工作进行了部署。"
    assert slogans(text) == ["三基建设"]
