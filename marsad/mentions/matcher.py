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
from itertools import accumulate, pairwise
from operator import itemgetter
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
                 suffixes: frozenset[str] | None = None, whole_words: bool | None = None,
                 uninflected: Iterable[str] = ()) -> None:
        """``whole_words`` (default: when no suffix is allowed) keys every entry with a space after
        it too, so the automaton only fires where a word ends; ``find_grouped`` with suffixes then
        needs ``whole_words=False``. ``uninflected``: entries of an inflecting lexicon that take no
        suffix ("سيطر" took control: "سيطرة" is the noun)."""
        self._suffixes = suffixes if suffixes is not None else (SUFFIXES if inflect else NAME_SUFFIXES)
        self._bare = frozenset(normalize_key(w) for w in uninflected)
        self._whole = self._suffixes == NAME_SUFFIXES if whole_words is None else whole_words
        # stem → (first key, [(payload, listed with the article)]): a stem listed as "X" and "الX"
        table: dict[str, tuple[str, list[tuple[Any, bool]]]] = {}
        for surface, payload in entries:
            key = normalize_key(surface)
            if not key:
                continue
            definite = key.startswith("ال") and len(key) > 3
            table.setdefault(key[2:] if definite else key, (key, []))[1].append((payload, definite))
        # (key as a view writes it, entry number, entry): what the automaton holds, kept to join a
        # SharedScan (an entry is known by its number: a tuple's id() is no identity once compiled)
        self._keys: list[tuple[str, int, Entry]] = []
        for number, (stem, (key, listed)) in enumerate(table.items()):
            payloads = [p for p, _ in listed]
            forms = {d for _, d in listed}
            definite = forms == {True}
            # "X" and "الX" both listed (by one row or list, or by two): the bare stem is indexed and
            # read with or without the article, but a row listed only as "الX" ("البلدة": the town
            # told before) is found only with it, whatever another row lists
            bare = [p for p, d in listed if not d] if len(forms) > 1 else payloads
            if len(forms) > 1:
                key = stem
            # keyed with a leading space: the automaton fires only where a word (or the stem
            # after a clitic, in the stripped views of WordIndex) begins; the later words of a
            # phrase are keyed as each view writes them
            value = (stem, len(stem) + self._whole, self._whole, key, definite, payloads, bare)
            for variant in sorted(_key_variants(stem)):
                self._keys.append((variant + " " if self._whole else variant, number, value))
        self.size = len(table)
        # the automaton is built when first needed: this lexicon's own, or one shared with other
        # lexicons when it joins a SharedScan
        self._scan: SharedScan | None = None
        self._slot = 0
        # (group_of, suffixes_of) → (id of an entry's payloads, suffix) → its payloads per list
        self._grouped: dict[tuple[Callable, Callable], dict[tuple[int, str], tuple[tuple[str, list[Any]], ...]]] = {}

    def find(self, norm: str, words: WordIndex | None = None) -> list[Match]:
        """All matches in ``norm``, longest first where they overlap, in text order.

        ``words`` (built once per text with ``WordIndex.of(norm)``) is shared by the lexicons that
        read the same text.
        """
        return [Match(s, e, k, p) for s, e, k, ps in self.find_entries(norm, words) for p in ps]

    def find_entries(self, norm: str, words: WordIndex | None = None) -> list[tuple[int, int, str, list[Any]]]:
        """The matches of ``find`` with the payloads of one entry together: (start, end, key, payloads)."""
        suffixes, bare = self._suffixes, self._bare
        cands = [(s, e, k, ps) for s, e, k, ps, suf in self._raw(norm, words)
                 if suf in suffixes and not (suf and k in bare)]
        return _longest_first(cands, len(norm))

    def find_grouped(self, norm: str, words: WordIndex | None, group_of: Callable[[Any], str],
                     suffixes_of: Callable[[str], frozenset[str]]) -> dict[str, list[Match]]:
        """Matches of a lexicon made of several word lists (payload → its list's name), each list
        resolved longest-first on its own and with its own suffix rule."""
        return {g: [Match(s, e, k, p) for s, e, k, ps in found for p in ps]
                for g, found in self.find_grouped_entries(norm, words, group_of, suffixes_of).items()}

    def find_grouped_entries(self, norm: str, words: WordIndex | None, group_of: Callable[[Any], str],
                             suffixes_of: Callable[[str], frozenset[str]]
                             ) -> dict[str, list[tuple[int, int, str, list[Any]]]]:
        """The matches of ``find_grouped`` with the payloads of one entry together."""
        groups: dict[str, list[tuple[int, int, str, list[Any]]]] = {}
        # an entry's payloads split by list, for the suffix found, depend on the entry alone:
        # worked out once per (entry, suffix) and kept while the grouping rule is the same
        split = self._grouped.get((group_of, suffixes_of))
        if split is None:
            split = self._grouped[(group_of, suffixes_of)] = {}
        for s, e, k, ps, suf in self._raw(norm, words):
            parts = split.get((id(ps), suf))
            if parts is None:
                parts = split[(id(ps), suf)] = self._split(ps, suf, group_of, suffixes_of)
            for g, gps in parts:
                groups.setdefault(g, []).append((s, e, k, gps))
        return {g: _longest_first(c, len(norm)) for g, c in groups.items()}

    def _split(self, ps: list[Any], suf: str, group_of: Callable[[Any], str],
               suffixes_of: Callable[[str], frozenset[str]]) -> tuple[tuple[str, list[Any]], ...]:
        """(list name, its payloads) of one entry's payloads whose list allows the suffix ``suf``."""
        of_hit: dict[str, list[Any]] = {}
        for p in ps:
            g = group_of(p)
            allowed = suffixes_of(g)
            if self._whole and allowed != NAME_SUFFIXES:
                raise ValueError(f"word list {g!r} allows suffixes: build its matcher with whole_words=False")
            if suf in allowed:
                of_hit.setdefault(g, []).append(p)
        return tuple(of_hit.items())

    def _raw(self, norm: str, words: WordIndex | None) -> list[Hit]:
        """(start, end, key, payloads, suffix) of every entry that begins a word or follows a clitic."""
        if not self.size:
            return []
        if words is None:
            words = WordIndex.of(norm)
        if self._scan is None:
            SharedScan([self])
        return words.scanned(self._scan)[self._slot]  # type: ignore[arg-type]


