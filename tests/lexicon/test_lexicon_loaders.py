"""The TSV loaders of marsad.lexicon: comment and header handling, validation that names the
file and line of a bad row, and the actor/source entries they build."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import marsad.lexicon as lx
from marsad.lexicon import ActorEntry, LexiconError, read_tsv
from marsad.text.normalize import normalize_key

ACTOR_HEADER = "alias\tcanonical\tinter\tcountry\tvalid_from\tvalid_to\tkind\n"
SOURCE_HEADER = "alias\tname\tkind\n"


def _load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, body: str):
    """Run the real loader of ``name`` on a data folder holding only ``body``."""
    (tmp_path / name).write_text(body, encoding="utf-8")
    monkeypatch.setattr(lx, "DATA", tmp_path)
    loader = {"actors.tsv": lx.actors, "sources.tsv": lx.sources, "allies.tsv": lx.alliances}[name]
    return loader.__wrapped__()


def test_read_tsv_skips_comments_and_keeps_line_numbers(tmp_path: Path) -> None:
    p = tmp_path / "x.tsv"
    p.write_text("# a comment\n\nalias\tname\n# --- section\nالمرصد\tSOHR\nسانا\n", encoding="utf-8")
    rows = read_tsv(p)
    assert [r["alias"] for r in rows] == ["المرصد", "سانا"]
    assert rows[0]["name"] == "SOHR" and rows[1]["name"] == ""
    assert [r["_line"] for r in rows] == ["5", "6"]


def test_read_tsv_rejects_a_row_with_too_many_cells(tmp_path: Path) -> None:
    p = tmp_path / "x.tsv"
    p.write_text("alias\tname\nالمرصد\tSOHR\textra\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"x\.tsv:2: 3 cells"):
        read_tsv(p)


def test_actor_rows_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("# test\n" + ACTOR_HEADER
            + "جبهة النصرة\tJabhat al-Nusra\t2\tSyria\t\t2016-07-27\tnamed\n"
            + "الجيش\tMilitary Forces of {country}\t1\t\t\t\tgeneric\n"
            + "داعش\tIslamic State ({country})\t2\t\t\t\n")
    rows = _load(tmp_path, monkeypatch, "actors.tsv", body)
    assert len(rows) == 3
    nusra, army, isis = rows
    assert nusra.valid_to == date(2016, 7, 27) and nusra.valid_from is None
    assert nusra.valid_on(date(2016, 7, 27)) and not nusra.valid_on(date(2016, 7, 28))
    assert nusra.valid_on(None)
    assert army.name_for("Egypt") == "Military Forces of Egypt"
    assert isis.kind == "named"  # an empty kind is a named group


@pytest.mark.parametrize(("row", "message"), [
    ("داعش\tIslamic State\t9\t\t\t\tnamed", r"actors\.tsv:2: inter must be 1-8"),
    ("داعش\tIslamic State\tتسعة\t\t\t\tnamed", r"actors\.tsv:2: inter must be 1-8"),
    ("داعش\tIslamic State\t2\t\t\t\tgroup", r"actors\.tsv:2: unknown kind 'group'"),
    ("داعش\tIslamic State\t2\t\t2014/06/29\t\tnamed", r"actors\.tsv:2: bad date '2014/06/29'"),
    ("\tIslamic State\t2\t\t\t\tnamed", r"actors\.tsv:2: alias and canonical are required"),
    ("داعش\t\t2\t\t\t\tnamed", r"actors\.tsv:2: alias and canonical are required"),
])
def test_bad_actor_rows_name_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           row: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        _load(tmp_path, monkeypatch, "actors.tsv", ACTOR_HEADER + row + "\n")


def test_source_rows_load_and_default_to_media(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = SOURCE_HEADER + "المرصد السوري\tSyrian Observatory for Human Rights\tmonitor\nالعربية\tAl Arabiya\n"
    rows = _load(tmp_path, monkeypatch, "sources.tsv", body)
    assert [(r.name, r.kind) for r in rows] == [("Syrian Observatory for Human Rights", "monitor"),
                                                 ("Al Arabiya", "media")]


@pytest.mark.parametrize(("row", "message"), [
    ("رويترز\tReuters\tnewswire", r"sources\.tsv:2: unknown kind 'newswire'"),
    ("رويترز\t\tagency", r"sources\.tsv:2: alias and name are required"),
])
def test_bad_source_rows_name_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            row: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        _load(tmp_path, monkeypatch, "sources.tsv", SOURCE_HEADER + row + "\n")


def test_the_shipped_data_files_load() -> None:
    assert len(lx.actors()) >= 800
    assert len(lx.sources()) >= 150
    assert all(isinstance(a, ActorEntry) for a in lx.actors())
    assert {s.kind for s in lx.sources()} <= lx.SOURCE_KINDS


def test_weight_zero_trigger_phrases_are_blockers_in_normalised_form():
    from marsad.lexicon import trigger_blockers, triggers

    blockers = trigger_blockers()
    assert "تسيطر عليها" in blockers and "سقوط قتلي" in blockers  # ى folded to ي like the text
    assert {"قبضه", "اسره"} <= blockers  # ة folds to ه: "grip" and "family" are no arrest
    assert all(t.weight > 0 for t in triggers() if t.pattern == "سقوط")


def test_coalition_membership_follows_the_dates():
    from datetime import date

    from marsad.lexicon import coalition_of, coalitions

    assert coalitions()
    assert coalition_of("Jabhat al-Nusra", "Jaish al-Fatah", date(2015, 6, 1))
    assert not coalition_of("Jabhat al-Nusra", "Jaish al-Fatah", date(2016, 9, 1))  # renamed by then
    assert coalition_of("Jabhat Fateh al-Sham", "Jaish al-Fatah", date(2016, 9, 1))
    assert not coalition_of("Jaish al-Fatah", "Jabhat Fateh al-Sham", date(2016, 9, 1))


def test_cue_lists_are_read_in_normalised_form_and_unknown_ones_refused() -> None:
    """"قرى" is stored as the text normaliser writes it (alef maqsura folded), so it matches text."""
    lists = lx.cue_words("place_lists")
    assert "قري" in lists and "قرى" not in lists
    assert "بلدتي" in lists and "محافظات" not in lists
    with pytest.raises(LexiconError, match="no section"):
        lx.cue_words("no_such_list")


def test_role_cue_lists_are_there_and_normalised() -> None:
    for name in ("role_target_before", "role_held_by", "role_toll_heads", "role_agent_after", "role_agent_before",
                 "exposure"):
        assert lx.cue_words(name), name
    # what a side holds is a word of the target too
    assert lx.cue_words("role_held_by") <= lx.cue_words("role_target_before")
    assert "علي يد" in lx.cue_words("role_agent_before")  # "على يد": the one that acted
    assert "استهدف*" in lx.cue_words("role_target_before")  # the word and its endings


def test_allies_hold_both_ways_within_their_dates_and_per_country() -> None:
    from marsad.lexicon import allies_on

    assert allies_on("Hezbollah", "Military Forces of Syria", date(2015, 6, 1))
    assert allies_on("Military Forces of Syria", "Hezbollah", date(2015, 6, 1))
    assert not allies_on("Hezbollah", "Military Forces of Syria", date(2010, 6, 1))  # before the war
    assert allies_on("Popular Resistance", "Military Forces of Yemen (2012-) Hadi Government", date(2015, 8, 9))
    # the "{country}" slot is the same country on both sides
    assert allies_on("Police Forces of Iraq", "Military Forces of Iraq", None)
    assert not allies_on("Police Forces of Iraq", "Military Forces of Syria", None)
    # rebels and the Islamic State are not allies because both are rebel groups
    assert not allies_on("Opposition Rebels (Syria)", "Islamic State (Syria)", date(2015, 6, 1))
    assert not allies_on("Hezbollah", "Hezbollah", None)


@pytest.mark.parametrize("row,message", [
    ("Hezbollah\tNo Such Group\t\t", "b 'No Such Group' is not a canonical name"),
    ("Police Forces of {country}\tHezbollah\t\t", "must stand in both names"),
    ("Hezbollah\tMilitary Forces of Syria\t2015-13-01\t", "allies.tsv:2"),
])
def test_bad_alliance_rows_name_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              row: str, message: str) -> None:
    real = lx.actors()  # the shipped actor list: the alliance rows are checked against it
    monkeypatch.setattr(lx, "actors", lambda: real)
    with pytest.raises(LexiconError, match=message):
        _load(tmp_path, monkeypatch, "allies.tsv", "a\tb\tvalid_from\tvalid_to\n" + row + "\n")


def test_bare_relative_days_are_relative_date_words() -> None:
    """The words of a bare day listed beside another ("امس والخميس") are relative date words of
    dates.yaml, so the mention finder finds them."""
    d = lx.dates()
    relative = {normalize_key(w) for w in d["relative"]}
    bare = {normalize_key(w) for w in d["bare_relative_days"]}
    assert {normalize_key("أمس"), normalize_key("أمس الأول")} <= bare <= relative
