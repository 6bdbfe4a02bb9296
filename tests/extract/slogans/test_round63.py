"""Round 63 (r63s): a random sample of 40 collected reports (seed 63, the
first forty) read against GUIDE §5. A run of four-character items before 的
and a spirit named in quotes (…的“某某”精神) spells the spirit out, as one
before 的精神 does; a led run of aims closed by punctuation may hold one
four-character idiom (进一步…、…、取长补短，); and what a memorial activity
keeps alive (回望, 缅怀, 牢记, 铭记, 传承, 赓续 + object) opens a run of aims
as the strengthening verbs do. Sentences invented; each new behaviour failed
before its fix, the guards (so marked) did not."""

from reportmine.extract.slogans import extract_slogans


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_run_before_quoted_spirit() -> None:
    text = "讲解员介绍了自力更生、艰苦创业、团结协作、无私奉献的“青峰渠”精神，大家深受触动。"
    assert _kinds(text).get("自力更生、艰苦创业、团结协作、无私奉献") == "parallel"


def test_led_aims_with_one_idiom() -> None:
    text = "为进一步开拓眼界、学习经验、取长补短，县档案馆党支部赴邻县学习交流。"
    assert _kinds(text).get("开拓眼界、学习经验、取长补短") == "parallel"


def test_memorial_aims_of_six_characters() -> None:
    text = "林场党支部赴烈士陵园开展主题党日活动，缅怀革命先烈、铭记光辉历史、传承红色基因。"
    assert _kinds(text).get("缅怀革命先烈、铭记光辉历史、传承红色基因") == "parallel"


def test_run_before_qualified_spirit_stays_no_run() -> None:  # guard
    text = "老队员们用一生诠释了吃苦耐劳、敢打敢拼、不怕牺牲的开拓精神。"
    assert not any(k == "parallel" for k in _kinds(text).values())


def test_unled_idiom_run_stays_no_run() -> None:  # guard
    text = "会上大家交流心得，梳理问题、查找差距、取长补短，气氛热烈。"
    assert not any(k == "parallel" for k in _kinds(text).values())


def test_spoken_call_with_pause_is_no_slogan() -> None:
    text = "“叮……请作答”，各代表队选手迅速按下抢答器，现场气氛热烈。"
    assert "叮……请作答" not in _kinds(text)


def test_quoted_list_cut_short_stays() -> None:  # guard
    text = "党员们围绕“学党史、悟思想……”畅谈体会。"
    assert any("学党史" in t for t in _kinds(text))
