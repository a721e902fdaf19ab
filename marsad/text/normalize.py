"""Arabic text normalisation that keeps a map back to the original characters.

Folds alef variants to ا, ى to ي, ة to ه, ؤ/ئ kept, Arabic-Indic and Persian digits to ASCII,
removes diacritics (tashkeel), tatweel/kashida and zero-width/bidi marks, maps presentation
forms through NFKC. Every character of the normalised string remembers the index of the
original character it came from, so any span found in the normalised text maps back to an
exact span of the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, repeat

from marsad.model import Span

# Characters dropped entirely: tashkeel, superscript alef, tatweel, zero-width and bidi controls.
_DROP = set(range(0x064B, 0x0660)) | {0x0670, 0x0640, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
                                       0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
                                       0x2068, 0x2069, 0xFEFF, 0x00AD, 0x06D6, 0x06D7, 0x06D8,
                                       0x06D9, 0x06DA, 0x06DB, 0x06DC, 0x06DF, 0x06E0, 0x06E1,
                                       0x06E2, 0x06E3, 0x06E4, 0x06E7, 0x06E8, 0x06EA, 0x06EB,
                                       0x06EC, 0x06ED}

_FOLD: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ک": "ك", "ڪ": "ك",
    "ـ": "",
    "،": ",", "؛": ";", "؟": "?", "٪": "%",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\t": " ",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
    "’": "'", "‘": "'",
    "–": "-", "—": "-",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _FOLD[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _FOLD[_d] = str(_i)


def _fold_char(ch: str) -> str:
    """The normalised form of one original character (possibly empty, possibly several)."""
    cp = ord(ch)
    if cp in _DROP:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    if 0xFB50 <= cp <= 0xFEFC or 0xFF00 <= cp <= 0xFFEF:  # presentation forms, full-width
        out = unicodedata.normalize("NFKC", ch)
        return "".join(_fold_char(c) if c != ch else c for c in out)
    return ch.lower() if ch.isascii() else ch


_CACHE: dict[str, str] = {}


def fold_char(ch: str) -> str:
    r = _CACHE.get(ch)
    if r is None:
        r = _fold_char(ch)
        _CACHE[ch] = r
    return r


@dataclass(slots=True)
class NormText:
    """A normalised text with, for each of its characters, the original index it came from."""

    original: str
    norm: str
    to_orig: list[int]  # len == len(norm)

    def orig_span(self, start: int, end: int) -> Span:
        """Map a normalised [start, end) to the original text (covering whole original chars)."""
        if start >= end or not self.to_orig:
            pos = self.to_orig[start] if 0 <= start < len(self.to_orig) else len(self.original)
            return Span(pos, pos)
        s = self.to_orig[start]
        e = self.to_orig[end - 1] + 1
        return Span(s, e)


def normalize(text: str) -> NormText:
    """Normalise ``text`` for matching and keep the offset map back to it."""
    norm = text.translate(_FOLDED)
    longer = any(ch in text for ch in _LONGER)
    if len(norm) == len(text) and not longer:
        to_orig = list(range(len(text)))  # one character for one: the map is the identity
    elif not longer:  # characters dropped (diacritics, tatweel, marks): the map skips them
        kept: list[range] = []
        at = 0
        for m in _dropped().finditer(text):
            kept.append(range(at, m.start()))
            at = m.end()
        kept.append(range(at, len(text)))
        to_orig = list(chain.from_iterable(kept))
    else:
        # how many characters each original character became (0 dropped, 2+ a ligature)
        widths = text.translate(_WIDTH).encode("latin-1")
        if max(widths) <= 1:
            to_orig = list(compress(range(len(text)), widths))
        else:
            to_orig = list(chain.from_iterable(map(repeat, range(len(text)), widths)))
    if _GLUED.search(norm) is not None:
        norm, to_orig = _unglued(norm, to_orig)
    return NormText(original=text, norm=norm, to_orig=to_orig)


# A word of three Arabic letters or more with digits glued after it ("بمقتل18 من عناصر"): a space is
# put between them, mapped to the first digit, so the word and the count are read apart. Not an
# article alone ("الـ24 ساعة": the tatweel dropped leaves "ال24") nor a letter of a model ("ف16").
_GLUED = re.compile(r"(?<!\w)(?![وبلفك]?ال\d)[\u0621-\u064A]{3,}(?=\d)")


def _unglued(norm: str, to_orig: list[int]) -> tuple[str, list[int]]:
    """``norm`` with a space after each glued word of ``_GLUED``, and its offset map."""
    parts, orig, at = [], [], 0
    for m in _GLUED.finditer(norm):
        parts += [norm[at:m.end()], " "]
        orig += [to_orig[at:m.end()], [to_orig[m.end()]]]
        at = m.end()
    parts.append(norm[at:])
    orig.append(to_orig[at:])
    return "".join(parts), list(chain.from_iterable(orig))


class _Folded(dict[int, str]):
    """str.translate table: code point → its normalised form, filled as characters are met."""

    def __missing__(self, cp: int) -> str:
        global _LONGER, _DROPPED
        folded = fold_char(chr(cp))
        self[cp] = folded
        # the sets are replaced, never changed: safe to read in another thread
        if len(folded) > 1:
            _LONGER = _LONGER | {chr(cp)}
        elif not folded:
            _DROPPED = _DROPPED | {chr(cp)}
        return folded


class _Width(dict[int, str]):
    """str.translate table: code point → the number of characters it normalises to, as a character."""

    def __missing__(self, cp: int) -> str:
        width = self[cp] = chr(len(_FOLDED[cp]))
        return width


_FOLDED = _Folded()
_WIDTH = _Width()
_LONGER: frozenset[str] = frozenset()  # the characters met so far that normalise to several characters
_DROPPED: frozenset[str] = frozenset()  # the characters met so far that normalise to nothing


def _dropped() -> re.Pattern[str]:
    """Runs of the characters met so far that normalise to nothing."""
    return _runs_of(_DROPPED)


@lru_cache(maxsize=64)
def _runs_of(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]+")


@lru_cache(maxsize=1 << 16)
def normalize_key(s: str) -> str:
    """Normalise a lexicon entry the same way as text; collapse spaces (memoised)."""
    return " ".join(normalize(s).norm.split())


def is_word_char(ch: str) -> bool:
    """Letters and digits of any script are word characters; punctuation and space are not."""
    return ch.isalnum()
