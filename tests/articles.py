"""What the extractor makes of one invented article, for the tests of extraction rules: its first
agreement, the bodies that sign it and the people it names."""

from agreements.ingest.article import extract_article


def agreement_of(text, headline=None):
    is_agreement, agreements = extract_article(text, headline=headline, subheadline=None, published=None)
    assert is_agreement
    return agreements[0]


def signers(text, headline=None):
    return [p["name"] for p in agreement_of(text, headline)["parties"] if p["role"] == "party"]


def party_names(text, headline=None):
    return [p["name"] for p in agreement_of(text, headline)["parties"]]


def people_of(text, headline=None):
    return {(p["name"], p["title"], p["org"]) for p in agreement_of(text, headline)["people"]}
