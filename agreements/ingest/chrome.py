"""Web-page chrome in pasted text: the lines a page prints around an article that are not the article.

A person who copies an article from a news site copies its furniture too: the share and font widgets
(``페이스북``, ``이메일 보내기``, ``본문 글자 크기 조정``), the time lines (``입력 2024-09-11 16:33``,
``승인 2018.07.15 14:38``), the weather strip, image file names and markdown images, photo-source
lines (``(사진출처 - 어느시청)``), the copyright line, a lone wire dateline (``[서울=뉴시스]``), the
agency's note that a press release is not its own article, a line printed twice in a row, and the lists that follow the article
(``관련뉴스``, ``많이 본 기사``, ``이전기사``/``다음기사``, comment boxes; their patterns are ``tail_lists``').

None of it is prose, and read as prose it would be trouble: a copyright line after a byline became an
article of its own, a dateline line cut the lead from its headline, a related headline named a person.
:func:`strip` blanks those lines (a blank line keeps the paragraphs on either side apart); a line is
chrome only as a whole, never for a word inside a sentence.
"""

from __future__ import annotations

import re

from .person_words import SURNAMES
from .tail_lists import (
    LIST_ITEM,
    PREV_NEXT,
    REPORTER_LIST_HEADING,
    TAIL_HEADING,
    TAIL_INLINE,
    TAIL_ITEM_MAX_CHARS,
    headline_items,
)

