"""HWP and HWPX press releases, read as they are: the same agreements as the release typed as text,
through `extract`, `ingest` (with --jobs) and the admin import, with the original file kept and served
to reviewers. The files are made by tests/native_files.py."""

import datetime
import io
import json

import olefile
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from agreements.ingest import read_file
from agreements.models import Agreement, SourceDocument
from tests import factories
from tests.native_files import (
    PRESS_RELEASE_TXT,
    press_release_hwp,
    press_release_hwpx,
)

RELEASE_DAY = "2026-04-08"
IMPORT_URL = "admin:agreements_agreement_import"


@pytest.fixture
def releases(tmp_path):
    """The release as .txt, .hwpx and .hwp files (the .txt with no date of its own)."""
    paths = {
        "txt": tmp_path / "release.txt",
        "hwpx": tmp_path / "release.hwpx",
        "hwp": tmp_path / "release.hwp",
    }
    paths["txt"].write_text(PRESS_RELEASE_TXT)
    paths["hwpx"].write_bytes(press_release_hwpx())
    paths["hwp"].write_bytes(press_release_hwp())
    return paths


def without_spans(value):
    """An extraction's values without the character positions (the texts differ in bullets)."""
    if isinstance(value, dict):
        return {key: without_spans(item) for key, item in value.items() if key not in ("span", "spans")}
    if isinstance(value, list):
        return [without_spans(item) for item in value]
    return value


def extracted(path, *args):
    out = io.StringIO()
    call_command("extract", str(path), "--format", "json", *args, stdout=out)
    return json.loads(out.getvalue())


def test_extract_finds_the_same_agreement_in_the_txt_hwpx_and_hwp(releases):
    """The date and place come from the release's 일시/장소 table; the native files give their own
    date (saved at 23:30 UTC on the 7th: the 8th in Korea), the .txt is told it."""
    typed = extracted(releases["txt"], "--published", RELEASE_DAY)
    [article] = typed["articles"]
    [agreement] = article["agreements"]
    assert (agreement["signed_on"], agreement["place"]) == ("2026-04-07", "늘봄시청 대회의실")
    assert [party["name"] for party in agreement["parties"]] == ["늘봄시", "한결바이오㈜"]

    for kind in ("hwpx", "hwp"):
        native = extracted(releases[kind])
        assert native["published"] == RELEASE_DAY
        assert without_spans(native["articles"][0]["agreements"]) == without_spans(article["agreements"])
        assert native["articles"][0]["headline"] == article["headline"]


@pytest.mark.django_db
def test_ingest_keeps_the_original_file_its_kind_and_the_text_read(releases):
    out = io.StringIO()
    call_command("ingest", str(releases["hwp"]), str(releases["hwpx"]), stdout=out)

    assert Agreement.objects.count() == 2
    assert set(Agreement.objects.values_list("signed_on", flat=True)) == {datetime.date(2026, 4, 7)}
    for kind in ("hwp", "hwpx"):
        document = SourceDocument.objects.get(kind=kind)
        assert bytes(document.original.data) == releases[kind].read_bytes()
        assert document.published_on == datetime.date(2026, 4, 8)
        assert "일시: 2026. 4. 7.(화) 14:00" in document.raw_text
        assert "머리말" not in document.raw_text  # the page header is furniture

    # The bytes' sha256 is the key: the same file again changes nothing.
    again = io.StringIO()
    call_command("ingest", str(releases["hwp"]), stdout=again)
    assert (
        "document: 0 created, 0 updated, 1 unchanged; agreement: 0 created, 0 updated, 1 unchanged"
        in again.getvalue()
    )
    assert SourceDocument.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_ingest_in_two_processes_reads_native_files_as_one_process_does(releases):
    files = [str(releases["hwp"]), str(releases["hwpx"])]
    call_command("ingest", *files, stdout=io.StringIO())
    one = sorted(SourceDocument.objects.values_list("kind", "sha256", "raw_text", "original__data"))
    titles = sorted(Agreement.objects.values_list("title", "signed_on", "place"))
    Agreement.objects.all().delete()
    SourceDocument.objects.all().delete()

    call_command("ingest", *files, "--jobs", "2", stdout=io.StringIO())

    assert sorted(SourceDocument.objects.values_list("kind", "sha256", "raw_text", "original__data")) == one
    assert sorted(Agreement.objects.values_list("title", "signed_on", "place")) == titles


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["hwp", "hwpx"])
def test_the_admin_import_reads_a_native_file(staff_client, releases, kind):
    """Uploaded under any name, the file is read by its content; the drafts are those of the .txt."""
    data = releases[kind].read_bytes()

    response = staff_client.post(reverse(IMPORT_URL), {"file": SimpleUploadedFile(f"보도자료.{kind}", data)})

    assert response.status_code == 302
    agreement = Agreement.objects.get()
    assert (agreement.title, agreement.signed_on, agreement.place) == (
        "백신 원료공장 건립 투자협약",
        datetime.date(2026, 4, 7),
        "늘봄시청 대회의실",
    )
    assert agreement.article.document.kind == kind


