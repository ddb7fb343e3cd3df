"""The words people are named with: the titles they hold, the surnames their names start with, and
words that stand where a name would and are none ('신임', '관계자', '기자')."""

from __future__ import annotations

import re

TITLES = tuple(
    """
    대표이사 공동대표 대표 부회장 회장 부사장 사장 이사장 부원장 원장 부총장 총장 부시장 시장 부군수 군수 부구청장 구청장 행정부지사 경제부지사 부지사 도지사 주지사 교육감
    권한대행 직무대행 직무대리 부위원장 위원장 연구위원 위원 본부장 센터장 처장 국장 과장 팀장 실장 교수 부의장 의장 의원 지사장 지점장 점장 소장 관장 단장 청장 차관
    장관 이사 상무 전무 전무이사 조합장 학장 병원장 사무총장 사무국장 상임대표 회장직무대행 CEO 부대표 부행장 행장 총재 부총재
    부문장 사업부장 부장 차장 계장 주무관 서장 경찰서장 소방서장 세무서장 교장 교감 감독 대표변호사 의료원장 국회의원 시의원 도의원 구의원 군의원 공장장 지역본부장 사업단장
    부단장 부본부장 부센터장 부학장 부소장 부관장 부국장 부처장 부실장 교육장 동장 면장 읍장
    사령관 부사령관 군단장 사단장 여단장 연대장 대대장 학교장 비행단장 전대장 함장 약사
    """.split()
)
# the post of one who stands in for a head, after the head's title: '(시장 권한대행 NAME)'
ACTING_POSTS = ("권한대행", "직무대행", "직무대리")
ACTING_AFTER = rf"(?:\s(?:{'|'.join(ACTING_POSTS)}))?"
# a ranked officer or the head of a local body named with it: '수석부회장', '노인회장', '주민자치위원장'
BODY_HEAD_RE = re.compile(r"(?:수석|상임|명예|선임)(?:부회장|회장|부위원장|위원장|이사)|[가-힣]{2,6}회장|[가-힣]{2,8}위원장")
# the head of a unit inside a body, named with the unit: 'OO협력단장', 'OO조정실장', 'OO산업국장', 'OO보건소장'
UNIT_HEAD_RE = re.compile(r"[가-힣]{2,8}(?:부단장|단장|실장|국장|과장|본부장|센터장|처장|팀장|부원장|소장|부총장)")
TITLE_RE = re.compile(rf"(?:{'|'.join(sorted(TITLES, key=len, reverse=True))})$")
SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부가복태목형피두감음빈동온호범좌팽승간상갈"
)
# words before a title that are no one's name: a post's kind, where one stands, a country ('베트남 지사'
# is a firm's branch there), a co-op's short name ('관내 농·축협 조합장')
NOT_NAMES = set(
    """
    상근 비상근 상임 전임 신임 초대 명예 수석 책임 선임 공동 지역 관계자 외부 내부 소관 각각 당시 현직 前 現 전문가 담당 주무 사무 행정 지점장 기자
    왼쪽 오른쪽 가운데 좌측 우측 앞줄 뒷줄
    이날 당일 오늘 전날 그날 이번 양측 양사 쌍방
    농협 축협 수협 신협 지역농협
    미국 중국 일본 베트남 독일 영국 프랑스 인도 호주 캐나다 태국 대만 러시아 브라질 멕시코 인도네시아 필리핀 싱가포르
    """.split()
)
HANGUL_NAME_RE = re.compile(r"[가-힣]{2,4}")
MASKED_RE = re.compile(r"[가-힣][○◯＊*]{1,3}")
# a foreign name is written in Hangul words of its own: '클라우스 베버', '라르스 에릭센'
FOREIGN_PART_RE = re.compile(r"[가-힣]{1,6}")

# titles no common word takes ('시장' is also a market, '대표' typical, '이사' a move)
CLEAR_TITLES = set(
    "부시장 부군수 부구청장 군수 구청장 도지사 부지사 행정부지사 경제부지사 교육감 총장 부총장 이사장 대표이사 "
    "사장 회장 원장 교수 장관 차관 청장 조합장 병원장 의장 본부장 센터장 총재 CEO".split()
)
# a deputy named by their portfolio: '경영부총장', '대외부총장', '행정부시장'
PORTFOLIO_DEPUTY_RE = re.compile(r"[가-힣]{2,3}(?:부총장|부시장|부지사)")


def korean_name(text: str) -> bool:
    """A Korean name as written: a surname and one or two syllables ('김하늘', '이솔'), none of them a
    syllable that writes a foreign consonant cluster ('마르크', '사스키': a German or a Dutch name)."""
    return (
        2 <= len(text) <= 3
        and HANGUL_NAME_RE.fullmatch(text) is not None
        and text[0] in SURNAMES
        and not any(_cluster_syllable(c) for c in text)
    )


# the consonants Hangul writes with the vowel ㅡ and no final to spell a foreign cluster or a final
# consonant: 그 드 르 브 스 즈 츠 크 트 프 (by their initial's index in the syllable block)
CLUSTER_INITIALS = {0, 3, 5, 7, 9, 12, 14, 15, 16, 17}
VOWEL_EU = 18


def _cluster_syllable(c: str) -> bool:
    """Whether a Hangul syllable is one of ``CLUSTER_INITIALS`` with ㅡ and no final ('크', '스')."""
    code = ord(c) - 0xAC00
    if not 0 <= code < 11172:
        return False
    return code % 28 == 0 and (code % 588) // 28 == VOWEL_EU and code // 588 in CLUSTER_INITIALS
