"""Round 64 cross-check of the new reports' people and organizations: verbs that
opened a body's name (齐聚, 届时, 明晰), a warning-education hall read whole,
the 中学 inside 卒中学会, and words read as names (贺词, a caption's 左图, 司改办, 齐聚)."""
from lookups import extracted_org_names, person_names


def test_warning_education_hall_is_read_whole():
    assert extracted_org_names("随后，一行人参观了市禁毒警示教育馆和市戒毒所。") == ["市禁毒警示教育馆"]


def test_gather_verb_opens_no_school_and_no_name():
    text = "全体党员齐聚青禾中学报告厅。"
    assert extracted_org_names(text) == ["青禾中学"]
    assert person_names(text) == []


def test_time_adverb_opens_no_branch():
    assert extracted_org_names("届时青禾县商会党支部将组织党员参加。") == ["青禾县商会党支部"]


def test_clarify_verb_opens_no_committee():
    assert extracted_org_names("要明晰学会党委的职责。") == ["学会党委"]


def test_school_ending_inside_a_society_name_is_no_school():
    assert not any(name.endswith("中学") for name in extracted_org_names("学会党委组织中国卒中学会会员参加。"))


def test_congratulatory_message_is_no_person():
    assert person_names("韩立川代表县委致贺词。贺词指出，要继续奋斗。") == ["韩立川"]


def test_caption_left_picture_is_no_person():
    assert person_names("左图为宣讲人员向学生讲解安全知识。") == []


def test_reform_office_is_no_person():
    assert person_names("司法部司改办副主任出席会议。") == []
