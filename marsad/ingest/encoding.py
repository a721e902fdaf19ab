"""Bytes → text with the encoding detected (UTF-8, UTF-16, Windows-1256, ISO-8859-6, ...) by charset-normalizer."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_DECLARED = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I)


class UndecodableError(ValueError):
    """The bytes are not text in any encoding the detector knows (a binary file, or garbage)."""


def declared_encoding(data: bytes) -> str | None:
    """The charset a page or XML file declares about itself (``<meta charset>``, ``<?xml encoding>``)."""
    head = data[:4096]
    m = _XML_DECLARED.search(head) or _DECLARED.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``: a BOM wins, then strict UTF-8, then a declared charset that decodes
    cleanly, then charset-normalizer's best guess. Raises UndecodableError for binary data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"broken {name} text after a byte-order mark ({exc.reason})") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text:
            return text, "utf-8"
    declared = declared_encoding(data)
    if declared and not declared.startswith("utf"):
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError("binary or undecodable bytes (no text encoding fits)")
    text = str(best)
    if "\x00" in text:
        raise UndecodableError("binary data (NUL characters)")
    return text, best.encoding
