"""find_unit, round 58: a clock time after the day part and a source clause
after the time before a place subject; a source clause cut off by a stray
full stop and short mottos before the subject's sentence; a body whose whole
membership holds the meeting (某党支部的全体成员…开展); a title that is a
site's banner (某某集团官网); an inspection group named after its committee
with a qualifier (县委上下联动巡察组); a level's body heading a post takes
the full name the text gives it; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_clock_time_before_a_place_subject() -> None:
    text = ("2024年5月16日上午9:30，青岭镇在镇三楼会议室召开党纪学习教育警示教育会。"
            "镇党委书记周杰主持会议。")
    assert unit(None, text) == "青岭镇"


def test_source_clause_after_the_time_before_a_place_subject() -> None:
    text = ("9月12日下午，按照县委统一部署，石溪乡在乡政府会议室召开主题教育动员部署会。"
            "乡党委副书记吴海主持会议，全体干部参加。")
    assert unit(None, text) == "石溪乡"


def test_source_clause_cut_off_by_a_full_stop() -> None:
    text = ("按照区直机关工委《关于做好本年度支部组织生活会的安排》要求。"
            "经支委会认真研究，会前组织党员集中学习，广泛征求意见。"
            "1月22日下午，第四党支部召开了年度支部组织生活会。会议由支部书记林峰主持。")
    assert unit(None, text) == "第四党支部"


def test_mottos_before_the_subjects_sentence() -> None:
    text = ("学史明理。以史为鉴、开创未来。"
            "2021年6月3日，外语学院教工联合党支部开展“重温入党誓词”主题党日活动。"
            "支部书记孙蕾讲授专题党课。")
    assert unit(None, text) == "外语学院教工联合党支部"


def test_whole_membership_holds_the_bodys_meeting() -> None:
    text = ("2023年11月6日下午，管理学院博士生2022级党支部的全体成员在208教室开展了专题组织生活会，"
            "支部书记李明主持会议，学院党委副书记王涛到会指导。")
    assert unit(None, text) == "管理学院博士生2022级党支部"


def test_site_banner_title_gives_way_to_the_opening() -> None:
    text = ("5月6日上午，华东港务集团有限公司召开党委会议，研究部署下半年港区安全生产工作。"
            "集团党委书记、董事长郑阳主持会议。")
    assert unit("远洋物流集团官网", text) == "华东港务集团有限公司"


def test_qualified_inspection_group_after_its_committee() -> None:
    text = ("按照县委的安排，2024年4月9日，县委上下联动巡察组向白沙镇所辖村党组织集中反馈巡察情况。"
            "镇党委主要负责人主持反馈会。")
    assert unit("县委上下联动巡察组向白沙镇所辖村党组织集中反馈巡察情况", text) == "县委上下联动巡察组"


def test_level_body_heading_a_post_takes_its_full_name() -> None:
    text = ("5月8日下午，市委第二督导组组长赵明到我区督导主题教育工作。"
            "听取了区委书记钱江关于我区主题教育开展情况的汇报，到东关街道了解了工作情况。"
            "溪口区委副书记孙杰，区委常委、组织部部长刘畅参加督导。")
    assert unit(None, text) == "溪口区委"
