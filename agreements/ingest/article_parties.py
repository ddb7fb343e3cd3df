"""The parties of an article: its organisations found and named, each with its role in the agreement
(see ``roles.find_parties``), and the names the article uses for them."""

from __future__ import annotations

import re

from .anaphors import anaphor_of
from .entities import find_orgs
from .headline_partner import with_headline_firm, with_headline_list, with_headline_partner
from .listed import listed_names
from .names import Names, with_alias_mentions
from .party_names import city_of_heads, government_places, private_foundation
from .roles import find_parties
from .signing import QUOTE_RE, lead_sentences
from .signing_context import _signing_context, _signs
from .split_names import join_split_names, with_shared_endings
from .told_partners import duty_parties, firm_named_before
from .worded import etc_listed
from .words import Mention, Word
from .written_forms import abbreviated_forms, place_written_forms, township_forms

CREDITED_TO_RE = re.compile(r"[(\[<]\s?사진\s?(?:제공)?\s?[=:]\s?$|사진제공\s?[=:]\s?$")


def parties_of(
    text: str, words: list[Word], headline: str | None, subheadline: str | None, signing=None, within=None
):
    """(parties, names, mentions) of an article: its organisations with roles, the resolver of the
    names it uses for them, and every organisation mention (for the people's employers). ``signing``
    and ``within`` pick one agreement of several: its signing sentence and its stretch of text."""
    from .words import words_of

    # the body a photo is credited to is no body of the article ('(사진=OO공단)')
    mentions = [m for m in find_orgs(words, text) if not CREDITED_TO_RE.search(text, max(0, m.start - 8), m.start)]
    context = _signing_context(text, words, mentions, signing)
    quotes = [m.span() for m in QUOTE_RE.finditer(text)]
    bodies = [m for m in mentions if not m.loose or _signs(m, text, context, quotes)]
    listed = listed_names(text, words, bodies, context, quotes)
    listed += etc_listed(text, words, context[:2] if context else None, bodies + listed)
    for lead in lead_sentences(text, context[:2]) if context else ():  # 'X(Latin)는 Y와 … 맺었다고 밝혔다'
        listed += listed_names(text, words, bodies + listed, (*lead, None, None), quotes, opening_only=True)
    mentions = sorted(mentions + listed, key=lambda m: m.start)
    bodies = sorted(bodies + listed, key=lambda m: m.start)
    extra: list[Mention] = []
    heads = [(h, words_of(h)) for h in (headline, subheadline) if h]  # each tokenised once
    for head, head_words in heads:
        extra += find_orgs(head_words, head)
    names = Names(text, bodies, extra, context[:2] if context else None)
    city_of_heads(words, names)
    for head, head_words in heads:
        for word in head_words:
            anaphor = anaphor_of(word, head)
            if anaphor and anaphor in names.city:
                names.used_anaphors.add(anaphor)
    mentions = with_alias_mentions(words, mentions, names)
    parties = with_shared_endings(join_split_names(find_parties(text, words, mentions, names, context, within), text), text)
    parties += [] if within else duty_parties(text, mentions, parties)  # '이번 협약에 따라 A는 …, B는 …'
    parties = firm_named_before(text, mentions, context[:2] if context else None, parties)  # '회사는 오늘 …'
    if not within and sum(p.role == "party" for p in parties) < 2:
        parties = with_headline_list((headline, subheadline), mentions, names, parties)
    if headline and not within and sum(p.role == "party" for p in parties) < 2:
        parties = with_headline_partner(headline, text, words, mentions, names, parties)
        parties = with_headline_firm(headline, extra, text, context[:2] if context else None, parties)
    places = government_places(mentions)
    for party in parties:
        party.aliases = names.aliases(party.name)
        written = place_written_forms(text, party.name) + abbreviated_forms(text, party.name)
        written += township_forms(text, party.name)
        party.aliases = party.aliases + [form for form in written if form not in party.aliases]
        if party.kind == "public_institution" and private_foundation(party.name, places):
            party.kind = "other"
    return parties, names, mentions
