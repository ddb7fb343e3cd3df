"""The words of Korean organisation names: endings and their kinds, and the common words that end
like them. Kept apart from the rules in ``entities`` so the vocabulary can grow on its own."""

import re

# suffix, kind, strength: "strong" suffixes make an org of any longer stem; "weak" ones need a proper
# noun (NNP/SL) in the stem; "ministry" ones need a long compound and are checked against common words.
# A university's short name ('가람대') is told by its place in the text, not here (see short_university).
SUFFIXES = [
    tuple(line.split())
    for line in """
산학협력단 university strong
사회적협동조합 cooperative strong
새마을금고 cooperative strong
영어조합법인 cooperative strong
영농법인 cooperative strong
농업회사법인 company strong
조합공동사업법인 cooperative strong
조합법인 cooperative strong
협동조합 cooperative strong
복지재단 public_institution strong
주민자치회 association strong
특별자치도 government strong
특별자치시 government strong
광역시 government strong
특별시 government strong
연합회 association strong
중앙회 association strong
협의회 association strong
사회보장협의체 association strong
협의체 association weak
마을 association strong
위원회 government strong
과학기술원 university strong
기술원 public_institution strong
진흥원 public_institution strong
연구원 public_institution strong
개발원 public_institution strong
평가원 public_institution strong
정보원 public_institution strong
관리원 public_institution strong
연구소 public_institution weak
연수원 public_institution weak
면사무소 government strong
읍사무소 government strong
대학교 university strong
교육청 government strong
사업단 public_institution strong
회의소 association strong
상의 association weak
사관학교 government strong
고등학교 other strong
중학교 other strong
초등학교 other strong
공업고 other strong
정보고 other strong
마이스터고 other strong
경찰서 government weak
소방서 government weak
지구대 government strong
파출소 government strong
안전센터 government strong
치안센터 government strong
세무서 government weak
우체국 government weak
세관 government weak
지청 government weak
구치소 government weak
교도소 government weak
검역소 government weak
주식회사 company strong
건설 company weak
전자 company weak
복지관 public_institution strong
의료원 public_institution strong
테크노파크 public_institution strong
보건소 government strong
금융지주 company strong
증권 company weak
보험 company weak
캐피탈 company weak
제약 company weak
식품 company weak
농장 company weak
농원 company weak
도서관 public_institution strong
박물관 public_institution strong
미술관 public_institution strong
기념관 public_institution strong
문화관 public_institution strong
문화원 public_institution strong
상인회 association strong
모금회 association strong
번영회 association strong
노인회 association strong
청년회 association strong
부녀회 association strong
체육회 association strong
봉사회 association strong
봉사단 association strong
돌봄단 association strong
방범대 association strong
소방대 association strong
축구회 association strong
동호회 association strong
산악회 association strong
클럽 association weak
중공업 company weak
공업사 company weak
바이오 company weak
케미칼 company weak
케미컬 company weak
테크 company weak
테크놀로지 company weak
솔루션 company weak
솔루션즈 company weak
머티리얼즈 company weak
로보틱스 company weak
FC company weak
파마 company weak
메디칼 company weak
메디컬 company weak
정밀 company weak
모빌리티 company weak
에너지 company weak
전력 company weak
파워 company weak
코리아 company weak
윈드 company weak
오프쇼어 company weak
풍력 company weak
자산운용 company weak
매니지먼트 company weak
그리드 company weak
소재 company weak
화학 company weak
물산 company weak
이앤씨 company weak
이엔지 company weak
인더스트리 company weak
시스템즈 company weak
텔레콤 company weak
그룹 company weak
은행 company weak
협회 association strong
학회 association strong
연맹 association strong
연합 association strong
조합 cooperative weak
재단 public_institution strong
공단 public_institution weak
공사 public_institution weak
센터 public_institution weak
본부 other weak
대학 university weak
병원 other weak
한의원 other strong
과의원 other strong
약국 company strong
식당 company weak
치과병원 other strong
의회 government strong
지사 company weak
사단 government strong
여단 government strong
군단 government strong
사령부 government strong
부대 government strong
지원단 government weak
연대 association strong
농협 cooperative strong
신협 cooperative strong
수협 cooperative strong
축협 cooperative strong
부 government ministry
처 government ministry
청 government ministry
시 government place
군 government place
구 government place
도 government place
""".strip().splitlines()
]
# a university by its short name, a proper noun of two syllables or more before 대: '가람대', '누리여대'
SHORT_UNIVERSITY_RE = re.compile(r"[가-힣]{2,6}대")
# proper nouns that end so and are places or offices, not universities
NOT_UNIVERSITIES = frozenset("해운대 청와대 태종대 경포대 화랑대 의상대".split())


