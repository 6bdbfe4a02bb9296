"""Round 65 cross-check of the new reports' people and organizations: a time word
naming a period after 于 (于暑期), a plant's name that names a volunteer team
(蒲公英), and a room in a building's centre (主楼中心会议室)."""
from lookups import extracted_org_names, person_names


def test_period_after_yu_is_the_time_of_the_act_not_a_name():
    assert person_names("院工会于寒暑期之外，于暑期组织开展了青年教师培训。") == []
    assert person_names("局团委于假期组织志愿服务。") == []


def test_a_name_whose_given_part_is_another_time_word_stays():
    assert person_names("局长于东来主持会议。") == ["于东来"]


def test_dandelion_team_is_no_person():
    assert person_names("蒲公英宣讲队志愿者结合村情开展宣讲。") == []


def test_room_in_a_buildings_centre_is_no_body():
    assert extracted_org_names("会议在综合楼中心会议室召开。") == []
    assert extracted_org_names("会议在市政务服务中心会议室召开。") == ["市政务服务中心"]
