"""Round 39 (slm): a random sample of 60 saved reports (seed 39) read against
GUIDE §5. Three-character quotes paired by a closer (“…”与“…”相结合) or set in
既…又… are formulas, not single words; 通过 leads a clause of verb-object
triads; clauses after commas framed by 把 and one shared inner character are a
formula; two-character dictionary words sharing their opening, the last joined
by 和, are a word list; a tail cut after a function word ends no item; 中共五大
is a congress, no count; a quote right after reported speech is speech too;
见人见事见思想, 获得感幸福感安全感 and 共建共治共享 are in slogans.txt.
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from lookups import slogan_texts as slogans


# --- a pair of three-character quotes framed as one formula

def test_a_quoted_pair_before_a_closer_gives_both_quotes() -> None:
    text = "青禾镇党委坚持“马上查”与“长期管”相结合，推动整改落地。"
    assert slogans(text) == ["马上查", "长期管"]


def test_a_quoted_pair_in_both_and_gives_both_quotes() -> None:
    text = "巡察整改既要“拔病根”，又要“强体魄”，做到标本兼治。"
    assert slogans(text) == ["拔病根", "强体魄"]


def test_guard_a_pair_of_nicknames_stays_single_words() -> None:
    text = "支部号召党员当好“领头羊”和“排头兵”，勇挑重担。"
    assert slogans(text) == []


def test_guard_one_three_character_quote_stays_a_single_word() -> None:
    text = "林溪村党支部书记被群众称为“贴心人”。"
    assert slogans(text) == []


# --- 通过 before verb-object triads

def test_triads_after_through_are_a_formula() -> None:
    text = "本次评议会通过晒业绩、找短板、定措施，进一步压实了责任。"
    assert slogans(text) == ["晒业绩、找短板、定措施"]


def test_guard_a_task_list_after_through_stays_out() -> None:
    text = "督导组通过听取汇报、查阅资料、个别谈话、实地走访，掌握了情况。"
    assert slogans(text) == []


# --- clauses after commas framed by 把 and a shared inner character

def test_disposal_clauses_sharing_an_inner_verb_are_a_formula() -> None:
    text = "把笑容带进家门，把服务带给老人，把温暖带到心间。"
    assert slogans(text) == ["把笑容带进家门，把服务带给老人，把温暖带到心间"]


def test_guard_disposal_clauses_of_a_plain_sentence_stay_out() -> None:
    text = "他把材料交给我，把文件放进柜，把门锁好了。"
    assert slogans(text) == []


# --- two-character words sharing an opening, joined by 和

def test_dictionary_words_sharing_an_opening_joined_by_and_are_a_list() -> None:
    text = "确保县委、人大、政府的各项决策、决议和决定落到实处。"
    assert slogans(text) == []


def test_guard_coined_items_sharing_an_opening_stay() -> None:
    text = "林溪县纪委坚持严查、严管和严惩，形成有力震慑。"
    assert slogans(text) == ["严查、严管和严惩"]


def test_guard_qualities_sharing_an_opening_stay() -> None:
    text = "评选坚持公平、公正和公开的原则。"
    assert slogans(text) == ["公平、公正和公开"]


def test_a_tail_cut_after_a_function_word_ends_no_item() -> None:
    text = "支部重点学习了党史、党章和党的创新理论。"
    assert slogans(text) == []


# --- lexicon formulas written without separators

def test_unseparated_lexicon_formulas_are_found() -> None:
    text = "会议做到了见人见事见思想。要增强群众获得感幸福感安全感，实现共建共治共享。"
    assert slogans(text) == ["见人见事见思想", "获得感幸福感安全感", "共建共治共享"]


# --- a congress by its ordinal

def test_the_fifth_congress_is_no_count() -> None:
    text = "党员们参观中共五大会址纪念馆，并在中共五大会址前重温入党誓词。"
    assert slogans(text) == []


def test_guard_a_repeated_count_formula_stays() -> None:
    text = "全县推进五大建设，五大建设成效显著。"
    assert slogans(text) == ["五大建设"]


# --- a quote right after reported speech

def test_a_quote_after_reported_speech_is_speech() -> None:
    text = "老队长说道：“今天是出发远行的日子”“我们决不回头，我们都想走出好路程”。"
    assert slogans(text) == []


def test_guard_a_series_of_quotes_without_speech_stays() -> None:
    text = "政务大厅做到“马上就办理”“网上可办理”“就近能办理”。"
    assert slogans(text) == ["马上就办理", "网上可办理", "就近能办理"]
