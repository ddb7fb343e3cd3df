"""Text in, extraction JSON out (see spec/EXTRACTION.md); pure Python, imports nothing from Django.

    read_path(path, name, max_bytes)    a file's bytes, refused for its size before it is read whole
    read_document(data, name)           bytes -> text (UTF-8, UTF-8 with BOM, CP949), or DocumentError
    read_source(data, name)             bytes -> (text, published): a web page's article and its date
    read_file(data, name)               any document (text, web page, PDF, HWP, HWPX, told by its content)
                                        -> Source(text, published, kind, page_starts, data)
    extract_text(text, name=, published=)  text -> the file object: articles with their agreements
    extract_bytes(data, name=, published=) both, plus the sha256 of the raw bytes

The stages: ``native`` (the kind, and a native document's reader: ``hwp``, ``hwpx``), ``reading`` (decode), ``chrome`` (web-page furniture blanked), ``segment`` (page ->
articles), ``layout`` (captions, labels and split words), then the per-article field extraction in ``article``. Kiwi (``korean``) is loaded on first use,
never at import.

Bounds on the work for one document (module constants; the keyword arguments of ``extract_text`` and
``extract_bytes`` override them): at most ``MAX_ARTICLES`` articles, and ``TIME_BUDGET_SECONDS`` of
extraction, checked before each article; past either the document is refused with ``DocumentError``
and a one-line Korean reason, before anything is stored. A paragraph longer than
``korean.MAX_ANALYSED_CHARS`` is analysed in pieces cut at sentence ends (see ``korean``).
"""

from __future__ import annotations

import datetime
import hashlib
import time

from . import chrome, layout, segment, stamps
from .native import KINDS, Source, read_file
from .reading import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_FILE_BYTES,
    DocumentError,
    check_size,
    read_document,
    read_path,
    read_source,
    sniff_html,
)

__all__ = ["DocumentError", "read_document", "read_source", "read_path", "check_size", "sniff_html"]
__all__ += ["read_file", "Source", "KINDS", "DEFAULT_MAX_FILE_BYTES"]
__all__ += ["extract_text", "extract_bytes", "DEFAULT_MAX_BYTES", "MAX_ARTICLES", "TIME_BUDGET_SECONDS"]

# a newspaper page has 5 to 30 articles; a file of 500 is a dump of a whole archive, to be split
MAX_ARTICLES = 500
# a 2 MiB document (the size limit) of articles extracts in 40 s (idle) to 80 s (loaded) on the project
# machine (BENCHMARKS.md, bench/long_lines.py); the budget leaves room for a slower one, checked per article
TIME_BUDGET_SECONDS = 120.0


def extract_text(
    text: str,
    *,
    name: str,
    published: datetime.date | None,
    sha256: str | None = None,
    max_articles: int | None = None,
    time_budget: float | None = None,
) -> dict:
    """The file object of EXTRACTION.md for a decoded document (``sha256`` is passed through);
    ``DocumentError`` when it has more than ``max_articles`` articles or its extraction takes more
    than ``time_budget`` seconds (the module's ``MAX_ARTICLES`` and ``TIME_BUDGET_SECONDS`` when not given)."""
    started = time.monotonic()
    published = published or stamps.document_date(text)  # '입력 2024-09-11 16:33', '보도일시 : …'
    max_articles = MAX_ARTICLES if max_articles is None else max_articles
    time_budget = TIME_BUDGET_SECONDS if time_budget is None else time_budget
    script = chrome.is_script(text)
    raws = segment.split_articles(layout.paragraphs(chrome.strip(text), script=script), script=script)
    if len(raws) > max_articles:
        raise DocumentError(
            name,
            f"기사가 너무 많습니다({len(raws):,}건, 한 문서에 {max_articles:,}건까지 읽습니다). "
            "문서를 나눠서 올려 주세요",
        )
    articles = []
    for number, raw in enumerate(raws):
        if time.monotonic() - started >= time_budget:
            raise DocumentError(
                name,
                f"추출이 {time_budget:g}초 안에 끝나지 않아 중단했습니다"
                f"(기사 {len(raws):,}건 중 {number:,}건을 읽음). 문서를 나눠서 올려 주세요",
            )
        body = "\n\n".join(layout.repair(raw.body, raw.preamble))
        is_agreement, agreements = _extract_article(
            body, headline=raw.headline, subheadline=raw.subheadline, published=published
        )
        articles.append(
            {
                "headline": raw.headline,
                "subheadline": raw.subheadline,
                "byline": raw.byline,
                "text": body,
                "is_agreement": is_agreement,
                "agreements": agreements,
            }
        )
    return {
        "file": name,
        "sha256": sha256,
        "published": published.isoformat() if published else None,
        "articles": articles,
    }


def extract_bytes(
    data: bytes,
    *,
    name: str,
    published: datetime.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    max_articles: int | None = None,
    time_budget: float | None = None,
) -> dict:
    """Read a document's bytes (any kind ``read_file`` takes) and extract it; the sha256 is of the bytes
    as given. The document's own date (a web page's metadata, an HWP's summary) is used when
    ``published`` is not given."""
    source = read_file(data, name, max_bytes, max_file_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    return extract_text(
        source.text,
        name=name,
        # the date the text states ('보도일시', '입력') before a file's metadata: an HWP's summary
        # date is when it was last saved, which may be days before or after the release
        published=published or stamps.document_date(source.text) or source.published,
        sha256=sha256,
        max_articles=max_articles,
        time_budget=time_budget,
    )


def _extract_article(text, *, headline, subheadline, published):
    # Imported on first use: the field rules compile many patterns that a page view never needs.
    from .article import extract_article

    return extract_article(text, headline=headline, subheadline=subheadline, published=published)
