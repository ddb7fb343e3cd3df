"""The partner only an article's headline names ('OO군, OO자동차와 … MOU', 'OO도, 5개 기업과 …'), found in
the body by that name or a longer one, for an article whose signing sentence names fewer than two."""

from __future__ import annotations

import re

from . import gazetteer
from .counted import GROUP_KINDS, GROUP_RE, group_name
from .entities import org_kind
from .orgwords import LOCAL_PLACE_RE, REGIONS
from .party import Party

# 'A, B와 … 협약', 'A-B, … MOU': the partner a headline names
HEADLINE_PARTNER_RE = re.compile(
    r"^\s*(?:\[[^\]]{1,12}\]\s*)?[^\s,·\-–]+"
    r"(?:\s?,\s?(?P<partner>[^\s,·]{2,20}?)(?:와|과)\s|\s?[-–]\s?(?P<other>[^\s,·\-–]{2,20}?)(?:,|\s))"
    r"(?=.*(?:협약|MOU|양해각서|맞손|손\s?잡|협력))"
)


def with_headline_partner(headline, text, words, mentions, names, parties) -> list[Party]:
    """The partner only the headline names ('OO군, OO자동차와 … MOU'), when the body speaks of it
    by that name or a longer one: the body's own words give its name and span."""
    group = GROUP_RE.search(headline)
    if group:  # 'OO도, 5개 기업과 400억 대 투자협약', the body counting the same firms
        name, noun, _ = group_name(group)
        at = text.find(group.group())
        if at >= 0 and name not in {p.name for p in parties}:
            span = (at, at + len(group.group()))
            parties.append(Party(name, GROUP_KINDS.get(noun, "company"), "party", span))
            return sorted(parties, key=lambda p: p.span[0])
    match = HEADLINE_PARTNER_RE.match(headline)
    if not match:
        return parties
    partner = match.group("partner") or match.group("other")
    full = names.resolve(partner)
    known = {p.name for p in parties}
    for mention in mentions:
        if mention.name == full or mention.name.startswith(partner) or names.resolve(mention.name) == full:
            if names.resolve(mention.name) not in known:
                kind = names.kinds.get(names.resolve(mention.name), mention.kind)
                parties.append(
                    Party(names.resolve(mention.name), kind, "party", (mention.start, mention.end))
                )
            return sorted(parties, key=lambda p: p.span[0])
    for word in words:
        if word.stem == partner and word.proper and partner not in known and not org_kind(partner, True):
            # '가평, OO연구원과 MOU': a place the gazetteer knows is its government, named in the text
            if partner not in REGIONS and not LOCAL_PLACE_RE.fullmatch(partner) and not gazetteer.is_place(partner):
                parties.append(Party(partner, "company", "party", (word.start, word.stem_end)))
                return sorted(parties, key=lambda p: p.span[0])
    return parties


# three or more bodies a headline joins with dashes: 'OO시-OO재단-㈜OO 맞손'
HEADLINE_LIST_RE = re.compile(r"(?<![^\s\[(])[^\s,\-–]{2,20}(?:\s?[-–]\s?[^\s,\-–]{2,20}){2,}")


def with_headline_list(heads, mentions, names, parties) -> list[Party]:
    """The bodies a headline or sub-headline lists with dashes ('익산시-OO재단-㈜OO 맞손') that the body names
    too, in a caption if nowhere else, for a signing sentence that counts its partners but names them not
    ('… 두 기관과 … 업무협약을 맺었다')."""
    known = {names.resolve(p.name) for p in parties}
    for head in heads:
        listed = HEADLINE_LIST_RE.search(head or "")
        for item in re.split(r"\s?[-–]\s?", listed.group()) if listed else ():
            full = names.resolve(item)
            mention = next((m for m in mentions if names.resolve(m.name) == full), None)
            if mention is not None and full not in known:
                kind = names.kinds.get(full, mention.kind)
                parties.append(Party(full, kind, "party", (mention.start, mention.end)))
                known.add(full)
    return sorted(parties, key=lambda p: p.span[0])


# the body's word for a partner it does not name: '군수와 이 업체 대표는 …', '이 회사 NAME 전무이사 등 …'
UNNAMED_FIRM_RE = re.compile(r"(?<![가-힣])(?:이|해당|같은)\s?(?:업체|회사|기업)(?![가-힣])")
# a headline that opens on a firm, its subject: '㈜A, B군에 38억 투자', 'A, 공장 설비 B로 이전'
HEADLINE_OPENING_RE = re.compile(r"^\s*(?:\[[^\]]{1,12}\]\s*)?(?P<name>[^\s,·…]{2,24})\s?(?:,|…)")


def with_headline_firm(headline, head_mentions, text, sentence, parties) -> list[Party]:
    """The firm only the headline names, as its opening subject ('㈜A, B군 농공단지에 38억 투자') and among
    ``head_mentions`` (the headlines' organisations) as a company, where the signing sentence speaks of
    the city's partner only as '이 업체' or '이 회사': its span is those words."""
    if sentence is None or sum(p.role == "party" for p in parties) >= 2:
        return parties
    opening = HEADLINE_OPENING_RE.match(headline)
    unnamed = UNNAMED_FIRM_RE.search(text, *sentence)
    if not opening or not unnamed:
        return parties
    name = opening.group("name")
    firm = any(m.name == name and m.kind == "company" for m in head_mentions)
    if not firm or name in {p.name for p in parties}:
        return parties
    return sorted([*parties, Party(name, "company", "party", unnamed.span())], key=lambda p: p.span[0])
