"""find_unit, round 55: a title part opening with a verb of going and no one
going (——走进某某实验室) features the body named after it; a body whose name
the extractor cut at a numeral (第5届21|世纪…联盟…论坛) sits inside a
numbered event's name and is no subject; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_featured_laboratory_after_dash_is_the_unit() -> None:
    """光影求索——走进某某重点实验室, an opening with no subject: the laboratory."""
    title = "光影求索 步履不停——走进青川光电材料重点实验室"
    text = ("夜空深处，一颗颗卫星沿着轨道默默运转，把地面的细节送回到科研人员的屏幕上。"
            "怎样让这些眼睛看得更远更准，离不开一批长年埋头的研究者。\n"
            "青川光电材料重点实验室成立于二十年前，如今已是一支颇具影响的研究团队。")
    assert unit(title, text) == "青川光电材料重点实验室"


def test_featured_body_at_title_start_is_the_unit() -> None:
    """走进某研究所 as the whole title: the institute featured."""
    title = "走进江南海洋生态研究所"
    text = ("清晨的码头上，考察船正准备出海，甲板上的年轻人忙着检查仪器。"
            "这样的场景，在这里已经重复了许多年。")
    assert unit(title, text) == "江南海洋生态研究所"


def test_body_going_in_title_keeps_its_own_reading() -> None:
    """Guard: 某宣讲团走进某区 names who goes; the featured step is not asked."""
    title = "青川市委宣讲团走进柳河区"
    text = ("12月3日，学习贯彻全会精神青川市委宣讲团走进柳河区，宣讲团成员王某某作宣讲报告。"
            "柳河区机关干部200余人聆听报告。")
    assert unit(title, text) != "柳河区宣讲团"
    assert unit(title, text) is not None


def test_featured_body_not_closing_the_part_is_no_unit() -> None:
    """Guard: 走进某社区开展义诊 with nobody named: the community does not close the part."""
    title = "走进松林社区开展义诊"
    text = ("天刚亮，广场上已经排起了长队，老人们拿着小板凳等着量血压。"
            "志愿者们一边登记一边讲解健康知识。")
    assert unit(title, text) != "松林社区"


def test_name_cut_at_numeral_in_forum_name_gives_the_host() -> None:
    """第5届21世纪…联盟…论坛在某大学举办: the university hosts; the cut name is no unit."""
    title = "第5届21世纪工程教育联盟国际论坛在江南理工大学举办"
    text = ("【消息来源：国际交流处】6月9日，以“工程教育与产业变革”为主题的"
            "“第5届21世纪工程教育联盟国际论坛”在江南理工大学举办。"
            "江南理工大学校长周某某出席论坛开幕式并致辞。")
    assert unit(title, text) != "世纪工程教育联盟"
    assert unit(title, text) == "江南理工大学"


def test_body_after_date_keeps_being_the_subject() -> None:
    """Guard: 3月5日青川县委召开… (a date, not a numeral glued to a name) stays the unit."""
    text = ("3月5日青川县委召开常委会会议，传达学习全国两会精神。"
            "县委书记李某某主持会议。")
    assert unit(None, text) == "青川县委"


def test_body_after_plain_numeral_keeps_being_the_subject() -> None:
    """Guard: a numeral with no session word before it (新9|某学院…党支部, as a site wrote it) leaves the branch."""
    text = "按照学院党总支部署，新9青川学院教工第二党支部于3月2日召开组织生活会。"
    assert unit(None, text) == "青川学院教工第二党支部"
