"""Multi-pattern matching of lexicon entries over normalised Arabic text (Aho-Corasick).

Entries are normalised like the text. A match must start at a word start, or after one of
the clitic prefixes (و ف ب ل ك and their combinations); an entry that begins with the
article ال also matches after the fused forms بال/وال/لل/... A match must end at a word end,
or, for lexicons that allow it, before one of the inflectional suffixes (ات ين ون ه ها هم ...).
Overlapping matches are resolved longest-first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
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
                 suffixes: frozenset[str] | None = None, whole_words: bool | None = None) -> None:
        """``whole_words`` (default: when no suffix is allowed) keys every entry with a space after
        it too, so the automaton only fires where a word ends; ``find_grouped`` with suffixes then
        needs ``whole_words=False``."""
        self._suffixes = suffixes if suffixes is not None else (SUFFIXES if inflect else NAME_SUFFIXES)
        self._whole = self._suffixes == NAME_SUFFIXES if whole_words is None else whole_words
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
        # (key as a view writes it, entry): what the automaton holds, kept to join a SharedScan
        self._keys: list[tuple[str, tuple[str, int, str, bool, list[Any]]]] = []
        for stem, (key, definite, payloads) in table.items():
            # keyed with a leading space: the automaton fires only where a word (or the stem
            # after a clitic, in the stripped views of WordIndex) begins; the later words of a
            # phrase are keyed as each view writes them
            value = (stem, len(stem) + self._whole, key, definite, payloads)
            for variant in sorted(_key_variants(stem)):
                self._keys.append((variant + " " if self._whole else variant, value))
        self.size = len(table)
        # the lexicon's own automaton, built when first needed: not at all when it is read in one
        # pass with other lexicons (a SharedScan)
        self._auto: ahocorasick.Automaton | None = None
        self._scan: SharedScan | None = None
        self._slot = 0

    def _hits(self, words: WordIndex) -> list[list[tuple[int, Any]]]:
        """Per view of the text, (index of the key's last character, entry) of every key found, in
        the automaton's order (by end, longest first)."""
        if self._scan is not None:
            return words.scanned(self._scan)[self._slot]
        if self._auto is None:
            auto = ahocorasick.Automaton()
            for variant, value in self._keys:
                auto.add_word(variant, value)
            auto.make_automaton()
            self._auto = auto
        return [list(self._auto.iter(view)) for view in words.views]

    def find(self, norm: str, words: WordIndex | None = None) -> list[Match]:
        """All matches in ``norm``, longest first where they overlap, in text order.

        ``words`` (built once per text with ``WordIndex.of(norm)``) is shared by the lexicons that
        read the same text.
        """
        suffixes = self._suffixes
        cands = [Match(s, e, k, p) for s, e, k, ps, suf in self._raw(norm, words) if suf in suffixes
                 for p in ps]
        return _longest_first(cands, len(norm))

    def find_grouped(self, norm: str, words: WordIndex | None, group_of: Callable[[Any], str],
                     suffixes_of: Callable[[str], frozenset[str]]) -> dict[str, list[Match]]:
        """Matches of a lexicon made of several word lists (payload → its list's name), each list
        resolved longest-first on its own and with its own suffix rule."""
        groups: dict[str, list[Match]] = {}
        for s, e, k, ps, suf in self._raw(norm, words):
            for p in ps:
                g = group_of(p)
                allowed = suffixes_of(g)
                if self._whole and allowed != NAME_SUFFIXES:
                    raise ValueError(f"word list {g!r} allows suffixes: build its matcher with whole_words=False")
                if suf in allowed:
                    groups.setdefault(g, []).append(Match(s, e, k, p))
        return {g: _longest_first(c, len(norm)) for g, c in groups.items()}

    def _raw(self, norm: str, words: WordIndex | None) -> list[tuple[int, int, str, list[Any], str]]:
        """(start, end, key, payloads, suffix) of every entry that begins a word or follows a clitic.

        A stem found in the plain view starts a word; found in a view with clitics blanked, it
        starts a word or follows one of the clitics the view blanked, which are all valid
        prefixes: only an entry with the article (its stem follows ال) has its prefix checked.
        """
        if not self.size:
            return []
        if words is None:
            words = WordIndex.of(norm)
        plain = words.views[0]  # " " + text + " ", non-word characters made spaces
        whole = self._whole
        seen: set[tuple[int, str]] = set()
        out: list[tuple[int, int, str, list[Any], str]] = []
        for hits in self._hits(words):
            for last, (stem, length, key, definite, payloads) in hits:
                # view index j is text index j - 1; a whole-word key ends with the space after the word
                end = last - whole
                start = last - length
                if (start, stem) in seen:
                    continue
                seen.add((start, stem))
                if definite:
                    prefix = norm[plain.rfind(" ", 0, start + 1):start]
                    if prefix not in DEFINITE_PREFIXES:
                        continue
                    span_start = start - 2 if prefix.endswith("ال") else start
                else:  # the article of a fused form (بالموصل) belongs to the match
                    span_start = start - 2 if start >= 2 and norm[start - 2:start] == "ال" else start
                if whole:
                    out.append((span_start, end, key, payloads, ""))
                    continue
                we = plain.find(" ", end + 1) - 1  # the end of the word, suffix included
                if we - end > 5:
                    continue
                out.append((span_start, we, key, payloads, norm[end:we]))
        return out


_NON_WORD_CHAR = re.compile(r"[\W_]")


_LAST_INDEX: tuple[str, WordIndex] | None = None


def _clitic_pattern(longest_first: bool) -> re.Pattern[str]:
    alts = sorted((c for c in PREFIXES | DEFINITE_PREFIXES if c), key=len, reverse=longest_first)
    return re.compile(r"(?<![^\W_])(?=[^\W_]{3})(?:" + "|".join(alts) + r")(?=[^\W_]{2})")


_LONGEST_CLITIC = _clitic_pattern(True)
_SHORTEST_CLITIC = _clitic_pattern(False)
_WORD_SPLIT = re.compile(r"([^\W_]+)")


class _BlankedWords(dict[str, str]):
    """word → the word as a view writes it: its longest (or shortest) clitic prefix made spaces.

    Filled as words are met (a word's form depends on the word alone); emptied when it grows
    past ``limit`` words, so memory stays bounded over any number of articles.
    """

    def __init__(self, pattern: re.Pattern[str], limit: int = 200_000) -> None:
        super().__init__()
        self.pattern = pattern
        self.limit = limit

    def __missing__(self, word: str) -> str:
        m = self.pattern.match(word)
        form = _blank(word, m.end()) if m else word
        if len(self) >= self.limit:
            self.clear()
        self[word] = form
        return form


_LONGEST_CUT = _BlankedWords(_LONGEST_CLITIC)
_SHORTEST_CUT = _BlankedWords(_SHORTEST_CLITIC)


def _cuts(word: str) -> tuple[int, int]:
    """(shortest, longest) clitic prefix that the views blank in this word; (0, 0) for none."""
    lo = _SHORTEST_CLITIC.match(word)
    hi = _LONGEST_CLITIC.match(word)
    return (lo.end() if lo else 0), (hi.end() if hi else 0)


def _blank(word: str, n: int) -> str:
    return " " * n + word[n:]


def _key_variants(stem: str) -> set[str]:
    """The stem as it reads in each view: the first word whole, later words as the view blanks them."""
    first, *rest = stem.split(" ")
    out = {" " + stem}
    if rest:
        cuts = [_cuts(w) for w in rest]
        out.add(" " + " ".join([first] + [_blank(w, hi) for w, (_, hi) in zip(rest, cuts, strict=True)]))
        out.add(" " + " ".join([first] + [_blank(w, lo) for w, (lo, _) in zip(rest, cuts, strict=True)]))
    return out


class SharedScan:
    """One Aho-Corasick automaton over several lexicons, so each view of a text is read once for all.

    Reading a view costs about as much for a large automaton as for a small one, so the mention
    lexicons and the gazetteer read each text together; every lexicon then gets exactly the keys it
    would have found alone, in the same order (the automaton reports keys by end, longest first).
    Building one joins the matchers to it.
    """

    def __init__(self, matchers: Sequence[LexiconMatcher]) -> None:
        merged: dict[str, dict[int, Any]] = {}
        for slot, m in enumerate(matchers):
            for variant, value in m._keys:
                # as in the lexicon's own automaton, a later entry that a view writes alike
                # ("قوات الجيش", "قوات للجيش": "قوات   جيش") replaces the earlier one
                merged.setdefault(variant, {})[slot] = value
        self._auto = ahocorasick.Automaton()
        for variant, by_slot in merged.items():
            self._auto.add_word(variant, tuple(by_slot.items()))
        if merged:
            self._auto.make_automaton()
        self.size = len(matchers)
        for slot, m in enumerate(matchers):
            m._scan, m._slot = self, slot

    def scan(self, views: list[str]) -> list[list[list[tuple[int, Any]]]]:
        """Per lexicon, per view: (index of the key's last character, entry) of every key found."""
        out: list[list[list[tuple[int, Any]]]] = [[[] for _ in views] for _ in range(self.size)]
        if not len(self._auto):
            return out
        for v, view in enumerate(views):
            lists = [out[slot][v] for slot in range(self.size)]
            for last, pairs in self._auto.iter(view):
                for slot, value in pairs:
                    lists[slot].append((last, value))
        return out


class WordIndex:
    """The words of a text, and views of it in which words (and stems after clitics) start after a space.

    views[0] is the text with every non-word character made a space; views[1] also blanks the
    longest clitic prefix of each word (وبالموصل → "    موصل"), views[2] the shortest (ولحج → " لحج");
    each keeps the text's length, so offsets stay the same.
    """

    __slots__ = ("starts", "ends", "words", "views", "_scans")

    def __init__(self, norm: str) -> None:
        plain = _NON_WORD_CHAR.sub(" ", norm)
        pieces = _WORD_SPLIT.split(plain)  # space, word, space, word, ..., space
        bounds = list(accumulate(map(len, pieces)))  # where each piece ends
        self.starts: list[int] = bounds[0:-1:2]
        self.ends: list[int] = bounds[1::2]
        self.words: list[str] = pieces[1::2]
        # a space after the text too, so that a word's end is always followed by one
        self.views = [" " + plain + " "]
        self._scans: dict[SharedScan, list[list[list[tuple[int, Any]]]]] = {}
        longest = list(map(_LONGEST_CUT.__getitem__, self.words))
        if longest != self.words:
            pieces[1::2] = longest
            self.views.append(" " + "".join(pieces) + " ")
            shortest = list(map(_SHORTEST_CUT.__getitem__, self.words))
            if shortest != longest:
                pieces[1::2] = shortest
                self.views.append(" " + "".join(pieces) + " ")

    @staticmethod
    def of(norm: str) -> WordIndex:
        """The index of ``norm``, reused while the same text is read by several matchers."""
        global _LAST_INDEX
        if _LAST_INDEX is not None and _LAST_INDEX[0] is norm:
            return _LAST_INDEX[1]
        idx = WordIndex(norm)
        _LAST_INDEX = (norm, idx)
        return idx

    def scanned(self, scan: SharedScan) -> list[list[list[tuple[int, Any]]]]:
        """The keys ``scan`` finds in the views of this text (read once, then kept with the text)."""
        got = self._scans.get(scan)
        if got is None:
            got = self._scans[scan] = scan.scan(self.views)
        return got

    def word_at(self, i: int) -> tuple[int, int]:
        """(start, end) of the word holding character ``i``, or (-1, -1) if it is no word character."""
        k = bisect_right(self.starts, i) - 1
        if k >= 0 and i < self.ends[k]:
            return self.starts[k], self.ends[k]
        return -1, -1


def _longest_first(cands: list[Match], n: int) -> list[Match]:
    """Keep non-overlapping matches, preferring the longest; several payloads of one key stay."""
    if len(cands) <= 1:
        return cands
    cands.sort(key=lambda m: (m.start - m.end, m.start))
    occupied = bytearray(n + 1)
    kept: dict[tuple[int, int], str] = {}
    out: list[Match] = []
    for m in cands:
        span = (m.start, m.end)
        if span in kept:
            if kept[span] == m.key:
                out.append(m)
            continue
        if 1 in occupied[m.start:m.end]:
            continue
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        kept[span] = m.key
        out.append(m)
    out.sort(key=lambda m: (m.start, m.end))
    return out
