"""`manage.py ingest FILE.txt`: documents become drafts the list shows; bad files change nothing."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from agreements.models import Agreement, SourceDocument
from people.models import Organization
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db

RELEASE = (
    "솔빛시, 한누리에너지와 태양광 발전단지 투자협약\n\n"
    "솔빛시는 지난 10일 시청 대회의실에서 ㈜한누리에너지와 '솔빛 태양광 발전단지 조성 투자협약'을 "
    "체결했다고 밝혔다.\n\n"
    "협약에 따라 ㈜한누리에너지는 오는 2028년 준공을 목표로 총 1200억원을 투입해 "
    "발전용량 40MW 규모의 태양광 발전단지를 조성한다.\n\n"
    "김하늘 기자\n"
)


@pytest.fixture
def release(tmp_path):
    path = tmp_path / "solbit.txt"
    path.write_bytes(RELEASE.encode("cp949"))
    return path


def test_it_saves_a_text_document_as_drafts_the_list_shows(release, client, capsys):
    """A CP949 press release becomes a draft agreement on the list page."""
    call_command("ingest", str(release), "--published", "2026-03-12")

    agreement = Agreement.objects.get()
    assert agreement.title == "솔빛 태양광 발전단지 조성 투자협약"
    assert agreement.review_state == Agreement.ReviewState.EXTRACTED
    assert str(agreement.signed_on) == "2026-03-10"
    assert agreement.budgets.get().amount_krw == 120_000_000_000
    assert "agreement: 1 created" in capsys.readouterr().out
    page = client.get(reverse("agreements:list")).content.decode()
    assert "솔빛 태양광 발전단지 조성 투자협약" in page
    assert "검토 대기" in page


def test_it_keeps_the_spans_of_extracted_values(release):
    """Each saved value still points at the words it came from in the article."""
    call_command("ingest", str(release))

    agreement = Agreement.objects.get()
    budget = agreement.budgets.get()
    text = agreement.article.text
    assert text[budget.span_start : budget.span_end] == "1200억원"
    assert SourceDocument.objects.get().raw_text == RELEASE


def test_it_loads_the_sample_page_twice_without_change(capsys):
    """The raw sample page yields four drafts; the second run reports them unchanged."""
    page = ROOT / "fixtures" / "documents" / "jeonju-daily-page.txt"
    call_command("ingest", str(page))
    organizations = Organization.objects.count()
    call_command("ingest", str(page))

    assert Agreement.objects.count() == 4
    assert Organization.objects.count() == organizations
    assert "agreement: 0 created, 0 updated, 4 unchanged" in capsys.readouterr().out


def test_a_bad_file_in_a_batch_is_named_and_the_others_are_kept(release, tmp_path, capsys):
    """Each document is saved on its own: a binary file is refused on one line by its name, the good
    one before it is saved, and the batch run again saves nothing twice."""
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.7\x00\x01\x02")

    with pytest.raises(CommandError, match=r"^scan\.pdf: ") as refused:
        call_command("ingest", str(release), str(bad))

    assert "\n" not in str(refused.value)
    assert "solbit.txt: document: 1 created" in capsys.readouterr().out
    assert Agreement.objects.count() == 1
    bad.unlink()
    call_command("ingest", str(release))
    assert "agreement: 0 created, 0 updated, 1 unchanged" in capsys.readouterr().out
    assert (Agreement.objects.count(), SourceDocument.objects.count()) == (1, 1)


def test_several_refusals_are_each_named_on_a_line_of_their_own(release, tmp_path, capsys):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.7\x00\x01\x02")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    with pytest.raises(CommandError, match="문서 2개를 저장하지 못했습니다.*나머지 1개는 저장했습니다"):
        call_command("ingest", str(bad), str(release), str(empty))

    lines = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0] for line in lines] == ["scan.pdf", "empty.txt"]
    assert Agreement.objects.count() == 1


def test_with_atomic_a_bad_file_in_a_batch_saves_nothing(release, tmp_path):
    """--atomic: one binary file among good ones is refused by name and nothing is saved."""
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.7\x00\x01\x02")

    with pytest.raises(CommandError, match=r"scan\.pdf"):
        call_command("ingest", str(release), str(bad), "--atomic")

    assert Agreement.objects.count() == 0
    assert SourceDocument.objects.count() == 0


@pytest.mark.parametrize("atomic", [[], ["--atomic"]])
def test_a_dry_run_says_what_it_would_save_and_keeps_nothing(release, capsys, atomic):
    call_command("ingest", str(release), "--dry-run", *atomic)

    out = capsys.readouterr().out
    assert "solbit.txt: document: 1 created" in out and "agreement: 1 created" in out
    assert "아무것도 남기지 않았습니다" in out
    assert (SourceDocument.objects.count(), Agreement.objects.count(), Organization.objects.count()) == (0, 0, 0)


def test_it_refuses_an_empty_file(tmp_path):
    """An empty document is refused with its name."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    with pytest.raises(CommandError, match=r"empty\.txt"):
        call_command("ingest", str(empty))

    assert SourceDocument.objects.count() == 0


def test_it_saves_a_web_page_as_drafts_dated_by_the_page(capsys):
    """`ingest page.html` reads the article of the page and keeps the page's publication date."""
    from tests.test_webpage import PAGES

    call_command("ingest", str(PAGES / "br-body-euc-kr.html"))

    agreement = Agreement.objects.get()
    assert agreement.title == "영농형 태양광 발전사업 상생협약"
    assert str(agreement.signed_on) == "2024-11-04"
    assert agreement.budgets.get().amount_krw == 8_500_000_000
    document = SourceDocument.objects.get()
    assert str(document.published_on) == "2024-11-05"
    assert "<" not in document.raw_text and "관련기사" not in document.raw_text
    assert "agreement: 1 created" in capsys.readouterr().out