def test_the_kind_comes_from_the_content_not_the_name(releases):
    assert read_file(releases["hwpx"].read_bytes(), "release.txt").kind == "hwpx"
    assert read_file(releases["hwp"].read_bytes(), "release.hwpx").kind == "hwp"
    assert read_file(PRESS_RELEASE_TXT.encode(), "release.hwp").kind == "txt"


def test_the_test_builder_writes_an_ole_file_olefile_opens(releases):
    ole = olefile.OleFileIO(str(releases["hwp"]))
    assert ["BodyText", "Section0"] in ole.listdir()
    assert ole.openstream("FileHeader").read(17) == b"HWP Document File"


# --- opening the original from the review screen ----------------------------------------------


@pytest.fixture
def imported_hwp(releases):
    call_command("ingest", str(releases["hwp"]), stdout=io.StringIO())
    return Agreement.objects.get()


def original_url(document):
    return reverse("admin:agreements_sourcedocument_original", args=[document.pk])


@pytest.mark.django_db
def test_the_review_screen_links_to_the_original_file(staff_client, imported_hwp):
    document = imported_hwp.article.document

    page = staff_client.get(reverse("admin:agreements_agreement_review", args=[imported_hwp.pk]))

    assert f'href="{original_url(document)}"' in page.content.decode()
    assert "원본 파일 열기 (HWP)" in page.content.decode()


@pytest.mark.django_db
def test_the_original_is_served_as_a_download_that_no_browser_sniffs(staff_client, imported_hwp, releases):
    response = staff_client.get(original_url(imported_hwp.article.document))

    assert response.status_code == 200
    assert response.content == releases["hwp"].read_bytes()
    assert response["Content-Type"] == "application/x-hwp"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "release.hwp" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_an_uploaded_web_page_is_served_as_a_download_not_as_a_page(staff_client):
    """A saved web page is the uploader's HTML: it must never run as this site's page."""
    page = (
        b"<!DOCTYPE html><html><body><script>alert(1)</script>"
        + PRESS_RELEASE_TXT.encode()
        + b"</body></html>"
    )
    staff_client.post(reverse(IMPORT_URL), {"file": SimpleUploadedFile("page.html", page)})
    document = SourceDocument.objects.get()

    response = staff_client.get(original_url(document))

    assert document.kind == "html"
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")


@pytest.mark.django_db
def test_the_original_needs_the_right_to_view_documents(client, django_user_model, imported_hwp):
    url = original_url(imported_hwp.article.document)

    assert client.get(url).status_code == 302  # to the login page
    outsider = django_user_model.objects.create_user("outsider", password="pw", is_staff=True)
    client.force_login(outsider)
    assert client.get(url).status_code == 403
    outsider.groups.add(Group.objects.get(name="열람자"))
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 405


@pytest.mark.django_db
def test_a_document_imported_before_files_were_kept_has_no_link(staff_client):
    agreement = factories.AgreementFactory(article=factories.ArticleFactory())

    page = staff_client.get(reverse("admin:agreements_agreement_review", args=[agreement.pk]))

    assert "원본 파일 열기" not in page.content.decode()
    assert staff_client.get(original_url(agreement.article.document)).status_code == 404