_BULLET = r"[\s•·\-*▶▷►]*"
_DATE = r"\d{2,4}\s?[.\-/년]\s?\d{1,2}\s?[.\-/월]\s?\d{1,2}\s?일?\.?(?:\s?\(\s?[월화수목금토일]\s?\))?"
_TIME = r"(?:오전|오후)?\s?\d{1,2}\s?:\s?\d{2}(?:\s?:\s?\d{2})?"
_STAMP_LABEL = (
    r"(?:기사\s?)?(?:입력|수정|등록|승인|송고|송고시간|기사입력|최종수정|수정일|입력일|등록일|업데이트|발행|게재|최종편집|작성|편집"
    r"|신문\s?게재|지면\s?게재|Posted\s?on|Published(?:\s?on)?|Updated(?:\s?on)?)"  # 'Posted on 2022. 10. 26.'
)
# '입력 2024-09-11 16:33:24', '기사입력 22-11-04 13:17 | 최종수정 22-11-04 13:17', '2015-11-17 14:59:00 | |||',
# and the page's date alone ('2024.04.24 (수)'), also after a slash under a caption ('/ 2019. 5. 22')
_STAMP = re.compile(
    rf"^{_BULLET}/?\s*(?:(?:{_STAMP_LABEL}\s*[:：]?\s*{_DATE}(?:\s*{_TIME})?|{_DATE}(?:\s*{_TIME})?)[\s|│,/]*)+$"
    # the print edition: '2019-10-11 25면', '신문게재 2021-05-04 21면'
    rf"|^(?:{_STAMP_LABEL}\s*[:：]?\s*)?{_DATE}\s*(?:[A-Z]?\d{{1,3}}\s?면|\d{{1,2}}\s?판)(?:\s*\d{{1,3}}\s?면)?$"
    # the print edition's page alone on its line, under the time lines: '• 7면'
    rf"|^{_BULLET}[A-Z]?\d{{1,3}}\s?면$"
    # a portal's byline, the reporter and the time: 'NAME 2023. 4. 21. 21:54', or the day then the reporter
    rf"|^[가-힣]{{2,4}}\s{_DATE}\s*{_TIME}$|^{_DATE}(?:\s*{_TIME})?\s+[가-힣]{{2,4}}\s?기자$"
    # the labelled time, the reporter and the page's counter: '기사입력 2024.02.01 11:32 | NAME 기자 | 조회 214'
    rf"|^{_STAMP_LABEL}\s*[:：]?\s*{_DATE}(?:\s*{_TIME})?\s*[|│]\s*[가-힣]{{2,4}}\s?기자(?:\s*[|│]\s*조회\s?[\d,]+)?$"
    # the paper, the reporter and the labelled time: 'OO신문 기자 / 입력 : 2021년 03월 09일(화) 10:20'
    rf"|^(?:[가-힣]{{2,10}}\s)?(?:[가-힣]{{2,4}}\s)?기자\s*[/|│]?\s*{_STAMP_LABEL}\s*[:：]?\s*{_DATE}(?:\s*{_TIME})?$"
    # a print button and the number before the time: '인쇄 기사스크랩 [제1038호]2018-07-20 10:11'
    rf"|^(?:인쇄\s?)?(?:기사\s?)?스크랩\s?\[제\s?\d{{1,5}}\s?호\]\s?{_DATE}(?:\s*{_TIME})?$"
)
# share, print and font widgets, comment counters, skip links: a line made only of these words
_WIDGET_WORDS = (
    "(?:이\\s?)?기사\\s?공유하기|이\\s?기사를\\s?친구에게(?:\\s?보내기)?|X\\(트위터\\)|트위터\\(X\\)|X|엑스|링크\\s?복사|주소\\s?복사|"  # '이 기사 공유하기 카카오톡 | X | URL 복사'
    "페이스북|트위터|카카오톡|카카오스토리|카카오|네이버밴드|밴드|네이버|유튜브|인스타그램|텔레그램|링크드인|"
    "이메일\\s?보내기|이메일|메일|프린터|프린트|인쇄하기|인쇄|PDF|스크랩|공유하기|공유|좋아요|URL\\s?복사(?:하기)?|"
    "음성으로\\s?듣기|번역\\s?설정|글[자씨]\\s?크기\\s?조절(?:하기)?|기사\\s?인쇄하기|"  # a portal's reading widgets
    "기사저장|구독하기|구독|글자\\s?크기|글씨\\s?크기|확대|축소|댓글\\s?\\d*|댓글쓰기|댓글삭제|"
    "다른\\s?기사\\s?보기|기사\\s?보기|목록|가\\s?[-+]|가|[+-]|광고|닉네임|패스워드|비밀번호|"
    "도배방지\\s?숫자\\s?입력|내용|\\(\\d+\\)|\\d+\\s?/\\s?\\d+|필자의\\s?다른\\s?기사\\s?보기|[가-힣]{2,4}\\s?기자의\\s?다른\\s?기사\\s?(?:보기|더\\s?보기)?|"
    "본문\\s?바로\\s?가기|전체\\s?메뉴(?:\\s?(?:열기|보기|닫기))?|검색|"  # a site's skip link and menu buttons
    "(?:키보드\\s?)?단축키\\s?안내|자막\\s?(?:켜기|끄기)|"  # a broadcaster's video player
    "메일로\\s?보내기|글[자씨]\\s?(?:크게|작게)|크게|작게|전체\\s?기사\\s?>?|많이\\s?본\\s?(?:뉴스|기사)|"
    "인기\\s?기사|주요\\s?뉴스|관련\\s?기사|[▶▷]\\s?\\S{0,10}\\s?구독하기|"
    "(?:좋아요|화나요|슬퍼요|훈훈해요|놀랐어요|유익해요|훌륭해요|후속\\s?요청|아쉬워요|감동이에요|추천해요|추가\\s?취재\\s?원해요|후속\\s?기사\\s?원해요)\\s?\\d*|"
    "이\\s?기사에\\s?대해\\s?어떻게\\s?생각하시나요\\??|이\\s?기사,?\\s?어떠셨나요\\??|이\\s?기사에\\s?대한\\s?독자\\s?의견|독자\\s?의견|의견\\s?쓰기|전체\\s?의견\\s?보기"
)
# the words run together or parted by bars, also a bar typed as a letter: '확대 l 축소', or as buttons: '[공유하기] [목록]'
_WIDGETS = re.compile(
    rf"^{_BULLET}(?:\[?(?:{_WIDGET_WORDS})\]?(?:[\s|·,/]|(?<=\s)l(?=\s))*)+$", re.IGNORECASE
)
_SITE_FURNITURE = re.compile(
    r"^(?:\S{1,12}\s)?(?:본문\s?바로가기|주?메뉴\s?바로가기|바로가기|뉴스\s?검색어\s?입력\s?양식|검색어\s?입력|"
    r"이\s?(?:기사|뉴스)를?\s?공유(?:하기|합니다)?|URL이\s?복사되었습니다\.?|본문\s?글자\s?크기\s?조정|"
    r"최신\s?기사|최신\s?뉴스|기상청\s?제공|등록된\s?댓글이\s?없습니다\.?|삭제한\s?댓글은.*|"
    r"그래도\s?삭제하시겠습니까\??|계정을\s?선택하시면.*|댓글을\s?남기실\s?수\s?있습니다\.?|"
    # a comment box's prompt and its counter: '여러분의 의견을 남겨주세요  0/300', '기사에 대해 의견을 남겨주세요.'
    r"(?:여러분의|기사에\s?대해)\s?의견을\s?남겨\s?주세요\.?(?:\s*\d+\s?/\s?\d+)?|"
    r"\d+\s?개|\(끝\)|<끝>|(?:작성일|등록일|입력일|수정일|게시일|조회수?|조회\s수|추천수?)\s?[:：]?\s?[\d,]*|기사가\s?마음에\s?드셨나요\??|.{0,20}좋은\s?기사\s?후원하기|※?\s?소중한\s?후원금은.{0,60}|\[편집자\s?주\]|본\s?콘텐츠는.{0,40}콘텐츠입니다\.?|"
    # a comment box's rules and a machine summary's notice: '※ 댓글 작성시 …', 'AI 요약 기술은 …'
    r"※?\s?댓글\s?(?:작성|입력|게시)\s?시.{0,80}|※?\s?(?:욕설|비방).{0,40}삭제될\s?수\s?있습니다\.?|"
    r"(?:등록된\s?)?(?:의견|댓글)이\s?없습니다\.?|자동\s?요약\s?기사\s?제목과.{0,40}결과입니다\.?|"
    r"전체\s?맥락을\s?이해하기\s?위해서는.{0,20}권장합니다\.?|"
    r"이\s?기사는\s?\d+번\s?공유됐고\s?\d+개의\s?댓글이\s?있습니다\.?|(?:AI|인공지능)\s?요약\s?(?:기술은|은|서비스는).{0,80}|"
    r".{0,30}(?:AI|인공지능)\s?기술로\s?자동\s?요약된\s?내용입니다.{0,80}|본문\s?요약|(?:본문\s?)?요약\s?보기|"
    # the summary's notice that it is partial: '요약은 기사 일부만 … 원문 전체를 함께 읽어 주세요.'
    r"요약[은문]?\s.{0,40}(?:원문|본문)\s?(?:전체를?|보기를)\s?(?:함께\s?)?(?:읽어|확인해|권장).{0,20}|"
    # a portal's link to the outlet's own copy: '원문 보기: OO 홈페이지에서 이 기사 읽기 >>', '기사 원문 바로가기'
    r"(?:기사\s?)?원문\s?(?:보기|바로\s?가기)\s?(?:[:：>›»]\s?.{0,40})?|"
    # a portal's reading widgets: '음성재생 설정', '번역beta Translated by …', '글자크기 설정 …' and its
    # sample sentence '(예시) …', '이 글자크기로 변경됩니다.'
    r"음성\s?재생(?:\s?설정)?|번역\s?beta.{0,40}|글자\s?크기\s?(?:설정|미리\s?보기).{0,80}|이\s?글자\s?크기로\s?변경됩니다\.?|"
    # a portal's machine summary above the article and its machine translation below it: '요약문입니다.
    # 자세한 내용은 본문을 …', '※ 다음은 이 기사를 기계 번역한 영어 전문으로 …'
    r"요약문입니다\..{0,60}|※?\s?다음은\s?이\s?기사를\s?기계\s?번역한.{0,80}|"
    r"\(예시\).{0,200}|(?:이미지|사진)?\s?확대\s?보기|(?:이미지|사진)\s?확대|"
    # a portal's notes on the article: 'AI가 3개의 뉴스를 요약했어요.', how it files the article in sections
    r"(?:AI|인공지능)가\s?\d+개의\s?(?:뉴스|기사)를\s?요약했어요\.?|기사\s?섹션\s?분류\s?안내|"
    r"이\s?기사는\s?언론사에서\s?\S{1,10}\s?섹션으로\s?분류했습니다\.?|기사의\s?섹션\s?정보는.{0,160}|"
    r"이\s?기사를\s?추천합니다|"
    # a public body's site keeps the menus a visitor opened last: '최근접속메뉴', '최근 접속한 메뉴를 보여줍니다.'
    r"최근\s?(?:접속|방문|본)\s?메뉴|최근\s?(?:접속|방문)한\s?메뉴(?:를|가)?\s?(?:보여줍니다|없습니다)\.?|"
    # a page's landmarks for screen readers: '상단영역', '본문영역', '하단영역'
    r"(?:상단|본문|하단|좌측|우측|메뉴|검색)\s?영역|"
    # the banner every government site (go.kr) shows above its page, and the button that closes it
    r"이\s?누리집은\s?대한민국\s?공식\s?전자정부\s?누리집입니다\.?|공식\s?누리집\s?주소\s?확인하기|"
    r"go\.kr\s?주소를\s?사용하는\s?누리집은.{0,60}|이\s?밖에\s?or\.kr.{0,100}|운영\s?중인\s?공식\s?누리집\s?보기|배너\s?닫기)"
    r"(?:\s?(?:본문\s?바로가기|주?메뉴\s?바로가기|바로가기))*$"
)
# a weather strip: '흐림동두천 1.0℃', '맑음속초15.9℃'
_WEATHER = re.compile(
    r"^[\s•·\-*]*(?:맑음|흐림|구름\s?많음|구름\s?조금|비|눈|소나기|안개|박무|황사)?\s?[가-힣()]{0,8}\s?-?\d{1,2}(?:\.\d)?\s?℃$"
)
# a programme's name and air time on a broadcaster's page: 'OO뉴스 월~금요일 19시 00분'
_AIR_TIME = re.compile(r"^.{0,30}[월화수목금토일](?:요일)?\s?[~∼-]\s?[월화수목금토일]요일\s?(?:오전|오후|밤|저녁)?\s?\d{1,2}시(?:\s?\d{1,2}분)?$")
# copyright and reuse notices: '저작권자 © OO일보 무단전재 및 재배포 금지', 'Copyright ⓒ …', '[OO시 제공. 재판매 및 DB 금지]'
_RIGHTS = re.compile(
    r"저작권자|copyright|ⓒ|©|무단\s?전재|재배포\s?금지|재판매|DB\s?금지|all\s?rights\s?reserved",
    re.IGNORECASE,
)
RIGHTS_MAX_CHARS = 120
# a site's footer of its publisher's particulars: '사업자번호 : …', '청소년보호책임자 : …', '대표전화 : …'
_PUBLISHER = re.compile(
    r"사업자\s?(?:등록\s?)?번호|청소년\s?보호\s?(?:책임자|정책)|발행\s?[·ㆍ]?\s?편집인|발행인|인터넷\s?신문\s?등록|"
    r"대표\s?전화\s?[:：]|등록\s?일자\s?[:：]|통신판매업\s?신고"
)
PUBLISHER_MAX_CHARS = 200
_CONTACT = re.compile(r"(?:전화|팩스|FAX|Fax|이메일|E-?mail)\s?[:：]")
# an image: a markdown image, or a line that is an image file's name
# an image saved with its caption as the alt text: '![NAME 가람군수(왼쪽부터), … 들어보였다.](https://…jpg)'
# is its caption, a sentence of the page
_IMAGE_CAPTION = re.compile(r"^\s*!\[(?=[^\n]{0,40}[가-힣])(?P<alt>[^\n]{30,400}?)\]\([^)\s]*\)\s*$")
_IMAGE = re.compile(r"^!\[.*\]\(.*\)$|^\S.{0,120}\.(?:jpe?g|png|gif|webp|bmp|tiff?)\)?$", re.IGNORECASE)
# where a photo came from, as a line of its own: '(사진출처 - OO시청)', '사진=OO군 제공', '출처 : OO군청 보도자료',
# '[참고자료] 출처 OO일보'
_PHOTO_SOURCE = re.compile(
    r"^[(\[<]?\s*(?:사진\s?출처|사진\s?제공|사진|출처|자료\s?제공|제공)\s*[-=:：]\s*[^.。]{1,40}?[)\]>]?$"
    # or after a tag, '출처' and the source with a space only: '[참고자료] 출처 OO일보'
    r"|^\[[^\]\n]{1,10}\]\s*출처\s[^.。\s]{1,20}$"
)
# a photo's label marked with an arrow and no sentence in it: '↑↑ 센터 전경 |', '↑ 좌측부터 A 시장, B 대표'
_CAPTION_LABEL = re.compile(r"^↑+(?!.*[다요]\.).{0,120}$")
# a breadcrumb of the site's sections: '홈 > 뉴스 > 지역', 'HOME › 경제', '뉴스 > 사회 > 지방자치'
_BREADCRUMB = re.compile(
    r"^(?:(?:홈|HOME|Home)\s*[>›»]|[^\s>›».]{1,10}\s*[>›»]\s*[^\s>›».]{1,10}\s*[>›»])[^.]{0,60}$"
)
# a line of nothing but marks, a layout's divider: '|', '·', '--', '▲ ▲'
_NO_WORD = re.compile(r"^[^\w]+$")
# a wire dateline standing alone: '[서울=뉴시스]', '(부산=연합뉴스)'
_DATELINE = re.compile(r"^[\[(【]\s*[가-힣]{1,10}\s*=\s*[가-힣A-Za-z0-9]{2,12}\s*[\])】]$")
# a board's fields around a post's title: '작성자 : 홍보과', '조회수 : 412', '첨부파일 : 사진.jpg (1.8MB)', and as
# a board's table copies them, parted by a bar, a run of spaces or a tab: '작성자  OO과   등록일  2024-05-21',
# '부서 | 에너지정책과', '담당부서	OO과'
_BOARD_LABEL = r"(?:작성자|작성일|등록일|게시일|날짜|조회수|조회|첨부파일|첨부|담당부서|담당자|부서명|부서|연락처)"
_BOARD_FIELD = re.compile(
    rf"^{_BOARD_LABEL}(?:\s?[:：|]\s?|\s{{2,}}|\t)\S.{{0,100}}$"
    # fields a space from their labels, parted by bars: '작성자 OO과 | 작성일 2019-05-24 | 조회수 312'
    rf"|^{_BOARD_LABEL}\s[^|\n]{{1,40}}\|\s?{_BOARD_LABEL}\s[^\n]{{0,100}}$"
    r"|^조회수?\s(?:조회\s)?[\d,]+\s?회?$"  # a counter told twice: '조회수 조회 612회'
    r"|^(?:작성일|등록일|게시일|날짜)\s(?:19|20)\d\d[.\-/]\d{1,2}[.\-/]\d{1,2}.{0,60}$"  # '등록일 2016-05-03 15:22'
    rf"|^{_BOARD_LABEL}$"  # a label alone on its line: '첨부파일'
)
# the agency's note on a press release it relays: '(편집자주 : 이 보도자료는 연합뉴스 기사가 아니며 …)'
_RELAY_NOTE = re.compile(r"^[(\[]?\s*편집자\s?주.{0,20}(?:기사가\s?아니며|원문\s?그대로)")
# an e-mail address cut short by the page ('gildong@'), alone on its line
_CUT_EMAIL = re.compile(r"^/?[\w.+-]+@[\w.-]*$")
# a line of a translation the page prints beside the article, in English: no Hangul, four words or more,
# one of them a word that only prose has ('Mayor A said the agreement will …', 'for 2 years', 'and')
_FOREIGN_PROSE = re.compile(r"^(?=[^가-힣]*$)(?=.*\b(?:the|and|for|to)\b)(?:\S+\s+){3,}\S+$")
# the date a reader's export stamps before the first line: ' date 2026-02-26 [OO일보 …] 가람시는 …'
_EXPORT_DATE = re.compile(r"^\s*date\s(?:19|20)\d\d-\d\d(?:-\d\d)?(?:\s|$)")


