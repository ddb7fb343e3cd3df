"""General forms the twenty-eighth round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

from tests.articles import amounts, articles_of, signers

# --- broadcast scripts ---------------------------------------------------------------------------------

SCRIPT = """한내방송 뉴스
HOME > 뉴스 > 지역

솔내군-누리대병원, 야간 소아진료 협약
하도윤 기자 | 2023-05-11 07:40 | 아침뉴스

◀ 앵 커 ▶
밤마다 소아과 문을 닫던
솔내군이
대전의 한 대학병원과
손을 잡았습니다.

◀ 리포트 ▶
솔내군과 누리대학교병원이
어제(10일) 오후
군청 소회의실에서
야간 소아진료 협약을 맺었습니다.

군은
전문의 인건비로
2년 동안 모두 8억 원을
병원에 지원합니다.

이 병원은 지난 2019년 가을
한울의 한 산업단지에
320억 원을 들여 분원을 짓겠다며
도와 협약을 맺었습니다.

한내방송 뉴스 하도윤입니다.
"""


def test_a_scripts_lines_are_broken_between_words_and_its_background_stays_background():
    """A broadcast script breaks its sentences into short lines between phrases ('… 지난 2019년 가을 /
    한울의 한 산업단지에 / …'). Its lines are joined with a space: read as a PDF's broken words, '가을' and
    '한울의' ran together and the background sentence lost its year, so its 320억 원 became the pact's.
    The headline above the byline is the headline, not the outlet's name."""
    (article,) = articles_of(SCRIPT, published=datetime.date(2023, 5, 11))

    assert article["headline"] == "솔내군-누리대병원, 야간 소아진료 협약"
    (agreement,) = article["agreements"]
    assert amounts(agreement) == {800_000_000}
    assert agreement["signed_on"] == "2023-05-10"


def test_a_hospital_of_a_sort_is_no_signer():
    """'대전의 한 대학병원과 손을 잡았다': 'a university hospital', a sort, not a name; the hospital signs
    under its name. Before, '대학병원' signed beside it."""
    text = (
        "솔내군이 대전의 한 대학병원과 손을 잡았다.\n"
        "솔내군과 누리대학교병원은 10일 군청에서 야간 소아진료 협약을 맺었다.\n"
    )

    assert signers(text) == ["솔내군", "누리대학교병원"]
