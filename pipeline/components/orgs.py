"""Organisations: gazetteer phrases plus head-noun patterns ("وزارت X", "شهرداری X") whose span
stops where the name stops (before verbs, prepositions, titles, positions, punctuation, or
"و" + another head). Pure functions over the word list."""
from __future__ import annotations

from dataclasses import dataclass

from ..text.keys import match_key
from .entities_lexicon import ABAD, LIGHT_VERBS, WEAK_HEADS, Resources, Word

_WEAK_KEYS = frozenset(match_key(h) for h in WEAK_HEADS)

# Words an organisation name never contains: they end it.
_ORG_STOP = set("""
در با به از برای که را این آن تا بر هم نیز اما ولی اگر چون چه هر همه یک دو سه است بود شد شود
شده کرد کند کرده گفت افزود داد دارد داشت نمود باید وی او ایشان خود طی ضمن جهت درباره طبق مانند
همچنین سپس اکنون امروز دیروز فردا امسال سال ماه روز ساعت صبح عصر شب پس پیش روی زیر میان
هستند هست نیست نسبت مورد برگزار دیگر دارم داریم دارید دارند هستیم هستید پیشین سابق قبلی
هیچ یکی ده‌ها دهها صدها مورخ تعدادی برخی بعد قبل هنوز حتی کاملا کاملاً رسما رسماً اخیرا اخیراً
بسیار بیشترین بیشتر کمتر ما شما آنها خویش چندان مذکور مبنی حاکی مشغول اخیر
گفته اظهار تاکید اشاره بیان اعلام تصریح عنوان همراه حضور گزارش نوشته یا
""".split())
# After a weak head, these words mean the head was an everyday noun ("مرکز استان").
_GENERIC_AFTER = {"استان", "کشور", "شهر", "شهرستان", "این", "آن", "خود", "جدید", "ها", "های", "ای",
                  "کل", "مربوط", "مرکزی"}
_MAX_ORG_WORDS = 12
_OPEN_QUOTES = {"«", '"', "“"}
_CLOSE_QUOTES = {"»", '"', "”"}
_MAX_QUOTED = 6
_FREE_WORDS = 3
_MAX_GAP = 2  # words between two anchors of one name ("... مجلس شورای اسلامی")
# "تیم فوتسال شهروند ساری" is the club "شهروند ساری": the head and the sport are not the name.
_TEAM_HEADS = {match_key(w) for w in ("تیم", "باشگاه")}
_SPORTS = {match_key(w) for w in ("فوتسال", "فوتبال", "والیبال", "بسکتبال", "هندبال", "کشتی", "بانوان")}
_PLACE_QUALIFIERS = {match_key(w) for w in ("استان", "شهرستان", "شهر", "منطقه", "ناحیه")}
_ANCHOR_WORDS = {match_key(w) for w in ("کشور", "ایران", "اسلامی", "رهبری", "متحد")}


@dataclass(frozen=True)
class OrgHit:
    start: int  # word index
    end: int  # word index, exclusive
    kind: str
    gazetteer_id: str | None
    parent: "OrgHit | None" = None


def _boundary(res: Resources, w: Word) -> bool:
    k = w.key
    if w.punct:
        return w.text not in "-–"
    return (k in _ORG_STOP or k in res.verbs or k in res.title_keys or k in res.position_keys
            or any(c.isdigit() for c in k))


def _head_at(res: Resources, words: list[Word], i: int) -> tuple[int, str] | None:
    """(words in the head, kind) when an organisation head noun starts at ``i``."""
    if i + 1 < len(words) and not words[i + 1].punct and words[i].key + words[i + 1].key in res.org_heads:
        return 2, res.org_heads[words[i].key + words[i + 1].key]
    k = words[i].key
    if k in _STATE_HEADS:
        # "دولت عراق", "سفارت اسرائیل": only with the country or city right after it ("دولت
        # یازدهم", "دولت تدبیر و امید", "یاران دولت" are no named body)
        n, _ = res.lookup(words, i + 1, {"country", "city"}) if i + 1 < len(words) else (0, ())
        if n and words[i + 1].key == ABAD:
            return None  # "دولت آباد" is a town
        return (1, res.org_heads[k]) if n else None
    return (1, res.org_heads[k]) if k in res.org_heads else None


_STATE_HEADS = {match_key(w) for w in ("دولت", "سفارت", "سفارتخانه", "کنسولگری")}


def _anchor_end(res: Resources, words: list[Word], j: int) -> int:
    """Words of a name-ending anchor at ``j``: a gazetteer place or organisation, or
    "کشور"/"ایران" ("سازمان میراث فرهنگی و گردشگری کشور"); 0 when none starts there."""
    if words[j].key in _ANCHOR_WORDS:
        return 1
    n, _ = res.lookup(words, j, {"city", "province", "country", "org"})
    return n