def is_chrome(line: str) -> bool:
    """Tell whether a whole line is page furniture (see the module's docstring)."""
    s = line.strip()
    if not s:
        return False
    if TAIL_INLINE.match(s) or headline_items(s):
        return True
    if _RIGHTS.search(s) and len(s) <= RIGHTS_MAX_CHARS and not _ends_prose(s):
        return True
    # a long footer holds several of the publisher's particulars: '… 205호 | 대표전화 : … | 팩스 : …'
    particulars = len(_PUBLISHER.findall(s)) + len(_CONTACT.findall(s))
    if _PUBLISHER.search(s) and not s.endswith(".") and (len(s) <= PUBLISHER_MAX_CHARS or particulars >= 3):
        return True
    if _CAPTION_LABEL.match(s) or _NO_WORD.match(s) or _BREADCRUMB.match(s):
        return True
    return any(
        p.match(s)
        for p in (
            _STAMP,
            _WIDGETS,
            _SITE_FURNITURE,
            _WEATHER,
            _AIR_TIME,
            _IMAGE,
            _PHOTO_SOURCE,
            _DATELINE,
            _RELAY_NOTE,
            _BOARD_FIELD,
            _CUT_EMAIL,
            _FOREIGN_PROSE,
            TAIL_HEADING,
            PREV_NEXT,
        )
    )


