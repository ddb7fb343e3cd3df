"""Extraction drafts in, rows out: the one place where extraction meets the database.

`load_extraction(data)` takes one file's extraction object (the JSON of EXTRACTION.md) and
writes it in one transaction. It is an idempotent upsert keyed on the document: the document by
its sha256, each agreement by the sha256 and its place there (article position, index in the
article). Loading the same document twice changes nothing and says so. A field a person has
edited (`locked_fields`), a part a person entered or corrected (`locked`), and every reviewed
agreement are never overwritten; where the document disagrees with them, an ImportConflict
records it. A later, different document never updates an agreement it did not make: each of its
agreements is a draft of its own, and one that looks like an existing agreement (matching.py) is
only proposed as the same, for a reviewer to confirm.

Here a draft's values become rows; matching its organisations and people is in loader_people.py,
reconciling an agreement that comes back, with its conflicts, in reconcile.py. Uniqueness is the
database's: two loads of the same document at once meet at its unique sha256, an agreement's
unique source_key and an organisation's unique normalised name, and the loser of each race reads
the winner's row. `ingest_documents` reads and extracts text documents and loads them all in one
transaction.
"""

import datetime
import hashlib
import json
import re

from django.db import DatabaseError, IntegrityError, transaction
from simple_history.utils import bulk_create_with_history

from agreements.ingest.dates import parse_deadline
from people.names import normalize_org_name

from .loader_people import draft_person, resolve_parties
from .loader_validate import LoadError, fit, validate_extraction
from .matching import propose_matches, superseded
from .models import (
    Agreement,
    Article,
    Budget,
    Commitment,
    OriginalFile,
    Participation,
    SourceDocument,
    Target,
)
from .reconcile import PART_COLLECTIONS, LoadReport, describe_part, part_values, reconcile_agreement

__all__ = ["LoadError", "LoadReport", "ingest_documents", "load_extraction", "match_key", "read_and_extract"]
__all__ += ["source_key", "validate_extraction"]
__all__ += ["PART_COLLECTIONS", "describe_part", "part_values"]  # from reconcile.py, imported from here


COMPLETION_WORDS = ("완공", "준공", "완료", "개통", "개소", "개원", "준비", "지정", "완성", "가동")




def document_sha256(data, raw_text):
    if data.get("sha256"):
        return data["sha256"]
    if raw_text:
        return hashlib.sha256(raw_text.encode("utf-8")).hexdigest()
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


@transaction.atomic
def load_extraction(data, *, raw_text="", user=None, source=None):
    """Write one file's extraction object; returns a LoadReport. Raises LoadError.

    ``source`` (ingest.Source: what ``read_and_extract`` read) stores the document's text, its kind,
    its page starts and its file; without it (an extraction file) ``raw_text`` is the text."""
    validate_extraction(data)  # loader_validate.py: the whole object, before anything is written
    report = LoadReport()
    published = _date_or_none(data.get("published"), "발행일")
    if source is not None:
        raw_text = source.text
    sha = document_sha256(data, raw_text)
    document, created = SourceDocument.objects.get_or_create(
        sha256=sha,
        defaults={
            "file_name": fit(SourceDocument, "file_name", data.get("file") or "document"),
            "published_on": published,
            "raw_text": raw_text,
            "imported_by": user,
            "kind": source.kind if source is not None else "",
            "page_starts": list(source.page_starts) if source is not None else [],
        },
    )
    if source is not None and source.data and (created or not document.kind):
        _keep_original(document, source, created)
    report.count("document", "created" if created else "unchanged")
    for position, article_data in enumerate(data["articles"]):
        article = _upsert_article(document, position, article_data, created)
        for index, draft in enumerate(article_data.get("agreements") or []):
            _load_agreement(draft, article, index, document, report)
    return report


def _keep_original(document, source, created):
    """Store the file a document was read from; a document imported before files were kept gains
    its file, kind and page starts when the same bytes come back (its sha256 says they are the same)."""
    if created:  # a document this transaction made has no file yet: no look-up, no savepoint
        OriginalFile.objects.create(document=document, data=source.data)
        return
    document.kind, document.page_starts = source.kind, list(source.page_starts)
    document.save(update_fields=["kind", "page_starts"])
    OriginalFile.objects.get_or_create(document=document, defaults={"data": source.data})


def _date_or_none(value, what):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise LoadError(f"{what} {value!r}은(는) 날짜(YYYY-MM-DD)가 아닙니다.") from exc