# (stem, its length + 1 if keyed with a space after it, that flag, key, has the article, payloads,
# the payloads found where the stem has no article)
Entry = tuple[str, int, bool, str, bool, list[Any], list[Any]]
# (start, end, key, payloads, suffix): an entry found in a text, before overlaps are resolved
Hit = tuple[int, int, str, list[Any], str]


class SharedScan:
    """Aho-Corasick automata over one or several lexicons, so each text is read once for all of them.

    Every lexicon gets exactly the entries it would find alone. Reading costs little per lexicon
    and much per character and per key found, so the mention lexicons and the gazetteer read each
    text together, and the entries of one word are worked out once per word: what a one-word
    entry finds in a word (clitics, article, suffix) depends on that word alone, so it is kept
    per word (a bounded cache) and only phrases are read from the text's views.
    Building one joins the matchers to it.
    """

    def __init__(self, matchers: Sequence[LexiconMatcher], words_kept: int = 100_000) -> None:
        merged: dict[str, dict[int, tuple[int, Entry]]] = {}
        for slot, m in enumerate(matchers):
            for variant, entry, value in m._keys:
                # as in a lexicon's own automaton, a later entry that a view writes alike
                # ("قوات الجيش", "قوات للجيش": "قوات   جيش") replaces the earlier one
                merged.setdefault(variant, {})[slot] = (entry, value)
        # every (lexicon, entry) gets a number, so a match is known by start * count + number
        numbers: dict[tuple[int, int], int] = {}
        for by_slot in merged.values():
            for slot, (entry, _) in by_slot.items():
                numbers.setdefault((slot, entry), len(numbers))
        self._count = len(numbers) or 1
        self._words = ahocorasick.Automaton()  # one-word entries
        self._phrases = ahocorasick.Automaton()  # entries of several words
        for variant, by_slot in merged.items():
            phrase = " " in variant.strip()
            (self._phrases if phrase else self._words).add_word(
                variant, tuple((slot, numbers[(slot, entry)], *value) for slot, (entry, value) in by_slot.items()))
        for auto in (self._words, self._phrases):
            if len(auto):
                auto.make_automaton()
        self._in_word: dict[str, tuple[tuple[int, int, int, str, list[Any], str], ...]] = {}
        self._words_kept = words_kept
        self.size = len(matchers)
        for slot, m in enumerate(matchers):
            m._scan, m._slot = self, slot

    def scan(self, index: WordIndex) -> list[list[Hit]]:
        """Per lexicon, the entries found in the text of ``index``, each lexicon's in the order
        that gives the same matches as reading its text alone."""
        out: list[list[Hit]] = [[] for _ in range(self.size)]
        # each distinct word looked up once in the (large) cache; the words with entries kept
        # for this text in a small dict that the pass over all its words reads
        found: dict[str, tuple[tuple[int, int, int, str, list[Any], str], ...]] = {}
        new: list[str] = []
        known = self._in_word.get
        for word in dict.fromkeys(index.words):
            hits = known(word)
            if hits is None:
                new.append(word)
            elif hits:
                found[word] = hits
        if new:
            found.update((w, hits) for w, hits in self._learn(new).items() if hits)
        if found:
            of = found.get
            for ws, word in zip(index.starts, index.words, strict=True):
                hits = of(word)
                if hits is not None:
                    for slot, a, b, key, payloads, suffix in hits:
                        out[slot].append((ws + a, ws + b, key, payloads, suffix))
        for slot, hit in _read(self._phrases, self._count, index.norm, index.views):
            out[slot].append(hit)
        return out

    def _learn(self, words: list[str]) -> dict[str, tuple[tuple[int, int, int, str, list[Any], str], ...]]:
        """Work out the one-word entries of words not seen before, all in one reading: the words
        side by side, as each view writes them (whole, longest clitic blanked, shortest clitic
        blanked: what a one-word entry finds in a word depends on that word alone); kept in the
        cache while it has room."""
        longest, shortest = _CUTS.forms(words)
        text = " ".join(words)
        views = [" " + text + " ", " " + " ".join(longest) + " ", " " + " ".join(shortest) + " "]
        starts = list(accumulate((len(w) + 1 for w in words[:-1]), initial=0))
        found: list[list[tuple[int, int, int, str, list[Any], str]]] = [[] for _ in words]
        for slot, (a, b, key, payloads, suffix) in _read(self._words, self._count, text, views):
            k = bisect_right(starts, a) - 1
            found[k].append((slot, a - starts[k], b - starts[k], key, payloads, suffix))
        learned = {w: tuple(hits) for w, hits in zip(words, found, strict=True)}
        if len(self._in_word) + len(learned) > self._words_kept:
            self._in_word.clear()
        if len(learned) <= self._words_kept:
            self._in_word.update(learned)
        return learned


