"""Where an agreement is carried out: the site read from the article (addresses, estates, villages,
districts and their extent), never a body's name or a background sentence (fictional names throughout)."""

import pytest

from tests.test_detection import extract


def test_it_reads_an_industrial_estate_as_the_site():
    """Without a '…일원' address, a named industrial estate is the site."""
    text = "가람시와 ㈜다온소재는 '공장 신설 투자협약'을 체결했다. 공장은 새솔 일반산업단지 내에 들어선다."
    assert extract(text)[1][0]["location"] == "새솔 일반산업단지"


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("공장은 해솔군 새솔면 다온리 일원에 들어선다.", "해솔군 새솔면 다온리 일원"),
        ("공장은 가람시 동구 중앙로 12-3에 들어선다.", "가람시 동구 중앙로 12-3"),
    ],
)
def test_it_reads_rural_and_street_addresses_as_the_site(sentence, site):
    """읍·면·리 addresses ending in 일원, and street addresses with a number."""
    text = f"가람시와 ㈜다온소재는 '공장 신설 투자협약'을 체결했다. {sentence}"
    assert extract(text)[1][0]["location"] == site


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("공장은 새솔 국가산업단지 3공구 20만㎡에 들어선다.", "새솔 국가산업단지 3공구"),
        ("㈜다온소재는 누리 제2첨단과학단지 내 4만9500㎡ 부지에 공장을 짓는다.", "누리 제2첨단과학단지"),
    ],
)
def test_it_reads_the_whole_extent_of_a_site(sentence, site):
    """An estate with its section ('…산업단지 3공구'), and the place before a plot's area ('X 내 N㎡')."""
    text = f"가람시와 ㈜다온소재는 '공장 신설 투자협약'을 체결했다. {sentence}"
    assert extract(text)[1][0]["location"] == site


@pytest.mark.parametrize(
    "sentence",
    [
        "협약식에는 오민하 가람경제자유구역청장이 참석했다.",
        "한편 시는 지난해 새솔 국가산업단지 후보지로 선정된 바 있다.",
    ],
)
def test_it_takes_no_site_from_a_body_or_a_background_sentence(sentence):
    """'…경제자유구역청' is a body; '한편 … 바 있다' tells of something else."""
    text = f"가람시와 ㈜다온소재는 '공장 신설 투자협약'을 체결했다. {sentence}"
    assert extract(text)[1][0]["location"] is None


def test_it_takes_no_site_from_a_partys_name():
    """A party named like an estate ('(재)OO테크노파크') is not where anything is built."""
    text = "(재)가람테크노파크(원장 오하늘)는 새솔은행과 '창업 지원 업무협약'을 체결했다."
    assert extract(text)[1][0]["location"] is None


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("공장은 해솔군 새솔면 다온리·누리리 일원에 들어선다.", "해솔군 새솔면 다온리·누리리 일원"),
        ("설비는 부산 가람구 새솔 국제물류도시 일원에 들어선다.", "부산 가람구 새솔 국제물류도시 일원"),
        ("공장은 가람국가산업단지 3단지 내 2만5000㎡ 부지에 들어선다.", "가람국가산업단지 3단지"),
    ],
)
def test_it_reads_village_lists_named_districts_and_estate_sections_as_the_site(sentence, site):
    """Villages joined by '·', a named district after a region and its 구, an estate's section."""
    text = f"가람시와 ㈜다온소재는 '공장 신설 투자협약'을 체결했다. {sentence}"
    assert extract(text)[1][0]["location"] == site


def test_it_reads_the_whole_name_of_a_site_and_no_verb_before_it():
    """'…원을 들여 OO산업단지 내 …㎡' starts at the estate; '가람 누리시도 기업도시 새뜰지구 내 …㎡'
    keeps every noun of the name."""
    text = (
        "가람시는 ㈜다온테크와 '공장 투자협약'을 체결했다. "
        "협약에 따라 ㈜다온테크는 100억원을 들여 새뜰국가산업단지 내 6만㎡ 부지에 공장을 짓는다."
    )
    assert extract(text)[1][0]["location"] == "새뜰국가산업단지"
    text = (
        "가람군은 ㈜다온테크와 '데이터센터 투자협약'을 체결했다. "
        "협약에 따라 ㈜다온테크는 가람 누리시도 기업도시 새뜰지구 내 16만㎡ 부지에 데이터센터를 짓는다."
    )
    assert extract(text)[1][0]["location"] == "가람 누리시도 기업도시 새뜰지구"


def test_a_site_after_any_connective_verb_starts_at_the_estate_even_with_a_figure_in_it():
    """'…원을 투자해 새뜰3일반산업단지 내 …㎡': a verb in its connective form ('투자해', not only
    '들여') opens no name, and a name with a figure in it ('새뜰3…') still opens one."""
    text = (
        "가람시는 ㈜다온테크와 '공장 투자협약'을 체결했다. "
        "협약에 따라 ㈜다온테크는 300억원을 투자해 새뜰3일반산업단지 내 2만㎡ 부지에 공장을 짓는다."
    )
    assert extract(text)[1][0]["location"] == "새뜰3일반산업단지"
