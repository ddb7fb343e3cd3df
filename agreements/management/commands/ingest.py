import argparse
import itertools
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction

from agreements.ingest import DocumentError, read_file, read_path
from agreements.ingest.pool import extract_paths
from agreements.loader import (
    LoadError,
    database_refusal,
    load_extraction,
    read_and_extract,
    validate_extraction,
)
from agreements.management.commands.extract import iso_date


class Command(BaseCommand):
    help = (
        "Save documents as agreement drafts for review. A document (text, web page, PDF, HWP or HWPX, "
        "told by its content) is read and extracted; "
        "FILE.json is an extraction object (EXTRACTION.md). All files load in one "
        "transaction: if one fails, nothing is saved. --jobs N extracts text files in N "
        "processes (each loads Kiwi, ~520 MB) and still loads them in one transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument("--published", type=iso_date, help="publication date, YYYY-MM-DD")
        parser.add_argument(
            "--jobs", type=positive_int, default=1, help="processes extracting text files (default 1)"
        )

    def handle(self, *args, files, published, jobs=1, **options):
        if jobs > 1 and sum(is_text(path) for path in files) > 1:
            # Each document is saved as soon as it is read, while the workers read the next ones:
            # saving is the parent's work, reading the workers', and neither waits for the other.
            # The first is read before the transaction begins, so that no lock is held while the
            # workers start (each loads Kiwi).
            reading = self.prepare_in_processes(files, published, jobs)
            prepared = itertools.chain(list(itertools.islice(reading, 1)), reading)
        else:
            # Read everything before the transaction begins: one process cannot save and read at
            # once, and SQLite's write lock is then held only while saving.
            reading = None
            prepared = [self.prepare(path, published) for path in files]
        saved = []
        try:
            with transaction.atomic():
                for path, text, extraction, source in prepared:  # a refused file raises here
                    saved.append((path, load_extraction(extraction, raw_text=text, source=source)))
        except LoadError as exc:
            raise CommandError(f"아무것도 저장하지 않았습니다: {exc}") from exc
        except DatabaseError as exc:  # e.g. SQLite busy past its timeout while another ingest writes
            raise CommandError(f"아무것도 저장하지 않았습니다: {database_refusal(exc)}") from exc
        finally:
            if reading is not None:
                reading.close()  # stops the workers when a file was refused or could not be saved
        for path, report in saved:
            self.stdout.write(f"{path.name}: {report.summary()}")

    def prepare_in_processes(self, files, published, jobs):
        """As `prepare` for every file, in order, as each is ready: the text files extracted in `jobs`
        processes (ingest/pool.py), extraction files read here. The first refused file, in the order
        given, is reported, as without --jobs; nothing is saved then (the caller's transaction)."""
        texts = [path for path in files if is_text(path)]
        limits = (settings.INGEST_MAX_BYTES, settings.INGEST_MAX_FILE_BYTES)
        extracted = extract_paths([(str(path), path.name, published, *limits) for path in texts], jobs=jobs)
        try:
            for path in files:
                if not is_text(path):
                    yield self.prepare(path, published)
                    continue
                source, extraction, refusal = next(extracted)
                if refusal:
                    raise CommandError(refusal)
                yield path, source.text, extraction, source
        finally:
            extracted.close()

    def prepare(self, path, published):
        """(path, raw text, extraction, Source or None) or a CommandError naming the file; writes nothing."""
        try:
            if path.suffix.lower() == ".json":
                data = read_path(path, path.name, settings.INGEST_MAX_BYTES)  # its size before its bytes
                return path, *_read_extraction_json(path, data, published), None
            # a PDF, HWP or HWPX (told by its first bytes) may be larger than text
            data = read_path(path, path.name, settings.INGEST_MAX_BYTES, settings.INGEST_MAX_FILE_BYTES)
            source, extraction = read_and_extract(data, name=path.name, published=published)
            return path, source.text, extraction, source
        except DocumentError as exc:
            raise CommandError(str(exc)) from exc
        except LoadError as exc:
            raise CommandError(f"{path.name}: {exc}") from exc


def is_text(path):
    return path.suffix.lower() != ".json"


def positive_int(value):
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"1 이상의 정수여야 합니다: {value!r}")
    return number


def _read_extraction_json(path, data, published):
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
                limits = (settings.INGEST_MAX_BYTES, settings.INGEST_MAX_FILE_BYTES)
                raw_text = read_file(read_path(candidate, name, *limits), name, *limits).text
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
