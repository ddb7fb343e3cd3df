"""A firm's or a body's legal form written apart from its name: '주식회사 다온', 'OO 유한회사와', '(유한)다온',
'농업회사법인 누리', '사단법인 OO협회'. Which words are forms, and whether one ends the name before it or
starts the next."""

from __future__ import annotations

import re

from .words import Word


def bracketed_yuhan(word: Word, text: str) -> bool:
    """'(유한)OO': a limited company's mark, which Kiwi reads apart from its brackets."""
    return (
        word.stem == "유한"
        and text[word.start - 1 : word.start] == "("
        and text[word.end : word.end + 1] == ")"
    )


LEGAL_FORMS = ("주식회사", "유한회사", "합자회사")
LIST_WORDS = ("등", "및", "외")
# no name after a legal form: a list's word, or the people of the body ('햇살마루 영농조합법인 관계자들이')
NOT_NAMES_AFTER_FORM = (*LIST_WORDS, *(w + s for w in ("관계자", "임직원", "직원", "회원", "조합원") for s in ("", "들")))
CORPORATE_FORMS = ("사단법인", "재단법인", "사회복지법인", "학교법인", "의료법인")
# farms' legal forms, written before a name of any ending: '농업회사법인 다온', '영농조합법인 누리'
FARM_FORMS = {"농업회사법인": "company", "영농조합법인": "cooperative", "어업회사법인": "company"}


def form_after_name(words: list[Word], i: int, text: str) -> bool:
    """Whether a legal form ends the name before it ('OO 주식회사 등', 'OO 유한회사와') rather than
    starting the next one ('주식회사 OO')."""
    word = words[i]
    if not words[i - 1].bare or not HANGUL_OR_LATIN_RE.fullmatch(words[i - 1].stem):
        return False
    if not word.bare or text[word.end : word.end + 1] in (",", "·", "(", ")", "\n", ""):
        return True
    return i + 1 < len(words) and words[i + 1].stem in LIST_WORDS


HANGUL_OR_LATIN_RE = re.compile(r"[가-힣A-Za-z0-9&]{2,20}")
