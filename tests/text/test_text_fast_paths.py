"""The fast paths of normalisation, sentence splitting and the article check give the plain results."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from marsad.model import Article
from marsad.pipeline import check_article
from marsad.text import normalize, sentences
from marsad.text.normalize import _GLUED, fold_char

# the sentence-end pattern as segment.py's comment states it; segment.py writes it in a faster form:
# a run of . ! ? not before a digit (a decimal point), that does not open with the dot of an abbreviation
# (one or two letters then a dot and a letter, "بي.كي"; one letter, a dot and a lone letter, "د. ب")
_SENT_END_AS_STATED = re.compile(r"(?!(?<=(?<!\w)\w\w)\.\w|(?<=(?<!\w)\w)\. ?\w(?!\w))[.!?]+(?!\d)|\n+")


def _reference(text: str) -> tuple[str, list[int]]:
    """Normalisation one character at a time: the definition the fast paths must agree with."""
    out: list[str] = []
    to_orig: list[int] = []
    for i, ch in enumerate(text):
        folded = fold_char(ch)
        out.append(folded)
        to_orig.extend([i] * len(folded))
    norm = "".join(out)
    # then a space after each word glued to digits ("مقتل20"), mapped to the first digit
    for end in reversed([m.end() for m in _GLUED.finditer(norm)]):
        norm = norm[:end] + " " + norm[end:]
        to_orig.insert(end, to_orig[end])
    return norm, to_orig




def test_identity_dropped_and_ligature_paths() -> None:
    plain = "قصفت الطائرات مدينة حلب"  # one character for one
    vocalised = "قُتِلَ ثلاثةُ مدنيينَ\u200f في حيّ الشّعار"  # diacritics and a mark dropped
    ligature = "\ufefbقُتِل ﷲ"  # a ligature (two letters) beside dropped diacritics
    for text in (plain, vocalised, ligature):
        nt = normalize(text)
        assert (nt.norm, nt.to_orig) == _reference(text)
    assert normalize(plain).to_orig == list(range(len(plain)))
    nt = normalize(ligature)
    assert nt.norm.startswith("لاقتل")
    assert nt.to_orig[:3] == [0, 0, 1]  # both letters of the ligature point at it


def test_corpus_articles_normalise_as_the_reference(corpus_texts) -> None:
    for text in corpus_texts(120):
        nt = normalize(text)
        assert (nt.norm, nt.to_orig) == _reference(text)


@given(st.text(alphabet=st.sampled_from(list("ابتةىأإآـًٌٍَُِّْ٠١٢ \n.,«»\u200f\u200c\ufefb\ufef7\ufdf2\ufe71ﻙa5")),
               max_size=120))
def test_any_mix_of_kept_dropped_and_expanded_characters(text: str) -> None:
    nt = normalize(text)
    assert (nt.norm, nt.to_orig) == _reference(text)


def test_sentence_ends_as_stated_on_real_articles(corpus_texts) -> None:
    for text in corpus_texts(120):
        norm = normalize(text).norm
        got = [(s.start, s.end) for s in sentences(norm)]
        start, want = 0, []
        for m in _SENT_END_AS_STATED.finditer(norm):
            if norm[start:m.start()].strip():
                want.append((start, m.end()))
            start = m.end()
        if norm[start:].strip():
            want.append((start, len(norm)))
        assert got == want


@given(st.text(alphabet=st.sampled_from(list("ab 12.!?\n")), max_size=60))
def test_sentence_end_pattern_matches_as_stated(text: str) -> None:
    from marsad.text.segment import _SENT_END

    assert [m.span() for m in _SENT_END.finditer(text)] == [m.span() for m in _SENT_END_AS_STATED.finditer(text)]


def test_article_check_decides_as_before() -> None:
    arabic = "قالت مصادر محلية إن قصفا مدفعيا استهدف بلدة في ريف إدلب الجنوبي صباح اليوم"
    assert check_article(Article(id="a", text=arabic)) is None
    # under 30 % Arabic characters: the letters are counted, and Latin ones outweigh the Arabic
    mixed = "The shelling of the town continued through the night, residents said. " * 4 + arabic
    assert check_article(Article(id="b", text=mixed)) == "no Arabic text"
    # under 30 % Arabic characters too, but the rest are digits and signs: readable
    tables = "قتل 1234567890, 1234567890 / 2024-05-01 " * 10
    assert check_article(Article(id="c", text=tables)) is None
    assert check_article(Article(id="d", text="12345 67890 " * 20)) == "no Arabic text"
    assert check_article(Article(id="e", text=arabic + "\x00\x01\x02" * 20)) == "binary or undecodable text"
