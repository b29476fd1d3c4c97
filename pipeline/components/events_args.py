"""Event arguments from the text around an event's mentions: venue, organisers, parties,
participants, cities, date. Pure functions; entities are referred to by ``local_id``.
"""
from __future__ import annotations

import dataclasses
import re

from ..records import CityFact, DateMention, DateValue, OrganisationFact, Participant, PersonFact
from . import events_lexicon as lx
from .events_text import compile_any

_VENUE = re.compile(lx.VENUE)
_VENUE_STOP = compile_any(lx.VENUE_STOP + (r"[،,.:؛\n(]",))
_ORG_CUE = compile_any(lx.ORGANISER_CUES)
_ORG_AFTER = re.compile(lx.ORGANISER_AFTER)
_PARTY_CUE = re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0671-\u06D3])(?:" + "|".join(lx.PARTY_CUES) + r")\s")
_WINDOW_STOP = compile_any((r"[.:؛\n]", r"،\s?(?!و\s)", r"\sبرگزار", r"\sدر\s", r"\sبا\sحضور", r"\sامضا"))
_PRESENCE = re.compile(lx.PRESENCE)
_SPEECH = compile_any(lx.SPEECH_VERBS)


def venue(text: str, folded: str, clause: tuple[int, int], dates: list[DateMention]) -> str | None:
    """"در سالن/محل/تالار ..." up to the verb, a date or punctuation."""
    cs, ce = clause
    m = _VENUE.search(folded, cs, ce)
    if not m:
        return None
    end = ce
    stop = _VENUE_STOP.search(folded, m.end(), ce)
    if stop:
        end = stop.start()
    for d in dates:
        if m.end() < d.start < end:
            end = d.start
    value = " ".join(text[m.end():end].split())
    return value if len(value.split()) >= 2 else None


def _window(folded: str, start: int, limit: int) -> tuple[int, int]:
    stop = _WINDOW_STOP.search(folded, start, limit)
    return start, stop.start() if stop else limit


def _orgs_in(orgs: list[OrganisationFact], s: int, e: int) -> list[str]:
    hits = sorted(
        (min(sp[0] for sp in o.spans if s <= sp[0] < e), o.local_id)
        for o in orgs
        if any(s <= sp[0] < e for sp in o.spans)
    )
    return [lid for _, lid in hits]


def organisers(folded: str, sentence: tuple[int, int], orgs: list[OrganisationFact]) -> list[str]:
    """Organisations after "به همت", "با همکاری", "به میزبانی" (up to the comma or verb)."""
    ss, se = sentence
    out: list[str] = []
    for m in _ORG_CUE.finditer(folded, ss, se):
        out += _orgs_in(orgs, *_window(folded, m.end(), se))
    for m in _ORG_AFTER.finditer(folded, ss, se):
        # "X برگزارکننده ...": the organisation just before the cue.
        out += _orgs_in(orgs, max(ss, m.start() - 60), m.start())[-1:]
    return out


def parties(folded: str, start: int, sentence: tuple[int, int], orgs: list[OrganisationFact]) -> list[str]:
    """Organisations after "میان"/"بین" following the trigger ("میان X و Y")."""
    _, se = sentence
    m = _PARTY_CUE.search(folded, start, se)
    if not m:
        return []
    return _orgs_in(orgs, *_window(folded, m.end(), se))


def cities_in(cities: list[CityFact], s: int, e: int) -> list[str]:
    return [c.local_id for c in cities if any(s <= sp[0] < e for sp in c.spans)]


def people_in(people: list[PersonFact], s: int, e: int) -> list[PersonFact]:
    return [p for p in people if any(s <= sp[0] < e for sp in p.spans)]


def speaks_or_attends(folded: str, sentence: tuple[int, int]) -> bool:
    ss, se = sentence
    return bool(_SPEECH.search(folded, ss, se) or _PRESENCE.search(folded, ss, se))


def participant(p: PersonFact) -> Participant:
    current = [r for r in p.roles if not r.former]
    role = (current or list(p.roles) or [None])[0]
    return Participant(person=p.local_id, role=role.role if role else None)


def with_time(value: DateValue, dates: list[DateMention], sentence: tuple[int, int]) -> DateValue:
    """Copy a time stated elsewhere in the sentence ("از ساعت ۱۴") onto the date."""
    if value.time:
        return value
    ss, se = sentence
    for d in dates:
        if ss <= d.start < se and d.value is not None and d.value.time:
            return dataclasses.replace(value, time=d.value.time)
    return value


def published_date(published: DateValue | None) -> DateValue | None:
    return None if published is None else dataclasses.replace(published, source="published")
