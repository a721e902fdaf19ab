"""Context words are found with their proclitics by one look-up, as by stripping the clitic."""

from __future__ import annotations

from marsad.geo.gazetteer import GeoWords, clitic_forms
from marsad.mentions.matcher import PREFIXES


def _strip(word: str, vocab: dict[str, str]) -> str | None:
    """The word, or the word without a one- then two-letter proclitic, if that is in ``vocab``."""
    if word in vocab:
        return word
    for n in (1, 2):
        if len(word) > n + 1 and word[:n] in PREFIXES and word[n:] in vocab:
            return word[n:]
    return None


def test_context_words_with_and_without_proclitics() -> None:
    words = GeoWords.load()
    forms = words.context_forms
    assert forms["ريف"] == "ريف"
    assert forms["بريف"] == "ريف"
    assert forms["وبريف"] == "ريف"
    assert forms.get("حلب") is None
    assert words.direction_forms["وشمال"] == "شمال"


def test_same_as_stripping_for_every_clitic_and_word() -> None:
    vocab = GeoWords.load().context
    forms = clitic_forms(vocab)
    candidates = {p + w for w in vocab for p in PREFIXES} | {w[1:] for w in vocab} | {"لبلده", "وللحي", "فال"}
    for word in candidates:
        assert forms.get(word) == _strip(word, vocab), word


def test_a_word_that_is_itself_listed_wins_over_a_clitic_reading() -> None:
    vocab = {"بلده": "town", "لده": "other"}
    forms = clitic_forms(vocab)
    assert forms["بلده"] == "بلده"  # not ب + لده
    assert forms["وبلده"] == "بلده"  # و + بلده before وب + لده