def _read(auto: ahocorasick.Automaton, count: int, norm: str, views: list[str]) -> list[tuple[int, Hit]]:
    """(lexicon, hit) of every entry of ``auto`` that begins a word or follows a clitic in the
    views of ``norm``, in the order the views and the automaton give them.

    A stem found in the plain view starts a word; found in a view with clitics blanked, it starts
    a word or follows one of the clitics the view blanked, which are all valid prefixes: only an
    entry with the article (its stem follows ال) has its prefix checked.
    """
    found: list[tuple[int, Hit]] = []
    if not len(auto):
        return found
    plain = views[0]  # " " + text + " ", non-word characters made spaces
    # an entry is found at most once per view (its keys there all read alike): the set of what
    # earlier views found is checked from the second view on, and filled until the last
    seen: set[int] = set()
    for v, view in enumerate(views):
        check, keep = v > 0, v < len(views) - 1
        for last, entries in auto.iter(view):
            for slot, number, _stem, length, whole, key, definite, payloads, bare in entries:
                # view index j is text index j - 1; a whole-word key ends with the space after it
                start = last - length
                if check or keep:
                    at = start * count + number
                    if check and at in seen:
                        continue
                    if keep:
                        seen.add(at)
                if definite:
                    prefix = norm[plain.rfind(" ", 0, start + 1):start]
                    if prefix not in DEFINITE_PREFIXES:
                        continue
                    span_start = start - 2 if prefix.endswith("ال") else start
                elif start >= 2 and norm[start - 2:start] == "ال":
                    span_start = start - 2  # the article of a fused form (بالموصل) belongs to the match
                else:
                    span_start, payloads = start, bare
                    if not payloads:
                        continue  # only "الX" listed for this stem's rows: no article, no match
                if whole:
                    found.append((slot, (span_start, last - 1, key, payloads, "")))
                    continue
                we = plain.find(" ", last + 1) - 1  # the end of the word, suffix included
                if we - last > 5:
                    continue
                found.append((slot, (span_start, we, key, payloads, norm[last:we])))
    return found


_LAST_INDEX: tuple[str, WordIndex] | None = None


def _clitic_pattern(longest_first: bool) -> re.Pattern[str]:
    alts = sorted((c for c in PREFIXES | DEFINITE_PREFIXES if c), key=len, reverse=longest_first)
    return re.compile(r"(?<![^\W_])(?=[^\W_]{3})(?:" + "|".join(alts) + r")(?=[^\W_]{2})")


_LONGEST_CLITIC = _clitic_pattern(True)
_SHORTEST_CLITIC = _clitic_pattern(False)
_WORD_SPLIT = re.compile(r"([^\W_]+)")


