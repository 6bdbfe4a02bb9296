"""Round 63 cross-check of the new reports' people and organizations: a white
paper and historic sites are no names, and four words stop an organization's
leftward reach (着眼, 营造, 正值, 历史上)."""
from lookups import extracted_org_names, person_names


def test_white_paper_opening_a_sentence_is_no_person():
    text = "会上，韩立川领学了关于乡村振兴的白皮书——《乡村振兴在青禾》。白皮书回顾了青禾县二十年的变化。"
    assert person_names(text) == ["韩立川"]


def test_historic_sites_hall_is_no_person():
    assert person_names("随后，大家参观了青禾县烈士史迹陈列室。") == []


def test_focus_verb_opens_no_party_committee():
    assert extracted_org_names("要着眼党委功能定位，发挥好把方向作用。") == []


def test_moment_verb_opens_no_hospital():
    assert extracted_org_names("现在正值医院发展的关键时期，全体班子成员要统一思想。") == []


def test_create_verb_is_not_part_of_the_committee():
    assert extracted_org_names("切实营造青禾县政协委员爱读书的浓厚氛围。") == ["青禾县政协"]


def test_ordinal_after_in_history_is_no_department():
    assert extracted_org_names("会上传达了新中国历史上第一部关于乡村教育的白皮书。") == []
