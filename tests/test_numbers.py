"""Korean amounts of money and quantities with units."""

import pytest

from agreements.ingest.numbers import (
    MAX_BUDGET_KRW,
    NegativeAmountError,
    find_amounts,
    find_quantities,
    parse_krw,
    parse_quantity,
)


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("48억원", 4_800_000_000),
        ("4,800억", 480_000_000_000),
        ("2500만 원", 25_000_000),
        ("2조 3000억원", 2_300_000_000_000),
        ("4억2,500만원", 425_000_000),
        ("7억7000만원", 770_000_000),
    ],
)
def test_it_reads_mixed_hangul_and_digit_amounts(text, won):
    """Digits grouped by 만/억/조, with or without 원 and commas."""
    assert parse_krw(text) == won


def test_it_reads_thousands_written_as_a_word_and_the_about_suffix():
    """'2조5천억여원' is 2.5 trillion won; the 여 ('some') is read past."""
    assert parse_krw("2조5천억여원") == 2_500_000_000_000
    assert parse_krw("3천만원") == 30_000_000


def test_it_reads_a_decimal_before_a_myriad():
    """'7.5억' is 750 million won, kept exact as an integer."""
    assert parse_krw("7.5억") == 750_000_000
    assert isinstance(parse_krw("7.5억"), int)


def test_it_reads_plain_digits_as_won():
    """A bare number is already in won."""
    assert parse_krw("120000000") == 120_000_000


@pytest.mark.parametrize(
    ("text", "won"), [("오천만원", 50_000_000), ("이백억원", 20_000_000_000), ("삼십억", 3_000_000_000)]
)
def test_it_reads_hangul_numerals(text, won):
    """Amounts written in hangul numerals."""
    assert parse_krw(text) == won


@pytest.mark.parametrize("text", ["일원", "예산", "", "억", "3억2조", "원", "5명", "2가"])
def test_it_refuses_what_is_not_an_amount(text):
    """Words and malformed numbers raise ValueError with a Korean message."""
    with pytest.raises(ValueError, match="금액|단위|숫자"):
        parse_krw(text)


def test_it_refuses_an_amount_below_one_won():
    """'1.23456789억' does not come to whole won."""
    with pytest.raises(ValueError):
        parse_krw("1.234567891억")


def test_it_finds_amounts_in_running_text_but_not_an_area():
    """'OO동 일원' is 'the area around', not one won; 33만㎡ is an area."""
    text = "새봄시 한빛동2가 일원 부지 33만㎡에 총 120억원을 들여 짓는다."
    assert [(m.text, m.amount_krw) for m in find_amounts(text)] == [("120억원", 12_000_000_000)]


def test_it_does_not_take_foreign_currency_for_won():
    """'10억 달러' is not an amount in won."""
    assert find_amounts("총 10억 달러 규모의 설비를 짓는다.") == []


def test_it_tells_public_money_from_private_money_clause_by_clause():
    """Each amount takes its source from its own clause; a company's investment does not say whose money."""
    text = "국비 20억과 도비 5억원이 투입되고, ㈜한빛소재가 80억원을 투자한다."
    assert [(m.text, m.source) for m in find_amounts(text)] == [
        ("20억", "public"),
        ("5억원", "public"),
        ("80억원", None),
    ]


def test_it_reads_money_raised_without_a_budget_as_private():
    """'예산 없이 … 민간 자원' is private: the budget is negated."""
    [match] = find_amounts("군 예산 없이 1500만 원 규모의 민간 자원을 모았다.")
    assert match.source == "private"


def test_it_leaves_the_source_empty_when_the_text_does_not_say():
    """Money put in with no word of who pays has no source."""
    [match] = find_amounts("법인은 총 900억원을 투입해 공장을 짓는다.")
    assert match.source is None


def test_it_reads_a_government_that_supports_with_money_as_public():
    """'군은 … 8억원을 지원' is public money."""
    [match] = find_amounts("협약에 따라 군은 장비 구입비 8억원을 지원하고, 조합은 교육을 맡는다.")
    assert match.source == "public"


def test_it_gives_the_span_of_each_amount():
    """Spans point into the text."""
    text = "총 45억원을 들인다."
    [match] = find_amounts(text)
    assert text[match.span[0] : match.span[1]] == "45억원"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2만4천㎡", 24000, "㎡"),
        ("3만2100㎡", 32100, "㎡"),
        ("254,300㎡", 254300, "㎡"),
        ("12.5MW", 12.5, "MW"),
        ("총 24명", 24, "명"),
        ("10개년", 10, "개년"),
        ("3개소", 3, "개소"),
        ("50개사", 50, "개사"),
        ("12회차", 12, "회차"),
        ("450세대", 450, "세대"),
        ("8.2km", 8.2, "km"),
        ("24학급", 24, "학급"),
        ("60면", 60, "면"),
    ],
)
def test_it_reads_quantities_with_their_unit(text, value, unit):
    """Myriad notation is expanded; integers stay int, decimals are float."""
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit) == (value, unit)
    assert type(quantity.value) is type(value)


