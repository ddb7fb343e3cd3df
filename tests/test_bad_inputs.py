"""Standing test "Bad inputs": every file of tests/bad_inputs/ is refused with one line in Korean,
a non-zero exit (CommandError), no traceback, and the database exactly as it was (a dumpdata of
every app model, before and after); the BOUNDED ones are saved with every text cut to its column.

Nothing here loads Kiwi: every refusal happens before extraction, so the whole corpus runs in
seconds on each database.
"""

import io
import json
import os
import re
import subprocess
import sys
import tracemalloc
import zipfile

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import models
from django.urls import reverse

from agreements.loader import load_extraction
from agreements.models import Article
from tests.bad_inputs.build import BASE, FILES, HERE, RELEASE
from tests.bad_inputs.manifest import BOUNDED, REFUSED
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db

IMPORT_URL = "admin:agreements_agreement_import"
DOCUMENTS = [name for name in REFUSED if not name.endswith(".json")]
# What may stand in a Korean sentence unquoted: names of formats and encodings, and JSON literals.
ALLOWED_LATIN = {"UTF", "CP", "EUC", "KR", "JSON", "HTML", "PNG", "JPEG", "PDF", "ZIP", "HWPX", "DOCX", "HWP"}
ALLOWED_LATIN |= {"OCR", "XLS", "XLSX", "PPT", "PPTX", "DOC", "OLE", "GZIP", "BOM", "NUL", "YYYY", "MM", "DD", "NaN", "true", "null", "ud", "u"}