def _ends_prose(s: str) -> bool:
    """A sentence of the article that happens to name a copyright ends like one: …했다."""
    return bool(re.search(r"[다요]\.?[\"'”’]?$", s)) and not re.search(r"금지\.?\]?>?$", s)


# a wire photo's resale notice closing its caption: '… 기념촬영을 하고 있다. *재판매 및 DB 금지'
# (or its credit in brackets: '… 하고 있다. 2024.10.22 [OO시 제공. 재판매 및 DB 금지]')
_RESALE_TAIL = re.compile(
    r"\s*(?:\[[^\[\]\n]{0,30}?제공[.,]?\s?재판매\s?및\s?DB\s?금지\]|[*※]?\s?\(?재판매\s?및\s?DB\s?금지\)?)\s*$",
    re.IGNORECASE,
)
# a wire photo's title and dateline before its caption on one line: '충주 데이터센터 협약 (충주=OO통신) NAME(가운데)
# … 하고 있다. 2024.10.22' (the title is a label, no body of the article)
_PHOTO_TITLE = re.compile(
    r"^\s*[^()\n.]{2,30}?\s\([가-힣]{1,8}\s?=\s?[가-힣A-Za-z0-9]{2,12}\)\s"
    r"(?=\S[^\n]*있다\.(?:\s*(?:19|20)\d\d\.\d{1,2}\.\d{1,2}\.?)?\s*$)"
)
# an image's enlarge button fused to the paragraph under it: '이미지 확대보기가람공사는 …'
_ENLARGE = re.compile(r"^\s*(?:이미지|사진)\s?확대\s?보기\s?(?=\S)")