def short_university(stem: str) -> bool:
    """Whether a proper noun is a university's short name ('가람대'), not a place ending so ('해운대')."""
    return bool(SHORT_UNIVERSITY_RE.fullmatch(stem)) and stem not in NOT_UNIVERSITIES


SUFFIX_RULES = {suffix: (suffix, kind, strength) for suffix, kind, strength in SUFFIXES}
# the leftmost match of a '…$' alternation is the longest ending: 협동조합 before 조합
SUFFIX_RE = re.compile("(?:" + "|".join(sorted(SUFFIX_RULES, key=len, reverse=True)) + ")$")
HANGUL_RE = re.compile(r"[가-힣]+")
# Common words that end like an organisation: 여부 'whether', 거래처 'client', 요청 'request' …,
# the collective nouns of local government ('시군' the cities and counties, '시도'), and drawings that
# end like a province ('조감도' a bird's-eye view, '배치도' a site plan), and a special zone that ends like
# a district ('대덕특구', '규제자유특구': a place the law sets apart, no body), and the trades named like
# a firm's brand ('에듀테크', '그린바이오': a field, not a firm called so), and the kinds of energy, power and material
# ('신재생에너지', '예비전력', '첨단소재'), and villages by their sort, not by name ('오지마을', '농촌마을')
COMMON_ENDINGS = tuple(
    """
    여부 일부 전부 기부 내부 외부 세부 간부 학부 북부 남부 동부 서부 중부 본부 거래처 판매처 공급처 사용처 납품처 수요처 근처 출처 거처 대처 바우처 요청 신청 시청 도청 구청 군청
    청청 경청 초청 민원청 도지사 부지사 주지사 시군 시도 시군구 읍면 읍면동 도시 군부대 예하부대 지방정부 자치단체 지방자치단체
    신혼부부 취약계층 다자녀가구 한부모가정 독거노인
    시공사 건설공사 건축공사 토목공사 전기공사 설비공사 대학병원 종합병원 대형병원 공공병원 데이터센터 해상풍력 육상풍력 스마트그리드 마이크로그리드 명문대학 명문대 지방대학 사립대학
    조감도 투시도 평면도 배치도 위치도 안내도 구상도 설계도 전경도 약도 특구
    에듀테크 핀테크 푸드테크 애그테크 헬스테크 프롭테크 그린테크 클린테크 기후테크 하이테크 레드바이오 그린바이오 화이트바이오
    신재생에너지 재생에너지 청정에너지 수소에너지 친환경에너지 그린에너지 녹색에너지 태양에너지 풍력에너지 해양에너지 지열에너지
    오지마을 섬마을 산간마을 벽지마을 접경마을 귀농마을 명품마을 행복마을 농촌마을 어촌마을 산촌마을 산골마을 시골마을 이웃마을 우리마을 전통마을 체험마을 한마을 옆마을 윗마을 아랫마을 큰마을 작은마을 피해마을
    미래에너지 분산에너지 탄소중립에너지 소비전력 예비전력 잉여전력 신소재 첨단소재 핵심소재 부품소재 친환경소재 석유화학 정밀화학 그린화학
    """.split()
)
# a state's governor ('주지사', not '광주지사', a branch), the builder and the works ('시공사', '건축공사'), a
# hospital of a sort ('광주의 한 대학병원과') and a data centre: common words only as a whole ('OO도시공사',
# 'OO대학병원' are bodies)
WHOLE_ONLY = ("주지사", "시공사", "건설공사", "건축공사", "토목공사", "전기공사", "설비공사", "대학병원", "종합병원", "대형병원", "공공병원", "데이터센터", "해상풍력", "육상풍력", "스마트그리드", "마이크로그리드")
# every common ending but those that also end real names (행정안전부, 지역본부) rules a stem out
LONG_COMMON_ENDINGS = tuple(e for e in COMMON_ENDINGS if e not in ("전부", "본부", *WHOLE_ONLY))
# a village's own body, named after it: 'OO마을 햇살에너지협동조합', 'OO마을 부녀회'
# ('OO마을 발전추진위원회': any committee of the village's own)
VILLAGE_BODY_RE = re.compile(r"(?:협동조합|영농조합법인|영어조합법인|농업회사법인|작목반|부녀회|청년회|노인회|[가-힣]{0,6}위원회)$")
SUB_BODY_RE = re.compile(
    r"(?:위원회|의회|센터|재단|공단|공사|협의회|체육회|사업단|지원단|보건소|보건지소|의료원|사업소|복지관|도서관|문화원)$"
)
BRANCH_RE = re.compile(
    r"(?:본부|지사|지점|지소|지청|지역본부|사업소|연구소|지회|지부|지역회|분회|공장|사업장|사업단|산학협력단|지원단|출장소|캠퍼스"
    # a bank's branch: 'OO저축은행 가람영업부'; 'OO공사 동해관리역'; an airport its operator runs: '한국공항공사 무안공항'
    r"|영업부|영업점|영업본부|관리역|관리단|관리소|사무소|공항"
    r"|(?<![가-힣])제?\d{1,4}(?:대대|연대|여단|중대))$"  # an army unit's battalion: 'OO부대 3대대', 'OO사단 2연대'
)
# a service named before its unit: '육군 OO부대', '해병대 제1사단'
SERVICES = ("육군", "해군", "공군", "해병대")
MILITARY_RE = re.compile(r"(?:부대|사단|여단|군단|사령부|비행단|함대)$")
# a head's title that ends like a branch is no branch: 'OO도 경제부지사' is a person's title ('OO공단 나래북부지사'
# is a branch)
NOT_BRANCH_RE = re.compile(r"(?:도지사|(?<![동서남북중])부지사)$")
# a government written by its office, as its press releases do: '가람구청은', '나래군청과'
GOVERNMENT_OFFICE_RE = re.compile(r"(?P<place>[가-힣]{1,6}(?:구|군|시|도))청")
# a metropolitan city names its districts after it: '울산광역시 동구', '부산광역시 기장군'
METRO_RE = re.compile(r"[가-힣]{2,4}(?:광역시|특별시)$")
DISTRICT_RE = re.compile(r"[가-힣]{1,4}(?:구|군)$")
# a large city's wards: 'OO시 OO구' (a 군 after a 시 is a county of its own)
CITY_RE = re.compile(r"[가-힣]{1,4}시$")
WARD_RE = re.compile(r"[가-힣]{1,4}구$")
STORE_RE = re.compile(r"[가-힣]{2,}점$")
BRAND_RE = re.compile(r"[가-힣A-Za-z0-9&]{2,12}")
# a co-op named by its kind, not its name: '도시농협과 산지농협이 함께하는 공동사업', '지역농협과 품목농협'
COOP_KIND_RE = re.compile(r"(?:도시|산지|지역|품목)농협")
GENERIC_MODIFIERS = set("지역 대형 인근 관내 전국 해당 각 주요 기존 신규 직영 가맹".split())
NOT_STORE = tuple(
    """
    시점 관점 거점 문제점 장점 단점 지점 중점 초점 강점 약점 접점 정점 논점 쟁점 원점 기점 종점 요점 허점 득점 실점 만점 개선점
    """.split()
)
ANAPHORS = {"시": "시", "군": "군", "구": "구", "도": "도"}
# A head's title names the body it heads: OO시장 → OO시, OO군수 → OO군, OO구청장 → OO구 …
HEAD_TITLES = [("구청장", "구"), ("도지사", "도"), ("교육감", "교육청"), ("시장", "시"), ("군수", "군")]
DEPUTY_TITLES = [("부구청장", "구"), ("부시장", "시"), ("부군수", "군"), ("부교육감", "교육청")]
# heads of a state office named with it: '가람경찰서장', '가람소방서장', '청도교육장', '청도군의장'
# the posts of a government's officials below its head: 'OO국장', 'OO과장', '관계자'
OFFICIAL_TITLES = "국장|실장|과장|팀장|단장|관계자|담당관|사무관|주무관"
OFFICE_TITLES = [
    ("경찰서장", "경찰서"),
    ("소방서장", "소방서"),
    ("세무서장", "세무서"),
    ("교육장", "교육지원청"),
]
OFFICE_TITLES += [("군의장", "군의회"), ("시의장", "시의회"), ("구의장", "구의회"), ("도의장", "도의회")]


