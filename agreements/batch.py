"""A batch of files for `manage.py ingest`: each document is read, extracted and saved in a
transaction of its own (loader.load_extraction), so a document that is refused (a bad file, an
extraction the loader refuses, a database that refuses it) costs only itself, with a one-line reason
naming it; the others are kept. A rerun of the batch saves what is missing and finds the rest
unchanged (each document is keyed by its sha256, each agreement by the sha256 and its place there).
`--atomic` keeps the older all-or-nothing batch: one transaction, the first refusal undoes it all.

Where the saving happens (`saves_in_workers`): on PostgreSQL, with --jobs N, each worker process
reads, extracts and saves its documents (batch_worker.py), since saving is most of the work and the
database takes several writers at once; on SQLite, which takes one writer at a time, and inside a
caller's transaction, the parent saves each document as the workers hand it over.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection, transaction

from agreements.ingest import DocumentError, read_file, read_path

from .loader import LoadError, database_refusal, load_extraction, read_and_extract, validate_extraction

# A document whose transaction PostgreSQL chose to end (a deadlock with another worker's document,
# each waiting for a body the other is creating) is saved again from the start, up to this many times.
ATTEMPTS = 3
_RETRIED = {"40P01", "40001"}  # deadlock_detected, serialization_failure


@dataclass(frozen=True)
class Outcome:
    """What became of one file: its report's summary when saved, else its one-line refusal."""

    name: str
    summary: str = ""
    refusal: str = ""


class Refused(Exception):
    """A file that cannot be saved: the message is one line, naming the file."""


def saves_in_workers(jobs):
    """Whether worker processes save what they read: PostgreSQL, more than one process, and no
    caller's transaction to keep the documents in (bench/ingest.py, a test) — a worker's own
    connection could not write inside it."""
    return jobs > 1 and connection.vendor == "postgresql" and not connection.in_atomic_block


def limits():
    return settings.INGEST_MAX_BYTES, settings.INGEST_MAX_FILE_BYTES


def is_text(path):
    return Path(path).suffix.lower() != ".json"


def prepare(path, published):
    """(raw text, extraction, Source or None) of one file; raises Refused. Writes nothing."""
    path = Path(path)
    try:
        if not is_text(path):
            data = read_path(path, path.name, settings.INGEST_MAX_BYTES)  # its size before its bytes
            return (*read_extraction_json(path, data, published), None)
        # a PDF, HWP or HWPX (told by its first bytes) may be larger than text
        data = read_path(path, path.name, *limits())
        source, extraction = read_and_extract(data, name=path.name, published=published)
        return source.text, extraction, source
    except DocumentError as exc:
        raise Refused(str(exc)) from exc
    except LoadError as exc:
        raise Refused(f"{path.name}: {exc}") from exc


def save(name, raw_text, extraction, source, *, dry_run=False):
    """Save one prepared document in its own transaction (a savepoint inside a caller's); an Outcome.
    With `dry_run` the transaction is rolled back once the document is saved: the summary says
    what would have been saved."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with transaction.atomic():
                report = load_extraction(extraction, raw_text=raw_text, source=source)
                if dry_run:
                    transaction.set_rollback(True)
            return Outcome(name, summary=report.summary())
        except LoadError as exc:
            return Outcome(name, refusal=f"{name}: {exc}")
        except DatabaseError as exc:
            if getattr(exc.__cause__, "sqlstate", None) in _RETRIED and attempt < ATTEMPTS:
                continue
            return Outcome(name, refusal=f"{name}: {database_refusal(exc)}")


def ingest_file(path, published, *, dry_run=False):
    """Read, extract and save one file: its Outcome."""
    name = Path(path).name
    try:
        prepared = prepare(path, published)
    except Refused as exc:
        return Outcome(name, refusal=str(exc))
    return save(name, *prepared, dry_run=dry_run)


def read_extraction_json(path, data, published):
    """(raw text, extraction) of an extraction file, checked whole (loader_validate.py) before use."""
    try:
        extraction = json.loads(data.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise DocumentError(path.name, f"JSON 추출 파일이 아닙니다 ({exc.start}번째 바이트가 UTF-8로 읽히지 않습니다).") from exc
    except json.JSONDecodeError as exc:
        raise DocumentError(path.name, f"JSON 추출 파일이 아닙니다 ({exc.lineno}행 {exc.colno}열의 문법 오류).") from exc
    except (ValueError, RecursionError) as exc:  # NaN/Infinity, numbers of thousands of digits, deep nesting
        raise DocumentError(path.name, f"JSON 추출 파일이 아닙니다 ({_json_reason(exc)}).") from exc
    if not isinstance(extraction, dict):
        raise DocumentError(path.name, "JSON 추출 파일이 아닙니다 (최상위가 객체가 아닙니다).")
    if published and not extraction.get("published"):
        extraction["published"] = published.isoformat()
    validate_extraction(extraction)
    # The raw document, when it sits beside the JSON or in documents/, is kept with it; only a plain
    # file name is looked for, and it is read as any document is (size, encoding).
    raw_text = ""
    name = extraction.get("file")
    if name and Path(name).name == name:
        for candidate in (path.parent / name, path.parent / "documents" / name):
            if candidate.is_file():
                raw_text = read_file(read_path(candidate, name, *limits()), name, *limits()).text
                break
    return raw_text, extraction


def _no_constant(name):
    raise ValueError(f"{name}은(는) 숫자가 아닙니다")


def _json_reason(exc):
    if isinstance(exc, RecursionError):
        return "너무 깊이 중첩되어 있습니다"
    if "digits" in str(exc):
        return "자릿수가 너무 많은 숫자가 있습니다"
    return str(exc) if "숫자가 아닙니다" in str(exc) else "읽을 수 없는 값이 있습니다"