def _upsert_article(document, position, data, new_document):
    values = {
        "headline": fit(Article, "headline", data.get("headline")),
        "subheadline": fit(Article, "subheadline", data.get("subheadline")),
        "byline": fit(Article, "byline", data.get("byline")),
        "text": data.get("text") or "",
        "is_agreement": bool(data.get("is_agreement")),
    }
    if new_document:  # a document this transaction made has no articles yet: no look-up, no savepoint
        return Article.objects.create(document=document, position=position, **values)
    article, created = Article.objects.get_or_create(document=document, position=position, defaults=values)
    if not created and any(getattr(article, k) != v for k, v in values.items()):
        for key, value in values.items():
            setattr(article, key, value)
        article.save()
    return article


def source_key(document, position, index):
    """What finds an agreement again when its own document comes back: the document and the place."""
    return f"{document.sha256}:{position}#{index}"


def match_key(article, index, title=""):
    """What a later document's agreement is compared on: the headline (or, without one, the title)
    normalised, and the agreement's index in its article; '' when there is neither."""
    headline = normalize_org_name(article.headline)
    named = normalize_org_name(title)
    base = headline or (f"title:{named}" if named else "")
    return f"{base}#{index}"[:400] if base else ""


# --- agreements -------------------------------------------------------------------------------


def _agreement_values(draft, article):
    values = {
        # A draft whose name the extractor could not find takes its article's headline, for a
        # person to correct on the review screen.
        "title": fit(Agreement, "title", (draft.get("title") or "").strip() or article.headline.strip()),
        "kind": draft.get("kind") or Agreement.Kind.OTHER,
        "signed_on": _signed_on(draft.get("signed_on")),
        "signed_on_text": fit(Agreement, "signed_on_text", draft.get("signed_on_text")),
        "place": fit(Agreement, "place", draft.get("place")),
        "location": fit(Agreement, "location", draft.get("location")),
        "summary": draft.get("summary") or article.subheadline or "",
        "due_on": None,
        "due_precision": "",
        "due_text": "",
    }
    completion = _completion_target(draft.get("targets") or [])
    if completion:
        deadline = _deadline(completion)
        values.update(
            due_on=deadline.date,
            due_precision=deadline.precision,
            due_text=fit(Agreement, "due_text", completion.get("text")),
        )
    return values


def _deadline(target):
    try:
        return parse_deadline(target["due"])
    except ValueError as exc:
        raise LoadError(f"목표 {target.get('text')!r}: 기한 {target['due']!r}을(를) 읽을 수 없습니다 ({exc})") from exc


def _signed_on(value):
    """Only a full day is a signing date; '2026-01' stays in signed_on_text."""
    if not value or len(value) != 10:
        return None
    return _date_or_none(value, "체결일")


def _completion_target(targets):
    dated = [t for t in targets if t.get("due")]
    for target in dated:
        if any(word in (target.get("text") or "") for word in COMPLETION_WORDS):
            return target
    return dated[-1] if dated else None


def _spans(draft):
    spans = {}
    for key in ("title", "signed_on", "signed_on_text", "place", "location"):
        span = draft.get(f"{key}_span") or (draft.get("spans") or {}).get(key)
        if span:
            spans[key] = list(span)
    return spans


def _load_agreement(draft, article, index, document, report):
    values = _agreement_values(draft, article)
    key = source_key(document, article.position, index)
    agreement = Agreement.objects.filter(source_key=key).first()
    if agreement is None:
        merged_into = superseded(key)
        if merged_into is not None:  # an older version of an agreement a reviewer merged into another
            report.count("agreement", "unchanged")
            report.agreements.append(merged_into)
            return
    parties = resolve_parties(draft.get("parties") or [], report)
    if agreement is None:
        agreement = _create_agreement(values, article, index, key, draft)
        if agreement.created:
            _write_parts(agreement, draft, parties, report)
            report.count("agreement", "created")
            report.agreements.append(agreement)
            propose_matches(agreement, [org for _, org in parties], document, report)
            return
    incoming = _part_rows(agreement, draft, parties, report)
    reconcile_agreement(agreement, values, _spans(draft), incoming, article, document, report)


def _create_agreement(values, article, index, key, draft):
    """A new agreement, or the one another load of the same document saved first (`created` says which)."""
    agreement = Agreement(
        **values,
        article=article,
        source_key=key,
        match_key=match_key(article, index, values["title"]),
        spans=_spans(draft),
    )
    try:
        with transaction.atomic():
            agreement.save()
    except IntegrityError:
        agreement = Agreement.objects.filter(source_key=key).first()
        if agreement is None:
            raise
        agreement.created = False
        return agreement
    agreement.created = True
    return agreement


# --- parts ------------------------------------------------------------------------------------


