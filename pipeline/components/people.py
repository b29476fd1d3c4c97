"""Person names: spans cued by a title ("دکتر X"), or by a first name from the lexicon
("مهدی جمالی‌نژاد"); a name is 1-4 words and stops before verbs, prepositions, positions,
titles and punctuation. Names after "شهید"/"امام"/place nouns are places, not people.
Pure functions over the word list."""
from __future__ import annotations

from dataclasses import dataclass

from ..text.keys import match_key
from .entities_lexicon import _SURNAME_PARTS, ABAD, LIGHT_VERBS, Resources, Word

MAX_NAME_WORDS = 4
_SEYED = match_key("سید")
# A name after these is part of a place, building or religious phrase, not a person.
_SHIELDS = {match_key(w) for w in (
    "شهید", "شهیدان", "امام", "حضرت", "پیامبر", "خیابان", "میدان", "بلوار", "بزرگراه", "کوچه", "سالن",
    "بیمارستان", "مسجد", "حسینیه", "ورزشگاه", "پارک", "تالار", "مدرسه", "دبیرستان", "هنرستان",
    "سینما", "کوی", "شهرک", "روستای", "جاده", "تیم", "باشگاه", "فیلم", "سریال", "کتاب", "جایزه",
    "نشان", "بنیاد", "دانشگاه", "موسسه", "مؤسسه", "ناحیه", "منطقه", "اردوگاه", "پادگان", "ایستگاه",
    "خانه", "مزار", "آرامگاه", "حرم", "مقبره", "بقعه", "پایگاه", "مجتمع", "نمایشگاه", "بندر", "ولی",
)}
_PERSON_TITLES_ONLY_BEFORE_NAMES = {match_key("شهید")}


@dataclass(frozen=True)
class NameHit:
    start: int  # first word of the name (word index)
    end: int  # exclusive
    cue_start: int  # first word of the title chain, or ``start``
    titles: tuple[str, ...]
    cue: str  # title | first_name | ner


def _name_words(res: Resources, words: list[Word], k: int, stop: list[bool]) -> int:
    """Number of name words starting at ``k`` (0: no name there)."""
    n = 0
    while k + n < len(words) and n < MAX_NAME_WORDS:
        w = words[k + n]
        if stop[k + n] or (n and w.newline_before) or not res.is_namelike(w, first=n == 0, pos=n):
            break
        n += 1
    return _trim_tail(res, words, k, n)


_VOCATIVE = match_key("جان")


def _persian_word_form(res: Resources, k: str) -> bool:
    """A Persian plural or verb form ("پرستاران", "باخته‌اند", "گذشتگی"): no foreign surname."""
    if any(k.endswith(suf) for suf in ("اند", "ها", "های", "گی", "گان")):
        return True
    return k.endswith("ان") and res.freq.get(k[:-2], 0) >= 100_000


def _trim_tail(res: Resources, words: list[Word], k: int, n: int) -> int:
    """Drop a last word that belongs to what follows the name: the vocative "جان"
    ("محمدحسن جان!") or an everyday noun before its light verb ("آقای خاتمی ملاحظه کرد").
    "جان" (John; also "life", "dear") opens a name only before a word that can be foreign."""
    if n >= 2 and words[k].key == _VOCATIVE and _persian_word_form(res, words[k + 1].key):
        return 0
    if n < 2:
        return n
    last = words[k + n - 1]
    if last.key == _VOCATIVE:
        return n - 1
    nxt = words[k + n] if k + n < len(words) else None
    if nxt is None or nxt.punct:
        return n
    verb_next = nxt.key in LIGHT_VERBS or (
        nxt.key in res.verbs and (nxt.key.startswith("می") or nxt.key.startswith("نمی")))
    if (verb_next and res.verb_complement(last) and last.key not in res.given
            and last.key not in res.first_names):
        return n - 1
    return n


def _title_chain(res: Resources, words: list[Word], i: int) -> tuple[int, list[tuple[int, int, str]]]:
    """Titles starting at ``i``: (word index after them, [(start, end, canonical title)])."""
    chain: list[tuple[int, int, str]] = []
    j = i
    while j < len(words):
        n, entries = res.lookup(words, j, {"title"})
        if not n:
            break
        chain.append((j, j + n, entries[0].id))
        j += n
    return j, chain


def _not_a_person(words: list[Word], s: int, e: int) -> bool:
    """"محمود آباد" (a town), "رسول اکرم" (the Prophet), "الرحمن الرحیم" (a formula)."""
    keys = [w.key for w in words[s:e]]
    return (keys[-1].endswith(ABAD) or tuple(keys[:2]) in _HOLY_PAIRS
            or any(k in _FORMULA for k in keys))


def find_names(res: Resources, words: list[Word], blocked: list[bool], in_org: list[bool]) -> list[NameHit]:
    return [h for h in _find_names(res, words, blocked, in_org) if not _not_a_person(words, h.start, h.end)]


_HOLY_PAIRS = {(match_key(a), match_key(b)) for a, b in (("رسول", "اکرم"), ("پیامبر", "اکرم"), ("نبی", "اکرم"),
                                                          ("ابوالفضل", "العباس"))}
