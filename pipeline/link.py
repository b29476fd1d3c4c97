"""Cross-article identities -> the output records (../shared/design/output-contract.md).

``link`` is the only stage that sees more than one article. It sorts the articles first, and
every step below walks them in that order and breaks ties on content, so the same input in
any order gives identical records; ids come from ``stable_id`` over the canonical name's key
or the gazetteer id, never from positions.

Order of the steps follows what refers to what: cities (nothing) <- organisations (their
city) <- people (roles name organisations and cities) <- events (then one record per
happening reported by several articles) and mentions (all of them).
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from .linking.cities import link_cities
from .linking.common import LocalRef, evidence, sorted_evidence
from .linking.events import merge_events
from .linking.organisations import link_organisations
from .linking.people import link_people
from .records import (
    MENTION_KINDS, ArticleFacts, ArticleRecord, City, Event, EventParticipant, Mention,
    Organisation, Person, stable_id,
)

__all__ = ["LinkedRecords", "link"]


@dataclass(frozen=True)
class LinkedRecords:
    """Everything ``output.py`` writes, each tuple sorted by id (mentions by
    ``(article_id, start, end, kind)``)."""

    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    cities: tuple[City, ...] = ()
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = ()
    articles: tuple[ArticleRecord, ...] = ()


def _canonical_order(facts: Iterable[ArticleFacts]) -> list[ArticleFacts]:
    # The id alone could tie (a duplicated input); the text breaks the tie by content.
    return sorted(facts, key=lambda f: (f.article.id, f.article.text_sha256 or "", f.raw_text))


def _events(arts: Sequence[ArticleFacts], people, orgs, cities) -> tuple[tuple[Event, ...], dict[LocalRef, str]]:
    def ids(i: int, refs: Iterable[str], *maps) -> tuple[str, ...]:
        out: list[str] = []
        for ref in refs:
            gid = next((m[(i, ref)] for m in maps if (i, ref) in m), None)
            if gid is not None and gid not in out:  # unknown refs are dropped, order kept
                out.append(gid)
        return tuple(out)

    events, local = [], {}
    for i, art in enumerate(arts):
        aid = art.article.id
        for ev in art.events:
            eid = stable_id("event", aid, ev.local_id)
            local[(i, ev.local_id)] = eid
            participants: list[EventParticipant] = []
            for p in ev.participants:
                pid = people.get((i, p.person))
                if pid is not None and all(x.person_id != pid for x in participants):
                    participants.append(EventParticipant(pid, p.role))
            events.append(Event(
                id=eid,
                type=ev.type,
                label=ev.label,
                status=ev.status,
                date=ev.date,
                venue=ev.venue,
                city_ids=ids(i, ev.cities, cities),
                # Organisers and parties are organisations, occasionally people or cities.
                organiser_ids=ids(i, ev.organisers, orgs, people, cities),
                party_ids=ids(i, ev.parties, orgs, people, cities),
                participants=tuple(participants),
                article_ids=(aid,),
                evidence=sorted_evidence(evidence(art, ev.spans)),
                confidence=ev.confidence,
                types=tuple(ev.types),
            ))
    # Two events with one id (a duplicated article) are one record.
    unique = {e.id: e for e in events}
    return tuple(unique[k] for k in sorted(unique)), local


def _mentions(arts: Sequence[ArticleFacts], maps: dict[str, dict[LocalRef, str]]) -> tuple[Mention, ...]:
    fallback = ("person", "organisation", "city", "event_trigger")
    out = set()
    for i, art in enumerate(arts):
        raw, aid = art.raw_text, art.article.id
        for m in art.mentions:
            s, e = m.span
            if not 0 <= s <= e <= len(raw):
                continue  # an out-of-range span has no evidence to show
            entity = None
            if m.local_id is not None:
                # The map of the mention's own kind first; a role or title mention points at
                # a person, a province at a city-like place, so the others follow.
                for kind in (m.kind, *fallback):
                    entity = maps.get(kind, {}).get((i, m.local_id))
                    if entity is not None:
                        break
            out.add(Mention(aid, m.kind, s, e, raw[s:e], m.normalised, entity, m.sentence))
    return tuple(sorted(out, key=lambda m: (m.article_id, m.start, m.end, m.kind, m.normalised,
                                            m.entity_id or "", m.sentence)))


def _articles(arts: Sequence[ArticleFacts], mentions: Sequence[Mention]) -> tuple[ArticleRecord, ...]:
    counts: dict[str, Counter] = {}
    for m in mentions:
        counts.setdefault(m.article_id, Counter())[m.kind] += 1
    records = {}
    for art in arts:
        c = counts.get(art.article.id, Counter())
        # Every kind, zeros included: a fixed set of keys reads and loads the same everywhere.
        full = {k: c.get(k, 0) for k in MENTION_KINDS}
        full.update({k: v for k, v in sorted(c.items()) if k not in full})
        records.setdefault(art.article.id, dataclasses.replace(art.article, counts=full))
    return tuple(records[k] for k in sorted(records))


def link(facts: Iterable[ArticleFacts]) -> LinkedRecords:
    """Link per-article facts across articles into canonical output records."""
    arts = _canonical_order(facts)
    cities, city_map = link_cities(arts)
    orgs, org_map = link_organisations(arts, city_map)
    org_city = {o.id: o.city_id for o in orgs}
    org_kind = {o.id: o.kind for o in orgs}
    people, person_map = link_people(arts, org_map, city_map, org_city, org_kind)
    events, event_map = _events(arts, person_map, org_map, city_map)
    # One happening reported by several articles is one event (linking/events.py).
    events, merged = merge_events(events, (o.id for o in orgs if o.kind == "media"))
    event_map = {ref: merged[eid] for ref, eid in event_map.items()}
    maps = {"person": person_map, "organisation": org_map, "city": city_map,
            "event_trigger": event_map}
    mentions = _mentions(arts, maps)
    return LinkedRecords(
        people=people,
        organisations=orgs,
        cities=cities,
        events=events,
        mentions=mentions,
        articles=_articles(arts, mentions),
    )
