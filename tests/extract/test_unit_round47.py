"""find_unit, round 47: a post holder who takes part in another unit's
meeting to guide it (县委书记某某全程参加并指导2025年度某镇领导班子民主生活会)
gives the guided unit, not the holder's body; a body named as former inside a
place (景区内原某军分区) is no subject; a clause opening with 继 (继省纪委召开
全省…推进会以来，全省各地…) recalls an earlier event, so its body is no
subject and the round-up stays null; the reporter's own place holding a
congress (我市召开第七次归侨侨眷代表大会) gives the federation of that level
(市侨联) where the text names that body at that level; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_holder_guiding_a_towns_review_meeting_gives_the_town() -> None:
    text = ("3月5日上午，青山县委书记李明远全程参加并指导2025年度柳河镇领导班子民主生活会，"
            "强调要以此次会议为契机改进作风。会上，柳河镇党委书记王强代表镇领导班子作对照检查。")
    assert unit(None, text) == "柳河镇党委"


def test_guiding_without_a_year_gives_the_town_too() -> None:
    text = ("3月5日上午，青山县委书记李明远参加并指导柳河镇领导班子民主生活会。"
            "会上，柳河镇党委书记王强代表镇领导班子作对照检查。")
    assert unit(None, text) == "柳河镇党委"


def test_holder_going_to_a_town_still_gives_the_town() -> None:
    """Guard: the older going-and-visit reading is unchanged."""
    text = "3月5日上午，青山县委书记李明远到柳河镇参加镇领导班子民主生活会。会上，柳河镇党委书记王强作对照检查。"
    assert unit(None, text) == "柳河镇党委"


def test_holder_acting_for_his_own_body_keeps_it() -> None:
    """Guard: a holder who gives a lecture speaks for the body heading the post."""
    text = "3月5日上午，青山县委书记李明远为全县党员干部讲专题党课，县委副书记张华主持。"
    assert unit(None, text) == "青山县委"


def test_former_body_inside_a_place_is_no_subject() -> None:
    text = "5月8日上午，党员们参观红石纪念馆。纪念馆利用景区内原红石军分区营房布展，再现革命历史。"
    assert unit(None, text) is None


def test_current_body_with_a_place_stays_the_subject() -> None:
    """Guard: a body with no 原 in it is read as before."""
    text = "5月8日上午，红石县人民武装部党委召开专题学习会，部党委书记李刚主持。"
    assert unit(None, text) == "红石县人民武装部党委"


def test_body_in_a_ji_clause_is_no_subject_of_a_round_up() -> None:
    title = "我省推进廉政教育月活动"
    text = "继5月6日省纪委召开全省廉政教育月推进会以来，全省各市、县（市、区）和省直各单位迅速跟进，纷纷召开警示教育大会。"
    assert unit(title, text) is None


def test_commission_holding_the_meeting_itself_stays() -> None:
    """Guard: the commission as the subject of its own meeting is the unit."""
    text = "5月6日，省纪委召开全省廉政教育月推进会，部署下一阶段工作。"
    assert unit("省纪委召开廉政教育月推进会", text) == "省纪委"


def test_body_after_the_ji_clause_is_the_subject() -> None:
    """Guard: the clause after 继… names the unit as before."""
    text = "继3月召开动员大会之后，4月2日，青山县委组织部召开专题推进会，部署下一阶段工作。"
    assert unit(None, text) == "青山县委组织部"


def test_own_citys_congress_gives_the_federation_of_that_level() -> None:
    title = "我市召开第五次归侨侨眷代表大会"
    text = "本报讯 3月8日，我市召开第五次归侨侨眷代表大会。市侨联主席李红作工作报告，希望各级侨联凝聚侨界力量。"
    assert unit(title, text) == "市侨联"


def test_own_citys_congress_with_only_a_guests_federation_named_stays_null() -> None:
    """Guard (round 44): a higher federation's guest names no body of the city's level."""
    title = "我市召开第五次归侨侨眷代表大会"
    text = "本报讯 3月8日，我市召开第五次归侨侨眷代表大会。省侨联副主席王芳到会祝贺。"
    assert unit(title, text) is None


def test_own_countys_womens_congress_gives_the_county_federation() -> None:
    title = "我县召开第十次妇女代表大会"
    text = "3月8日，我县召开第十次妇女代表大会，县委书记李明出席。县妇联主席王芳作工作报告。"
    assert unit(title, text) == "县妇联"


def test_own_place_congress_with_no_federation_named_is_unchanged() -> None:
    """Guard: where the text names no federation, the post's body is read as before."""
    text = "3月8日，我县召开第十次妇女代表大会，县委书记李明出席并讲话。"
    assert unit(None, text) == "县委"


def test_own_place_meeting_that_is_no_congress_is_unchanged() -> None:
    """Guard: another meeting the place holds is no federation's."""
    text = "3月8日，我县召开全县组织工作会议，县委书记李明出席并讲话。"
    assert unit("我县召开全县组织工作会议", text) == "县委"
