"""Round 70 cross-check of the new reports' people and organizations: verbs of
mobilizing and widening (调动, 发动, 拓宽, 把牢) open no body's name (暨 inside a
leading group's name stays), 中心 of 服务中心大局 and 大学 of 广大学员 are no
endings, and 顾问 and 第五届 are no names."""
from lookups import extracted_org_names, person_names


def test_verbs_of_mobilizing_and_widening_open_no_body_name():
    assert extracted_org_names("会上充分调动团支部书记的积极性，镇团委作了部署。") == ["镇团委"]
    assert extracted_org_names("二是发动协会党员积极认领村民微心愿。") == []
    assert extracted_org_names("基层工会要持续拓宽工会覆盖的途径。") == []
    assert extracted_org_names("要紧紧把牢工商联工作方向。") == []


def test_ji_inside_a_leading_group_name_stays():  # guard: 暨 joins two campaigns inside one name
    assert extracted_org_names("镇党委纪念建党百年活动暨党史学习教育工作领导小组召开会议。") == \
        ["镇党委纪念建党百年活动暨党史学习教育工作领导小组"]


def test_centre_of_the_whole_and_the_many_trainees_are_no_bodies():
    assert extracted_org_names("要着力服务中心大局，把工作放在全县大局中谋划。") == []
    assert extracted_org_names("专家为广大学员作了专题辅导。") == []


def test_bodies_with_those_endings_stay():
    assert extracted_org_names("区政务服务中心召开推进会。") == ["区政务服务中心"]
    assert extracted_org_names("青山大学团委召开会议。") == ["青山大学团委"]


def test_adviser_and_an_ordinal_with_the_family_name_diwu_are_no_names():
    assert person_names("集团总经理蓝秀峰、副总经理韦思远等专家顾问参加了活动。") == ["蓝秀峰", "韦思远"]
    assert person_names("县政协副主席、县工商联第五届主席蓝秀峰作报告。") == ["蓝秀峰"]
