"""HTML pages: main text and metadata via trafilatura (navigation, footers
and comments removed), then the same text rules as scraped .txt files."""
from __future__ import annotations

from kg.ingest.metadata import document_from_text, parse_date
from kg.records import Document


def document_from_html(html: str, source: str, key: str) -> Document:
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True)
    if result is None:
        from kg.ingest.readers import ReadError
        raise ReadError(source, "no article text found in the HTML page")
    get = result.get if isinstance(result, dict) else lambda k, d=None: getattr(result, k, d)
    text = get("text") or ""
    if not text.strip():
        from kg.ingest.readers import ReadError
        raise ReadError(source, "no article text found in the HTML page")
    title = get("title") or ""
    date = get("date") or ""
    doc = document_from_text(text, source=source, key=key, title=title, date=parse_date(date) if date else "",
                             guess_title=False)
    doc.url = get("url") or ""
    doc.publisher = get("sitename") or ""
    return doc
