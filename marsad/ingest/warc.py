"""WARC archives (warcio) → one Article per archived HTML page, read as single HTML pages are."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from marsad.ingest.encoding import UndecodableError
from marsad.ingest.html import MAX_HTML_BYTES, NotAnArticleError, article_from_html
from marsad.ingest.jsonl import Skipped
from marsad.model import Article, parse_day


def read_warc(stream: BinaryIO, name: str) -> Iterator[Article | Skipped]:
    """Each HTML response (or resource) record as an Article; other records are passed over.

    The page's own metadata gives the publication date; the capture date (WARC-Date) is the
    fallback, since a page cannot be published after it was archived.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n_pages = 0
    try:
        for i, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{name}#{i} {uri}".strip()
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode() or ""
                if record.rec_type == "response" and not status.startswith("2"):
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            n_pages += 1
            payload = record.content_stream().read(MAX_HTML_BYTES + 1)
            try:
                yield article_from_html(payload, name=uri or where, url=uri or None,
                                        fallback_date=parse_day(record.rec_headers.get_header("WARC-Date")))
            except (NotAnArticleError, UndecodableError) as exc:
                yield Skipped(where, str(exc))
    except ArchiveLoadFailed as exc:
        yield Skipped(name, f"not a WARC file ({str(exc)[:120]})")
        return
    if n_pages == 0:
        yield Skipped(name, "WARC file has no HTML pages")
