"""Multi-pattern matching of lexicon entries over normalised Arabic text (Aho-Corasick).

Entries are normalised like the text. A match must start at a word start, or after one of
the clitic prefixes (و ف ب ل ك and their combinations); an entry that begins with the
article ال also matches after the fused forms بال/وال/لل/... A match must end at a word end,
or, for lexicons that allow it, before one of the inflectional suffixes (ات ين ون ه ها هم ...).
Overlapping matches are resolved longest-first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from marsad.text.normalize import normalize_key

# Proclitics that may stand before a word (without the article).
PREFIXES: frozenset[str] = frozenset(
    ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "س", "وس", "فس"]
)
# Prefixes before a stem whose entry starts with ال (the article itself included).
DEFINITE_PREFIXES: frozenset[str] = frozenset(
    ["ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "وكال", "فبال"]
)
# Suffixes that may follow a word of an inflecting lexicon (triggers, nouns).
SUFFIXES: frozenset[str] = frozenset(
    ["", "ه", "ها", "هم", "هما", "هن", "ين", "ون", "ات", "ان", "ي", "ا", "يه", "يا", "وا",
     "تا", "ته", "تها", "تهم", "تين", "تان", "نا", "كم", "ني", "اه", "اها", "اهم"]
)
# Suffixes allowed after a name (nisba adjectives and plurals of names are not the name).
NAME_SUFFIXES: frozenset[str] = frozenset([""])


def _is_word(ch: str) -> bool:
    return ch.isalnum()


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon entry found in normalised text: [start, end) in normalised offsets."""

    start: int
    end: int
    key: str
    payload: Any


class LexiconMatcher:
    """An Aho-Corasick automaton over one lexicon, with Arabic clitic handling."""

    def __init__(self, entries: Iterable[tuple[str, Any]], inflect: bool = False,
                 suffixes: frozenset[str] | None = None) -> None:
        self._auto = ahocorasick.Automaton()
        self._suffixes = suffixes if suffixes is not None else (SUFFIXES if inflect else NAME_SUFFIXES)
        table: dict[str, tuple[str, bool, list[Any]]] = {}
        for surface, payload in entries:
            key = normalize_key(surface)
            if not key:
                continue
            definite = key.startswith("ال") and len(key) > 3
            stem = key[2:] if definite else key
            if stem in table and table[stem][1] != definite:
                # "X" and "الX" both listed: index the bare stem, accept both prefix sets.
                table[stem] = (stem, False, table[stem][2] + [payload])
                continue
            entry = table.setdefault(stem, (key, definite, []))
            entry[2].append(payload)
        for stem, (key, definite, payloads) in table.items():
            self._auto.add_word(stem, (stem, key, definite, payloads))
        self.size = len(table)
        if table:
            self._auto.make_automaton()

    def find(self, norm: str) -> list[Match]:
        """All matches in ``norm``, longest first where they overlap, in text order."""
        if not self.size:
            return []
        cands: list[Match] = []
        n = len(norm)
        for end_idx, (stem, key, definite, payloads) in self._auto.iter(norm):
            start = end_idx - len(stem) + 1
            end = end_idx + 1
            # left boundary: walk back to the word start and check the prefix
            ws = start
            while ws > 0 and _is_word(norm[ws - 1]):
                ws -= 1
                if start - ws > 4:
                    break
            if ws > 0 and _is_word(norm[ws - 1]):
                continue
            prefix = norm[ws:start]
            span_start = start
            if definite:
                if prefix not in DEFINITE_PREFIXES:
                    continue
                if prefix.endswith("ال"):
                    span_start = start - 2
            else:
                if prefix not in PREFIXES and prefix not in DEFINITE_PREFIXES:
                    continue
                if prefix.endswith("ال"):
                    span_start = start - 2
            # right boundary: word end, or an allowed suffix
            we = end
            while we < n and _is_word(norm[we]):
                we += 1
                if we - end > 4:
                    break
            if we < n and _is_word(norm[we]):
                continue
            if norm[end:we] not in self._suffixes:
                continue
            for p in payloads:  # the match covers the whole word, suffix included
                cands.append(Match(span_start, we, key, p))
        return _longest_first(cands)


def _longest_first(cands: list[Match]) -> list[Match]:
    """Keep non-overlapping matches, preferring the longest; several payloads of one key stay."""
    cands.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken: list[tuple[int, int, str]] = []
    out: list[Match] = []
    for m in cands:
        clash = False
        for s, e, k in taken:
            if m.start < e and s < m.end and not (s == m.start and e == m.end and k == m.key):
                clash = True
                break
        if not clash:
            taken.append((m.start, m.end, m.key))
            out.append(m)
    out.sort(key=lambda m: (m.start, m.end))
    return out