# a few tags copied with the text from a page's source (too few for a web page, ``reading.sniff_html``):
# "<a href='…' class='human_link'>NAME</a>", '<br>', '<b>…</b>': the words stay, the markup goes
_INLINE_TAG = re.compile(
    r"</?(?:a|b|i|u|em|strong|span|font|sup|sub|mark)(?:\s[^<>\n]{0,500})?>|<br\s*/?>"
    # a paper's mark that a photo of what a word names is printed: 'NAME<사진> OO재단 이사장', '업무협약<사진>을'
    r"|(?<=[가-힣A-Za-z0-9)])<사진>",
    re.IGNORECASE,
)
# a Korean name's hanja after it, as older papers print them: 'NAME(金度潤) 전남도지사' (a Japanese name's, no
# surname first, stays: '다나카 히로시(田中博) 사장')
_HANJA_GLOSS = re.compile(rf"(?<![가-힣])(?P<word>[{''.join(sorted(SURNAMES))}][가-힣]{{1,3}})\([\u4e00-\u9fff]{{2,4}}\)")


DOUBLED_MIN_CHARS = 20


# a broadcast script's cues and speakers: '◀ANC▶', '◀VCR▶', '◀INT▶NAME', '남]', '[앵커]', '(S/U)', '(하단)'
_CUE = re.compile(
    r"^\s*(?:◀\s?(?:ANC|END|VCR|INT|SYN|SOV|CG|ST-UP|STUP|EFFECT|앵\s?커|리\s?포\s?트|기\s?자)\s?▶|(?:남|여)\]|\((?:남|여)\)|\[(?:앵커|리포트|기자)\]"
    r"|【\s?(?:앵커(?:\s?멘트)?|리포트|기자)\s?】|\(?S/U[)\]])\s*"
    # a script's timecodes and graphics cue: '[19 31 42 10 / 19 31 51 03] [C/G]'
    r"|^\s*(?:\[\d\d(?:[ :]\d\d){3}\s?/\s?\d\d(?:[ :]\d\d){3}\]\s*)?(?:\[C/?G\])?\s*$"
    # a transcript's speaker on a line of its own: '[NAME 군수]'
    r"|^\s*\[[가-힣]{2,4}\s(?:군수|시장|구청장|도지사|지사|교육감|대표|회장|이사장|원장|총장|위원장|교수|의원)\]\s*$"
    r"|\s?\((?:하단|상단|화면\s?하단)\)"
    # a script's speaker turns and its credits: 'NAME 앵커>', 'NAME 기자>', '(영상취재: NAME / 영상편집: NAME)'
    r"|^\s*[가-힣]{2,4}\s(?:앵커|기자|리포터|아나운서)\s?>\s*"
    r"|^\s*\((?:영상\s?취재|영상\s?편집|촬영|그래픽)\s?:[^()\n]*\)\s*$"
)
# a script's interview cue, its speaker and title kept as words: '인터뷰> NAME / OO군수' → 'NAME OO군수'
# (also '◀INT▶NAME / OO군수', '[인터뷰] NAME / OO교육지원청 교육장', and the title before the slash:
# '◀INT▶NAME 대표/㈜OO' → '㈜OO NAME 대표')
_INTERVIEW = re.compile(
    r"^\s*(?:(?:인터뷰|녹취|INT|SYN)\s?>|◀\s?(?:INT|SYN)\s?▶|[\[(](?:인터뷰|녹취|INT|SYN)[\])]|▶\s?(?:인터뷰|녹취)\s?:)\s*"
    r"(?P<name>[가-힣]{2,4})(?:\s(?P<role>[가-힣]{1,6}))?\s?/\s?(?P<title>[^/\n]{2,30}?)\s*$"
)


