"""Roles: position phrases ("معاون عمران، توسعه امور شهری و روستایی وزارت کشور") found from a
position noun, split where "و" joins a second position, and attached to the person they
precede or follow. Pure functions over the word list."""
from __future__ import annotations

from dataclasses import dataclass

from ..text.keys import match_key
from .entities_lexicon import Resources, Word
from .people import NameHit

MAX_ROLE_WORDS = 18
_ROLE_STOP = {match_key(w) for w in """
با به از برای که را این آن تا بر هم نیز اما ولی اگر چون است بود شد شود شده کرد کند کرده گفت
افزود داد دارد داشت نمود باید وی او ایشان خود طی ضمن جهت درباره طبق مانند همچنین سپس اکنون
امروز دیروز فردا امسال ماه روز ساعت صبح عصر شب گفته اظهار تاکید اشاره بیان اعلام تصریح
عنوان همراه حضور گزارش نوشته یا طی پیرامون هنگام برگزار همچون مسئولان
""".split()}
_VALI = match_key("ولی")
_VALI_OF = {match_key(w) for w in ("فقیه", "امر")}
_SENTENCE_PUNCT = set(".!?؟:;؛\"«»()[]")
_DROP_FROM_ROLE = {match_key(w) for w in ("جدید", "فعلی")}
_FORMER = {match_key(w) for w in ("سابق", "پیشین", "اسبق")}
_IN = match_key("در")
_FREE_WORDS = 3
_CLOSERS = set("»)\"")
_FROM = match_key("از")
_TO, _AS = match_key("به"), match_key("عنوان")
_THIS = match_key("این")
_TRAIL = {match_key(w) for w in ("و", "در", "برگزار", "است", "که", "این", "آن")}
# Plural (and broken-plural) position nouns: after "و" they open a list of *other* people
# ("X استاندار اصفهان و نمایندگان کمیسیون ملی یونسکو"), never a second role of X. Regular
# plurals are derived from the position list (see ``is_plural_position``); these are the
# Arabic broken plurals and the "اعضا/اعضای" form that no suffix rule produces.
_BROKEN_PLURALS = {match_key(w) for w in """
اعضا اعضای رؤسا رؤسای روسا روسای رئیسان رییسان وزرا وزرای سفرا سفرای مقامات مسئولین مسئولان مسؤولان
معاونین مدیرکلان مدیران‌کل نمایندگان مشاورین کارکنان کارمندان نمایندگانی فرماندهان
""".split()}
_PLURAL_ENDINGS = ("ان", "ها", "های", "هایی", "ین")


@dataclass(frozen=True)
class RoleGroup:
    roles: tuple[tuple[int, int], ...]  # word ranges, one per role
    start: int
    end: int
    crossed_comma: bool
    reach: int  # where the phrase ran to before anchor trimming (for "role before name")


def _positions(res: Resources, words: list[Word], i: int) -> int:
    n, _ = res.lookup(words, i, {"position"})
    return n


def is_plural_position(res: Resources, key: str) -> bool:
    """Is the word key a plural of a position noun ("نمایندگان", "معاونان", "مدیران", "اعضای")?"""
    if not key:
        return False
    if key in _BROKEN_PLURALS:
        return True
    for end in _PLURAL_ENDINGS:
        if key.endswith(end) and len(key) > len(end) + 1:
            stem = key[: -len(end)]
            # "نماینده" -> "نمایندگان": a stem in -ه takes "گان".
            if stem in res.position_keys or (stem.endswith("گ") and stem[:-1] + "ه" in res.position_keys):
                return True
    return False


def _trim(res: Resources, words: list[Word], s: int, e: int, anchor_ends: set[int]) -> int:
    """End of the role ``[s, e)`` at its last anchor (a place, an organisation, "کشور"): the
    phrase stops where the body it names stops ("استاندار مازندران خواستار ..." -> "استاندار
    مازندران"). Without an anchor keep the position and at most ``_FREE_WORDS`` words."""
    body = s + max(1, _positions(res, words, s))
    ends = [k for k in anchor_ends if body < k <= e]
    if ends:
        return max(ends)
    k = body
    while k < e and k - body < _FREE_WORDS:
        k += 1
    while k > body and (words[k - 1].key in _ROLE_STOP or words[k - 1].key in _TRAIL or words[k - 1].punct
                        or words[k - 1].key in res.verbs):
        k -= 1
    return k


