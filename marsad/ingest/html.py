"""One HTML page → an Article: main text by trafilatura, publication date by htmldate, outlet from metadata."""

from __future__ import annotations

import hashlib
import ipaddress
from datetime import date
from urllib.parse import urlparse

from marsad.ingest.encoding import decode_bytes
from marsad.model import Article, parse_day

MAX_HTML_BYTES = 5_000_000
"""A news page is far smaller; a bigger file is skipped (parsing it would stall the batch)."""

MIN_TEXT_CHARS = 40
"""Less main text than this is not an article (a cookie wall, an index page, a broken file)."""


class NotAnArticleError(ValueError):
    """The page has no article in it; the message says why."""


def publication_date(html: str, url: str | None = None) -> date | None:
    """The page's publication day: its metadata first (meta tags, JSON-LD, <time>), then htmldate's
    wider search of the page text and URL."""
    import htmldate

    for extensive in (False, True):
        try:
            found = htmldate.find_date(html, url=url, original_date=True, extensive_search=extensive,
                                       outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001 - a date we cannot find is no date, never a crash
            found = None
        if found:
            return parse_day(found)
    return None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def outlet_of(sitename: str | None, url: str | None) -> str:
    """The outlet: the site's own name (og:site_name, JSON-LD publisher) or else its host name."""
    site = (sitename or "").strip()
    if site.startswith(("http://", "https://")):
        site = (urlparse(site).hostname or "").removeprefix("www.")
    if site and not _is_ip(site):
        return site
    host = urlparse(url or "").hostname or ""
    if host and not _is_ip(host):
        return host.removeprefix("www.")
    return ""


def article_from_html(data: bytes | str, name: str = "", url: str | None = None,
                      fallback_date: date | None = None) -> Article:
    """Read one page. Raises NotAnArticleError (or UndecodableError) with the reason."""
    if isinstance(data, bytes):
        if len(data) > MAX_HTML_BYTES:
            raise NotAnArticleError(f"page too large ({len(data):,} bytes; the limit is {MAX_HTML_BYTES:,})")
        html, _ = decode_bytes(data)
    else:
        html = data
        if len(html) > MAX_HTML_BYTES:
            raise NotAnArticleError(f"page too large ({len(html):,} characters; the limit is {MAX_HTML_BYTES:,})")
    if not html.strip():
        raise NotAnArticleError("empty page")
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as exc:  # noqa: BLE001 - the extractor's failure is this page's skip reason
        raise NotAnArticleError(f"HTML extraction failed ({type(exc).__name__})") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS:
        raise NotAnArticleError("no main text found in the page")
    page_url = url or getattr(doc, "url", None) or ""
    title = (getattr(doc, "title", None) or "").strip()
    published = publication_date(html, page_url or None) or fallback_date
    aid = name or page_url or "html:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return Article(id=aid, text=text, published=published,
                   outlet=outlet_of(getattr(doc, "sitename", None), page_url), title=title, url=page_url)
