"""Round 38 (slm): a random sample of 60 saved reports read against GUIDE §5.
Two-character items opening with one family name that jieba knows as no word
are given names listed (柯某、柯某、柯某某和…), no formula; 收到 leads the effect
a meeting had (收到了…的效果, …的实际效果); 八项规定 is written out by its eight
items. Sentences invented; each new behaviour failed before its fix, the
guards (so marked) did not."""

from reportmine.extract.slogans import extract_slogans

from lookups import slogan_texts as slogans


# --- given names of one family

def test_given_names_of_one_family_are_no_formula() -> None:
    text = "展厅介绍了柯沣、柯泯、柯渤华和罗青石四位烈士的英勇事迹。"
    assert slogans(text) == []


def test_guard_two_character_words_sharing_a_family_name_stay() -> None:
    text = "林溪县纪委坚持严查、严管、严惩，形成有力震慑。"
    assert slogans(text) == ["严查、严管、严惩"]


def test_guard_two_character_items_opening_with_an_adverb_stay() -> None:
    text = "大家认为，新修订的青禾社章程更严、更细、更全。"
    assert slogans(text) == ["更严、更细、更全"]


# --- the effect a meeting had, after 收到

def test_the_effect_received_frames_verb_object_items() -> None:
    text = "与会同志坦诚相见，收到了统一思想、增进团结、互相监督、共同提高的效果。"
    assert slogans(text) == ["统一思想、增进团结、互相监督、共同提高"]


def test_the_actual_effect_frames_items_of_any_build() -> None:
    text = "督导组希望松原镇班子在整改上下功夫，收到统一思想、自我完善、共同提高、推动工作的实际效果。"
    assert slogans(text) == ["统一思想、自我完善、共同提高、推动工作"]


def test_guard_what_was_received_is_no_formula() -> None:
    text = "本次活动共收到意见建议、来信来访、网络留言等各类反映四十余条。"
    assert slogans(text) == []


# --- 八项规定 written out

def test_the_eight_rules_written_out_are_the_numbered_formula() -> None:
    text = ("会上学习了八项规定的内容，包括改进调查研究、精简会议活动、精简文件简报、规范出访活动、"
            "改进警卫工作、改进新闻报道、严格文稿发表、厉行勤俭节约等八个方面。")
    found = {s.text: s for s in extract_slogans(text)}
    written = "改进调查研究、精简会议活动、精简文件简报、规范出访活动、改进警卫工作、改进新闻报道、严格文稿发表、厉行勤俭节约"
    assert written in found and found[written].kind == "numbered"
    assert found["八项规定"].expansion[0] == "改进调查研究"


def test_guard_part_of_the_eight_rules_is_no_formula() -> None:
    text = "支部要求改进调查研究、精简会议活动，切实转变作风。"
    assert slogans(text) == []
