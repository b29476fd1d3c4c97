"""Cities across articles: one record per gazetteer id; a city outside the gazetteer is keyed
by the matching key of its name, and joins a gazetteer city of the same key when exactly one
gazetteer city has that key (an extractor that missed the gazetteer still links)."""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ..records import ArticleFacts, City, CityFact, stable_id
from ..text.keys import match_key
from .common import LocalRef, evidence, fullest, mention_spans, sorted_evidence, unique_id

_CITY_MENTIONS = ("city",)


def _cluster_key(c: CityFact) -> str:
    return f"gaz:{c.gazetteer_id}" if c.gazetteer_id else f"key:{match_key(c.name)}"


def _first(values):
    return next((v for v in values if v is not None), None)


def link_cities(arts: Sequence[ArticleFacts]) -> tuple[tuple[City, ...], dict[LocalRef, str]]:
    """Canonical cities and the map ``(article index, local id) -> city id``."""
    members: dict[str, list[tuple[int, CityFact]]] = defaultdict(list)
    gaz_by_key: dict[str, set[str]] = defaultdict(set)
    for i, art in enumerate(arts):
        for c in art.cities:
            members[_cluster_key(c)].append((i, c))
            if c.gazetteer_id:
                gaz_by_key[match_key(c.name)].add(f"gaz:{c.gazetteer_id}")

    # Key-only clusters fold into the single gazetteer city sharing their key.
    for ck in sorted(k for k in members if k.startswith("key:")):
        targets = gaz_by_key.get(ck[4:], set())
        if len(targets) == 1:
            members[next(iter(targets))].extend(members.pop(ck))

    spans = mention_spans(arts, _CITY_MENTIONS)
    cities: list[City] = []
    local: dict[LocalRef, str] = {}
    taken: set[str] = set()
    for ck in sorted(members):
        group = members[ck]
        # Gazetteer members first: their coordinates and names are the reference.
        ordered = sorted(group, key=lambda ic: (ic[1].gazetteer_id is None, ic[0], ic[1].local_id))
        name = fullest(c.name for _, c in group)
        cid = unique_id(lambda *p: stable_id("city", *p), ck if ck.startswith("gaz:") else match_key(name), taken)
        ev = []
        for i, c in group:
            local[(i, c.local_id)] = cid
            ev += evidence(arts[i], (*c.spans, *spans.get((i, c.local_id), ())))
        facts = [c for _, c in ordered]
        cities.append(City(
            id=cid,
            name=name,
            name_en=_first(c.name_en for c in facts),
            province=_first(c.province for c in facts),
            country=_first(c.country for c in facts),
            lat=_first(c.lat for c in facts),
            lon=_first(c.lon for c in facts),
            gazetteer_id=_first(c.gazetteer_id for c in facts),
            article_ids=tuple(sorted({arts[i].article.id for i, _ in group})),
            evidence=sorted_evidence(ev),
        ))
    return tuple(sorted(cities, key=lambda c: c.id)), local