# the cue broken after its slash, the title on the next line: '◀INT▶NAME/' then '㈜OO 대표(하단)'
_BROKEN_INTERVIEW = re.compile(
    r"^([ \t]*(?:(?:인터뷰|녹취|INT|SYN)\s?>|◀\s?(?:INT|SYN)\s?▶|[\[(](?:인터뷰|녹취|INT|SYN)[\])])[ \t]*"
    r"[가-힣]{2,4}(?:[ \t][가-힣]{1,6})?[ \t]?/)[ \t]*\n",
    re.MULTILINE,
)


# a broadcast's script: its anchor's and its report's cues ('◀ANC▶', '◀앵커▶', '[리포트]', 'NAME 앵커>')
_SCRIPT = re.compile(r"^\s*(?:◀\s?(?:ANC|VCR|앵\s?커|리\s?포\s?트)\s?▶|[\[【]\s?(?:앵커|리포트)\s?[\]】]|[가-힣]{2,4}\s앵커\s?>)", re.M)


def is_script(text: str) -> bool:
    """Whether the page is a broadcast's script: its lines, broken short, are one report, no headlines."""
    return bool(_SCRIPT.search(text))


def _interviewee(m: re.Match) -> str:
    return f"{m['title']} {m['name']} {m['role']}" if m["role"] else f"{m['name']} {m['title']}"


