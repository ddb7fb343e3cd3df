"""What the extractor makes of one invented article, for the tests of extraction rules: its first
(or only) agreement, the bodies that sign it, the people it names and its figures."""

from agreements.ingest import extract_bytes
from agreements.ingest.article import extract_article


def articles_of(text, published=None):
    """The whole pipeline on a pasted page (chrome, captions and headlines read as a page's)."""
    return extract_bytes(text.encode(), name="page.txt", published=published)["articles"]


def page_measures(page, published):
    """The (value, unit) figures of a pasted page's one article and one agreement."""
    (article,) = articles_of(page, published=published)
    (agreement,) = article["agreements"]
    return measures(agreement)


def page_party_names(page, published):
    """The names of the parties of every agreement of a pasted page's one article."""
    (article,) = articles_of(page, published=published)
    return {p["name"] for a in article["agreements"] for p in a["parties"]}


def page_people(page, published):
    """(name, title, org) of the people of every agreement of a pasted page's one article."""
    (article,) = articles_of(page, published=published)
    return {(p["name"], p["title"], p["org"]) for a in article["agreements"] for p in a["people"]}


def agreement_of(text, headline=None, published=None):
    is_agreement, agreements = extract_article(text, headline=headline, subheadline=None, published=published)
    assert is_agreement
    return agreements[0]


def only_agreement(text, published=None):
    is_agreement, agreements = extract_article(text, headline=None, subheadline=None, published=published)
    assert is_agreement
    assert len(agreements) == 1
    return agreements[0]


def signers(text, headline=None):
    return [p["name"] for p in agreement_of(text, headline)["parties"] if p["role"] == "party"]


def party_names(text, headline=None):
    return [p["name"] for p in agreement_of(text, headline)["parties"]]


def people_of(text, headline=None):
    return {(p["name"], p["title"], p["org"]) for p in agreement_of(text, headline)["people"]}


def measures(agreement):
    return {(t["value"], t["unit"]) for t in agreement["targets"] if t["value"] is not None}


def dues(agreement):
    return {t["due"] for t in agreement["targets"] if t["due"]}


def amounts(agreement):
    return {b["amount_krw"] for b in agreement["budgets"]}
