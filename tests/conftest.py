"""Fixtures shared by every test folder: the shared corpus, read from ../shared (never copied)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.model import Article

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "articles.jsonl"


@pytest.fixture(scope="session")
def corpus_texts() -> Callable[[int], list[str]]:
    """``corpus_texts(n)``: the texts (headline + body) of the corpus's first ``n`` articles, as the
    pipeline reads them; the test is skipped when ../shared is not there."""
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not found: {CORPUS}")
    texts: list[str] = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(Article.from_record(json.loads(line)).full_text())
    return lambda n: texts[:n]


@pytest.fixture(scope="session")
def corpus_article() -> Callable[[str], Article]:
    """``corpus_article(id)``: one article of the shared corpus; the test is skipped when ../shared
    is not there."""
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not found: {CORPUS}")
    with CORPUS.open(encoding="utf-8") as fh:
        records = {r["id"]: r for r in (json.loads(line) for line in fh if line.strip())}
    return lambda aid: Article.from_record(records[aid])
