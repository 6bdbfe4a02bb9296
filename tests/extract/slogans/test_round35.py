"""Round 35 (slm): 2026 reports (正确政绩观学习教育, 十五五 开局, 2025年度组织生活会).
Items of one length framed by one more shared inner character of
parallel_frame_chars.txt: 之 (为政之德、从政之道、施政之要), 一 before a measure
(先学一步、深学一层、笃行一分), 抓, 于, 有, 共 and 联; and three-character
verb-object items named by the deeds they describe (打基础、利长远、惠民生的实事).
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from lookups import slogan_texts as slogans


# --- one more shared inner character frames items of one length

def test_a_shared_zhi_frames_four_character_items() -> None:
    text = "会议指出，实干担当是立身之本、干事之基、成事之要，全体党员要牢记于心。"
    assert slogans(text) == ["立身之本、干事之基、成事之要"]


def test_a_shared_yi_before_a_measure_frames_items() -> None:
    text = "青禾县农业农村局党支部要求党员先想一步、多干一分、深学一层，争当表率。"
    assert slogans(text) == ["先想一步、多干一分、深学一层"]


def test_a_shared_zhua_frames_long_items() -> None:
    text = "要坚持问题导向，统筹兼顾抓协调、真抓实干抓落实、久久为功抓长效，推动整改落地。"
    assert slogans(text) == ["统筹兼顾抓协调、真抓实干抓落实、久久为功抓长效"]


def test_a_shared_yu_frames_verb_items() -> None:
    text = "松川镇党委号召党员干部勤于钻研、敏于行动、精于业务，在开局之年建新功。"
    assert slogans(text) == ["勤于钻研、敏于行动、精于业务"]


def test_a_shared_you_frames_study_items() -> None:
    text = "支部学习教育做到学有收获、思有深度、干有成效，得到上级党委肯定。"
    assert slogans(text) == ["学有收获、思有深度、干有成效"]


def test_a_shared_gong_and_lian_frame_joint_building_items() -> None:
    text = "两个支部推行阵地共建、资源共享、活动共办，实现组织联建、人才联育、服务联做。"
    assert slogans(text) == ["阵地共建、资源共享、活动共办", "组织联建、人才联育、服务联做"]


def test_guard_names_sharing_an_inner_character_are_no_formula() -> None:
    text = "出席会议的有张明所长、李华所长、王东所长。"
    assert slogans(text) == []


def test_guard_the_character_in_one_item_only_frames_nothing() -> None:
    text = "会议要求党员干部立足本职、勤于思考、注重实效，推动高质量发展。"
    assert slogans(text) == []


def test_guard_a_measure_word_forming_a_noun_is_no_frame() -> None:
    text = "志愿者陪老人散步一程、聊天一阵、读报一回。"
    assert slogans(text) == []


def test_guard_items_of_two_lengths_are_no_frame() -> None:
    text = "支部组织党员读一本书、讲一次课、写一篇调研报告。"
    assert slogans(text) == []


def test_guard_a_shared_edge_still_rules_before_the_frame() -> None:
    text = "会议要求把自己摆进去、把职责摆进去、把工作摆进去，深刻检视剖析。"
    assert slogans(text) == ["把自己摆进去、把职责摆进去、把工作摆进去"]


# --- the deeds a run of triads describes name it a formula

def test_triads_before_shi_shi_are_a_formula() -> None:
    text = "区政协机关要多做打基础、利长远、惠民生的实事，以实干践行正确政绩观。"
    assert slogans(text) == ["打基础、利长远、惠民生"]


def test_guard_triads_without_a_naming_word_stay_a_list() -> None:
    text = "区政协机关要多做打基础、利长远、惠民生工作，以实干践行正确政绩观。"
    assert slogans(text) == []
