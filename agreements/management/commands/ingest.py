import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from agreements.ingest import DocumentError
from agreements.loader import LoadError, load_extraction, read_and_extract
from agreements.management.commands.extract import iso_date


class Command(BaseCommand):
    help = (
        "Save documents as agreement drafts for review. FILE.txt is read and extracted; "
        "FILE.json is an extraction object (EXTRACTION.md). All files load in one "
        "transaction: if one fails, nothing is saved."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument("--published", type=iso_date, help="publication date, YYYY-MM-DD")

    def handle(self, *args, files, published, **options):
        prepared = [self.prepare(path, published) for path in files]
        try:
            with transaction.atomic():
                reports = [load_extraction(extraction, raw_text=text) for _, text, extraction in prepared]
        except LoadError as exc:
            raise CommandError(f"nothing saved: {exc}") from exc
        for (path, _, _), report in zip(prepared, reports, strict=True):
            self.stdout.write(f"{path.name}: {report.summary()}")

    def prepare(self, path, published):
        """(path, raw text, extraction) or a CommandError naming the file; writes nothing."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: cannot read the file ({exc.strerror})") from exc
        if path.suffix.lower() == ".json":
            return path, *_read_extraction_json(path, data, published)
        try:
            return path, *read_and_extract(data, name=path.name, published=published)
        except DocumentError as exc:
            raise CommandError(str(exc)) from exc


def _read_extraction_json(path, data, published):
    try:
        extraction = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CommandError(f"{path}: not a JSON extraction file ({exc})") from exc
    if not isinstance(extraction, dict):
        raise CommandError(f"{path}: not a JSON extraction file (expected an object)")
    if published and not extraction.get("published"):
        extraction["published"] = published.isoformat()
    # The raw document, when it sits beside the JSON or in documents/, is kept with it.
    raw_text = ""
    name = extraction.get("file")
    if name:
        for candidate in (path.parent / name, path.parent / "documents" / name):
            if candidate.is_file():
                raw_text = candidate.read_text(encoding="utf-8-sig")
                break
    return raw_text, extraction

