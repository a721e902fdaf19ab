"""The API's one write (only with ``--allow-writes``): read an article, store and fuse its events."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException

from marsad.model import Article
from marsad.store import Store


def ingest_record(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    """``{"id", "text", "published", "outlet"[, "title", "url"]}`` → the ingest summary; 422 when unusable."""
    from marsad.ingest.batch import ingest

    try:
        article = Article.from_record(record)
    except ValueError as exc:
        raise HTTPException(422, f"unusable article: {exc}") from None
    if not article.text.strip():
        raise HTTPException(422, "unusable article: 'text' is empty")
    summary = ingest([article], store)
    return {"article_id": article.id, **summary.to_dict()}
