"""RSS/Atom feeds saved as files → one Article per entry (feedparser), text taken from the entry's HTML."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from marsad.ingest.jsonl import Skipped
from marsad.model import Article

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section")


def text_of_fragment(fragment: str) -> str:
    """The readable text of an HTML fragment (an entry's content or summary), one line per block."""
    import lxml.etree
    import lxml.html

    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    return re.sub(r"\n\s*\n+", "\n", re.sub(r"[ \t]+", " ", text)).strip()


def _entry_day(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def read_feed(data: bytes, name: str) -> Iterator[Article | Skipped]:
    """Each entry of an RSS or Atom document as an Article; a file that is no feed is one Skipped."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except (ValueError, UnicodeError, LookupError) as exc:  # e.g. NUL bytes, an unknown declared charset
        yield Skipped(name, f"not an RSS/Atom feed ({type(exc).__name__}: {str(exc)[:100]})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            exc = parsed.get("bozo_exception")
            yield Skipped(name, f"not an RSS/Atom feed (XML error: {str(exc)[:120] or type(exc).__name__})")
        else:
            yield Skipped(name, "feed has no entries")
        return
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        yield Skipped(name, f"broken feed XML ({str(exc)[:120] or type(exc).__name__}); "
                            f"entries before the error are read")
    outlet = str(parsed.get("feed", {}).get("title") or "").strip()
    for i, entry in enumerate(entries, 1):
        where = f"{name}#{i}"
        body = ""
        for content in entry.get("content") or []:
            body = text_of_fragment(str(content.get("value") or ""))
            if body:
                break
        if not body:
            body = text_of_fragment(str(entry.get("summary") or ""))
        if not body:
            yield Skipped(where, "feed entry has no text")
            continue
        link = str(entry.get("link") or "")
        eid = str(entry.get("id") or link or "")
        if not eid:
            eid = "feed:" + hashlib.sha1(body.encode("utf-8")).hexdigest()[:16]
        yield Article(id=eid, text=body, published=_entry_day(entry), outlet=outlet,
                      title=text_of_fragment(str(entry.get("title") or "")), url=link)