def test_a_count_of_faces_is_no_area():
    """'면' counts parking bays ('60면'), but '3면적' or '2면세' do not end on the unit."""
    assert [q.unit for q in find_quantities("가람시는 주차장 60면을 만들고 3면적 기준을 바꾼다.")] == ["면"]


def test_it_refuses_a_number_without_a_unit():
    """A quantity needs its unit."""
    with pytest.raises(ValueError, match="수량"):
        parse_quantity("1200")


def test_it_finds_quantities_and_prefers_the_longest_unit():
    """'3개소' is 3 개소, not 3 개; '6개월' is not 6 개."""
    found = find_quantities("거점 3개소를 6개월 동안 운영하고 발전용량 4.5MW를 갖춘다.")
    assert [(q.value, q.unit) for q in found] == [(3, "개소"), (6, "개월"), (4.5, "MW")]


def test_it_does_not_carry_a_source_across_a_clause_break():
    """'…은 도비로 충당하고 2억 5천만 원은 자부담이다': the second sum is the body's own money."""
    text = "50억여 원은 도비로 충당하고 2억 5천만 원은 자부담이다."
    assert [(m.amount_krw, m.source) for m in find_amounts(text)] == [
        (5_000_000_000, "public"),
        (250_000_000, "private"),
    ]


def test_it_leaves_out_a_cap_for_each_firm():
    """'업체당 최대 3천만원까지' is a cap, not a budget."""
    text = "은행은 30억원을 대출하고 업체당 최대 3천만원까지 지원한다."
    assert [m.amount_krw for m in find_amounts(text)] == [3_000_000_000]


def test_it_reads_a_total_of_public_sums_as_public():
    """'국비 … 도비 … 군비 … 등 모두 24억원' adds up public money."""
    text = "국비 12억원과 도비 4억원, 군비 8억원 등 모두 24억원이 투입된다."
    assert [m.source for m in find_amounts(text)] == ["public"] * 4


def test_it_reads_a_total_of_public_and_donated_sums_as_mixed():
    """'도비 4억원과 후원금 1억원 등 총 5억원' is mixed."""
    text = "도비 4억원과 ㈜새별 후원금 1억원 등 총 5억원이 투입된다."
    assert [m.source for m in find_amounts(text)] == ["public", "private", "mixed"]


def test_it_reads_money_a_company_or_bank_pays_as_private():
    """'은행은 각각 15억 원씩 모두 30억 원을 출연', '새별전자는 … 3억원을 부담' are private."""
    text = "가람은행과 누리은행은 각각 15억 원씩 모두 30억 원을 재단에 출연한다."
    assert [m.source for m in find_amounts(text)] == ["private", "private"]
    [match] = find_amounts("새별전자는 사업비 중 3억원을 부담한다.")
    assert match.source == "private"


def test_it_reads_a_government_grant_and_a_county_outlay_as_public():
    """'정부출연금 14억원' and '구는 사업비 12억 원을 들여' are public money."""
    text = "정부출연금 14억원과 민간부담금 4억원 등 총 18억원이 투입된다."
    assert [m.source for m in find_amounts(text)] == ["public", "private", "mixed"]
    [match] = find_amounts("구는 사업비 12억 원을 들여 기숙사를 마련한다.")
    assert match.source == "public"


def test_it_reads_a_public_corporation_stake_as_public():
    """'…공사 출자금 220억원' is public money."""
    [match] = find_amounts("누리개발공사 출자금 220억원이 들어간다.")
    assert match.source == "public"


def test_it_reads_the_payer_nearest_the_amount_in_its_clause():
    """'시는 매년 3억원씩 총 15억원을 지원' is public; '시는 ㈜가나가 300억원을 투자하는 것을 지원' is the
    company's investment, which does not say whose money."""
    assert [m.source for m in find_amounts("시는 매년 3억원씩 5년간 총 15억원을 지원한다.")] == ["public"] * 2
    [match] = find_amounts("시는 ㈜가나가 300억원을 투자하는 것을 지원한다.")
    assert match.source is None


def test_it_reads_a_total_written_before_its_parts():
    """'총사업비 300억원 중 국비 150억원, 시비 150억원' is public."""
    text = "총사업비 300억원 중 국비 150억원, 시비 150억원이 투입된다."
    assert [m.source for m in find_amounts(text)] == ["public", "public", "public"]


def test_it_does_not_read_disposables_or_an_edition_as_counts():
    """'1회용품', '3회째' are not counts of sessions; '연 4회' is."""
    found = find_quantities("1회용품을 줄이고 3회째 열리는 행사를 연 4회 연다")
    assert [(q.value, q.unit) for q in found] == [(4, "회")]


def test_it_reads_a_donation_as_private():
    """'성금 5천만원' is donated money."""
    [match] = find_amounts("㈜새별은 성금 4천만원을 전달했다.")
    assert match.source == "private"


