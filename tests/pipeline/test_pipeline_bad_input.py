"""Bad input gets a reason, never a crash, and never stops the rest of a batch."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from marsad.model import Article
from marsad.pipeline import Pipeline

GOOD = "اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في مدينة درعا"


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.default()


@pytest.mark.parametrize("text,reason", [
    ("", "empty text"),
    ("   \n\t ", "empty text"),
    ("Clashes broke out yesterday between government forces and rebels in Deraa.", "no Arabic text"),
    ("\x00\x01\x02\ufffd\ufffd" * 400, "binary or undecodable text"),
    ("قتل " * 2_600_000, "text too large"),
])
def test_bad_articles_are_skipped_with_a_reason(pipeline, text, reason):
    res = pipeline.run(Article(id="bad", text=text, published=date(2015, 8, 1)))
    assert res.events == []
    assert res.skipped is not None and res.skipped.startswith(reason)


def test_missing_publication_date_still_extracts(pipeline):
    res = pipeline.run(Article(id="nodate", text=GOOD, published=None))
    assert res.skipped is None and res.events
    assert res.events[0].event_date == ""  # no day can be resolved without a publication date


def test_cli_batch_goes_on_after_bad_lines(tmp_path: Path):
    lines = [
        json.dumps({"id": "a1", "text": GOOD, "published": "2015-08-04", "outlet": "x"}, ensure_ascii=False),
        '{"id": "broken", "text": "قتل',  # broken JSON
        json.dumps({"id": "a2", "text": ""}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a3", "text": "No Arabic here at all, only English words about a ceasefire."}),
        json.dumps({"id": "a4", "text": GOOD, "published": "2015-08-04", "outlet": "x"}, ensure_ascii=False),
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b"\xff\xfe\x00garbage\n")
    out = tmp_path / "out.jsonl"
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", str(src), "-o", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    events = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {e["article_id"] for e in events} == {"a1", "a4"}
    assert "broken JSON" in r.stderr
    assert "empty text" in r.stderr
    assert "not a JSON object" in r.stderr
    assert "skipped a3: no Arabic text" in r.stderr
    assert "not valid UTF-8" in r.stderr
    assert "articles: 2" in r.stderr


def test_cli_reads_stdin_and_writes_stdout():
    rec = json.dumps({"id": "s1", "text": GOOD, "published": "2015-08-04"}, ensure_ascii=False)
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", "-"], input=rec + "\n",
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    ev = json.loads(r.stdout.splitlines()[0])
    assert ev["article_id"] == "s1" and ev["event_type"] == "Battles"
