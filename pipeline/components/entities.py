"""spaCy component "newsfacts_entities": people (with titles and roles), organisations and
cities from the normalised article text.

Rules and gazetteers do the work (see entities_lexicon, orgs, cities, people, roles); this
module assembles their hits into the frozen facts of pipeline.records and writes them to the
Doc (``doc._.people``, ``doc._.organisations``, ``doc._.cities``, and new MentionFacts appended
to ``doc._.mentions``). Offsets are into ``doc.text``. Nothing is extracted from
``doc._.blocked``.

Seam for a statistical NER: spans in ``doc.spans["ner_candidates"]`` (or ``doc.ents``) labelled
PER/PERSON/pers, ORG/org are merged as extra candidates where no rule found anything.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from ..records import CityFact, MentionFact, OrganisationFact, PersonFact, RoleFact
from ..text.keys import match_key, word_keys
from . import in_blocked, register_extensions
from .cities import find_places
from .entities_lexicon import Resources, Word, resources, split_words
from .orgs import OrgHit, find_orgs
from .people import _SHIELDS, NameHit, find_names, find_speech_subjects
from .roles import attach, find_role_groups, role_text

_PER_LABELS = {"PER", "PERSON", "PERS", "B-PER"}
_ORG_LABELS = {"ORG", "ORGANIZATION", "ORGANISATION"}
_NEAREST_CHARS = 400
_ANAPHOR_CHARS = 1500  # "این عضو هیئت رئیسه ..." refers back to the person last named
_SENT_BREAK = re.compile(r"[.!?؟\n]+")
_SEYED = match_key("سید")
_ROLE_ANCHORS = {match_key(w) for w in ("کشور", "ایران", "اسلامی", "رهبری", "متحد", "رئیس‌جمهور", "رییس‌جمهور",
                                        "جمهور", "جمهوری")}


@dataclass(frozen=True)
class Extraction:
    people: tuple[PersonFact, ...] = ()
    organisations: tuple[OrganisationFact, ...] = ()
    cities: tuple[CityFact, ...] = ()
    mentions: tuple[MentionFact, ...] = ()


@dataclass
class _Cluster:
    hits: list[NameHit]
    keys: tuple[str, ...]  # word keys of the fullest name
    name: str
    forms: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)


def _span_text(text: str, words: list[Word], s: int, e: int) -> str:
    return text[words[s].start:words[e - 1].end]


def _char_to_words(words: list[Word], start: int, end: int) -> tuple[int, int] | None:
    idx = [w.i for w in words if w.start >= start and w.end <= end and not w.punct]
    return (idx[0], idx[-1] + 1) if idx else None


def _ner_hits(words: list[Word], spans: list[tuple[int, int, str]]) -> tuple[list[NameHit], list[OrgHit]]:
    names, orgs = [], []
    for s, e, label in spans:
        r = _char_to_words(words, s, e)
        if not r:
            continue
        if label.upper() in _PER_LABELS:
            names.append(NameHit(r[0], r[1], r[0], (), "ner"))
        elif label.upper() in _ORG_LABELS:
            orgs.append(OrgHit(r[0], r[1], "other", None))
    return names, orgs


def _suffix_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is ``short`` a word-boundary suffix of ``long`` (keys compared without spaces)?"""
    s = "".join(short)
    acc = ""
    for k in reversed(long):
        acc = k + acc
        if acc == s:
            return True
        if len(acc) >= len(s):
            return False
    return False


def _name_keys(text: str) -> tuple[str, ...]:
    keys = word_keys(text)
    return keys[1:] if len(keys) > 1 and keys[0] == _SEYED else keys


