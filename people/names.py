"""Normalising organisation names so that spelling variants meet as one organisation."""

import re
import unicodedata

# Legal-form markers that do not make a different body: ㈜X, (주)X, 주식회사 X, X(유), X(사) …
_LEGAL_FORMS = re.compile(r"㈜|㈔|\((?:주|유|사|재|합|유한|사단|재단)\)|주식회사|유한회사|사단법인|재단법인")
_NOISE = re.compile(r"[\s·.,\-_'\"“”‘’()\[\]]+")

# Aliases shorter than this (after normalising) are references inside one text ("시", "군")
# rather than names: they are never used to match organisations.
MIN_MATCHING_ALIAS = 2


def normalize_org_name(name: str) -> str:
    """'㈜KT 전남전북광역본부' and 'kt전남전북광역본부' normalise alike."""
    text = unicodedata.normalize("NFKC", name or "")
    # NFKC turns ㈜ into (주); strip legal forms after that too.
    text = _LEGAL_FORMS.sub("", text)
    text = _NOISE.sub("", text)
    return text.casefold()


def matching_keys(name: str, aliases=()) -> set[str]:
    keys = {normalize_org_name(name)}
    keys.update(normalize_org_name(alias) for alias in aliases)
    return {key for key in keys if len(key) >= MIN_MATCHING_ALIAS}
