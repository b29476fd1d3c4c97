"""People across articles.

1. Names with one matching key are one person ("جمالی نژاد", "جمالی‌نژاد", "جمالینژاد").
2. A shorter name that is a proper word-suffix of longer names (a surname-only mention:
   "جمالی نژاد" of "مهدی جمالی‌نژاد", "حسینی" of "علی حسینی") joins a longer name only when
   exactly one longer person *fits*: nothing contradicts it (gender, from the first name or
   else a title such as خانم/آقای; places in the same year; a plausible time span) AND, across
   articles, something positive ties them (see ``context``): a shared organisation or city, or
   a role of the same head word at the same place. Within one article the name is its own
   evidence. A surname that fits two people stays a person of its own; two different first
   names never meet because neither is a suffix of the other.

Blocking is on the suffix key, so each name is compared only with the people that share its
surname, never all pairs; names are resolved longest first, so a chain
("حسینی" -> "علی حسینی" -> "سید علی حسینی") ends at one root.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from ..records import ArticleFacts, Person, PersonFact, RoleRecord, stable_id
from ..text.keys import match_key, word_keys
from .common import LocalRef, evidence, fullest, majority, mention_spans, sorted_evidence, unique_id
from .context import article_entities, evidence_weight, person_gender, role_keys

# A person's dated mentions spanning more years than this are two people (a namesake).
MAX_CAREER_YEARS = 50

_PERSON_MENTIONS = ("person",)

# A node of the name graph: (name key, article index), the index -1 for a whole key.
Node = tuple[str, int]


@dataclass
class Profile:
    """What a set of person facts says about who they are; merged when sets merge."""

    genders: Counter = field(default_factory=Counter)
    first_year: int | None = None
    last_year: int | None = None
    places: dict[int, set[str]] = field(default_factory=dict)  # year -> city ids of roles
    articles: set[int] = field(default_factory=set)  # article indexes
    context: set[str] = field(default_factory=set)  # evidence keys (context.py)

    def add_year(self, year: int) -> None:
        self.first_year = year if self.first_year is None else min(self.first_year, year)
        self.last_year = year if self.last_year is None else max(self.last_year, year)

    def absorb(self, other: "Profile") -> None:
        self.genders.update(other.genders)
        for y in (other.first_year, other.last_year):
            if y is not None:
                self.add_year(y)
        for y, cities in other.places.items():
            self.places.setdefault(y, set()).update(cities)
        self.articles |= other.articles
        self.context |= other.context

    def gender(self) -> str | None:
        return majority(self.genders.elements())


def compatible(a: Profile, b: Profile) -> bool:
    """False when something says these are two people."""
    ga, gb = a.gender(), b.gender()
    if ga and gb and ga != gb:
        return False
    years = [y for y in (a.first_year, a.last_year, b.first_year, b.last_year) if y is not None]
    if years and max(years) - min(years) > MAX_CAREER_YEARS:
        return False
    # Roles in the same year tied to different cities only: someone else (the mayor of Shiraz
    # is not the dean in Tehran that same year).
    for year, cities in a.places.items():
        other = b.places.get(year)
        if cities and other and not cities & other:
            return False
    return True


def related(a: Profile, b: Profile) -> bool:
    """True when something positive says these may be one person: an article in common (the
    rule inside one article), or enough shared context (``context.evidence_weight``: one
    organisation or post, or two cities; one shared city alone is too weak on real data)."""
    if not a.articles.isdisjoint(b.articles):
        return True
    small, large = (a.context, b.context) if len(a.context) <= len(b.context) else (b.context, a.context)
    return evidence_weight(k for k in small if k in large) >= 1


def suffix_keys(name: str) -> set[str]:
    """Keys of the proper word-suffixes of ``name`` (every form without its first word(s))."""
    words = word_keys(name)
    return {"".join(words[i:]) for i in range(1, len(words))}


def _year(art: ArticleFacts) -> int | None:
    pub = art.article.published
    try:
        return int(pub.gregorian[:4]) if pub and pub.gregorian else None
    except ValueError:
        return None


def _role_records(art: ArticleFacts, p: PersonFact, i: int, org_ids, city_ids) -> list[RoleRecord]:
    date = art.article.published.gregorian if art.article.published else None
    return [
        RoleRecord(
            role=r.role,
            organisation_id=org_ids.get((i, r.organisation)) if r.organisation else None,
            city_id=city_ids.get((i, r.city)) if r.city else None,
            date=date,
            article_id=art.article.id,
            former=r.former,
        )
        for r in p.roles
    ]


def _role_order(r: RoleRecord):
    # Undated roles go last; then article, then the role itself for a total order.
    return (r.date is None, r.date or "", r.article_id, r.role, r.organisation_id or "",
            r.city_id or "", r.former)


def link_people(
    arts: Sequence[ArticleFacts],
    org_ids: dict[LocalRef, str],
    city_ids: dict[LocalRef, str],
    org_city: dict[str, str | None],
    org_kind: dict[str, str] | None = None,
) -> tuple[tuple[Person, ...], dict[LocalRef, str]]:
    """Canonical people and the map ``(article index, local id) -> person id``.

    ``org_city`` gives each organisation id's city id, the place of a role that names an
    organisation but no city; ``org_kind`` each organisation id's kind (media organisations
    are no evidence of identity)."""
    entities = article_entities(arts, org_ids, city_ids, org_kind or {})
    by_key: dict[str, list[tuple[int, PersonFact]]] = defaultdict(list)
    for i, art in enumerate(arts):
        for p in art.people:
            k = match_key(p.name) or f"local:{i}:{p.local_id}"
            by_key[k].append((i, p))
    suffix_of: dict[str, set[str]] = defaultdict(set)  # suffix key -> keys of longer names
    for k, members in by_key.items():
        for _, p in members:
            for sk in suffix_keys(p.name):
                suffix_of[sk].add(k)

    # Nodes: a name that is nobody's suffix is one node per key. A name that could be a
    # surname-only mention is one node per article: one article's "خانم حسینی" must not drag
    # another article's bare "حسینی" along into the same person.
    nodes: dict[Node, list[tuple[int, PersonFact]]] = defaultdict(list)
    for k, members in by_key.items():
        for i, p in members:
            nodes[(k, i if k in suffix_of else -1)].append((i, p))

    profiles: dict[Node, Profile] = {}
    roles: dict[Node, list[RoleRecord]] = {}
    for node, members in nodes.items():
        prof, recs = Profile(), []
        for i, p in members:
            gender = person_gender(p)
            if gender:
                prof.genders[gender] += 1
            prof.articles.add(i)
            prof.context |= entities[i]
            year = _year(arts[i])
            if year is not None:
                prof.add_year(year)
            for rec in _role_records(arts[i], p, i, org_ids, city_ids):
                recs.append(rec)
                place = rec.city_id or org_city.get(rec.organisation_id or "")
                prof.context |= role_keys(rec.role, rec.organisation_id, place)
                if year is not None and place:
                    prof.places.setdefault(year, set()).add(place)
        profiles[node], roles[node] = prof, recs
    nodes_of_key: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        nodes_of_key[node[0]].append(node)

    # Longest keys first: a longer name has settled its cluster before any suffix of it asks.
    # A cluster is named by the key of its founding name; unresolved nodes of one key found
    # (or rejoin) the same cluster, which is key equality again.
    cluster_of: dict[Node, str] = {}
    cluster_profile: dict[str, Profile] = {}
    for node in sorted(nodes, key=lambda n: (-len(n[0]), n)):
        candidates = {cluster_of[c] for longer in suffix_of.get(node[0], ()) for c in nodes_of_key[longer]}
        fits: list[str] = []
        for t in sorted(candidates):
            if compatible(profiles[node], cluster_profile[t]):
                fits.append(t)
                if len(fits) == 2:  # ambiguous already: a common surname costs two checks
                    break
        # Evidence confirms the one candidate that fits; it never picks among several (a
        # shared city or ministry is too weak to tell two namesakes apart).
        one = len(fits) == 1 and related(profiles[node], cluster_profile[fits[0]])
        target = fits[0] if one else node[0]
        cluster_of[node] = target
        cluster_profile.setdefault(target, Profile()).absorb(profiles[node])

    clusters: dict[str, list[Node]] = defaultdict(list)
    for node in sorted(nodes):
        clusters[cluster_of[node]].append(node)

    spans = mention_spans(arts, _PERSON_MENTIONS)
    people: list[Person] = []
    local: dict[LocalRef, str] = {}
    taken: set[str] = set()
    for r in sorted(clusters):
        members = [ip for node in clusters[r] for ip in nodes[node]]
        name = fullest(p.name for _, p in members)
        pid = unique_id(lambda *parts: stable_id("person", *parts), match_key(name) or r, taken)
        forms, titles, genders, ev = set(), set(), [], []
        for i, p in members:
            local[(i, p.local_id)] = pid
            forms.update(f for f in (p.name, *p.aliases) if f and f.strip())
            titles.update(p.titles)
            genders.append(person_gender(p))
            ev += evidence(arts[i], (*p.spans, *spans.get((i, p.local_id), ())))
        recs = sorted({rec for node in clusters[r] for rec in roles[node]}, key=_role_order)
        people.append(Person(
            id=pid,
            name=name,
            aliases=tuple(sorted(forms - {name})),
            titles=tuple(sorted(titles)),
            gender=majority(genders),
            roles=tuple(recs),
            article_ids=tuple(sorted({arts[i].article.id for i, _ in members})),
            evidence=sorted_evidence(ev),
        ))
    return tuple(sorted(people, key=lambda p: p.id)), local
