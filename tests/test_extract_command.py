"""The extract command: prints what a document yields, refuses bad files by name, writes nothing."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

DOC = "솔빛시, 태양광 협약\n\n솔빛시는 10일 시청에서 한누리전력과 태양광 발전 협약을 맺었다.\n\n김하늘 기자\n"


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "release.txt"
    path.write_bytes(DOC.encode("cp949"))
    return path


def test_it_prints_one_json_object_per_file(doc, tmp_path, capsys):
    """--format json prints one line per file with the file name, hash, date and articles."""
    other = tmp_path / "other.txt"
    other.write_text(DOC, encoding="utf-8")
    call_command("extract", str(doc), str(other), "--format", "json", "--published", "2026-03-11")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    result = json.loads(lines[0])
    assert result["file"] == "release.txt"
    assert result["published"] == "2026-03-11"
    assert len(result["sha256"]) == 64
    assert result["articles"][0]["headline"] == "솔빛시, 태양광 협약"
    assert result["articles"][0]["byline"] == "김하늘 기자"
    assert "솔빛시" in lines[0]  # ensure_ascii=False


def test_it_prints_a_readable_summary_by_default(doc, capsys):
    """The text format names the file and each article's headline and byline."""
    call_command("extract", str(doc))
    out = capsys.readouterr().out
    assert "release.txt" in out
    assert "[1] 솔빛시, 태양광 협약 — 김하늘 기자" in out


def test_it_refuses_a_binary_file_naming_it(tmp_path):
    """A binary file fails the command with its name and the reason."""
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x01binary")
    with pytest.raises(CommandError, match=r"scan\.txt: PNG 그림 파일입니다"):
        call_command("extract", str(bad))


def test_it_refuses_a_missing_file(tmp_path):
    """A file that cannot be read is named in the error."""
    with pytest.raises(CommandError, match="missing.txt: 파일을 읽을 수 없습니다 \\(없는 파일\\)"):
        call_command("extract", str(tmp_path / "missing.txt"))


def test_it_refuses_a_file_over_the_configured_limit(doc, settings):
    """The size limit comes from settings.INGEST_MAX_BYTES."""
    settings.INGEST_MAX_BYTES = 10
    with pytest.raises(CommandError, match=r"release\.txt: 파일이 너무 큽니다"):
        call_command("extract", str(doc))


def test_it_still_prints_good_files_and_reports_each_bad_one(doc, tmp_path, capsys):
    """Good files are printed; every bad file gets one line on stderr and the exit is non-zero."""
    empty, binary = tmp_path / "empty.txt", tmp_path / "data.bin"
    empty.write_bytes(b"")
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(CommandError, match="data.bin"):
        call_command("extract", str(empty), str(doc), str(binary), "--format", "json")
    captured = capsys.readouterr()
    assert json.loads(captured.out)["file"] == "release.txt"
    assert "empty.txt: 빈 문서입니다." in captured.err


def test_it_exits_non_zero_from_the_command_line(tmp_path):
    """Run as a program, a refused file gives exit status 1 and one line naming it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    bad = tmp_path / "u16.txt"
    bad.write_bytes("협약".encode("utf-16-le"))
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    proc = subprocess.run(
        [sys.executable, str(root / "manage.py"), "extract", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "CommandError: u16.txt: 바이트 순서 표시(BOM) 없는 UTF-16입니다. UTF-8로 저장해 주세요."
    ]


def test_it_reads_a_saved_web_page_with_the_date_the_page_gives(tmp_path, capsys):
    """A .html page: the article without the page's chrome, published on the page's own date."""
    from tests.test_webpage import PAGES

    call_command("extract", str(PAGES / "news-with-chrome.html"), "--format", "json")
    result = json.loads(capsys.readouterr().out)
    assert result["published"] == "2025-04-17"
    article = result["articles"][0]
    assert article["headline"] == "가람시, ㈜다온바이오와 공장 신설 투자협약"
    assert "관련기사" not in article["text"] and "무단전재" not in article["text"]
    assert [p["name"] for p in article["agreements"][0]["parties"]] == ["가람시", "㈜다온바이오"]


def test_it_refuses_a_web_page_without_an_article_naming_it():
    from tests.test_webpage import PAGES

    with pytest.raises(CommandError, match=r"portal-front-page\.html: 웹 페이지에서 기사 본문을 찾지 못했습니다"):
        call_command("extract", str(PAGES / "portal-front-page.html"))
