"""Fuzz test (hypothesis): more than 10,000 generated bad inputs, zero crashes.

Every input is read as a file of some kind (JSONL, HTML, text, feed, WARC, unknown), decoded, or
ingested into a real store; each must come back as Articles or Skips with a reason, never as
an exception. The examples are derandomised, so CI runs the same inputs every time.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.ingest.batch import ingest
from marsad.ingest.encoding import UndecodableError, decode_bytes
from marsad.ingest.feed import read_feed
from marsad.ingest.files import read_file
from marsad.ingest.jsonl import Skipped, read_jsonl
from marsad.model import Article
from marsad.store import open_store

FUZZ = settings(deadline=None, derandomize=True, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

# Fragments written for the tests (invented, not copied news).
ARABIC = ["قتل", "ثلاثة", "مدنيين", "في", "قصف", "على", "حلب", "أمس", "الإثنين", "اشتباكات", "بين", "الجيش",
          "والمسلحين", "تعز", "عبوة ناسفة", "المرصد السوري", "غارة", "جوية", "عشرات", "القتلى", "١٢", "27"]
GOOD_PAGE = ("<html lang='ar'><head><meta charset='utf-8'><title>خبر</title>"
             "<meta property='article:published_time' content='2016-08-16'></head><body><article><p>"
             + " ".join(ARABIC * 3) + "</p></article></body></html>")
GOOD_FEED = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>وكالة</title><item>"
             "<title>خبر</title><guid>g1</guid><pubDate>Tue, 16 Aug 2016 08:00:00 +0300</pubDate>"
             "<description>" + " ".join(ARABIC) + "</description></item></channel></rss>")
GOOD_LINE = json.dumps({"id": "a1", "text": " ".join(ARABIC), "published": "2016-08-16", "outlet": "X"},
                       ensure_ascii=False)
SUFFIXES = [".jsonl", ".html", ".txt", ".xml", ".rss", ".warc", ".warc.gz", ".bin", ""]
ENCODINGS = ["utf-8", "cp1256", "iso-8859-6", "utf-16", "utf-16-le", "utf-32", "latin-1"]


def _warc_bytes(page: bytes) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://example.org/a", "response", payload=io.BytesIO(page),
                                        http_headers=headers))
    return buf.getvalue()


GOOD_WARC = _warc_bytes(GOOD_PAGE.encode())
SEEDS = [GOOD_PAGE.encode(), GOOD_FEED.encode(), GOOD_LINE.encode(), GOOD_WARC, " ".join(ARABIC).encode()]

arabic_text = st.lists(st.sampled_from(ARABIC) | st.text(max_size=8), max_size=30).map(" ".join)


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A good input cut short, with bytes flipped, or in the wrong encoding."""
    data = draw(st.sampled_from(SEEDS))
    how = draw(st.sampled_from(["cut", "flip", "recode", "splice"]))
    if how == "cut":
        return data[:draw(st.integers(0, len(data)))]
    if how == "flip":
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 20))):
            i = draw(st.integers(0, len(out) - 1))
            out[i] = draw(st.integers(0, 255))
        return bytes(out)
    if how == "recode":
        text = data.decode("utf-8", "replace")
        return text.encode(draw(st.sampled_from(ENCODINGS)), "replace")
    other = draw(st.binary(max_size=200))
    i = draw(st.integers(0, len(data)))
    return data[:i] + other + data[i:]


bad_bytes = st.binary(max_size=2000) | damaged() | arabic_text.map(lambda t: t.encode("utf-16"))


RUNS: dict[str, int] = {}
"""Inputs each fuzz test ran (hypothesis may stop early when a strategy runs out of new inputs)."""


def _count(test: str) -> None:
    RUNS[test] = RUNS.get(test, 0) + 1


@pytest.fixture(scope="module", autouse=True)
def at_least_ten_thousand_inputs():
    yield
    if len(RUNS) == 5:  # the whole module ran (not a -k selection)
        assert sum(RUNS.values()) >= 10_000, RUNS


def _check(items: list[Article | Skipped]) -> None:
    for it in items:
        assert isinstance(it, Article | Skipped)
        if isinstance(it, Skipped):
            assert it.reason and isinstance(it.where, str)
        else:
            assert isinstance(it.text, str) and it.full_text().strip()  # a headline alone is text


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(FUZZ, max_examples=3500)
@given(data=bad_bytes, suffix=st.sampled_from(SUFFIXES))
def test_any_file_reads_without_crash(fuzz_dir: Path, data: bytes, suffix: str) -> None:
    _count("test_any_file_reads_without_crash")
    f = fuzz_dir / f"input{suffix}"
    f.write_bytes(data)
    _check(list(read_file(f)))


@settings(FUZZ, max_examples=2500)
@given(data=bad_bytes)
def test_decode_gives_text_or_a_reason(data: bytes) -> None:
    _count("test_decode_gives_text_or_a_reason")
    try:
        text, enc = decode_bytes(data)
    except UndecodableError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str) and enc


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                           lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids,
                                                                                      max_size=3), max_leaves=8)
records = st.fixed_dictionaries({}, optional={"id": json_values, "text": json_values | arabic_text,
                                              "published": json_values | st.dates().map(str),
                                              "outlet": json_values, "title": json_values})
json_lines = (records.map(lambda r: json.dumps(r, ensure_ascii=False)) | st.text(max_size=100)
              | st.binary(max_size=100) | damaged())


@settings(FUZZ, max_examples=2500)
@given(lines=st.lists(json_lines, max_size=6))
def test_jsonl_lines_never_raise(lines: list[str | bytes]) -> None:
    _count("test_jsonl_lines_never_raise")
    _check(list(read_jsonl(lines, "fuzz.jsonl")))


@settings(FUZZ, max_examples=1200)
@given(data=bad_bytes | st.text(max_size=300).map(str.encode))
def test_feeds_never_raise(data: bytes) -> None:
    _count("test_feeds_never_raise")
    _check(list(read_feed(data, "fuzz.xml")))


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory):
    s = open_store(tmp_path_factory.mktemp("fuzzdb") / "fuzz.db")
    yield s
    s.close()


articles = st.builds(Article, id=st.text(max_size=12), text=arabic_text | st.text(max_size=200),
                     published=st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 1, 1)),
                     outlet=st.text(max_size=10), title=st.text(max_size=20))


@settings(FUZZ, max_examples=400)
@given(items=st.lists(articles | st.builds(Skipped, st.text(max_size=10), st.text(min_size=1, max_size=30)),
                      max_size=4))
def test_ingest_never_raises_and_keeps_the_store(fuzz_store, items: list[Article | Skipped]) -> None:
    _count("test_ingest_never_raises_and_keeps_the_store")
    before = fuzz_store.stats()
    summary = ingest(items, fuzz_store)
    after = fuzz_store.stats()
    assert summary.read == sum(isinstance(i, Article) for i in items)
    assert summary.read == summary.stored + summary.unchanged + (summary.n_skipped - sum(
        isinstance(i, Skipped) for i in items))
    for table in ("articles", "events", "reports", "sources"):
        assert after[table] >= before[table]  # stored data is never lost