_FORMULA = {match_key(w) for w in ("الرحمن", "الرحیم", "بسم", "تعالی", "علیه‌السلام", "علیهاالسلام",
                                   "فادخلی", "مرضیه")}


def _find_names(res: Resources, words: list[Word], blocked: list[bool], in_org: list[bool]) -> list[NameHit]:
    stop = [b or o for b, o in zip(blocked, in_org)]
    out: list[NameHit] = []
    i = 0
    while i < len(words):
        if stop[i] or words[i].punct:
            i += 1
            continue
        prev = words[i - 1].key if i else ""
        j, chain = _title_chain(res, words, i)
        if chain:
            if any(match_key(t) in _PERSON_TITLES_ONLY_BEFORE_NAMES for *_, t in chain) or prev in _SHIELDS:
                # "سالن جلسات شهید رجایی": a place named after a person; skip the name too.
                i = j + _name_words(res, words, j, stop)
                continue
            titles = [t for *_, t in chain]
            start = j
            if match_key(titles[-1]) == _SEYED:  # "سید" is written as part of the name
                start = chain[-1][0]
                titles.pop()
            n = _name_words(res, words, j, stop)
            if n:
                out.append(NameHit(start, j + n, i, tuple(titles), "title"))
                i = j + n
                continue
            i = j
            continue
        w = words[i]
        if (res.is_first_name(w) and prev not in _SHIELDS and res.is_namelike(w, first=True)
                and (w.key in res.given or not _is_place_or_org(res, words, i))):
            n = _name_words(res, words, i, stop)
            if n >= 2:
                out.append(NameHit(i, i + n, i, (), "first_name"))
                i += n
                continue
        i += 1
    return out


def _is_place_or_org(res: Resources, words: list[Word], i: int) -> bool:
    n, entries = res.lookup(words, i, {"city", "province", "country", "org", "position"})
    return bool(n)


# "کمالوندی گفت"، "محمدی با بیان اینکه ..."، "تک بند تصریح کرد": a sentence that opens with a
# surname and a verb of saying names a person even where the article never gives the full name.
_SPEECH = [tuple(match_key(w) for w in phrase.split()) for phrase in (
    "گفت", "افزود", "اظهار داشت", "اظهار کرد", "تصریح کرد", "خاطرنشان کرد", "خاطر نشان کرد",
    "ادامه داد", "با بیان اینکه", "با بیان این که", "با اشاره به", "با تاکید بر", "با تأکید بر",
    "تاکید کرد", "تأکید کرد", "یادآور شد", "یادآوری کرد", "بیان کرد", "بیان داشت", "عنوان کرد",
    "اعلام کرد", "توضیح داد", "گفته است", "معتقد است", "در ادامه", "در پایان",
)]
_PARTS = {match_key(w) for w in _SURNAME_PARTS}
_SENTENCE_OPENERS = set(".!?؟:؛\n«»")
_SURNAME_ENDINGS = ("ی", "پور", "زاده", "نژاد", "نیا", "فر", "راد", "وند", "منش", "کیا", "مقدم")


def find_speech_subjects(res: Resources, words: list[Word], blocked: list[bool], in_org: list[bool],
                         taken: set[int]) -> list[NameHit]:
    out: list[NameHit] = []
    for i, w in enumerate(words):
        if i and not (words[i - 1].punct and words[i - 1].text in _SENTENCE_OPENERS) and not w.newline_before:
            continue
        for n in (1, 2):
            span = range(i, i + n)
            if i + n >= len(words) or any(k in taken or blocked[k] or in_org[k] or words[k].punct for k in span):
                break
            if not (_surname_like(res, words[i]) and all(_surname_like(res, words[k]) or words[k].key in _PARTS
                                                         for k in span[1:])):
                continue
            if _is_place_or_org(res, words, i) and words[i].key not in res.common_places:
                continue  # "ایران اعلام کرد"; but "محمدی" is a town only in place context
            if any(_starts(words, i + n, phrase) for phrase in _SPEECH):
                out.append(NameHit(i, i + n, i, (), "speech"))
                break
    return out


def _surname_like(res: Resources, w: Word) -> bool:
    """Rare as an everyday word, or built like a surname; never a function word, position,
    title, verb or given name."""
    k = w.key
    if (len(k) < 3 or k in res.stop or k in res.not_name or k in res.position_keys or k in res.title_keys
            or k in res.verbs or k in res.org_heads or k in res.given or k in res.gaz.non_name_words
            or _persian_word_form(res, k) or _copula_form(res, k)):
        return False
    return res.freq.get(k, 0) < 20_000 or (k.endswith(_SURNAME_ENDINGS) and res.freq.get(k, 0) < 500_000)


def _copula_form(res: Resources, k: str) -> bool:
    """"برخورداریم", "موظفند": an adjective with a personal ending, a verb in all but name."""
    return any(k.endswith(end) and res.freq.get(k[:-len(end)], 0) >= 50_000 for end in ("یم", "ید", "ند", "ام"))


def _starts(words: list[Word], j: int, phrase: tuple[str, ...]) -> bool:
    return j + len(phrase) <= len(words) and all(words[j + m].key == p for m, p in enumerate(phrase))