# the bar a portal prints after a photo's caption: '… 사진을 찍고 있다. 청송군 제공 |', '시청 전경. |'
_CAPTION_BAR = re.compile(r"(?:(?<=\.)|(?<=제공))\s+[|│]\s*$")


def _wire_caption(line: str) -> str:
    """A wire photo's caption without its resale notice (and the credit bracketed with it) and without the
    title and dateline before it on its line."""
    return _PHOTO_TITLE.sub("", _RESALE_TAIL.sub("", line))


def strip(text: str) -> str:
    """The text with every chrome line, and each list that follows a tail heading, made blank; a
    wire photo's resale notice is cut from the end of its caption, which then ends as a sentence."""
    text = _INLINE_TAG.sub(lambda m: "\n" if m.group().lower().startswith("<br") else "", text)
    text = _HANJA_GLOSS.sub(r"\g<word>", text)
    text = _BROKEN_INTERVIEW.sub(r"\1 ", text)
    lines = [
        _CAPTION_BAR.sub("", _CUE.sub("", _INTERVIEW.sub(_interviewee, _ENLARGE.sub("", _wire_caption(_IMAGE_CAPTION.sub(r"\g<alt>", line))))))
        for line in _EXPORT_DATE.sub("", text, count=1).split("\n")
    ]
    lines = _without_summary(lines)
    printed_again = _repeated_runs(lines)
    out: list[str] = []
    in_tail = prose = False
    previous = ""
    seen: set[str] = set()
    for line in lines:
        s = line.strip()
        if in_tail and s and (LIST_ITEM.match(s) or (len(s) <= TAIL_ITEM_MAX_CHARS and not _sentence(s))):
            out.append("")
            continue
        prose = prose or _sentence(s)
        in_tail = bool(TAIL_HEADING.match(s) or prose and REPORTER_LIST_HEADING.match(s)) or (in_tail and not s)
        repeat = bool(s) and " ".join(s.split()) == " ".join(previous.split()) or len(out) in printed_again  # printed twice
        if len(s) >= DOUBLED_MIN_CHARS and s[: len(s) // 2] == s[len(s) // 2 :]:
            # a headline printed twice in one line, an image's title run into its alt text ('… 체결OO군·…
            # 체결'): once, unless the page printed it already
            line = s = s[: len(s) // 2]
            repeat = repeat or s in seen
        seen.add(s)
        counted = bool(_COUNT_ALONE.match(s)) and bool(_COUNTER_LABEL.match(previous))  # '조회수' then '190'
        out.append("" if is_chrome(s) or repeat or counted else line)
        previous = s or previous
    return "\n".join(out)


# a portal's notice above its machine summary of the article: '자동요약 기사 제목과 주요 문장을 기반으로
# 자동요약한 결과입니다.', '전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.'
def _without_summary(lines: list[str]) -> list[str]:
    """The lines with a portal's machine summary made blank: the few lines after its notice that the
    article prints again below (its sentences are the article's own)."""
    out = list(lines)
    notice = next((k for k, line in enumerate(lines) if _SUMMARY_NOTICE.match(line.strip())), None)
    if notice is None:
        return out
    below = "\n".join(lines[notice + 1 : notice + 1 + SUMMARY_WINDOW_LINES])  # one page, one summary
    summarised = 0
    for k in range(notice + 1, min(len(lines), notice + 1 + SUMMARY_WINDOW_LINES)):
        s = lines[k].strip()
        if not s or _SUMMARY_NOTICE.match(s):
            continue
        summarised += 1
        if summarised > SUMMARY_MAX_LINES or below.count(s) < 2:  # said once more below, or no summary
            break
        out[k] = ""
    return out


SUMMARY_MAX_LINES = 6  # a summary is a few sentences; what follows is the page again
SUMMARY_WINDOW_LINES = 400  # the lines after the notice read for the summary's sentences again
_SUMMARY_NOTICE = re.compile(r"^(?:자동\s?요약\s?기사\s?제목과.{0,40}결과입니다\.?|전체\s?맥락을\s?이해하기\s?위해서는.{0,20}권장합니다\.?)$")


# a page's counter whose number stands on the next line: '조회수' / '190'
_COUNTER_LABEL = re.compile(r"^(?:조회수?|조회\s수|추천수?|공감수?|댓글)\s?[:：]?$")
_COUNT_ALONE = re.compile(r"^[\d,]{1,9}$")
REPEAT_MIN_CHARS = 20


def _repeated_runs(lines: list[str]) -> set[int]:
    """The lines of a run of two or more paragraphs the page prints again further down (a body
    repeated under its byline, as some sites' pages are saved): each line of the later run, when it
    and a neighbouring paragraph both appeared earlier. One repeated line alone (a caption that
    repeats the lead) is left to the article's own rules."""
    seen: set[str] = set()
    earlier: list[bool] = []
    for line in lines:
        s = line.strip()
        earlier.append(len(s) >= REPEAT_MIN_CHARS and s in seen)
        if len(s) >= REPEAT_MIN_CHARS:
            seen.add(s)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    runs = set()
    for k, i in enumerate(filled):
        neighbours = [filled[j] for j in (k - 1, k + 1) if 0 <= j < len(filled)]
        if earlier[i] and any(earlier[j] for j in neighbours):
            runs.add(i)
    return runs


def _sentence(s: str) -> bool:
    return bool(re.search(r"[.?!。][\"'”’」』)\]]*$", s))