def extract(text: str, blocked_ranges=(), res: Resources | None = None,
            ner_spans: list[tuple[int, int, str]] = ()) -> Extraction:
    """All entity facts of one normalised text (pure: same input, same output)."""
    res = res or resources(None)
    if not text or not text.strip():
        return Extraction()
    words = split_words(text)
    blocked = [any(w.start < be and bs < w.end for bs, be in blocked_ranges) for w in words]
    ner_names, ner_orgs = _ner_hits(words, list(ner_spans))

    # --- organisations
    org_hits = find_orgs(res, words, blocked)
    covered = {k for h in org_hits for k in range(h.start, h.end)}
    org_hits += [h for h in ner_orgs if not any(k in covered for k in range(h.start, h.end))]
    org_hits.sort(key=lambda h: h.start)
    in_org = [False] * len(words)
    for h in org_hits:
        for k in range(h.start, h.end):
            in_org[k] = True
    org_starts = {h.start for h in org_hits}

    # --- people: cued names, then clusters (fullest name first), then surname-only mentions
    names = find_names(res, words, blocked, in_org)
    taken = {k for h in names for k in range(h.cue_start, h.end)}
    names += [h for h in ner_names if not any(k in taken for k in range(h.start, h.end))]
    taken = {k for h in names for k in range(h.cue_start, h.end)}
    names += find_speech_subjects(res, words, blocked, in_org, taken)
    names.sort(key=lambda h: h.start)
    clusters: list[_Cluster] = []
    hit_cluster: dict[int, _Cluster] = {}
    for n_i in sorted(range(len(names)), key=lambda n: -(names[n].end - names[n].start)):
        h = names[n_i]
        form = _span_text(text, words, h.start, h.end)
        keys = _name_keys(form)
        cands = [c for c in clusters if _suffix_of(keys, c.keys)]
        if len(cands) > 1:
            # "دکتر حسینی" after "علی حسینی" and "دکتر زهرا حسینی": the shared title decides;
            # otherwise the mention is ambiguous and names nobody (no person, no role).
            cands = [c for c in cands if set(h.titles) & set(c.titles)] if h.titles else []
            if len(cands) != 1:
                continue
        target = cands[0] if cands else None
        if target is None:
            target = _Cluster([], keys, form)
            clusters.append(target)
        target.hits.append(h)
        hit_cluster[n_i] = target
        target.forms.append(form)
        target.titles.extend(t for t in h.titles if t not in target.titles)
        target.spans.append((words[h.start].start, words[h.end - 1].end))
    in_name = [False] * len(words)
    for h in names:
        for k in range(h.cue_start, h.end):
            in_name[k] = True
    suffixes: dict[str, _Cluster | None] = {}
    for c in clusters:
        for m in range(1, len(c.keys) + 1):
            key = "".join(c.keys[-m:])
            if (m == len(c.keys) or len(c.keys) >= 2) and len(key) >= 4 and key not in res.first_names \
                    and key not in res.stop and res.freq.get(key, 0) < 2_500_000:
                # A surname two people share ("حسینی") names neither of them on its own.
                suffixes[key] = c if suffixes.get(key, c) is c else None
    i = 0
    while i < len(words):
        if blocked[i] or in_org[i] or in_name[i] or words[i].punct or (i and words[i - 1].key in _SHIELDS):
            i += 1
            continue
        found = 0
        acc = ""
        for n in range(1, 4):
            if i + n > len(words) or words[i + n - 1].punct or in_name[i + n - 1]:
                break
            acc += words[i + n - 1].key
            if acc in suffixes:
                found = n
        if found and suffixes["".join(w.key for w in words[i:i + found])] is None:
            for k in range(i, i + found):  # ambiguous: a name, but nobody's
                in_name[k] = True
            i += found
            continue
        if found:
            c = suffixes["".join(w.key for w in words[i:i + found])]
            c.spans.append((words[i].start, words[i + found - 1].end))
            # a later "عابدینی، مدیرکل ..." can carry a role too
            hit_cluster[len(names)] = c
            names.append(NameHit(i, i + found, i, (), "surname"))
            for k in range(i, i + found):
                in_name[k] = True
            i += found
            continue
        i += 1

    # --- places (never inside a person's name)
    places = find_places(res, words, blocked, in_name)
    city_ids = {h.start: h.entry.id for h in places if h.kind == "city"}

    # --- organisation facts
    org_facts: dict[str, dict] = {}  # merge key -> fields
    org_local: dict[int, str] = {}  # OrgHit start -> local_id

    def add_org(h: OrgHit) -> str:
        # "خبرگزاری «اسپوتنیک»": the name without its quote marks
        name = " ".join(_span_text(text, words, h.start, h.end).translate(_NO_QUOTES).split())
        gid = h.gazetteer_id
        merge = f"gaz:{gid}" if gid else match_key(name)
        parent = add_org(h.parent) if h.parent else None
        if gid and res.gaz.org_by_id()[gid].parent and not parent:
            parent_entry = res.gaz.org_by_id()[res.gaz.org_by_id()[gid].parent]
            parent = match_key(parent_entry.name)
        city = next((city_ids[k] for k in range(h.start, h.end) if k in city_ids), None)
        if gid and not city:
            city = res.gaz.org_by_id()[gid].city
        f = org_facts.get(merge)
        if f is None:
            f = org_facts[merge] = {"local_id": match_key(name), "name": name, "forms": [], "kind": h.kind,
                                    "parent": parent, "city": city, "gid": gid, "spans": []}
        if len(match_key(name)) > len(match_key(f["name"])):
            f["forms"].append(f["name"])
            f["name"] = name
        elif match_key(name) != match_key(f["name"]):
            f["forms"].append(name)
        span = (words[h.start].start, words[h.end - 1].end)
        if span not in f["spans"]:
            f["spans"].append(span)
        org_local[h.start] = f["local_id"]
        return f["local_id"]

    for h in org_hits:
        add_org(h)

    # --- roles
    anchor_ends = {h.end for h in org_hits} | {h.end for h in places}
    anchor_ends |= {k + 1 for k, w in enumerate(words) if w.key in _ROLE_ANCHORS}
    anchor_ends |= _ministry_ends(res, words)
    # Surname-only mentions do not end a role ("معاون ترامپ" is one role of someone else).
    groups = find_role_groups(res, words, blocked, [h for h in names if h.cue != "surname"], org_starts,
                              in_org, anchor_ends, {h.start for h in places if h.kind == "country"})
    role_spans: list[tuple[int, int, str]] = []
    attached = attach(words, groups, names)
    nearest: list[tuple[int, int, _Cluster]] = []
    for g_i, (targets, how) in attached.items():
        if how in ("anaphor", "nearest") and groups[g_i].end not in anchor_ends:
            continue  # a bare "این بازیکن" / "مربی" says too little to name a position
        if how == "anaphor":
            pos = words[groups[g_i].start].start
            before = [(pos - sp[0], c) for c in clusters for sp in c.spans if sp[0] < pos]
            if before and min(before, key=lambda t: t[0])[0] <= _ANAPHOR_CHARS:
                _add_roles(text, words, groups[g_i], min(before, key=lambda t: t[0])[1], org_hits, org_local,
                           city_ids, role_spans, anchor_ends)
            continue
        if how == "nearest":
            pos = words[groups[g_i].start].start
            # "معاون گردشگری ... نیز گفت": "also" brings in someone other than the last speaker,
            # named after the role
            end = groups[g_i].end
            also = end < len(words) and words[end].key == _ALSO
            for c in clusters:
                spans = [sp for sp in c.spans if sp[0] > pos] if also else c.spans
                if spans:
                    nearest.append((min(abs(sp[0] - pos) for sp in spans), g_i, c))
            continue
        for n_i in targets:
            if n_i not in hit_cluster:
                continue  # an ambiguous mention ("حسینی" of two people): no attribution
            _add_roles(text, words, groups[g_i], hit_cluster[n_i], org_hits, org_local, city_ids, role_spans,
                       anchor_ends)
    # A role that opens a sentence with no name beside it ("استاندار اصفهان گفت") goes to the
    # nearest person, and only when that person has no role yet (one such role per person):
    # a person already placed ("X استاندار اصفهان ... شهردار رشت گفت") is not every official
    # nearby, and the role does not fall through to someone further away. No attribution is
    # better than a wrong one.
    best: dict[int, tuple[int, _Cluster]] = {}
    for dist, g_i, c in nearest:
        if g_i not in best or dist < best[g_i][0]:
            best[g_i] = (dist, c)
    given: set[int] = set()
    for g_i, (dist, c) in sorted(best.items(), key=lambda t: t[1][0]):
        if id(c) in given or dist > _NEAREST_CHARS:
            continue
        phrases = [role_text(text, words, rs, re_)[0] for rs, re_ in groups[g_i].roles]
        if c.roles and not all(_restates(ph, c.roles) for ph in phrases):
            continue
        _add_roles(text, words, groups[g_i], c, org_hits, org_local, city_ids, role_spans, anchor_ends)
        given.add(id(c))

    # A governor's, mayor's ... role belongs to the office the article names ("استاندار اصفهان"
    # -> استانداری اصفهان), though the role phrase does not contain it.
    offices = {match_key(n): f["local_id"] for f in org_facts.values() for n in (f["name"], *f["forms"])}
    for c in clusters:
        c.roles[:] = [_with_office(r, offices) for r in c.roles]

    # --- facts and mentions
    breaks = [m.start() for m in _SENT_BREAK.finditer(text)]

    def sent(pos: int) -> int:
        return bisect.bisect_right(breaks, pos)

    mentions: list[MentionFact] = []
    people: list[PersonFact] = []
    for c in clusters:
        first = c.keys[0] if c.keys else ""
        gender = res.first_names.get(first) if len(c.keys) > 1 else None
        local = match_key(c.name)
        aliases = tuple(sorted({f for f in c.forms if match_key(f) != local}))
        spans = tuple(sorted(set(c.spans)))
        people.append(PersonFact(local, c.name, aliases, tuple(c.titles), gender if gender in ("M", "F") else None,
                                 tuple(c.roles), spans))
        mentions += [MentionFact("person", sp, text[sp[0]:sp[1]], local, sent(sp[0])) for sp in spans]
    for h in names:
        if h.cue_start < h.start:
            sp = (words[h.cue_start].start, words[h.start - 1].end)
            mentions.append(MentionFact("title", sp, text[sp[0]:sp[1]], None, sent(sp[0])))
    for s, e, phrase in role_spans:
        mentions.append(MentionFact("role", (s, e), phrase, None, sent(s)))
    orgs = []
    for f in org_facts.values():
        spans = tuple(sorted(f["spans"]))
        orgs.append(OrganisationFact(f["local_id"], f["name"], tuple(sorted(set(f["forms"]))), f["kind"],
                                     f["parent"], f["city"], f["gid"], spans))
        mentions += [MentionFact("organisation", sp, text[sp[0]:sp[1]], f["local_id"], sent(sp[0])) for sp in spans]
    city_facts: dict[str, dict] = {}
    for h in places:
        sp = (words[h.start].start, words[h.end - 1].end)
        if h.kind != "city":
            mentions.append(MentionFact(h.kind, sp, text[sp[0]:sp[1]], h.entry.id, sent(sp[0])))
            continue
        city_facts.setdefault(h.entry.id, {"spans": []})["spans"].append(sp)
        mentions.append(MentionFact("city", sp, text[sp[0]:sp[1]], h.entry.id, sent(sp[0])))
    by_id = res.gaz.city_by_id()
    cities = []
    for cid, f in city_facts.items():
        p = by_id[cid]
        cities.append(CityFact(cid, p.name, p.name_en, p.province, p.country, p.lat, p.lon, cid,
                               tuple(sorted(f["spans"]))))
    mentions.sort(key=lambda m: (m.span, m.kind))
    return Extraction(tuple(people), tuple(orgs), tuple(cities), tuple(mentions))


