"""General forms the twenty-fifth round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

from agreements.ingest.article import extract_article
from tests.articles import amounts, measures

# --- two pacts in one sentence, told in turn after it ----------------------------------------------

TWO_PACTS = (
    "남원시는 지난 14일 오전 시청에서 ㈜솔마루푸드와 280억원 규모의 투자협약을 체결한 데 이어, 같은 날 오후 "
    "남원새빛대학교, 남원소상공인연합회와 '청년 창업 지원 업무협약'을 맺었다고 15일 밝혔다.\n\n"
    "▲ 정다운 남원시장(오른쪽)과 한결 ㈜솔마루푸드 대표가 14일 투자협약서에 서명하고 있다.\n\n"
    "투자협약에 따라 솔마루푸드는 2034년까지 노암농공단지 1만8000㎡ 부지에 280억원을 들여 가공공장을 짓고 "
    "60명을 새로 뽑는다.\n\n"
    "한결 대표는 \"지역 농산물을 먼저 쓰겠다\"고 말했다.\n\n"
    "오후에 열린 업무협약에서 세 기관은 창업동아리 육성과 현장실습에 힘을 모으고, 4년간 모두 6억원의 "
    "창업기금을 함께 만든다.\n\n"
    "▲ 정다운 남원시장(가운데)과 서보람 남원새빛대학교 총장, 임하늘 남원소상공인연합회 회장이 업무협약을 맺고 있다.\n"
)


def _two_pacts():
    _, agreements = extract_article(TWO_PACTS, headline=None, subheadline=None, published=datetime.date(2032, 5, 15))
    return agreements


def test_paragraphs_after_a_sentence_of_two_pacts_go_to_the_pact_they_name():
    """'… ㈜A와 투자협약을 체결한 데 이어, 같은 날 오후 B, C와 업무협약을 맺었다': the paragraphs after tell each
    in turn ('투자협약에 따라 A는 …', '오후에 열린 업무협약에서 …'); the firm's site, jobs and money are the
    investment's, the fund and its years the other pact's."""
    invest, youth = _two_pacts()
    assert measures(invest) == {(18000, "㎡"), (60, "명")}
    assert amounts(invest) == {28_000_000_000}
    assert measures(youth) == {(4, "년")}
    assert amounts(youth) == {600_000_000}


def test_the_firm_and_its_head_told_after_a_sentence_of_two_pacts_sign_only_their_own():
    """The firm named again in the investment's paragraphs, and its head in their caption and quote, are not
    signers or people of the pact signed after it; the mayor heads a signer of both."""
    invest, youth = _two_pacts()
    assert [p["name"] for p in youth["parties"]] == ["남원시", "남원새빛대학교", "남원소상공인연합회"]
    assert [p["name"] for p in youth["people"]] == ["정다운", "서보람", "임하늘"]
    assert [p["name"] for p in invest["people"]] == ["정다운", "한결"]


def test_paragraphs_after_two_pacts_of_one_word_stay_with_the_last_unless_a_signer_names_another():
    """Guard (passes before the round too: nothing moves): where both pacts are '업무협약' and no paragraph
    names the first one's partner alone, what follows stays the last one's."""
    text = (
        "구례군은 3일 군청에서 구례농협과 업무협약을 체결한 데 이어, 같은 날 구례새싹복지관과도 업무협약을 맺었다.\n\n"
        "복지관은 3년간 모두 9000만원을 들여 홀몸 어르신 120명에게 반찬을 나눈다.\n"
    )
    _, (first, second) = extract_article(text, headline=None, subheadline=None, published=datetime.date(2032, 5, 4))
    assert measures(first) == set() and amounts(first) == set()
    assert measures(second) == {(3, "년"), (120, "명")}
