"""Read any mix of files and folders (JSONL, .txt, .html, RSS/Atom, WARC) as one stream of Articles and Skips."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.ingest.encoding import UndecodableError, decode_bytes
from marsad.ingest.feed import read_feed
from marsad.ingest.html import MAX_HTML_BYTES, NotAnArticleError, article_from_html
from marsad.ingest.jsonl import Skipped, read_jsonl
from marsad.ingest.warc import read_warc
from marsad.model import Article

MAX_TEXT_BYTES = MAX_HTML_BYTES
"""A plain-text or feed file larger than this is skipped (JSONL and WARC files are streamed)."""

SUFFIX_KINDS: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".feed": "feed",
    ".warc": "warc", ".arc": "warc",
}


def kind_of(path: Path, head: bytes) -> str:
    """jsonl | text | html | feed | warc, from the name and else from the first bytes."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    kind = SUFFIX_KINDS.get(path.suffix.lower())
    if kind:
        return kind
    start = head.lstrip()[:200].lower()
    if head.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        return "warc"
    if start.startswith((b"<rss", b"<feed", b"<rdf")) or (start.startswith(b"<?xml") and b"<html" not in start):
        return "feed"
    if start.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<")):
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def _read_text_file(path: Path, data: bytes) -> Iterator[Article | Skipped]:
    try:
        text, _ = decode_bytes(data)
    except UndecodableError as exc:
        yield Skipped(str(path), str(exc))
        return
    text = text.strip()
    if not text:
        yield Skipped(str(path), "empty file")
        return
    yield Article(id=path.stem, text=text, url=path.resolve().as_uri())


def read_file(path: Path) -> Iterator[Article | Skipped]:
    """The Articles of one file (of any supported kind); a bad file is one Skipped with the reason."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield Skipped(where, "empty file")
            return
        with path.open("rb") as fh:
            head = fh.read(512)
        kind = kind_of(path, head)
        if kind == "jsonl":
            with path.open("rb") as fh:
                yield from read_jsonl(fh, where)
            return
        if kind == "warc":
            with path.open("rb") as fh:
                yield from read_warc(fh, where)
            return
        limit = MAX_HTML_BYTES if kind == "html" else MAX_TEXT_BYTES
        if size > limit:
            yield Skipped(where, f"file too large ({size:,} bytes; the limit is {limit:,})")
            return
        data = path.read_bytes()
        if kind == "feed":
            yield from read_feed(data, where)
        elif kind == "html":
            try:
                yield article_from_html(data, name=path.stem)
            except (NotAnArticleError, UndecodableError) as exc:
                yield Skipped(where, str(exc))
        else:
            yield from _read_text_file(path, data)
    except OSError as exc:
        yield Skipped(where, f"cannot read file ({exc.strerror or type(exc).__name__})")
    except Exception as exc:  # noqa: BLE001 - one unreadable file never stops a batch
        yield Skipped(where, f"unreadable file ({type(exc).__name__}: {str(exc)[:120]})")


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def read_sources(sources: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    """Every Article of every source: files, folders (read recursively, in name order), ``-`` (stdin JSONL)."""
    for src in sources:
        if str(src) == "-":
            yield from read_jsonl(sys.stdin.buffer, "<stdin>")
            continue
        path = Path(src)
        if path.is_dir():
            for f in _files_under(path):
                yield from read_file(f)
        elif path.exists():
            yield from read_file(path)
        else:
            yield Skipped(str(path), "no such file or folder")