def _add_roles(text: str, words: list[Word], g, c: _Cluster, org_hits: list[OrgHit], org_local: dict[int, str],
               city_ids: dict[int, str], role_spans: list, anchor_ends: set[int] = frozenset()) -> None:
    """RoleFacts of group ``g`` for cluster ``c``; a role with nothing to anchor it ("معاون
    مطالعاتی و مدیر گروه ... کمیسیون ملی یونسکو") takes the group's last (top) organisation.
    A role that already names its place or body ("استاندار اصفهان و رئیس دانشگاه تهران")
    is complete and borrows nothing."""
    org_of: list[tuple[str | None, str | None]] = []
    last_org = None
    for s, e in g.roles:
        inner = [h for h in org_hits if h.start < e and s < h.end]
        if inner:
            top = inner[-1]
            while top.parent is not None and top.gazetteer_id is None:
                top = top.parent
            org_of.append((org_local[inner[-1].start], None))
            last_org = (org_local.get(top.start, org_local[inner[-1].start]), _span_text(text, words, top.start, top.end))
        else:
            org_of.append((None, None))
    last_with_org = max((n for n, (o, _) in enumerate(org_of) if o), default=-1)
    for n, ((s, e), (org_id, _)) in enumerate(zip(g.roles, org_of)):
        phrase, former = role_text(text, words, s, e)
        complete = any(s < k <= e for k in anchor_ends)
        if org_id is None and last_org is not None and n < last_with_org and not complete:
            org_id, phrase = last_org[0], f"{phrase} {last_org[1]}"
        city = next((city_ids[k] for k in range(s, e) if k in city_ids), None)
        role = RoleFact(phrase, (words[s].start, words[e - 1].end), org_id, city, former)
        _merge_role(c.roles, role)
        role_spans.append((words[s].start, words[e - 1].end, phrase))