def test_it_does_not_read_research_money_as_a_districts_money():
    """'연구비 6억원' is research money, not '구비' (the district's); '구비 3천만원' is public."""
    sources = [
        m.source for m in find_amounts("새솔바이오는 연구비 6억원을 부담하고, 구는 구비 3천만원을 보탠다.")
    ]
    assert sources[0] != "public" and sources[1] == "public"


def test_it_does_not_read_another_currency_as_won():
    """'US$ 3억' and '3억 달러' are dollars; the won in brackets after them is the amount."""
    assert find_amounts("US$ 3억을 투자한다.") == []
    assert [m.amount_krw for m in find_amounts("3억 달러(약 4천억원)를 투자한다.")] == [400_000_000_000]


def test_it_reads_a_fund_that_governments_raise_as_public():
    """'도와 3개 시는 연간 10억원씩 … 공동기금을 조성해': the governments' own money, each sum of it."""
    text = "협약에 따라 도와 3개 시는 연간 10억원씩 5년간 모두 50억원의 공동기금을 조성해 인건비에 쓴다."
    assert [(m.text, m.source) for m in find_amounts(text)] == [("10억원", "public"), ("50억원", "public")]


def test_it_gives_a_later_clause_the_topic_of_its_sentence_unless_it_has_its_own():
    """'교육청은 …을 구축하고, 올해 … 8억원을 편성했다': the 교육청 pays; a clause with its own topic
    ('…짓고, 새솔진흥원은 800억원 …') is not the first topic's."""
    shared = "교육청은 내년 3월까지 의뢰 체계를 구축하고, 올해 학생 치료비로 8억원을 편성했다."
    own = "㈜다온에너지는 공장을 짓고, 새솔진흥원은 800억원 규모의 금융 지원을 검토한다."
    assert [m.source for m in find_amounts(shared)] == ["public"]
    assert [m.source for m in find_amounts(own)] == [None]


def test_it_reads_money_a_company_party_gives_as_private_whatever_its_name():
    """'KT&G는 … 총 9억원을 지원하고': the party is a company even with no company ending."""
    from agreements.ingest.article import extract_article

    text = "가람시교육청은 26일 다온구, KT&G와 '돌봄 업무협약'을 체결했다. 협약에 따라 KT&G는 내년부터 3년간 총 9억원을 지원한다."
    _, [agreement] = extract_article(text, headline=None, subheadline=None, published=None)
    assert [(b["amount_krw"], b["source"]) for b in agreement["budgets"]] == [(900_000_000, "private")]


def test_it_does_not_take_a_monthly_allowance_for_a_budget():
    """'월 최대 30만원까지 지원': what each household gets a month, not money spent on the agreement."""
    assert (
        find_amounts("군은 전입 가정에 임차료를 월 최대 30만원까지 지원하고 예산 3억원을 편성한다.")[0].text
        == "3억원"
    )


def test_it_reads_the_payer_named_after_the_sum():
    """'연구비 3억원은 시가 전액 부담한다': a government subject after the sum pays public money;
    '사업비 2억원은 ㈜X가 부담한다' private."""
    assert [m.source for m in find_amounts("연구비 3억원은 시가 전액 부담한다.")] == ["public"]
    assert [m.source for m in find_amounts("사업비 2억원은 ㈜새솔테크가 부담한다.")] == ["private"]


def test_it_does_not_take_what_each_receiver_gets_for_a_budget():
    """'학생 30명에게 100만원씩 지급': each student's share; '두 은행은 각각 20억 원씩' stays a sum."""
    text = "장학금은 학생 30명에게 100만원씩 지급된다. 두 은행은 각각 20억 원씩 모두 40억 원을 출연한다."
    assert [m.text for m in find_amounts(text)] == ["20억 원", "40억 원"]


@pytest.mark.parametrize("text", ["사업비 -3억원을 줄인다.", "예산이 −3억원 변동됐다.", "마이너스 3억원 조정"])
def test_it_never_reads_a_negative_amount_as_a_positive_one(text):
    """'-3억원' is not a sum spent; read without its sign it was stored as +3억원."""
    assert find_amounts(text) == []


def test_it_still_reads_a_range_written_with_a_hyphen():
    """'2억-3억원' is a range, not minus 3억원."""
    assert [m.amount_krw for m in find_amounts("사업비 2억-3억원 규모")] == [200_000_000, 300_000_000]


@pytest.mark.parametrize("text", ["-3억원", "−3억원", "마이너스 3억원"])
def test_parse_krw_refuses_a_minus_sign(text):
    """A signed amount is refused with its own reason, never read as the amount after the sign."""
    with pytest.raises(NegativeAmountError, match="음수 금액입니다"):
        parse_krw(text)


def test_a_figure_beyond_1000jo_is_not_a_budget():
    """'999999조원' is an economy, not an agreement's money; 1,000조원 still is."""
    found = find_amounts("시장 규모는 999999조원이다. 총 1000조원을 투입한다.")
    assert [m.amount_krw for m in found] == [MAX_BUDGET_KRW]