def snapshot():
    """Every row of the project's apps, as dumpdata writes them."""
    out = io.StringIO()
    call_command("dumpdata", "agreements", "people", stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded():
    """A database with something to lose: the corpus' base extraction, saved."""
    load_extraction(json.loads(json.dumps(BASE)))
    return snapshot()


def assert_one_korean_line(message, name, expected, named=True):
    """One line that names the file, gives the expected reason, and mixes in no English words."""
    assert "\n" not in message.strip()
    assert "Traceback" not in message
    assert name in message or not named
    assert expected in message
    reason = message.split(f"{name}: ", 1)[-1]
    assert re.search("[가-힣]", reason)
    unquoted = re.sub(r"'[^']*'|\"[^\"]*\"|“[^”]*”", "", reason)
    english = set(re.findall(r"[A-Za-z]+", unquoted)) - ALLOWED_LATIN
    assert not english, f"English in a Korean message: {sorted(english)}: {message}"


def ingest_refused(*args):
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("ingest", *map(str, args), stdout=out, stderr=err)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return str(refused.value)


def admin_errors(response):
    form = response.context["form"]
    return [message for messages in form.errors.values() for message in messages]


def test_the_corpus_is_the_manifest():
    """Every file of the folder has its expected outcome, and there are at least 30 kinds."""
    on_disk = {path.name for path in HERE.iterdir() if path.suffix != ".py" and path.name != "__pycache__"}
    assert on_disk == set(REFUSED) | set(BOUNDED) == set(FILES)
    assert len(REFUSED) >= 30


@pytest.mark.parametrize("name", REFUSED)
def test_ingest_refuses_it_and_changes_nothing(seeded, name):
    """`manage.py ingest FILE`: one line in Korean, CommandError (exit 1), the database as it was."""
    message = ingest_refused(HERE / name)

    assert_one_korean_line(message, name, REFUSED[name])
    assert snapshot() == seeded


@pytest.mark.parametrize("name", DOCUMENTS)
def test_extract_refuses_it(name):
    """`manage.py extract FILE` gives the same reason."""
    with pytest.raises(CommandError) as refused:
        call_command("extract", str(HERE / name), stdout=io.StringIO(), stderr=io.StringIO())

    assert_one_korean_line(str(refused.value), name, REFUSED[name])


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_admin_import_refuses_it_and_changes_nothing(staff_client, seeded, name):
    """The same bytes uploaded as a .txt file: a form error with the reason, nothing saved."""
    upload_name = name if name.endswith(".txt") else f"{name}.txt"
    data = (HERE / name).read_bytes()

    response = staff_client.post(reverse(IMPORT_URL), {"file": SimpleUploadedFile(upload_name, data)})

    assert response.status_code == 200
    [error] = admin_errors(response)
    # Django's own check of an empty upload does not name the file; every other reason does.
    assert_one_korean_line(error, upload_name, REFUSED[name], named=name != "empty.txt")
    assert snapshot() == seeded


def test_the_admin_import_refuses_a_pasted_web_page_with_no_article(staff_client, seeded):
    """An HTML page of links pasted as text has no article: refused, not read with its tags."""
    response = staff_client.post(reverse(IMPORT_URL), {"text": (HERE / "page.html").read_text()})

    [error] = admin_errors(response)
    assert "웹 페이지에서 기사 본문을 찾지 못했습니다" in error
    assert snapshot() == seeded


# --- made at test time: too large to commit ---------------------------------------------------


@pytest.fixture
def oversized(tmp_path, settings):
    """Valid Korean text one byte over the limit."""
    data = (RELEASE * (settings.INGEST_MAX_BYTES // len(RELEASE.encode()) + 1)).encode()
    path = tmp_path / "oversized.txt"
    path.write_bytes(data[: settings.INGEST_MAX_BYTES + 1])
    return path


def test_an_oversized_document_is_refused_everywhere(oversized, staff_client, seeded, tmp_path):
    """Over INGEST_MAX_BYTES: ingest, extract, an upload and a paste all say so; nothing saved."""
    reason = "파일이 너무 큽니다"
    assert_one_korean_line(ingest_refused(oversized), "oversized.txt", reason)
    with pytest.raises(CommandError) as refused:
        call_command("extract", str(oversized))
    assert_one_korean_line(str(refused.value), "oversized.txt", reason)

    data = oversized.read_bytes()
    response = staff_client.post(reverse(IMPORT_URL), {"file": SimpleUploadedFile("oversized.txt", data)})
    [error] = admin_errors(response)
    assert "문서가 너무 큽니다" in error
    response = staff_client.post(reverse(IMPORT_URL), {"text": data.decode()})
    [error] = admin_errors(response)
    assert "문서가 너무 큽니다" in error

    json_path = tmp_path / "oversized.json"
    json_path.write_text(json.dumps({**BASE, "note": data.decode()}, ensure_ascii=False))
    assert_one_korean_line(ingest_refused(json_path), "oversized.json", reason)
    assert snapshot() == seeded


def test_a_paste_beyond_what_django_reads_is_a_form_error(staff_client, seeded, settings):
    """Past DATA_UPLOAD_MAX_MEMORY_SIZE Django refuses the request (RequestDataTooBig): the import
    form says the document is too large, instead of a bare 400 page."""
    text = "가" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 3 + 1)

    response = staff_client.post(reverse(IMPORT_URL), {"text": text})

    assert response.status_code == 413
    [error] = admin_errors(response)
    assert "문서가 너무 큽니다" in error
    assert "\n" not in error
    assert snapshot() == seeded


def test_a_paste_beyond_what_django_reads_still_needs_the_import_permission(client, seeded, settings):
    """The too-large answer is the admin's: an anonymous visitor is sent to log in, not shown the form."""
    text = "가" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 3 + 1)

    response = client.post(reverse(IMPORT_URL), {"text": text})

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    """A 256 MiB file (sparse: no disk) is refused by its size; the command never holds its bytes."""
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(256 * 1024 * 1024)

    tracemalloc.start()
    try:
        message = ingest_refused(huge)
        with pytest.raises(CommandError):
            call_command("extract", str(huge))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert_one_korean_line(message, "huge.txt", "파일이 너무 큽니다 (268,435,456바이트")
    assert peak < 8 * 1024 * 1024


def _pdfs():
    from tests.pdf_files import Headline, Para, image_only_pdf, many_pages_pdf, newspaper_pdf

    items = [Headline("한빛시, 새솔전자와 투자협약"), Para(RELEASE.split("\n")[2])]
    return {
        "locked.pdf": (lambda: newspaper_pdf(items, encrypt="secret"), "암호"),
        "scan-only.pdf": (image_only_pdf, "OCR(광학 문자 인식)"),
        "archive.pdf": (lambda: many_pages_pdf(500), "쪽이 너무 많습니다(500쪽"),
    }


@pytest.mark.parametrize("name", ["locked.pdf", "scan-only.pdf", "archive.pdf"])
def test_a_pdf_it_cannot_read_is_refused_everywhere(tmp_path, staff_client, seeded, name):
    """An encrypted PDF, a scan with no text layer and a 500-page PDF (made at test time: the last
    is large): ingest, extract and the admin import each give the one-line reason; nothing saved."""
    make, expected = _pdfs()[name]
    path = tmp_path / name
    path.write_bytes(make())

    assert_one_korean_line(ingest_refused(path), name, expected)
    with pytest.raises(CommandError) as refused:
        call_command("extract", str(path), stdout=io.StringIO())
    assert_one_korean_line(str(refused.value), name, expected)
    response = staff_client.post(reverse(IMPORT_URL), {"file": SimpleUploadedFile(name, path.read_bytes())})
    [error] = admin_errors(response)
    assert_one_korean_line(error, name, expected)
    assert snapshot() == seeded


def test_a_zip_of_too_many_members_is_refused_before_they_are_listed(tmp_path, seeded):
    """A zip of 5,000 empty entries is refused from its end record, nothing saved."""
    path = tmp_path / "many.hwpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/hwp+zip")
        for number in range(5000):
            archive.writestr(f"Contents/x{number}", b"")

    assert_one_korean_line(ingest_refused(path), "many.hwpx", "ZIP 안의 파일이 너무 많습니다 (5,001개")
    assert snapshot() == seeded