def titled_body(stem: str) -> str | None:
    """The body a head's or deputy's title names by its ending: '수원시장' → '수원시', '무안부군수' →
    '무안군', '경산시부시장' → '경산시' (not '경산시부시'); None for a bare title."""
    for title, body in OFFICE_TITLES + DEPUTY_TITLES + HEAD_TITLES:
        if stem.endswith(title):
            rest = stem[: -len(title)]
            if not rest or is_portfolio(rest) or rest == "부":
                return None  # '부시장', '행정부시장', '경제부지사': a deputy of the article's own body
            return rest if rest.endswith(body) else rest + body
    return None


# what a deputy's title says of the deputy, not of the body: '행정부시장', '경제부시장', '정무부지사'
DEPUTY_KINDS = {"행정", "경제", "정무", "문화", "복지", "기획", "제1", "제2"}
# the words a portfolio is made of, alone or joined: '문화경제부시장', '미래혁신부시장', '균형발전부지사'
PORTFOLIO_RE = re.compile(
    r"(?:행정|경제|정무|문화|복지|기획|미래|혁신|과학|균형|발전|산업|안전|환경|관광|도시|일자리|투자|해양|농업|"
    r"농정|정책|전략|녹색|성장|교육|체육|보건|신산업|제1|제2)+"
)


