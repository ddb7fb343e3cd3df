"""Text in, extraction JSON out (see spec/EXTRACTION.md); pure Python, imports nothing from Django.

    read_path(path, name, max_bytes)    a file's bytes, refused for its size before it is read whole
    read_document(data, name)           bytes -> text (UTF-8, UTF-8 with BOM, CP949), or DocumentError
    read_source(data, name)             bytes -> (text, published): a web page's article and its date
    extract_text(text, name=, published=)  text -> the file object: articles with their agreements
    extract_bytes(data, name=, published=) both, plus the sha256 of the raw bytes

The stages: ``reading`` (decode), ``segment`` (page -> articles), ``layout`` (captions, labels and split
words), then the per-article field extraction in ``article``. Kiwi (``korean``) is loaded on first use,
never at import.
"""

from __future__ import annotations

import datetime
import hashlib

from . import layout, segment
from .reading import (
    DEFAULT_MAX_BYTES,
    DocumentError,
    check_size,
    read_document,
    read_path,
    read_source,
    sniff_html,
)

__all__ = ["DocumentError", "read_document", "read_source", "read_path", "check_size", "sniff_html"]
__all__ += ["extract_text", "extract_bytes", "DEFAULT_MAX_BYTES"]


def extract_text(text: str, *, name: str, published: datetime.date | None, sha256: str | None = None) -> dict:
    """The file object of EXTRACTION.md for a decoded document (``sha256`` is passed through)."""
    articles = []
    for raw in segment.split_articles(layout.paragraphs(text)):
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
) -> dict:
    """Read a document's bytes and extract it; the sha256 is of the bytes as given. A web page's own
    publication date is used when ``published`` is not given."""
    text, page_date = read_source(data, name, max_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    return extract_text(text, name=name, published=published or page_date, sha256=sha256)


def _extract_article(text, *, headline, subheadline, published):
    # Imported on first use: the field rules compile many patterns that a page view never needs.
    from .article import extract_article

    return extract_article(text, headline=headline, subheadline=subheadline, published=published)
