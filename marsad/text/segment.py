"""Sentence and clause segmentation over normalised text (offsets stay in normalised space)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (not a decimal point, with a digit after it: "... عام 2001. ونال" ends one),
# at a line break, or at a colon before a quote; not at the dots of an abbreviation: letters one or
# two at a time joined by dots ("حزب «بي.كي.كي»") or single letters each with its dot ("(د. ب. أ)").
_SENT_END = re.compile(r"[.!?](?!(?<=(?<!\w)\w\w\.)\w|(?<=(?<!\w)\w\.) ?\w(?!\w))[.!?]*(?!\d)|\n+")
# Clause boundaries inside a sentence: comma/semicolon, and the connectives that open a new clause.
_CLAUSE_END = re.compile(r"[,;:]| (?=(?:فيما|بينما|في حين|كما|ولكن|لكن|الا ان|غير ان|وفي|واضاف|واشار|وقال|وذكر) )")


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or clause: [start, end) in normalised text; ``index`` counts from 0."""

    start: int
    end: int
    index: int


def sentences(norm: str) -> list[Segment]:
    """Split normalised text into sentences; the headline (first line) is sentence 0."""
    out: list[Segment] = []
    start = 0
    for m in _SENT_END.finditer(norm):
        end = m.end()
        if norm[start:m.start()].strip():
            out.append(Segment(start, end, len(out)))
        start = end
    if norm[start:].strip():
        out.append(Segment(start, len(norm), len(out)))
    return out


def clauses(norm: str, sent: Segment) -> list[Segment]:
    """Split one sentence into clauses (offsets are still into the whole normalised text)."""
    out: list[Segment] = []
    start = sent.start
    for m in _CLAUSE_END.finditer(norm, sent.start, sent.end):
        if norm[start:m.start()].strip():
            out.append(Segment(start, m.end(), len(out)))
        start = m.end()
    if norm[start:sent.end].strip():
        out.append(Segment(start, sent.end, len(out)))
    return out
