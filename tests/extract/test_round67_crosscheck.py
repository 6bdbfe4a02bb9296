"""Round 67 cross-check of the new reports' people and organizations: 荀 as a family
name, a second titled person joined by 和 whose post opens with its body (和书记处书记,
和组织部部长), a company credited as the writer, and verbs glued before a body's name
(抓实|公司, 架起|政府, 寄语|学院, 促推|法院, 谈|学校)."""
from lookups import extracted_org_names, person_names


def test_xun_is_a_family_name():
    assert person_names("董事长、总裁荀嘉树等集团领导出席大会。") == ["荀嘉树"]


def test_second_titled_person_whose_post_opens_with_its_body():
    text = "书记处第一书记魏衡和书记处书记鲁萍在会上作了讲话。"
    assert person_names(text) == ["魏衡", "鲁萍"]
    text = "县长魏衡和组织部部长鲁萍出席会议。"
    assert person_names(text) == ["魏衡", "鲁萍"]


def test_given_name_ending_in_he_before_a_plain_noun_stays():
    assert person_names("党委书记魏秀和同事们一起走访困难党员。") == ["魏秀和"]


def test_company_credited_as_the_writer_is_no_person():
    assert person_names("发布时间：2019-05-27 作者:公司\n会议由党委书记魏衡主持。") == ["魏衡"]


def test_verbs_glued_before_a_body_name_end_it():
    assert extracted_org_names("进一步抓实公司党员干部日常管理。") == []
    assert extracted_org_names("定期走访企业，架起政府与企业之间的桥梁。") == []
    assert extracted_org_names("干部干事创业劲头更足，促推法院各项工作提质增效。") == []
    assert extracted_org_names("结合工作实际谈学校发展思路。") == []
    assert extracted_org_names("他殷切寄语农林学院青年学子。") == ["农林学院"]
