import argparse
import datetime
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from agreements.ingest import DocumentError, extract_bytes, read_path


class Command(BaseCommand):
    help = (
        "Read documents (UTF-8 or CP949 text, web pages, PDF, HWP, HWPX) and print the agreements found, one object per file "
        "(EXTRACTION.md). Writes nothing to the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument("--published", type=iso_date, help="publication date, YYYY-MM-DD")
        parser.add_argument("--format", choices=["text", "json"], default="text", dest="output_format")

    def handle(self, *args, files, published, output_format, **options):
        errors = []
        for path in files:
            try:
                limits = {"max_bytes": settings.INGEST_MAX_BYTES, "max_file_bytes": settings.INGEST_MAX_FILE_BYTES}
                data = read_path(path, path.name, **limits)  # size first (by kind), then bytes
                result = extract_bytes(data, name=path.name, published=published, **limits)
            except DocumentError as exc:
                errors.append(str(exc))
                continue
            if output_format == "json":
                self.stdout.write(json.dumps(result, ensure_ascii=False))
            else:
                self.stdout.write(format_text(result))
        # One line per refused file; the last one is the command's error, so the exit status is 1.
        for message in errors[:-1]:
            self.stderr.write(message)
        if errors:
            raise CommandError(errors[-1])


def format_text(result):
    """The extraction of one file as indented lines for a person to read."""
    lines = [f"{result['file']}  sha256 {result['sha256'][:12]}  published {result['published'] or '-'}"]
    for number, article in enumerate(result["articles"], 1):
        byline = f" — {article['byline']}" if article["byline"] else ""
        lines.append(f"  [{number}] {article['headline'] or '(no headline)'}{byline}")
        if not article["is_agreement"]:
            lines.append("      not an agreement")
        for agreement in article["agreements"]:
            lines.extend(_agreement_lines(agreement))
    return "\n".join(lines)


def _agreement_lines(agreement):
    title, signed, signed_text, place, location = (
        _value(agreement.get(key)) or "-"
        for key in ("title", "signed_on", "signed_on_text", "place", "location")
    )
    lines = [
        f"      {title} ({agreement.get('kind')})",
        f"        signed {signed} ({signed_text}) at {place}; location {location}",
    ]
    for party in agreement.get("parties", []):
        aliases = f" aka {', '.join(party['aliases'])}" if party.get("aliases") else ""
        lines.append(f"        party: {party['name']} [{party.get('kind')}, {party.get('role')}]{aliases}")
    for budget in agreement.get("budgets", []):
        lines.append(
            f"        budget: {budget['text']} = {budget['amount_krw']:,} won ({budget.get('source') or '-'})"
        )
    for target in agreement.get("targets", []):
        quantity = (
            f"{target['value']} {target.get('unit') or ''}".strip()
            if target.get("value") is not None
            else "-"
        )
        lines.append(
            f"        target: {target['text']} (due {target.get('due') or '-'}; quantity {quantity})"
        )
    for commitment in agreement.get("commitments", []):
        lines.append(f"        commitment: {commitment.get('party') or '-'}: {commitment['text']}")
    for person in agreement.get("people", []):
        lines.append(
            f"        person: {person['name']}, {person.get('title') or '-'} ({person.get('org') or '-'})"
        )
    return lines


def _value(item):
    """A scalar field, whether given bare or as a value object with a span."""
    return item["text"] if isinstance(item, dict) and "text" in item else item


def iso_date(value):
    """argparse type for --published: an ISO date, or a usage error naming the value."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r}은(는) 날짜(YYYY-MM-DD)가 아닙니다.") from exc