def _extend(res: Resources, words: list[Word], i: int, n_head: int, blocked: list[bool],
            strong: bool = True) -> int:
    """End (exclusive) of the organisation name whose head spans ``words[i:i+n_head]``.

    The name runs to the last anchor (a known place or organisation) before a boundary:
    "مرکز اطلاع‌رسانی و امور بین‌الملل وزارت کشور". Without an anchor a strong head keeps at
    most ``_FREE_WORDS`` words ("بنیاد بین‌المللی غدیر"); a weak head keeps none.
    """
    j = i + n_head
    end = j
    anchor = 0
    if j < len(words) and words[j].text in _OPEN_QUOTES:
        # "خبرگزاری «اسپوتنیک»", "شبکه «سی‌بی‌اس»": the quoted words are the name
        for q in range(j + 1, min(len(words), j + 1 + _MAX_QUOTED)):
            if words[q].text in _CLOSE_QUOTES:
                return q if q > j + 1 else i + n_head
            if words[q].newline_before or (words[q].punct and words[q].text not in "-–."):
                break
        return i + n_head
    while j < len(words) and j - i < _MAX_ORG_WORDS:
        w = words[j]
        if blocked[j] or w.newline_before or _boundary(res, w):
            break
        if w.key == "و":
            nxt = words[j + 1] if j + 1 < len(words) else None
            if (nxt is None or _boundary(res, nxt) or nxt.key == "و" or _head_at(res, words, j + 1)
                    or j == i + n_head):  # "پلیس و آموزش و پرورش": two bodies, no name yet
                break
            j += 1
            continue
        if w.punct:  # a hyphen inside "یونسکو- ایران"
            j += 1
            continue
        if anchor and j - anchor >= _MAX_GAP:
            break  # past the body the name ends with ("... سازمان ملل متحد حقانیت مبارزات ...")
        a = _anchor_end(res, words, j)
        if a:
            j += a
            end = anchor = j
            continue
        if _head_at(res, words, j):  # a second organisation starts: "پتروشیمی بندر امام، تیم ..."
            break
        j += 1
        end = j
    if anchor:
        return anchor
    if not strong:
        return i + n_head
    k = i + n_head
    free = min(end, k + _FREE_WORDS)
    while free > k and words[free - 1].key in {"و"}:
        free -= 1
    return free


def find_orgs(res: Resources, words: list[Word], blocked: list[bool]) -> list[OrgHit]:
    """Maximal organisation spans, left to right, with the parent named at their end."""
    cands: list[OrgHit] = []
    for i, w in enumerate(words):
        if blocked[i] or w.punct:
            continue
        n, entries = res.lookup(words, i, {"org"})
        if n:
            gaz = next(e for e in entries if e.kind == "org")
            entry = res.gaz.org_by_id()[gaz.id]
            end = i + n
            # "نیروی انتظامی شهرستان دماوند": a national body's local branch is named by place.
            k = end + (1 if end < len(words) and words[end].key in _PLACE_QUALIFIERS else 0)
            p, _ = res.lookup(words, k, {"city", "province"}) if k < len(words) and not blocked[k] else (0, ())
            if p and k > end:
                cands.append(OrgHit(i, k + p, entry.kind, None, OrgHit(i, end, entry.kind, gaz.id)))
            cands.append(OrgHit(i, end, entry.kind, gaz.id))
            continue
        head = _head_at(res, words, i)
        if not head:
            continue
        end = _extend(res, words, i, head[0], blocked, words[i].key not in _WEAK_KEYS or head[0] > 1)
        if end > i + head[0] and end < len(words) and words[end].key in LIGHT_VERBS \
                and res.verb_complement(words[end - 1]) and not _anchor_end(res, words, end - 1):
            end -= 1  # "فدراسیون تصمیم دارند": the noun belongs to its light verb
        if end == i + head[0]:
            continue  # a head with no name after it is a common noun
        first = words[i + head[0]]
        if head[0] == 1 and words[i].key in _WEAK_KEYS and (first.key in _GENERIC_AFTER or first.key in res.stop):
            continue
        if all(w.key in _ANCHOR_WORDS or w.punct for w in words[i + head[0]:end]):
            continue  # "پتروشیمی کشور": the country's industry, not a named body
        start = i
        if words[i].key in _TEAM_HEADS:
            start = i + 1
            while start < end - 1 and words[start].key in _SPORTS:
                start += 1
            if words[start].key == match_key("ملی"):
                start = i  # "تیم ملی فوتسال قطر" is named with its head
        cands.append(OrgHit(start, end, head[1], None))
    # Keep maximal spans; an inner candidate that ends where its container ends is its parent.
    cands.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[OrgHit] = []
    for h in cands:
        if out and h.start < out[-1].end:
            outer = out[-1]
            if h.end == outer.end and outer.parent is None and h.start > outer.start:
                out[-1] = OrgHit(outer.start, outer.end, outer.kind, outer.gazetteer_id, h)
            continue
        out.append(h)
    return out