# Positions whose office is an organisation named after the post and its place.
_OFFICES = {match_key(k): v for k, v in {
    "استاندار": "استانداری", "فرماندار": "فرمانداری", "شهردار": "شهرداری", "بخشدار": "بخشداری",
    "دهدار": "دهداری", "سرکنسول": "سرکنسولگری", "وزیر": "وزارت",
}.items()}
# "معاون وزیر کشور": the deputy's office is the minister's ("وزارت کشور")
_OF_THE_POST = {match_key(w) for w in ("معاون", "مشاور", "قائم‌مقام", "قائم مقام", "سخنگوی", "سخنگو")}


_ALSO = match_key("نیز")
_NO_QUOTES = str.maketrans({"«": " ", "»": " ", '"': " ", "“": " ", "”": " "})
_MINISTER = match_key("وزیر")
_MINISTRY = match_key("وزارت")


def _ministry_ends(res, words: list[Word]) -> set[int]:
    """Where "وزیر X" ends when "وزارت X" is a ministry of the gazetteer: the role is complete
    there, commas included ("وزیر تعاون، کار و رفاه اجتماعی")."""
    ends: set[int] = set()
    for k, w in enumerate(words):
        if w.key != _MINISTER:
            continue
        key = _MINISTRY
        for m in range(k + 1, min(len(words), k + 9)):
            if words[m].punct:
                if words[m].text not in "،,":
                    break
                continue
            key += words[m].key
            if any(e.kind == "org" for e in res.index.get(key, ())):
                ends.add(m + 1)
    return ends


