"""find_unit, round 59: photo captions above the report; a town written
before 各 and its parts (a round-up); a body served (服务某某) is no subject;
a pronoun for an association; a visitor lecturing at a unit after a 为
phrase; a body credited with the event (这是…的又一举措); a page that lost its
opening, named by its closing credit or lead; a meeting's content naming
those it addresses; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_photo_captions_above_a_round_up() -> None:
    text = ("图为青川市审计局在办公楼前举行升旗仪式（林远 摄）\n"
            "图为石溪县审计局干部面向国旗宣誓（周航 摄）\n"
            "节后复工首日，各地各级审计机关陆续组织干部职工面向国旗庄严宣誓，"
            "以昂扬的状态迎接新一年的挑战。")
    assert unit(None, text) is None


def test_town_before_its_communities_is_a_round_up() -> None:
    text = ("春节将至，青川市东湖街道各社区围绕“红色年味”组织党员走访慰问困难群众。\n"
            "柳岸社区党委带领党员为独居老人送去米面油。")
    assert unit(None, text) is None


def test_a_body_served_is_no_subject() -> None:
    text = ("“监督跟上改革的步伐。”近来，各地审计机关相继以党组会议形式研读全会文件，"
            "着力服务党中央重大决策落地见效。\n7月3日，宁川省审计厅党组召开扩大会议。")
    assert unit(None, text) is None


def test_association_pronoun() -> None:
    text = ("4月12日，我协会党支部带领会员单位代表前往井冈山，重走当年的挑粮小道。\n"
            "大家在烈士陵园敬献花篮，重温了入党誓词。")
    assert unit(None, text) == "协会党支部"


def test_visitor_lectures_at_a_school_after_a_for_phrase() -> None:
    text = ("12月5日，校党委常委、党委副书记王建华来到材料学院，为学院发展对象讲授题为《坚定理想信念》的党课。\n"
            "党课结合典型事例，引导学员端正入党动机。")
    assert unit(None, text) == "材料学院"


def test_body_credited_with_the_event() -> None:
    text = ("11月8日，一场家风家教主题分享会在柳塘小学报告厅举办。"
            "这也是东湖区纪委监委把廉洁教育送进校园的一个缩影。\n"
            "分享会上，三位教师讲述了各自的家风故事。")
    assert unit(None, text) == "东湖区纪委监委"


def test_lost_opening_named_by_the_closing_lead() -> None:
    text = ("会议回顾了上半年案件质量评查情况，点明了评查中暴露的短板。\n"
            "会议强调，抓好案件质量是各部门共同的责任。\n"
            "下一步，青林县检察院将把评查结果纳入年度考核。")
    assert unit(None, text) == "青林县检察院"


def test_lost_opening_named_by_the_credit() -> None:
    text = ("会上，班子成员逐一汇报了分管条线的普法责任落实情况。\n"
            "会议要求，各部门要把普法融入办案全过程。\n"
            "（石河县人民检察院王晓丽供稿）")
    assert unit(None, text) == "石河县人民检察院"
