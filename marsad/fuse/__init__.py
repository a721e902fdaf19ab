"""Fuse stage: events told by several articles become one record with all sources and evidence."""

from __future__ import annotations

from marsad.fuse.incremental import Decision, Fuser
from marsad.fuse.match import MAX_DAYS, MAX_KM, Match, actors_compatible, match
from marsad.fuse.merge import confidence_of, fatalities_of, merge_reports

__all__ = [
    "MAX_DAYS", "MAX_KM", "Decision", "Fuser", "Match", "actors_compatible", "confidence_of",
    "fatalities_of", "match", "merge_reports",
]
