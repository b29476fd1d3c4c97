"""Organisations across articles: names, aliases and gazetteer ids that share a matching key
are one organisation (union-find over keys, so it stays near-linear).

Punctuation variants meet through the key itself ("کمیسیون ملی یونسکو – ایران" and
"کمیسیون ملی یونسکو- ایران" have one key). A national body often carries the country after its
name ("کمیسیون ملی یونسکو ایران" = "کمیسیون ملی یونسکو"), so the name without a trailing
country word is an extra key when the name marks itself as national.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ..records import ArticleFacts, Organisation, OrganisationFact, stable_id
from ..text.keys import match_key, word_keys
from .common import LocalRef, UnionFind, evidence, fullest, majority, mention_spans, sorted_evidence, unique_id

# Trailing country words that may be dropped from a national body's name.
COUNTRY_WORDS = frozenset({"ایران"})
# Words that make a name a national body ("ملی", "مرکزی": بانک مرکزی ایران = بانک مرکزی).
NATIONAL_WORDS = frozenset({"ملی", "مرکزی"})
# One-word aliases that name a kind, not an organisation: as keys they would merge every
# ministry (or municipality...) into one cluster.
GENERIC_WORDS = frozenset({
    "وزارت", "وزارتخانه", "شهرداری", "استانداری", "فرمانداری", "دانشگاه", "سازمان", "شورا",
    "اداره", "شرکت", "دولت", "مجلس", "کمیسیون", "ستاد", "بنیاد", "انجمن", "مرکز",
})

_ORG_MENTIONS = ("organisation",)


def org_keys(name: str) -> tuple[str, ...]:
    """Keys under which ``name`` meets other spellings of the same organisation (sorted)."""
    words = word_keys(name)
    if not words or (len(words) == 1 and words[0] in GENERIC_WORDS):
        return ()
    keys = {"".join(words)}
    if len(words) >= 3 and words[-1] in COUNTRY_WORDS and NATIONAL_WORDS.intersection(words[:-1]):
        keys.add("".join(words[:-1]))
    return tuple(sorted(keys))


def _fact_keys(o: OrganisationFact) -> list[str]:
    keys = [f"gaz:{o.gazetteer_id}"] if o.gazetteer_id else []
    for n in (o.name, *o.aliases):
        keys += [f"key:{k}" for k in org_keys(n)]
    return keys


def link_organisations(
    arts: Sequence[ArticleFacts], city_ids: dict[LocalRef, str]
) -> tuple[tuple[Organisation, ...], dict[LocalRef, str]]:
    """Canonical organisations and the map ``(article index, local id) -> organisation id``."""
    facts = [(i, o) for i, art in enumerate(arts) for o in art.organisations]
    # Gazetteer facts first: their ids found the sets, so name keys attach to them.
    facts.sort(key=lambda io: (io[1].gazetteer_id is None, io[0], io[1].local_id))

    uf = UnionFind()
    gaz: dict = {}  # root -> gazetteer id of the set (two gazetteer ids never merge)
    fact_key: dict[LocalRef, str] = {}
    for i, o in facts:
        keys = _fact_keys(o) or [f"local:{i}:{o.local_id}"]  # a nameless fact stays alone
        fact_key[(i, o.local_id)] = keys[0]
        for k in keys:
            uf.add(k)
        if o.gazetteer_id:
            root = uf.find(keys[0])
            gaz.setdefault(root, o.gazetteer_id)
        for k in keys[1:]:
            ra, rb = uf.find(keys[0]), uf.find(k)
            ga, gb = gaz.get(ra), gaz.get(rb)
            if ra == rb or (ga and gb and ga != gb):
                continue  # same set already, or two different gazetteer entries
            root = uf.union(ra, rb)
            if ga or gb:
                gaz[root] = ga or gb

    groups: dict = defaultdict(list)
    for i, o in facts:
        groups[uf.find(fact_key[(i, o.local_id)])].append((i, o))

    spans = mention_spans(arts, _ORG_MENTIONS)
    local: dict[LocalRef, str] = {}
    drafts = []
    taken: set[str] = set()
    # Ids first (parents refer to other organisations), in a canonical order of the sets.
    for root in sorted(groups, key=str):
        group = groups[root]
        name = fullest(o.name for _, o in group)
        gid = gaz.get(root)
        key = f"gaz:{gid}" if gid else match_key(name)
        oid = unique_id(lambda *p: stable_id("organisation", *p), key, taken)
        for i, o in group:
            local[(i, o.local_id)] = oid
        drafts.append((oid, name, group))

    orgs = []
    for oid, name, group in drafts:
        forms = {n for _, o in group for n in (o.name, *o.aliases) if n and n.strip()}
        kinds = [o.kind for _, o in group if o.kind and o.kind != "other"]
        parents = [local.get((i, o.parent)) for i, o in group if o.parent]
        ev = []
        for i, o in group:
            ev += evidence(arts[i], (*o.spans, *spans.get((i, o.local_id), ())))
        orgs.append(Organisation(
            id=oid,
            name=name,
            aliases=tuple(sorted(forms - {name})),
            kind=majority(kinds, tie="smallest") or "other",
            parent_id=majority((p for p in parents if p != oid), tie="smallest"),
            city_id=majority((city_ids.get((i, o.city)) for i, o in group if o.city), tie="smallest"),
            article_ids=tuple(sorted({arts[i].article.id for i, _ in group})),
            evidence=sorted_evidence(ev),
        ))
    return tuple(sorted(orgs, key=lambda o: o.id)), local