def find_role_groups(res: Resources, words: list[Word], blocked: list[bool], names: list[NameHit],
                     org_starts: set[int], in_org: list[bool], anchor_ends: set[int] = frozenset(),
                     country_starts: set[int] = frozenset()) -> list[RoleGroup]:
    """Role phrases from each position noun. A phrase runs on through "و" and "،" and stops at
    a name, stop word, verb, title or sentence punctuation; also at "و" + a plural position
    (other people follow) and at "در" + a place once the role is complete (ends at an anchor:
    "رئیس دانشکده معماری دانشگاه تهران در شیراز" is where the event is, not part of the role).
    "در" + an organisation ("نماینده مردم تبریز در مجلس ...") or + a country ("سفیر ایران در
    فرانسه") stays inside."""
    name_at = {h.cue_start for h in names}
    in_name = [False] * len(words)
    for h in names:
        for k in range(h.cue_start, h.end):
            in_name[k] = True
    groups: list[RoleGroup] = []
    i = 0
    while i < len(words):
        if blocked[i] or in_name[i] or in_org[i] or words[i].punct or not _positions(res, words, i):
            i += 1  # (a phrase lookup may start on a hyphen: "- معاون ...")
            continue
        roles: list[tuple[int, int]] = []
        rs = i
        j = i + _positions(res, words, i)
        end = j
        comma_at: int | None = None
        while j < len(words) and j - i < MAX_ROLE_WORDS:
            w = words[j]
            if blocked[j] or w.newline_before or j in name_at or in_name[j]:
                break
            if w.key == "و":
                if j + 1 < len(words) and not in_org[j + 1] and is_plural_position(res, words[j + 1].key):
                    break
                if j + 1 < len(words) and _positions(res, words, j + 1) and not in_org[j + 1]:
                    roles.append((rs, end))
                    rs = j + 1
                    j = end = j + 1 + _positions(res, words, j + 1)
                    continue
                nxt = words[j + 1] if j + 1 < len(words) else None
                if nxt is None or nxt.punct or (j + 1) in name_at or nxt.key in _ROLE_STOP:
                    break
                j += 1
                continue
            if w.text in "،,":
                if comma_at is None:
                    comma_at = j
                j += 1
                continue
            if w.key == _IN and ((j + 1) in org_starts or (j + 1) in country_starts):
                j += 1
                continue
            if w.key == _IN and end in anchor_ends:
                break  # "... دانشگاه تهران در شیراز": a complete role, then where things happen
            if w.key == _VALI and j + 1 < len(words) and words[j + 1].key in _VALI_OF:
                j += 2  # "نماینده ولی فقیه": guardian, not "but"
                end = j
                continue
            if w.punct and w.text not in "-–«»":
                break
            if not w.punct and (w.key in _ROLE_STOP or w.key in res.verbs or w.key in res.title_keys
                                or any(c.isdigit() for c in w.key)):
                break
            j += 1
            if not w.punct:
                end = j
        # A comma stays inside the role only when the phrase runs on to a name ("معاون عمران،
        # توسعه ... وزارت کشور دکتر X") and no new position starts after it.
        crossed = False
        if comma_at is not None and comma_at < end:
            runs_to_name = end in name_at or (end < len(words) and end in name_at)
            tail_has_position = any(_positions(res, words, k) for k in range(comma_at + 1, end))
            # ... or when what follows the comma is the rest of a list that ends in the office
            # ("مدیرکل قرآن، عترت و نماز وزارت آموزش و پرورش")
            listed = (end in anchor_ends and any(words[k].key == "و" for k in range(comma_at + 1, end))
                      and not any(in_org[k] or (k + 1) in anchor_ends for k in range(rs, comma_at)))
            if (runs_to_name or listed) and not tail_has_position and end > comma_at + 1 and rs < comma_at:
                crossed = True
            else:
                end = comma_at
        if rs >= end:
            i = max(i + 1, j)
            continue
        roles.append((rs, end))
        roles = [(s, _trim(res, words, s, e, anchor_ends)) for s, e in roles if e > s]
        groups.append(RoleGroup(tuple(roles), roles[0][0], roles[-1][1], crossed, end))
        i = max(end, i + 1)
    return groups


def attach(words: list[Word], groups: list[RoleGroup], names: list[NameHit]) -> dict[int, tuple[list[int], str]]:
    """Group index -> (name indices it belongs to, how: after | before | apposition | nearest).

    Priority: a group right after a name ("دکتر X معاون ..."), then right before one ("معاون ...
    دکتر X"), then after a name and a comma (apposition "X، استاندار اصفهان"). A group that opens a
    sentence with no name beside it ("استاندار اصفهان گفت") goes to the nearest name.
    """
    by_end = {h.end: n for n, h in enumerate(names)}
    by_cue = {h.cue_start: n for n, h in enumerate(names) if h.cue != "surname"}  # "معاون ترامپ"
    # Where a role "after the name" may start: past closing quotes, then one comma, bracket,
    # "از" ("«اسکات ...» از مقامات ارشد حزب ...") or "به عنوان".
    appos: dict[int, int] = {}
    for n, h in enumerate(names):
        k = h.end
        while k < len(words) and words[k].text in _CLOSERS:
            k += 1
        if k < len(words) and (words[k].text in "،,(" or words[k].key == _FROM):
            k += 1
        elif k + 1 < len(words) and words[k].key == _TO and words[k + 1].key == _AS:
            k += 2  # "X به عنوان شهردار جدید شیراز معرفی شد"
        if k != h.end:
            appos.setdefault(k, n)
    out: dict[int, tuple[list[int], str]] = {}
    for g_i, g in enumerate(groups):
        prev = words[g.start - 1] if g.start else None
        if g.start in by_end:
            out[g_i] = ([by_end[g.start]], "after")
        elif g.reach in by_cue and g.end == g.reach:
            out[g_i] = ([by_cue[g.reach]], "before")
        elif g.start in appos:
            out[g_i] = ([appos[g.start]], "apposition")
        elif prev is not None and prev.key == _THIS:
            out[g_i] = ([], "anaphor")  # "این عضو هیئت رئیسه ...": the person just named
        elif prev is None or prev.text in _SENTENCE_PUNCT or words[g.start].newline_before:
            out[g_i] = ([], "nearest")  # the caller picks the person (needs the clusters)
    return out


def role_text(text: str, words: list[Word], s: int, e: int) -> tuple[str, bool]:
    """Normalised role phrase of words ``[s, e)`` and whether it is a former position."""
    parts: list[str] = []
    former = False
    for k in range(s, e):
        w = words[k]
        if w.key in _FORMER:
            former = True
            continue
        if w.key in _DROP_FROM_ROLE:
            continue
        parts.append(w.text if w.text not in "،," else "،")
    phrase = " ".join(parts).replace(" ،", "،")
    return phrase.strip(), former