def is_portfolio(prefix: str) -> bool:
    """Whether the words before a deputy's title name a portfolio ('문화경제'), not a place ('다온')."""
    return prefix in DEPUTY_KINDS or bool(PORTFOLIO_RE.fullmatch(prefix))


def portfolio_deputy(stem: str) -> str | None:
    """The bare deputy's title of a deputy named by portfolio ('정무부지사' → '부지사', '행정부시장' →
    '부시장'), who serves the article's own body; None for any other word ('다온시부시장' names 다온시)."""
    for title in ("부구청장", "부시장", "부군수", "부지사", "부교육감"):
        if stem.endswith(title) and is_portfolio(stem[: -len(title)]):
            return title
    return None
# 시청 'city hall', 군비 'county funds' … tell that the article is about a city or county
OFFICE_WORDS = {
    "시청",
    "군청",
    "구청",
    "도청",
    "시비",
    "군비",
    "구비",
    "도비",
    "시정",
    "군정",
    "구정",
    "도정",
    "시의회",
    "군의회",
}
PLACE_NAME_RE = re.compile(r"[가-힣]{1,6}(?:특별자치도|특별자치시|광역시|특별시|시|군|구|도)")
# a unit of the body named right before it: 'OO대학교 산학협력단', 'OO공사 노동조합'
SUB_UNITS = set("산학협력단 연구소 부설연구소 사업단 지원단 노동조합 노조".split())
# bodies named by their place alone: 'OO군 OO읍 주민자치회', 'OO동 상인회'
VILLAGE_BODIES = set(
    "주민자치회 주민자치위원회 주민자치위 상인회 번영회 노인회 청년회 부녀회 이장협의회 체육회 작목반 어촌계 마을회 조기축구회 축구회 동호회 산악회 새마을회 자율방범대 의용소방대 클럽".split()
)
VILLAGE_ENDINGS = tuple(VILLAGE_BODIES)
# a headline's last word run into the first name of the lead: '… 협약가람대학교와'
RUN_IN_RE = re.compile(r"^(?:협약|체결|MOU)(?=[가-힣]{3,})")
# the committee that runs an event, named with the event: '2027가람세계문화엑스포 조직위원회'
EVENT_BODY_RE = re.compile(
    r"[가-힣A-Za-z0-9]{2,30}(?:엑스포|박람회|축제|대회|올림픽|체전|비엔날레|페스티벌|게임|대축전|영화제)"
    r"\s(?:조직위원회|조직위|추진위원회|준비위원회|운영위원회)"
)


