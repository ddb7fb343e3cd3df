"""A saved web page (.html, .htm — or any file whose content is a page) read as its article.

The article's text comes from trafilatura (Apache-2.0), which keeps the main text of a page and
drops its menus, share buttons, related-article lists and copyright footer; it runs on the string
given, with no network. The text handed on is the page's title, a blank line, then the article's
paragraphs, so the rest of the pipeline reads it as it reads a pasted article. The publication date
is the one the page's metadata gives (``article:published_time``, ``<meta name="date">``,
``datePublished`` …, read by htmldate through trafilatura), never a date guessed from the text.

Whether a document is a page is told by its content, not its name (``reading.sniff_html``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .reading import DocumentError

# the page's own metadata only: a date in the text may be the signing day, not the publication
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


@dataclass(frozen=True)
class WebPage:
    text: str  # the title, a blank line, the article's paragraphs
    published: datetime.date | None


def read_web_page(html: str, name: str) -> WebPage:
    """The article of a saved web page and its publication date, or ``DocumentError`` when the page
    has no article text (a portal's front page, a page of links, an empty shell)."""
    import trafilatura  # imported on first use: a text document never needs it

    page = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params=DATE_PARAMS,
    )
    body = (page.text or "").strip() if page is not None else ""
    if not body:
        raise DocumentError(name, "웹 페이지에서 기사 본문을 찾지 못했습니다.")
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    title = (page.title or "").strip()
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    text = "\n\n".join(([title] if title else []) + paragraphs) + "\n"
    return WebPage(text, _date(page.date))


def _date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