def test_a_zip_bomb_is_refused_within_bounded_memory():
    """bomb.hwpx (17 KB that inflate to 17 MiB) stops at the member bound: memory stays near it."""
    tracemalloc.start()
    try:
        with pytest.raises(CommandError) as refused:
            call_command("extract", str(HERE / "bomb.hwpx"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert "너무 큽니다" in str(refused.value)
    assert peak < 48 * 1024 * 1024


def test_a_native_file_over_its_own_limit_is_refused_before_it_is_read(tmp_path, settings, staff_client, seeded):
    """An HWP over INGEST_MAX_FILE_BYTES is refused by its size by the commands and the admin form;
    text stays held to the smaller INGEST_MAX_BYTES."""
    settings.INGEST_MAX_FILE_BYTES = 10_000
    path = tmp_path / "big.hwp"
    data = (HERE / "release-password.hwp").read_bytes()  # 14,336 bytes
    path.write_bytes(data)

    assert_one_korean_line(ingest_refused(path), "big.hwp", "파일이 너무 큽니다 (14,336바이트, 한도는 10,000바이트)")
    response = staff_client.post(reverse(IMPORT_URL), {"file": SimpleUploadedFile("big.hwp", data)})
    [error] = admin_errors(response)
    assert "문서가 너무 큽니다 (14,336바이트, 한도는 10,000바이트)" in error
    assert snapshot() == seeded


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda path: path.mkdir(), "폴더입니다"),
        (lambda path: None, "파일을 읽을 수 없습니다 (없는 파일)"),
        (lambda path: path.write_bytes(b"[" * 200_000), "너무 깊이 중첩되어 있습니다"),
    ],
    ids=["directory", "missing", "deep-nesting"],
)
def test_what_is_not_a_readable_file_is_refused(tmp_path, seeded, make, expected):
    """A folder, a missing file and JSON nested past Python's recursion limit each get a reason."""
    path = tmp_path / "case.json"
    make(path)

    assert_one_korean_line(ingest_refused(path), "case.json", expected)
    assert snapshot() == seeded


# --- saved within bounds ----------------------------------------------------------------------


def bounded_columns_overflowing():
    """(model, field, length) of every stored text longer than its column (SQLite does not check)."""
    overflowing = []
    for model in [*apps.get_app_config("agreements").get_models(), *apps.get_app_config("people").get_models()]:
        for field in model._meta.concrete_fields:
            if isinstance(field, models.CharField) and field.max_length:
                for value in model.objects.values_list(field.attname, flat=True):
                    if value and len(value) > field.max_length:
                        overflowing.append((model.__name__, field.name, len(value)))
    return overflowing


@pytest.mark.parametrize("name", BOUNDED)
def test_long_values_are_saved_cut_to_their_columns(name):
    """A 300-character e-mail in a byline (DataError on PostgreSQL before) and long values in every
    text field are saved, each cut to its column's max_length, on both databases."""
    out = io.StringIO()
    call_command("ingest", str(HERE / name), stdout=out)

    assert "agreement: 1 created" in out.getvalue()
    assert bounded_columns_overflowing() == []
    byline = Article.objects.get().byline
    assert byline.startswith("김하늘 기자 ")
    assert len(byline) == Article._meta.get_field("byline").max_length


# --- as programs: the exit status and stderr a person sees --------------------------------------


def test_as_programs_they_exit_1_with_one_line_and_no_traceback(tmp_path):
    """Run as `python manage.py …`, a refusal exits 1 with one 'CommandError: …' line on stderr.
    The database is a path that does not exist: a refusal must not need it."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'absent' / 'db.sqlite3'}",
    }
    # One run (a Python start-up is slow); test_extract_command.py runs `extract` the same way.
    for command, name in [("ingest", "amount-string.json")]:
        proc = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), command, str(HERE / name)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=False,
        )
        assert proc.returncode == 1, proc.stderr
        [line] = proc.stderr.strip().splitlines()
        assert line.startswith(f"CommandError: {name}: ")
        assert REFUSED[name] in line
        assert proc.stdout == ""