class _BlankedWords(dict[str, tuple[str, str]]):
    """word → (the word as views[1] writes it, as views[2] writes it): its longest and its
    shortest clitic prefix made spaces (the word itself when it has none).

    Filled as words are met (a word's forms depend on the word alone; one lookup gives both);
    emptied when it grows past ``limit`` words, so memory stays bounded over any number of articles.
    """

    def __init__(self, limit: int = 100_000) -> None:
        super().__init__()
        self.limit = limit

    def __missing__(self, word: str) -> tuple[str, str]:
        hi = _LONGEST_CLITIC.match(word)
        lo = _SHORTEST_CLITIC.match(word) if hi else None  # the same clitics: no longest, no shortest
        forms = (_blank(word, hi.end()) if hi else word, _blank(word, lo.end()) if lo else word)
        if len(self) >= self.limit:
            self.clear()
        self[word] = forms
        return forms

    def forms(self, words: list[str]) -> tuple[list[str], list[str]]:
        """(longest cuts, shortest cuts) of ``words``; the words not met before are blanked
        together, in one pass of each pattern over them side by side."""
        got = list(map(self.get, words))
        if not all(got):
            new = [w for w in dict.fromkeys(words) if w not in self]
            if len(self) + len(new) > self.limit:
                self.clear()
            joined = " ".join(new)
            longest = _LONGEST_CLITIC.sub(_blank_match, joined)
            shortest = _SHORTEST_CLITIC.sub(_blank_match, joined)
            at = 0
            for w in new:
                self[w] = (longest[at:at + len(w)], shortest[at:at + len(w)])
                at += len(w) + 1
            got = list(map(self.__getitem__, words))
        if not got:
            return [], []
        longest_forms, shortest_forms = zip(*got, strict=True)
        return list(longest_forms), list(shortest_forms)


def _blank_match(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


_CUTS = _BlankedWords()


class _Spaces(dict[str, str]):
    """The characters between two words (", ", "\n", " (") → as many spaces (filled as met)."""

    def __missing__(self, gap: str) -> str:
        if len(self) >= 10_000:
            self.clear()
        spaces = self[gap] = " " * len(gap)
        return spaces


_BLANK_GAPS = _Spaces()


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


class WordIndex:
    """The words of a text, and views of it in which words (and stems after clitics) start after a space.

    views[0] is the text with every non-word character made a space; views[1] also blanks the
    longest clitic prefix of each word (وبالموصل → "    موصل"), views[2] the shortest (ولحج → " لحج");
    each keeps the text's length, so offsets stay the same.
    """

    __slots__ = ("norm", "starts", "ends", "words", "views", "_scans")

    def __init__(self, norm: str) -> None:
        self.norm = norm
        pieces = _WORD_SPLIT.split(norm)  # gap, word, gap, word, ..., gap
        bounds = list(accumulate(map(len, pieces)))  # where each piece ends
        self.starts: list[int] = bounds[0:-1:2]
        self.ends: list[int] = bounds[1::2]
        self.words: list[str] = pieces[1::2]
        pieces[0::2] = map(_BLANK_GAPS.__getitem__, pieces[0::2])  # non-word characters made spaces
        # a space after the text too, so that a word's end is always followed by one
        self.views = [" " + "".join(pieces) + " "]
        self._scans: dict[SharedScan, list[list[Hit]]] = {}
        longest, shortest = _CUTS.forms(self.words)
        if longest != self.words:
            pieces[1::2] = longest
            self.views.append(" " + "".join(pieces) + " ")
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

    def scanned(self, scan: SharedScan) -> list[list[Hit]]:
        """What ``scan`` finds in this text, per lexicon (read once, then kept with the text)."""
        got = self._scans.get(scan)
        if got is None:
            got = self._scans[scan] = scan.scan(self)
        return got

    def word_at(self, i: int) -> tuple[int, int]:
        """(start, end) of the word holding character ``i``, or (-1, -1) if it is no word character."""
        k = bisect_right(self.starts, i) - 1
        if k >= 0 and i < self.ends[k]:
            return self.starts[k], self.ends[k]
        return -1, -1


def _longest_first(cands: list[tuple[int, int, str, list[Any]]], n: int) -> list[tuple[int, int, str, list[Any]]]:
    """Keep non-overlapping matches (start, end, key, payloads), preferring the longest; matches of
    one span and key stay together."""
    if len(cands) <= 1:
        return cands
    cands.sort(key=_SPAN)  # stable: of one span, the first found stays first
    if all(a[1] <= b[0] for a, b in pairwise(cands)):
        return cands  # no two overlap (most lists in most texts): all kept, in text order
    cands.sort(key=_longest_then_first)
    occupied = bytearray(n + 1)
    kept: dict[tuple[int, int], str] = {}
    out: list[tuple[int, int, str, list[Any]]] = []
    for c in cands:
        s, e, key = c[0], c[1], c[2]
        got = kept.get((s, e))
        if got is not None:
            if got == key:
                out.append(c)
            continue
        if occupied.find(1, s, e) >= 0:
            continue
        occupied[s:e] = b"\x01" * (e - s)
        kept[(s, e)] = key
        out.append(c)
    out.sort(key=_SPAN)
    return out


def _longest_then_first(c: tuple[int, int, str, list[Any]]) -> tuple[int, int]:
    return c[0] - c[1], c[0]


_SPAN = itemgetter(0, 1)
