"""Read articles from JSON Lines: one ``{"id", "text", "published", "outlet"}`` object a line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from marsad.model import Article


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not read, and why (reported, never fatal for the batch)."""

    where: str
    reason: str


def read_jsonl(lines: Iterable[str | bytes], name: str = "<stdin>") -> Iterator[Article | Skipped]:
    """Yield an Article for each good line and a Skipped (with the reason) for each bad one."""
    for lineno, raw in enumerate(lines, 1):
        where = f"{name}:{lineno}"
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield Skipped(where, "line is not valid UTF-8")
                continue
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"broken JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            article = Article.from_record(rec)
        except ValueError as exc:
            yield Skipped(where, str(exc))
            continue
        if not article.full_text().strip():
            yield Skipped(where, "empty text")
            continue
        yield article