# a committee or council named by whose it is, a common word before it: '주민 추진위원회', '입주기업 협의회'
MEMBERS_BODY_RE = re.compile(r"(?:주민|상인|농민|어민|입주민|입주기업|기업|학부모|시민)\s[가-힣]{0,8}(?:위원회|협의회|협의체|연합회)")
LOCAL_PLACE_RE = re.compile(r"[가-힣]{1,8}(?:특별자치도|광역시|시|군|구|읍|면|동|리)")
# a place down to a numbered 동 or 리: '가람2동', '나래1리'
NUMBERED_PLACE_RE = re.compile(r"[가-힣]{1,8}\d{1,2}(?:동|리|가)")
# a housing estate a village body is named after: 'OO마을3단지 부녀회', 'OO아파트 자율방범대'
HOUSING_ESTATE_RE = re.compile(r"[가-힣]{2,10}(?:\d{1,2}단지|아파트)")
# the short names of Korea's provinces and metropolitan cities: places, not bodies ('전북과 전남의 …')
REGIONS = set(
    "서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주 수도권 호남 영남 충청".split()
)
# the regions that span several provinces: no body ('충청' is no agency ending in 청)
SEVERAL_PROVINCES = frozenset(("수도권", "호남", "영남", "충청"))
# a governor named by the short name of the province: '전남지사', '경기지사' (not '부산지사', a branch)
PROVINCES = set("경기 강원 충북 충남 전북 전남 경북 경남 제주".split())
GOVERNOR_RE = re.compile(rf"(?:{'|'.join(sorted(PROVINCES))})지사")

# a body named only by its sort, its name in the word before it: 'OO정보산업 협동조합연합회'
GENERIC_BODY_RE = re.compile(r"(?:협동조합|연합회|협의회|협회|조합|중앙회|연합)+")
# an association's branch in a city or province: 'OO협회 가람시회', 'OO협회 누리도지부'
ASSOCIATION_BRANCH_RE = re.compile(r"[가-힣]{1,6}(?:시회|도회|시지회|도지회|지회|시지부|도지부)")


def named_generic_body(previous, word, strict_kind) -> bool:
    """Whether two words are one body: a name of four or more syllables (or one Kiwi knows) before a
    word that is only a body's sort ('협동조합연합회'), or an association before its city branch."""
    if not previous.bare or not word.stem or previous.stem in REGIONS:
        return False
    if ASSOCIATION_BRANCH_RE.fullmatch(word.stem):
        return strict_kind(previous) == "association"
    if not GENERIC_BODY_RE.fullmatch(word.stem) or not re.fullmatch(r"[가-힣]{2,5}", previous.stem[:5]):
        return False
    from . import gazetteer  # the gazetteer's data is read on first use, not on import

    if strict_kind(previous) or LOCAL_PLACE_RE.fullmatch(previous.stem) or gazetteer.is_place(previous.stem):
        return False
    return len(previous.stem) >= 4 and not previous.proper or previous.proper and len(previous.stem) >= 3


# the sorts of body a word such as 지역 or 관내 can only qualify: '지역 영농조합과 손잡고' names none
BODY_SORTS = set("영농조합 영농조합법인 협동조합 조합 농협 재단 문화재단 대학 대학교 병원 의료기관 복지관 협회 단체".split())


def kind_not_name(words, i: int) -> bool:
    """'지역 문화재단 홍보 협력', '지역 영농조합과': a common word after a word such as 지역 or 관내 names a
    kind of body, not one ('관내 누리대학교와' names one)."""
    if not (0 < i < len(words) - 1 and words[i - 1].bare and words[i - 1].stem in GENERIC_MODIFIERS):
        return False
    if words[i].stem in BODY_SORTS and not words[i].proper:
        return True
    return (
        not words[i].proper
        and words[i].bare
        and words[i + 1].bare
        and not words[i + 1].proper
        and words[i + 1].start == words[i].end + 1
    )
