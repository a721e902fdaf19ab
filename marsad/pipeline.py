"""The extraction pipeline: one Article in, coded Events out, through small stages.

    check → normalise/segment (text) → mentions → assemble → rules → dates → fatalities
          → geo → source → confidence/notes

Everything costly (lexicons, automata, the gazetteer) is built once in ``Pipeline.default()``
and shared by every article a process reads.
"""

from __future__ import annotations

import gc
import re
import traceback
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.model import Article, Event

MAX_CHARS = 1_000_000  # a news article is never this long; larger inputs are skipped
# runs of characters of a kind, counted as the length they take out of a text
_BAD_CHARS = re.compile(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]+")
_ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff]+")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class Result:
    """What the pipeline made of one article: its events, or the reason it was skipped."""

    article_id: str
    events: list[Event] = field(default_factory=list)
    skipped: str | None = None


def check_article(article: Article) -> str | None:
    """The reason an article cannot be read, or None when it can."""
    text = article.full_text()
    if not text or not text.strip():
        return "empty text"
    if len(text) > MAX_CHARS:
        return f"text too large ({len(text):,} characters; the limit is {MAX_CHARS:,})"
    sample = text[:20000]
    bad = _count(_BAD_CHARS, sample) if _BAD_CHARS.search(sample) else 0
    if bad > max(5, len(sample) // 50):
        return "binary or undecodable text"
    # mostly Arabic already in its first half: enough, without counting the rest
    if _count(_ARABIC_LETTERS, sample[:len(sample) // 2]) >= max(20, len(sample) * 0.3):
        return None
    arabic = _count(_ARABIC_LETTERS, sample)
    # letters are counted only when it can matter: never more than the characters of the sample
    if arabic < 20 or (arabic < len(sample) * 0.3 and arabic < _count(_LETTERS, sample) * 0.3):
        return "no Arabic text"
    return None


def _count(runs: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the pattern's runs cover (no object per character)."""
    return len(text) - len(runs.sub("", text))


class Pipeline:
    """The stages, built once from the lexicons and the gazetteer."""

    def __init__(self) -> None:
        from marsad.events.assemble import EventExtractor
        from marsad.mentions.matcher import SharedScan

        self.extractor = EventExtractor.build()
        # the mention lexicons and the gazetteer's names read each text in one automaton pass
        SharedScan([*self.extractor.finder.matchers(), self.extractor.gazetteer.matcher])
        self.extractor.gazetteer.prepare()  # its lazily built indexes, now rather than mid-run
        # the lexicons, automata and gazetteer live as long as the process: moved out of the
        # collector's sight, so its passes walk only what articles make (and forked workers
        # share their pages rather than copy them when a pass would touch them)
        gc.collect()
        gc.freeze()

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> Pipeline:
        return Pipeline()

    def extract(self, article: Article) -> list[Event]:
        """Events of one article (raises on a bug; ``run`` is the safe form)."""
        return self.extractor.extract(article)

    def run(self, article: Article) -> Result:
        """Events of one article; never raises: a bad article comes back with its skip reason."""
        reason = check_article(article)
        if reason:
            return Result(article.id, skipped=reason)
        try:
            return Result(article.id, events=self.extract(article))
        except Exception as exc:  # one bad article must never stop a batch
            where = traceback.extract_tb(exc.__traceback__)[-1]
            return Result(article.id, skipped=f"internal error {type(exc).__name__}: {exc} "
                                              f"({where.filename.rsplit('/', 1)[-1]}:{where.lineno})")
