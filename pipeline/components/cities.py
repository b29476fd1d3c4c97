"""Places: gazetteer matches classified as city, province or country, with the context rules
that keep everyday words ("نور", "کار", "بهار") and place-like names ("شهید X", "خیابان X",
"سینما آزادی") out. Pure functions over the word list."""
from __future__ import annotations

from dataclasses import dataclass

from ..text.keys import match_key
from .entities_lexicon import Entry, Resources, Word

# The previous word names a province, not a city ("استاندار اصفهان", "استان اصفهان").
_PROVINCE_CUES = {match_key(w) for w in ("استان", "استاندار", "استانداری", "استانهای", "استان‌های")}
# The previous word says the next one is a town: lets a common-word city count.
_CITY_CUES = {match_key(w) for w in (
    "شهر", "شهرستان", "شهرهای", "شهرستانهای", "بندر", "شهرداری", "فرمانداری", "فرماندار", "شهردار",
    "بخشداری", "جمعه", "مردم", "بخش", "مرکز")}
# The previous word turns the name into a street, building or person: not a place mention.
_NOT_PLACE_CUES = {match_key(w) for w in (
    "شهید", "خیابان", "میدان", "بلوار", "بزرگراه", "کوچه", "سالن", "سینما", "بیمارستان", "مسجد",
    "حسینیه", "ورزشگاه", "پارک", "تالار", "هتل", "مدرسه", "دبیرستان", "امام", "حضرت", "آقای", "خانم",
    "دکتر", "مهندس", "کوی", "شهرک", "پل", "جاده", "مجتمع", "برج", "تیم", "باشگاه", "روستای", "روستا",
    "دانشگاه", "نشان", "جایزه", "سیمرغ", "خلیج")}
_LIST_JOINERS = {"و", "،", ","}


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    kind: str  # city | province | country
    entry: Entry


def _pick(entries: tuple[Entry, ...], kind: str, res: Resources) -> Entry:
    cands = [e for e in entries if e.kind == kind]
    if kind == "city":  # several towns share a name: prefer a county seat, then Iran
        by_id = _city_index(res)
        cands.sort(key=lambda e: (not by_id[e.id].county_seat, by_id[e.id].country != "ایران", e.id))
    return cands[0]


_CACHE: dict[int, dict] = {}


def _city_index(res: Resources) -> dict:
    idx = _CACHE.get(id(res))
    if idx is None:
        idx = _CACHE[id(res)] = res.gaz.city_by_id()
    return idx


def _city_elsewhere(entries: tuple[Entry, ...], res: Resources) -> bool:
    """A province name whose namesake towns all lie in other provinces ("البرز"): the province."""
    prov = next((e.name for e in entries if e.kind == "province"), None)
    by_id = _city_index(res)
    return all(by_id[e.id].province != prov for e in entries if e.kind == "city")


def find_places(res: Resources, words: list[Word], blocked: list[bool], taken: list[bool]) -> list[PlaceHit]:
    """Places not inside a person name (``taken``) nor boilerplate (``blocked``)."""
    raw: list[PlaceHit] = []
    i = 0
    while i < len(words):
        if blocked[i] or taken[i] or words[i].punct:
            i += 1
            continue
        n, entries = res.lookup(words, i, {"city", "province", "country"})
        if not n or any(taken[i:i + n]) or any(blocked[i:i + n]):
            i += 1
            continue
        kinds = {e.kind for e in entries}
        prev = words[i - 1].key if i else ""
        if prev in _NOT_PLACE_CUES:
            i += n
            continue
        last = raw[-1] if raw else None
        in_list = last is not None and last.end == i - 1 and words[i - 1].text in _LIST_JOINERS
        if "country" in kinds:
            kind = "country"
        elif "province" in kinds and ("city" not in kinds or prev in _PROVINCE_CUES
                                      or (in_list and last.kind == "province")
                                      or _city_elsewhere(entries, res)):
            kind = "province"
        else:
            kind = "city"
        raw.append(PlaceHit(i, i + n, kind, _pick(entries, kind, res)))
        i += n
    # Common-word city names need place context: a cue word before them, or a neighbour in a
    # list of places ("رشت و اصفهان", "قم، ساری و مشهد").
    out: list[PlaceHit] = []
    places_at = {h.start: h for h in raw}
    ends_at = {h.end: h for h in raw}
    for h in raw:
        key = match_key(" ".join(w.text for w in words[h.start:h.end]))
        if h.kind == "city" and key in res.common_places:
            prev = words[h.start - 1].key if h.start else ""
            before = h.start - 1 >= 0 and words[h.start - 1].text in _LIST_JOINERS and ends_at.get(h.start - 1)
            after = h.end < len(words) and words[h.end].text in _LIST_JOINERS and places_at.get(h.end + 1)
            near = [x for x in (before, after)
                    if x and x.kind == "city" and match_key(x.entry.name) not in res.common_places]
            # In a list ("رشت و نور") the name must end there: "بن موکت" is a brand.
            ends_item = h.end >= len(words) or words[h.end].punct or words[h.end].text in _LIST_JOINERS
            if prev not in _CITY_CUES and not (near and ends_item):
                continue
        out.append(h)
    return out