def _part_rows(agreement, draft, parties, report):
    """The unsaved parts a draft describes, in order."""
    org_by_name = {}
    for party, org in parties:
        for alias in [party["name"], *party.get("aliases", [])]:
            org_by_name[normalize_org_name(alias)] = org
    signatories = {}
    for person_data in draft.get("people") or []:
        person, org = draft_person(person_data, parties, report)
        if person is not None and org is not None:
            signatories.setdefault(org.pk, person)

    rows = []
    seen = set()
    for position, (party, org) in enumerate(parties):
        role = party.get("role") or Participation.Role.PARTY
        if (org.pk, role) in seen:
            continue
        seen.add((org.pk, role))
        rows.append(
            Participation(
                agreement=agreement,
                organization=org,
                role=role,
                signatory=signatories.get(org.pk) if role == Participation.Role.PARTY else None,
                position=position,
                source_text=fit(Participation, "source_text", party["name"]),
                **_span(party),
            )
        )
    for budget in draft.get("budgets") or []:
        rows.append(
            Budget(
                agreement=agreement,
                amount_krw=budget["amount_krw"],
                source=budget.get("source") or "",
                is_share=budget.get("share", False),
                source_text=fit(Budget, "source_text", budget.get("text")),
                **_span(budget),
            )
        )
    for target in draft.get("targets") or []:
        deadline = _deadline(target) if target.get("due") else None
        value = target.get("value")
        rows.append(
            Target(
                agreement=agreement,
                description=fit(Target, "description", target.get("text")),
                source_text=fit(Target, "source_text", target.get("text")),
                due_on=deadline.date if deadline else None,
                due_precision=deadline.precision if deadline else "",
                value=None if value is None else str(value),
                unit=fit(Target, "unit", target.get("unit")),
                **_span(target),
            )
        )
    for commitment in draft.get("commitments") or []:
        party = commitment.get("party")
        rows.append(
            Commitment(
                agreement=agreement,
                organization=org_by_name.get(normalize_org_name(party)) if party else None,
                text=commitment.get("text") or "",
                source_text=fit(Commitment, "source_text", commitment.get("text")),
                **_span(commitment),
            )
        )
    return rows


def _span(value):
    span = value.get("span")
    if span and len(span) == 2:
        return {"span_start": span[0], "span_end": span[1]}
    return {}


def _write_parts(agreement, draft, parties, report):
    """The parts in one INSERT a kind, with their history rows in one more (as a save of each would
    make them, the importing user included): an article's 40 parts were 80 round trips."""
    by_model = {}
    for row in _part_rows(agreement, draft, parties, report):
        by_model.setdefault(type(row), []).append(row)
    for model, rows in by_model.items():
        bulk_create_with_history(rows, model)


# --- documents --------------------------------------------------------------------------------


def read_and_extract(data, *, name, published=None):
    """(Source, extraction object) of a document of any kind (ingest.read_file); raises DocumentError
    for a bad file. A web page's text is its article as read; the document's own date (a page's
    metadata, an HWP's summary) stands when ``published`` is None."""
    from django.conf import settings

    from agreements.ingest import extract_text, read_file

    source = read_file(data, name, settings.INGEST_MAX_BYTES, settings.INGEST_MAX_FILE_BYTES)
    sha = hashlib.sha256(data).hexdigest()
    return source, extract_text(source.text, name=name, published=published or source.published, sha256=sha)


def ingest_documents(documents, *, published=None, user=None):
    """Extract every (name, bytes) document, then load them all in one transaction.

    Extraction happens before anything is written, so a bad file anywhere in the batch
    (DocumentError) or a load failure (LoadError) leaves the database as it was.
    Returns one LoadReport per document.
    """
    prepared = [read_and_extract(data, name=name, published=published) for name, data in documents]
    try:
        with transaction.atomic():
            return [load_extraction(extraction, source=source, user=user) for source, extraction in prepared]
    except DatabaseError as exc:
        raise LoadError(database_refusal(exc)) from exc


# What PostgreSQL and SQLite say when another writer holds what a load needs, and when the tables
# are not there (a database that was never migrated).
_LOCKED = re.compile(r"database is locked|database table is locked|lock timeout|deadlock|could not serialize", re.I)
_NO_TABLE = re.compile(r"no such table|relation \S+ does not exist", re.I)


def database_refusal(exc):
    """One Korean line for a load the database refused: another import of the same files, a lock,
    a database without its tables, or else what the database itself said."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, IntegrityError):
        return "같은 문서를 다른 가져오기가 동시에 저장했습니다. 다시 실행하면 이미 저장된 것은 그대로 둡니다."
    if _LOCKED.search(message):
        return "다른 가져오기가 데이터베이스를 쓰고 있어 기다리다 멈췄습니다. 잠시 뒤 다시 실행하세요."
    if _NO_TABLE.search(message):
        return "데이터베이스에 표가 없습니다. 먼저 manage.py migrate를 실행하세요."
    return f"데이터베이스가 저장을 거부했습니다 ({message})."
