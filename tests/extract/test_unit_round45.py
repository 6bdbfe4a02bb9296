"""find_unit, round 45: a place's women's congress (某县第十次妇女代表大会) gives
the federation the text names (某县妇联); a named community holding its meeting
(某某苑社区召开…) is the unit; a title's branch going out for its own activity
(某党支部赴某纪念馆开展…) is the unit; a place read as "X辖两区" is no place;
a place before a quoted meeting name it holds (某市“某某”座谈会召开) is the
subject, also after a bare reporter's credit (（记者 某某）); a court written by
its stem (某某法院) takes the official name the text gives (某某县人民法院); on
invented articles."""
from __future__ import annotations

from lookups import meeting_holders
from lookups import unit_found as unit

from reportmine.extract.unit import _cues, _going_holder


def test_womens_congress_of_a_county_gives_its_federation() -> None:
    title = "桐川县第九次妇女代表大会闭幕"
    text = ("桐川县第九次妇女代表大会闭幕\n6月3日，桐川县第九次妇女代表大会在县会堂举行闭幕式。"
            "县委副书记某某出席，祝贺县妇联新一届领导班子当选。")
    assert unit(title, text) == "桐川县妇联"


def test_congress_without_the_body_named_keeps_the_place() -> None:
    """Guard: where the text never names the federation, the place stays the unit."""
    title = "桐川县第九次妇女代表大会闭幕"
    text = "桐川县第九次妇女代表大会闭幕\n6月3日，桐川县第九次妇女代表大会在县会堂举行闭幕式。"
    assert unit(title, text) == "桐川县"


def test_peoples_congress_of_a_town_keeps_the_town() -> None:
    """Guard: a town's people's congress is no federation's: the town stays."""
    title = "竹溪镇第五届人民代表大会第三次会议召开"
    text = "竹溪镇第五届人民代表大会第三次会议召开\n1月5日，竹溪镇第五届人民代表大会第三次会议召开，镇人大代表出席。"
    assert unit(title, text) == "竹溪镇"


def test_named_community_holding_its_meeting_is_the_unit() -> None:
    title = "海棠城北苑社区召开2024年度 “双述双评”会议"
    text = (title + "\n为推进社区民主管理，11月8日上午，海棠城北苑社区召开2024年度“双述双评”会议，"
            "柳河街道党工委某某同志到会指导，居民代表20余人参加。")
    assert unit(title, text) == "海棠城北苑社区"


def test_named_community_holds_its_meeting() -> None:
    text = "11月8日上午，海棠城北苑社区召开年度党员大会，居民代表20余人参加。"
    assert ("党员大会", "海棠城北苑社区") in meeting_holders(text)


def test_generic_community_is_no_holder() -> None:
    """Guard: 各社区 names every community: no holder is read from it."""
    text = "近日，各社区召开年度党员大会，街道党工委某某到会指导。"
    assert all(holder != "各社区" for _, holder in meeting_holders(text))


def test_title_branch_going_out_for_its_own_activity_is_the_unit() -> None:
    """The extractor misses the branch's name (高分子物理职工教工党支部); the title still gives it."""
    title = "高分子物理职工教工党支部赴红岩纪念馆开展主题党日活动"
    text = (title + "\n党纪学习教育开展以来，材料学院始终坚持把学习教育作为重要政治任务。"
            "6月5日，高分子物理职工教工党支部来到红岩纪念馆开展主题党日活动。")
    assert unit(title, text) == "高分子物理职工教工党支部"


def test_title_branch_going_to_guide_is_a_guest() -> None:
    """Guard: 赴某村指导 makes the branch a guest: the going reading gives no holder."""
    assert _going_holder("材料化学教工党支部赴柳树村指导组织生活会", _cues()) is None
    assert _going_holder("材料化学教工党支部赴红岩纪念馆开展主题党日活动", _cues()) == "材料化学教工党支部"


def test_place_governing_districts_is_no_place() -> None:
    text = "青川辖两区四县、50个乡镇，总人口90万。二届市委组织的3轮巡察发现问题100条。"
    assert unit(None, text) != "青川辖两区"


def test_place_before_quoted_meeting_name_after_reporter_credit() -> None:
    text = "（记者 某某）1月20日下午，青川市“每周一课”暨理论宣讲推进座谈会召开。会议对活动进行了总结。"
    assert unit(None, text) == "青川市"


def test_place_before_quoted_theme_without_holding_verb_stays_none() -> None:
    """Guard: a quote after the place with no holding verb in its clause opens no meeting."""
    text = "1月20日，青川市“每周一课”成效明显，得到群众好评。"
    assert unit(None, text) != "青川市"


def test_court_written_by_stem_takes_its_official_name() -> None:
    title = "桐川法院“党建+”融合发展"
    text = title + "\n桐川县人民法院突出党建引领，打造“党建+”特色品牌，院党组书记某某介绍了做法。"
    assert unit(title, text) == "桐川县人民法院"


def test_court_with_its_level_stays() -> None:
    """Guard: 某市中级法院 short forms with a level (资阳中院) are not rewritten."""
    title = "桐川中院召开座谈会"
    text = title + "\n7月3日，桐川中院召开座谈会，党组书记、院长某某出席。"
    assert unit(title, text) == "桐川中院"
