"""Readers: real HTML pages (shared/ingest-samples), encodings, RSS/Atom, WARC, folders, bad input."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from marsad.ingest.encoding import UndecodableError, decode_bytes
from marsad.ingest.feed import read_feed
from marsad.ingest.files import read_file, read_sources
from marsad.ingest.html import NotAnArticleError, article_from_html
from marsad.ingest.jsonl import Skipped
from marsad.ingest.warc import read_warc
from marsad.model import Article

SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "ingest-samples" / "html"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared/ingest-samples not found")

# Text written for these tests (invented, not copied news).
STORY = ("أفادت مصادر محلية بأن اشتباكات عنيفة اندلعت صباح اليوم الثلاثاء بين قوات الأمن ومسلحين مجهولين "
         "في حي الميدان بمدينة دمشق، وأسفرت عن مقتل ثلاثة مسلحين وإصابة عنصرين من قوات الأمن بجروح.")
STORY2 = ("تظاهر مئات من سكان مدينة تعز أمس الإثنين احتجاجا على انقطاع الكهرباء والمياه منذ أسابيع، "
          "ورفع المتظاهرون لافتات تطالب السلطات المحلية بإيجاد حلول عاجلة.")


def _page(body: str, charset: str = "utf-8", published: str = "2016-08-16T09:30:00+03:00",
          site: str = "صحيفة الاختبار") -> str:
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">'
            f"<title>اشتباكات في دمشق</title>"
            f'<meta property="og:site_name" content="{site}">'
            f'<meta property="article:published_time" content="{published}">'
            f"</head><body><nav>الرئيسية | أخبار | رياضة</nav><article><h1>اشتباكات في دمشق</h1>"
            f"<p>{body}</p><p>{STORY2}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>")


# ---- real HTML pages ------------------------------------------------------------------------------

EXPECTED_DATES = {
    "arabic.sputniknews.com_2020-03-17_egypt-coronavirus": date(2020, 3, 17),
    "almadenahnews.com_2020-04-24_us-coronavirus-deaths": date(2020, 4, 24),
    "albayan.ae_2020-06-03_afghan-embassy-uae": date(2020, 6, 3),
    "youm7.com_2020-08-24_irrigation-minister": date(2020, 8, 24),
    "akhbarelyom.com_2020-10-07_naima-akef": date(2020, 10, 7),
    "beirutobserver.com_2020-11-09_paris-burglary": date(2020, 11, 9),
    "alyaum.com_2020-12-01_tehran-fakhrizadeh": date(2020, 12, 1),
    "elbaladtv.net_2020-12-24_turki-alsheikh": date(2020, 12, 25),  # local day (the gold date)
    "lbcgroup.tv_2026-01-08_trump-hair": date(2026, 1, 8),
}


@needs_samples
@pytest.mark.parametrize("stem", sorted(EXPECTED_DATES))
def test_real_page_date_outlet_and_main_text(stem: str) -> None:
    art = article_from_html((SAMPLES / f"{stem}.html").read_bytes(), name=stem)
    assert art.published == EXPECTED_DATES[stem]
    assert art.outlet and not art.outlet[0].isdigit()
    arabic = sum(1 for ch in art.text if "\u0600" <= ch <= "\u06ff")
    assert arabic > 200
    assert "<" not in art.text and "function(" not in art.text  # markup and scripts are gone


@needs_samples
def test_real_pages_outlets_and_titles() -> None:
    def read(stem: str) -> Article:
        return article_from_html((SAMPLES / f"{stem}.html").read_bytes(), name=stem)

    assert read("albayan.ae_2020-06-03_afghan-embassy-uae").outlet == "البيان"
    assert read("youm7.com_2020-08-24_irrigation-minister").outlet == "اليوم السابع"
    assert read("akhbarelyom.com_2020-10-07_naima-akef").outlet == "akhbarelyom.com"
    cnn = read("arabic.cnn.com_2013-08_syria-clashes")
    assert cnn.title.startswith("معارضون يسيطرون على مخازن للصواريخ")
    assert cnn.published is not None and cnn.published.year == 2013
    assert "ريف دمشق" in cnn.text
    assabah = read("assabah.com.tn_2019-02-08_sudan-activist-interview")
    assert assabah.published is not None and abs((assabah.published - date(2019, 2, 8)).days) <= 1


@needs_samples
def test_truncated_real_page_is_read_or_skipped_never_raises(tmp_path: Path) -> None:
    data = (SAMPLES / "alyaum.com_2020-12-01_tehran-fakhrizadeh.html").read_bytes()
    for cut in (len(data) // 2, len(data) // 5, 300):
        f = tmp_path / f"cut{cut}.html"
        f.write_bytes(data[:cut])
        items = list(read_file(f))
        assert len(items) == 1 and isinstance(items[0], Article | Skipped)
    assert isinstance(list(read_file(tmp_path / "cut300.html"))[0], Skipped)


# ---- encodings --------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256", "iso-8859-6", "utf-16", "utf-16-le",
                                      "utf-16-be"])
def test_text_in_each_encoding_is_decoded(encoding: str) -> None:
    text, found = decode_bytes(STORY.encode(encoding))
    assert text == STORY, found


def test_declared_charset_of_a_short_iso_8859_6_page_is_used() -> None:
    page = _page("قتل ثلاثة.", charset="iso-8859-6").encode("iso-8859-6")
    text, enc = decode_bytes(page)
    assert "قتل ثلاثة" in text and enc == "iso8859-6"


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6", "utf-16"])
def test_html_page_in_arabic_encodings(encoding: str) -> None:
    art = article_from_html(_page(STORY, charset=encoding if encoding != "utf-16" else "utf-16")
                            .encode(encoding), name="p1")
    assert STORY in art.text and art.published == date(2016, 8, 16) and art.outlet == "صحيفة الاختبار"


def test_binary_is_not_text() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    with pytest.raises(UndecodableError):
        decode_bytes(png)


# ---- feeds --------------------------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0"><channel><title>وكالة الاختبار</title><link>https://example.org/</link>
<item><title>اشتباكات في دمشق</title><link>https://example.org/news/1</link><guid>news-1</guid>
<pubDate>Tue, 16 Aug 2016 08:00:00 +0300</pubDate>
<description><![CDATA[<p>{STORY}</p><script>alert(1)</script>]]></description></item>
<item><title>تظاهرة في تعز</title><link>https://example.org/news/2</link>
<pubDate>Mon, 15 Aug 2016 20:00:00 +0300</pubDate><description>{STORY2}</description></item>
<item><title>بلا نص</title><link>https://example.org/news/3</link></item>
</channel></rss>""".encode("cp1256")

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع الاختبار</title><id>urn:test</id>
<updated>2016-08-16T10:00:00Z</updated>
<entry><title>اشتباكات</title><id>urn:test:1</id><updated>2016-08-16T10:00:00Z</updated>
<published>2016-08-16T09:00:00Z</published>
<content type="html">&lt;p&gt;{STORY}&lt;/p&gt;</content></entry></feed>""".encode()


def test_rss_in_windows_1256() -> None:
    items = list(read_feed(RSS, "feed.rss"))
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in arts] == ["news-1", "https://example.org/news/2"]
    assert arts[0].text == STORY and "alert" not in arts[0].text
    assert arts[0].outlet == "وكالة الاختبار" and arts[0].title == "اشتباكات في دمشق"
    assert arts[0].published == date(2016, 8, 16) and arts[1].published == date(2016, 8, 15)
    assert [s.reason for s in items if isinstance(s, Skipped)] == ["feed entry has no text"]


def test_atom_feed() -> None:
    [art] = list(read_feed(ATOM, "feed.atom"))
    assert isinstance(art, Article)
    assert art.id == "urn:test:1" and art.text == STORY and art.outlet == "موقع الاختبار"
    assert art.published == date(2016, 8, 16)


def test_a_feed_that_is_not_xml_is_skipped() -> None:
    [s] = list(read_feed(b"this is { not xml at all", "broken.xml"))
    assert isinstance(s, Skipped) and s.reason.startswith("not an RSS/Atom feed")


# ---- WARC ------------------------------------------------------------------------------------------------

def _warc(tmp_path: Path, gz: bool = True) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)

        def add(uri: str, status: str, ctype: str, payload: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                http_headers=headers,
                                                warc_headers_dict={"WARC-Date": "2016-08-17T00:00:00Z"}))

        add("https://example.org/a.html", "200 OK", "text/html; charset=windows-1256",
            _page(STORY, charset="windows-1256").encode("cp1256"))
        add("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + os.urandom(100))
        add("https://example.org/gone.html", "404 Not Found", "text/html", b"<html>not found</html>")
        add("https://example.org/b.html", "200 OK", "text/html",
            f"<html><body><p>{STORY2}</p><p>{STORY2}</p></body></html>".encode())
    return path


@pytest.mark.parametrize("gz", [True, False])
def test_warc_pages(tmp_path: Path, gz: bool) -> None:
    items = list(read_file(_warc(tmp_path, gz)))
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.url for a in arts] == ["https://example.org/a.html", "https://example.org/b.html"]
    assert STORY in arts[0].text and arts[0].published == date(2016, 8, 16)
    assert arts[1].published == date(2016, 8, 17)  # no date in the page: the capture date
    assert not [i for i in items if isinstance(i, Skipped)]


def test_a_file_that_is_not_warc_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "fake.warc"
    f.write_bytes(b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n" * 3)
    [s] = list(read_file(f))
    assert isinstance(s, Skipped) and "WARC" in s.reason
    assert isinstance(list(read_warc(io.BytesIO(b"WARC/1.0\r\nbroken"), "x"))[0], Skipped)


# ---- folders and bad input -------------------------------------------------------------------------------

def _mixed_folder(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_bytes(STORY.encode("cp1256"))
    (root / "b.html").write_text(_page(STORY2), encoding="utf-8")
    (root / "feed.rss").write_bytes(RSS)
    (root / "sub" / "c.jsonl").write_text(
        json.dumps({"id": "j1", "text": STORY, "published": "2016-08-16", "outlet": "Test"}, ensure_ascii=False)
        + "\n{broken json\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("لا يقرأ", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (root / "u16.txt").write_bytes(STORY2.encode("utf-16"))
    (root / "notxml.xml").write_text("just some text, no markup {", encoding="utf-8")
    return root


def test_folder_of_mixed_files(tmp_path: Path) -> None:
    items = list(read_sources([_mixed_folder(tmp_path / "in"), tmp_path / "missing.jsonl"]))
    arts = {a.id: a for a in items if isinstance(a, Article)}
    assert set(arts) == {"a", "b", "news-1", "https://example.org/news/2", "j1", "u16"}
    assert arts["a"].text == STORY and arts["u16"].text == STORY2
    reasons = {Path(s.where.split(":")[0].split("#")[0]).name: s.reason for s in items if isinstance(s, Skipped)}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["image.png"].startswith("binary")
    assert reasons["notxml.xml"].startswith("not an RSS/Atom feed")
    assert reasons["c.jsonl"].startswith("broken JSON")
    assert reasons["missing.jsonl"] == "no such file or folder"
    assert not any(".hidden" in s.where for s in items if isinstance(s, Skipped))


def test_ten_megabyte_page_is_skipped(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_text(_page(STORY * 40_000), encoding="utf-8")
    assert big.stat().st_size > 10_000_000
    [s] = list(read_file(big))
    assert isinstance(s, Skipped) and s.reason.startswith("file too large")
    with pytest.raises(NotAnArticleError):
        article_from_html(big.read_bytes())


def test_page_without_main_text_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "nav.html"
    f.write_text("<html><body><nav>الرئيسية</nav></body></html>", encoding="utf-8")
    [s] = list(read_file(f))
    assert isinstance(s, Skipped) and s.reason == "no main text found in the page"
