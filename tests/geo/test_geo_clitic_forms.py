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


def test_prepared_indexes_resolve_as_lazily_built_ones() -> None:
    from marsad.geo.gazetteer import DATA, Gazetteer, load_curated, load_places
    from marsad.text import normalize

    places = load_places(DATA / "places.tsv.gz") + load_curated(DATA / "curated.tsv")
    lazy, ready = Gazetteer(places), Gazetteer(places).prepare()
    text = ("قصفت طائرات حربية بلدة سولهان في ولاية بورنو شمال شرق نيجيريا، وقتل مسلحون خمسة "
            "أشخاص في شمال البلاد. واستهدف قصف مدفعي أطراف مدينة حلب الشمالية")
    nt = normalize(text)
    got = []
    for g in (lazy, ready):
        ms = g.find_places(nt)
        got.append([(m.key, g.resolve(m, ms)) for m in ms])
    assert got[0] == got[1]
    assert any(loc is not None and loc.country == "Nigeria" for _, loc in got[1])
