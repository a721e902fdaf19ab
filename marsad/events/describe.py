"""The notes sentence and the confidence of an event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.frames import CONFIRMED_SCORE
from marsad.model import Event

if TYPE_CHECKING:
    from marsad.events.assemble import Draft

_VERB = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from",
    "Chemical weapon": "used chemical weapons against",
    "Air/drone strike": "carried out air/drone strikes on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "set off an explosive device against",
    "Grenade": "threw a grenade at",
    "Sexual violence": "committed sexual violence against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "demonstrated",
    "Protest with intervention": "demonstrated and were dispersed by",
    "Excessive force against protesters": "demonstrated and met lethal force from",
    "Violent demonstration": "rioted against",
    "Mob violence": "attacked",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed its organisation or activity",
    "Disrupted weapons use": "disrupted weapons use by",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "took over territory without fighting from",
    "Other": "was involved in a development with",
}


def notes(ev: Event) -> str:
    """One English sentence saying what happened."""
    who = ev.actor1 or "An unidentified side"
    verb = _VERB.get(ev.sub_event_type, "was involved in an event with")
    whom = ev.actor2 if ev.actor2 else ""
    if not whom and verb.endswith((" with", " from", " against", " on", " by", " of", " at")):
        verb = verb.rsplit(" ", 1)[0]
    where = ev.location or ev.country or "an unnamed place"
    if ev.country and ev.location and ev.country not in ev.location:
        where = f"{ev.location}, {ev.country}"
    parts = [f"On {ev.event_date or 'an unknown day'}, {who} {verb}{' ' + whom if whom else ''} in {where}"]
    tail = []
    if ev.fatalities:
        tail.append(f"{ev.fatalities} killed")
    if ev.injuries:
        tail.append(f"{ev.injuries} injured")
    if tail:
        parts.append(", ".join(tail))
    s = "; ".join(parts)
    if ev.source:
        s += f" (per {ev.source})"
    return s + "."


def confidence(d: Draft) -> float:
    """How sure the extractor is that the event happened as coded (0..1), from what backs it."""
    # (a weak word confirmed by the dead of the event counted in its clause is as sure as a trigger phrase)
    confirmed = d.frame.toll_confirms and d.counts.killed
    c = 0.25 + 0.3 * min(max(d.frame.score, CONFIRMED_SCORE if confirmed else 0.0), 1.0)
    if d.actor1 is not None and d.actor1.text:
        c += 0.1
    if d.actor2 is not None:
        c += 0.05
    if d.location is not None and not d.place_inherited:
        # a town, or a place of a list of towns ("بلدتا قسطون والحويجة"), is named for sure
        c += 0.15 if d.location.geo_precision == 1 or d.split_from >= 0 or (
            d.location.geo_precision == 2 and not d.location.unlisted and d.place_own) else 0.08
    if d.day is not None and d.day.explicit:
        c += 0.05
    if d.counts.killed or d.counts.injured:
        c += 0.05
    if d.absorbed:
        c += min(0.1, 0.03 * d.absorbed)
    return round(min(c, 0.99), 2)
