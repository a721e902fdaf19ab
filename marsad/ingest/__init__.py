"""Ingest stage: readers that turn input files (JSONL, text, HTML, feeds, WARC) into Articles."""
