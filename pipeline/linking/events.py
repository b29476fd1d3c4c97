"""One event reported by several articles becomes one record.

Two agencies report the same MoU signing; a provincial site and Fars both cover one workshop.
Counting those as two events is the error analysts notice first, so per-article events that
are clearly the same happening are merged (``article_ids`` then lists every report):

- same status (a planned meeting and its later report stay apart: the plan is its own fact);
- a type in common, and the same day: both dates at day precision with one ``gregorian``;
- no contradiction in place: when both name cities, at least one is shared;
- positive evidence, the linked ids both events name: participants, organisers, parties
  (news agencies excepted: they report, they do not take part). One shared id is enough when
  both dates come from the text; a date that is only the publication day is weak (many things
  happen on one day), so it needs two;
- never two events of one article: the per-article stage has already decided those are
  different happenings, and a chain of merges may not undo that.

Blocking is on (type, day), so only events of one kind on one day are compared. Pure over the
per-article events; walks them in id order, so the result does not depend on input order.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Sequence

from ..records import Event, EventParticipant
from .common import UnionFind, sorted_evidence

# Organisation kinds that are no evidence that two events are one (they report on everything).
_WEAK_KINDS = frozenset(("media",))
# Shared ids needed when at least one date is only the publication day, and otherwise.
_NEEDED_PUBLISHED, _NEEDED_TEXT = 2, 1


def _day(ev: Event) -> str | None:
    return ev.date.gregorian if ev.date is not None and ev.date.precision == "day" else None


def _anchors(ev: Event, weak: frozenset[str]) -> set[str]:
    ids = {p.person_id for p in ev.participants}
    ids |= {x for x in (*ev.organiser_ids, *ev.party_ids) if x not in weak}
    return ids


def same_event(a: Event, b: Event, weak: frozenset[str] = frozenset()) -> bool:
    """Whether two events of different articles report one happening (rules in the module doc)."""
    if a.status != b.status or not set(a.types or (a.type,)) & set(b.types or (b.type,)):
        return False
    day = _day(a)
    if day is None or day != _day(b):
        return False
    if a.city_ids and b.city_ids and not set(a.city_ids) & set(b.city_ids):
        return False
    text_dated = a.date.source != "published" and b.date.source != "published"
    shared = len(_anchors(a, weak) & _anchors(b, weak))
    return shared >= (_NEEDED_TEXT if text_dated else _NEEDED_PUBLISHED)


def _union(values: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    out: list[str] = []
    for vs in values:
        out += [v for v in vs if v not in out]
    return tuple(out)


def _merge(members: Sequence[Event]) -> Event:
    """One record for the reports of one event. The lead report (a date from its own text
    first, then the first article) gives type, label, date and venue; lists are unions."""
    lead = min(members, key=lambda e: (e.date is None or e.date.source == "published", e.article_ids, e.id))
    participants: dict[str, EventParticipant] = {}
    for e in (lead, *[m for m in members if m is not lead]):
        for p in e.participants:
            if p.person_id not in participants or participants[p.person_id].role is None:
                participants[p.person_id] = p
    return Event(
        id=min(e.id for e in members),
        type=lead.type,
        label=lead.label,
        status=lead.status,
        date=lead.date,
        venue=lead.venue or next((e.venue for e in members if e.venue), None),
        city_ids=_union(e.city_ids for e in (lead, *members)),
        organiser_ids=_union(e.organiser_ids for e in (lead, *members)),
        party_ids=_union(e.party_ids for e in (lead, *members)),
        participants=tuple(participants.values()),
        article_ids=tuple(sorted({a for e in members for a in e.article_ids})),
        evidence=sorted_evidence([x for e in members for x in e.evidence]),
        confidence=max(e.confidence for e in members),
        types=_union(e.types for e in (lead, *members)),
    )


def merge_events(events: Sequence[Event], weak_ids: Iterable[str] = ()) -> tuple[tuple[Event, ...], dict[str, str]]:
    """Events with cross-article duplicates merged, sorted by id, and the map old id -> new id."""
    weak = frozenset(weak_ids)
    ordered = sorted(events, key=lambda e: e.id)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, ev in enumerate(ordered):
        day = _day(ev)
        if day is not None:
            for t in ev.types or (ev.type,):
                blocks[(t, day)].append(n)
    uf = UnionFind()
    articles = {n: set(ev.article_ids) for n, ev in enumerate(ordered)}
    for key in sorted(blocks):
        idx = blocks[key]
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                ri, rj = uf.find(i), uf.find(j)
                if ri == rj or articles[ri] & articles[rj]:
                    continue  # one article's events are never merged, not even by a chain
                if same_event(ordered[i], ordered[j], weak):
                    root = uf.union(ri, rj)
                    articles[root] = articles[ri] | articles[rj]
    groups: dict[int, list[Event]] = defaultdict(list)
    for n, ev in enumerate(ordered):
        groups[uf.find(n)].append(ev)
    merged, new_id = [], {}
    for members in groups.values():
        rec = members[0] if len(members) == 1 else _merge(members)
        merged.append(rec)
        for e in members:
            new_id[e.id] = rec.id
    return tuple(sorted(merged, key=lambda e: e.id)), new_id