@pytest.mark.django_db
def test_a_pdf_link_opens_the_page_of_the_article():
    """The page comes from where the article's headline sits in the text read, and the page starts."""
    from agreements.admin_files import original_url as link

    text = "첫 쪽의 다른 기사\n" * 10 + "늘봄시, 한결바이오와 투자협약\n본문"
    starts = [0, 60, text.index("늘봄시") - 5]
    document = factories.SourceDocumentFactory(kind="pdf", raw_text=text, page_starts=starts)
    article = factories.ArticleFactory(document=document, headline="늘봄시, 한결바이오와 투자협약")

    assert link(document, article) == original_url(document) + "#page=3"
    assert link(document) == original_url(document)


# --- a PDF through the same entry point ---------------------------------------------------------


@pytest.fixture
def release_pdf(tmp_path):
    """The release as an office program prints it to PDF (tests/pdf_files.py)."""
    from tests.pdf_files import press_release_pdf

    title, *paragraphs = [p for p in PRESS_RELEASE_TXT.split("\n\n")[2:] if p.strip()]
    path = tmp_path / "release.pdf"
    path.write_bytes(press_release_pdf(title.strip(), [p.strip() for p in paragraphs]))
    return path


@pytest.mark.django_db
def test_a_pdf_is_ingested_with_its_pages_and_its_review_link_opens_the_page(release_pdf, staff_client):
    call_command("ingest", str(release_pdf), "--published", RELEASE_DAY, stdout=io.StringIO())

    agreement = Agreement.objects.get()
    document = agreement.article.document
    assert (agreement.title, agreement.signed_on, agreement.place) == (
        "백신 원료공장 건립 투자협약",
        datetime.date(2026, 4, 7),
        "늘봄시청 대회의실",
    )
    assert (document.kind, document.page_starts) == ("pdf", [0])
    page = staff_client.get(
        reverse("admin:agreements_agreement_review", args=[agreement.pk])
    ).content.decode()
    assert f'href="{original_url(document)}#page=1"' in page
    response = staff_client.get(original_url(document))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline;")
    assert response.content == release_pdf.read_bytes()


@pytest.mark.django_db
def test_the_admin_import_reads_a_pdf(staff_client, release_pdf):
    data = release_pdf.read_bytes()

    staff_client.post(
        reverse(IMPORT_URL), {"file": SimpleUploadedFile("보도자료.pdf", data), "published": RELEASE_DAY}
    )

    assert Agreement.objects.get().article.document.kind == "pdf"


@pytest.mark.django_db
def test_a_document_imported_before_files_were_kept_gains_its_file_when_it_comes_back(releases):
    call_command("ingest", str(releases["hwpx"]), stdout=io.StringIO())
    document = SourceDocument.objects.get()
    document.original.delete()
    SourceDocument.objects.filter(pk=document.pk).update(kind="")

    call_command("ingest", str(releases["hwpx"]), stdout=io.StringIO())

    document.refresh_from_db()
    assert document.kind == "hwpx"
    assert bytes(document.original.data) == releases["hwpx"].read_bytes()


@pytest.mark.django_db
def test_an_extraction_file_beside_its_hwp_keeps_the_text_read_from_it(releases, tmp_path):
    extraction = extracted(releases["hwp"])
    (tmp_path / "release.json").write_text(json.dumps(extraction, ensure_ascii=False))

    call_command("ingest", str(tmp_path / "release.json"), stdout=io.StringIO())

    assert "일시: 2026. 4. 7.(화) 14:00" in SourceDocument.objects.get().raw_text


@pytest.mark.django_db
def test_the_article_page_links_to_the_original_file(staff_client, imported_hwp):
    article = imported_hwp.article

    page = staff_client.get(reverse("admin:agreements_article_change", args=[article.pk]))

    assert f'href="{original_url(article.document)}"' in page.content.decode()
