"""A PDF newspaper page through `extract`, `ingest` and the admin import: the sample page set as a
two-column PDF (tests/pdf_files.py) gives the agreements seed-expected.json lists; the file is kept,
and the review screen opens it at the page the article came from."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from agreements.ingest import read_file
from agreements.models import Agreement, SourceDocument
from tests.compare import assert_list, plain
from tests.pdf_files import image_only_pdf, newspaper, sample_page_items
from tests.test_extract_seed import EXPECTED

IMPORT_URL = "admin:agreements_agreement_import"
WANTED = [(a["headline"], agreement["title"]) for a in EXPECTED["articles"] for agreement in a["agreements"]]


@pytest.fixture(scope="module")
def page_pdf():
    return newspaper(sample_page_items()).data


@pytest.fixture
def pdf_path(tmp_path, page_pdf):
    path = tmp_path / "jeonju-daily-page.pdf"
    path.write_bytes(page_pdf)
    return path


def test_the_kind_comes_from_the_content_and_the_pages_are_kept(page_pdf):
    source = read_file(page_pdf, "page.txt")
    assert (source.kind, len(source.page_starts), source.page_starts[0]) == ("pdf", 2, 0)
    assert source.text.startswith("전주시, AI 데이터 산업 중심지로 도약한다\n\n")


def test_extract_reads_the_pdf_as_seed_expected_says(pdf_path):
    """Every article's headline and byline, and each agreement's parties, budgets, targets and people."""
    out = io.StringIO()
    call_command("extract", str(pdf_path), "--format", "json", stdout=out)
    result = json.loads(out.getvalue())

    assert result["file"] == "jeonju-daily-page.pdf"
    got = [(a["headline"], a["byline"]) for a in result["articles"]]
    assert got == [(a["headline"], a["byline"]) for a in EXPECTED["articles"]]
    for i, (article, expected) in enumerate(zip(result["articles"], EXPECTED["articles"], strict=True)):
        for agreement, wanted in zip(article["agreements"], expected["agreements"], strict=True):
            assert plain(agreement["title"]) == wanted["title"]
            for field in ("parties", "budgets", "targets", "people"):
                assert_list(agreement.get(field, []), wanted[field], f"article {i + 1} {field}")


@pytest.mark.django_db
def test_ingest_keeps_the_pdf_its_text_and_where_each_page_begins(pdf_path):
    out = io.StringIO()
    call_command("ingest", str(pdf_path), stdout=out)

    document = SourceDocument.objects.get()
    assert document.kind == "pdf"
    assert bytes(document.original.data) == pdf_path.read_bytes()
    assert len(document.page_starts) == 2
    assert "인허가 등 복잡한 행정 절차" in document.raw_text
    assert sorted(Agreement.objects.values_list("article__headline", "title")) == sorted(WANTED)

    again = io.StringIO()
    call_command("ingest", str(pdf_path), stdout=again)
    assert "document: 0 created, 0 updated, 1 unchanged" in again.getvalue()


@pytest.mark.django_db
def test_the_admin_import_reads_a_pdf_under_any_name(staff_client, page_pdf):
    response = staff_client.post(reverse(IMPORT_URL), {"file": SimpleUploadedFile("지면.txt", page_pdf)})

    assert response.status_code == 302
    assert sorted(Agreement.objects.values_list("article__headline", "title")) == sorted(WANTED)
    assert SourceDocument.objects.get().kind == "pdf"


@pytest.mark.django_db
def test_the_admin_import_refuses_a_scan_in_one_line_and_saves_nothing(staff_client):
    response = staff_client.post(
        reverse(IMPORT_URL), {"file": SimpleUploadedFile("scan.pdf", image_only_pdf())}
    )

    assert "OCR" in response.content.decode()
    assert not SourceDocument.objects.exists()


@pytest.mark.django_db
def test_the_review_screen_opens_the_pdf_at_the_page_of_each_article(staff_client, pdf_path):
    """The page's first article is printed on page 1, its fourth (the training course) on page 2."""
    call_command("ingest", str(pdf_path), stdout=io.StringIO())
    document = SourceDocument.objects.get()
    original = reverse("admin:agreements_sourcedocument_original", args=[document.pk])

    for article, page in ((0, 1), (3, 2)):
        agreement = Agreement.objects.get(article__headline=EXPECTED["articles"][article]["headline"])
        review = staff_client.get(reverse("admin:agreements_agreement_review", args=[agreement.pk]))
        assert f'href="{original}#page={page}"' in review.content.decode()