def _with_office(role: RoleFact, offices: dict[str, str]) -> RoleFact:
    """``role`` with its office as organisation when it has none and the article names the
    office ("استاندار اصفهان" + استانداری اصفهان in the text); a role not about such a post, or
    an office the article never names, stays as it is (the guide: only a named organisation)."""
    if role.organisation is not None:
        return role
    words = word_keys(role.role)
    if len(words) >= 3 and words[0] in _OF_THE_POST and words[1] in _OFFICES:
        words = words[1:]
    if len(words) < 2 or words[0] not in _OFFICES:
        return role
    local = offices.get(_OFFICES[words[0]] + "".join(words[1:]))
    return role if local is None else replace(role, organisation=local)


def _restates(phrase: str, roles: list[RoleFact]) -> bool:
    """Does ``phrase`` restate one of ``roles``: the same position noun and the same last
    (anchor) word ("معاون وزیر کشور" after "معاون عمران ... وزارت کشور", "استاندار اصفهان"
    again)? "شهردار رشت" does not restate "استاندار اصفهان"."""
    new = word_keys(phrase)
    if len(new) < 2:
        return False
    return any((old := word_keys(r.role)) and old[0] == new[0] and old[-1] == new[-1] for r in roles)


def _merge_role(roles: list[RoleFact], role: RoleFact) -> None:
    """Add ``role`` unless a fuller one is there; a fuller one replaces shorter ones
    ("نماینده مردم تبریز" and "نماینده مردم تبریز در مجلس شورای اسلامی" are one role)."""
    new = set(word_keys(role.role))
    for k, r in enumerate(roles):
        old = set(word_keys(r.role))
        if new <= old:
            return
        if old < new:
            roles[k] = role
            roles[:] = [x for n, x in enumerate(roles) if n == k or not set(word_keys(x.role)) < new]
            return
    roles.append(role)


class EntitiesComponent:
    def __init__(self, gazetteers_dir: str | None = None):
        self.res = resources(gazetteers_dir)

    def __call__(self, doc: Doc) -> Doc:
        ner: list[tuple[int, int, str]] = []
        group = doc.spans.get("ner_candidates") if "ner_candidates" in doc.spans else None
        for sp in list(group or []) + list(doc.ents):
            if not in_blocked(doc, sp.start_char, sp.end_char):
                ner.append((sp.start_char, sp.end_char, sp.label_))
        x = extract(doc.text, tuple(doc._.blocked or ()), self.res, ner)
        doc._.people = list(x.people)
        doc._.organisations = list(x.organisations)
        doc._.cities = list(x.cities)
        doc._.mentions = list(doc._.mentions or ()) + list(x.mentions)
        return doc


@Language.factory("newsfacts_entities", default_config={"gazetteers_dir": None})
def make_entities(nlp, name, gazetteers_dir):  # no annotations: spaCy's config validation
    # cannot resolve postponed (string) annotations under ``from __future__ import annotations``
    register_extensions()
    return EntitiesComponent(gazetteers_dir)
