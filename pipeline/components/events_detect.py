"""Finding event mentions: trigger phrases, their types, the evidence that they happened, and
whether they were held or are planned. Pure functions over ``(text, dates, blocked)``.

A *hit* is one trigger phrase in one clause. It becomes an event mention only with evidence of
occurrence: a reporting verb after it in its clause ("برگزار شد", "امضا کردند"), or the
"X در مراسم ... گفت" frame (a report from inside the event), or a date in its clause. Bare
nouns ("کارگاه‌های تولیدی", "برگزاری جلسات متعدد", "قرارداد" as a topic) give no hit or no
evidence, so they are not events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import DateMention
from . import events_dates as edates
from . import events_lexicon as lx
from .events_text import clauses, compile_any, index_of, sentences

_TRIGGERS = [(re.compile(p), types) for p, types in lx.TRIGGERS]
_GLUE = re.compile(lx.PHRASE_GLUE)
_VERB_AFTER = re.compile(lx.VERB_AFTER_TRIGGER)
_HELD = compile_any(lx.HELD_VERBS)
_PLANNED = compile_any(lx.PLANNED_VERBS)
_PLANNED_CUE = compile_any(lx.PLANNED_CUES)
_SPEECH = compile_any(lx.SPEECH_VERBS)
_REPORTED = re.compile(lx.REPORTED)
_SIGNING = re.compile(lx.SIGNING)
_ANAPHOR = re.compile(lx.ANAPHOR_PREFIX + r"$")
_PRESENCE = re.compile(lx.PRESENCE)
_TEAM = re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0671-\u06D3])تیم(?![\u0621-\u063A\u0641-\u064A\u0671-\u06D3])")
_PLANNED_BEFORE = re.compile(lx.PLANNED_BEFORE)
_COUNTED = re.compile(r"\d+\s$")  # "6 بازی از هفته نهم": a count of games, not one event
# "چندین نشست", "دو بازی دوستانه": a count in words
_COUNT_WORD = re.compile(
    r"(?:^|\s)(?:دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|بیست|سی|صد|هزار|چند|چندین|ده‌ها|دهها|صدها|"
    r"تعدادی|شماری|برخی|همه|تمام|سایر)\s$")
# "با بازی اورلاندو بلوم" (starring), "بخش مسابقه" (a festival's competition section)
_NOT_A_MATCH = re.compile(r"(?:^|\s)(?:با|بخش)\s$")
_LEGISLATURE = re.compile(r"\s(?:آمریکا|امریکا|ایالات|این\sکشور)")
_US_CONGRESS = re.compile(r"کنگره\s(?:آمریکا|امریکا|ایالات)")
_SCHOLARLY = re.compile(r"\s(?:بین\S*الملل|ملی|علمی|سراسری|بزرگداشت|جهانی|شهدای|سالانه|تخصصی)")
_LABEL_STOP = frozenset(
    "در با به از که را و برای تا توسط میان بین پس پیش طی روز صبح عصر شب امروز دیروز فردا "
    "این آن است بود شد می خواهد نیز هم ضمن "
    # verbs of saying and doing close the phrase: "نشست خبری گفت", "کنگره آمریکا اعلام کرد"
    "گفت گفته اعلام اظهار افزود تصریح کرد کرده کردند کرده‌اند کردهاند داد داده دادند داشت "
    "همراه ابراز بیان اشاره تاکید تأکید خبر خواهند خواهیم پیدا همچنین علاوه نیز".split()
)
_WORD = re.compile(r"[^\s،,.:؛«»()!?؟\"]+")


@dataclass(frozen=True)
class Hit:
    """One trigger phrase with its evidence. Offsets are into the Doc text."""

    start: int
    end: int
    types: tuple[str, ...]
    label: str
    sentence: int
    clause: tuple[int, int]
    status: str  # held | planned
    verb: bool  # a reporting verb in the clause
    context: bool  # "در <trigger> ... گفت" or "با حضور"
    anaphoric: bool  # "این جلسه": refers back
    date: DateMention | None  # the date that governs it: nearest valid one in the sentence
    carried: DateMention | None = None  # else the latest date earlier in its paragraph

    @property
    def main(self) -> str:
        return main_type(self.types)


def main_type(types) -> str:
    for t in lx.TYPE_PRIORITY:
        if t in types:
            return t
    return "other"


def _raw_triggers(folded: str) -> list[tuple[int, int, tuple[str, ...]]]:
    found: dict[tuple[int, int], tuple[str, ...]] = {}
    for rx, types in _TRIGGERS:
        for m in rx.finditer(folded):
            found[(m.start(), m.end())] = types
    # Longest match wins where two patterns overlap ("افتتاحیه" over "افتتاح").
    spans = sorted(found, key=lambda se: (se[0], -(se[1] - se[0])))
    out, last_end = [], -1
    for s, e in spans:
        if s >= last_end:
            out.append((s, e, found[(s, e)]))
            last_end = e
    return out


def _phrases(folded, triggers):
    """Glue neighbouring triggers into one phrase ("مراسم تودیع و معارفه")."""
    out: list[list] = []
    for s, e, types in triggers:
        if out and _GLUE.fullmatch(folded, out[-1][1], s) and "\n" not in folded[out[-1][1]:s]:
            prev = out[-1]
            prev[1] = e
            prev[2] = tuple(dict.fromkeys(prev[2] + types))
            prev[3] += 1
        else:
            out.append([s, e, types, 1])
    return out


def _label(text: str, folded: str, s: int, e: int, clause_end: int) -> str:
    """The trigger phrase and up to three modifier words after it ("کارگاه توجیهی")."""
    end, extra = e, 0
    for m in _WORD.finditer(folded, e, clause_end):
        gap = folded[end:m.start()]
        if extra >= 3 or any(c in gap for c in "،,.:؛\n(«") or m.group() in _LABEL_STOP:
            break
        if _HELD.match(folded, m.start()) or _PLANNED.match(folded, m.start()) or m.group().isdigit():
            break
        end, extra = m.end(), extra + 1
    return " ".join(text[s:end].split())


def find_hits(text: str, folded: str, dates: list[DateMention], blocked) -> list[Hit]:
    """Every trigger phrase with evidence of occurrence, in text order."""
    sents = sentences(text)
    hits: list[Hit] = []
    phrases = _phrases(folded, _raw_triggers(folded))
    us_congress = _US_CONGRESS.search(folded) is not None
    kinds = {(p[0], p[1]): main_type(_retype(folded, p[1], p[2], _clause_of(folded, sents, p[0])))
             for p in phrases}
    for s, e, types, _n in phrases:
        if any(s < be and bs < e for bs, be in blocked):
            continue
        si = index_of(sents, s)
        ss, se = sents[si] if sents else (0, len(text))
        clause = next((c for c in clauses(folded, ss, se) if c[0] <= s < c[1]), (ss, se))
        cs, ce = clause
        types = _retype(folded, e, types, clause)
        counted = _COUNTED.search(folded, max(cs, s - 6), s)
        if "competition" in types and (counted or _NOT_A_MATCH.search(folded, max(cs, s - 6), s)):
            continue
        if counted and any(d.start < counted.end() and counted.start() < d.end for d in dates):
            counted = None  # "۲۲ اسفند ۱۳۹۱ جلسه ...": the number is a date's
        if counted or _COUNT_WORD.search(folded, max(cs, s - 12), s):
            continue  # "۲۰ کارگاه آموزشی برگزار شده", "چندین نشست": a tally, not one event
        if "conference" in types and (_LEGISLATURE.match(folded, e) or (
                us_congress and folded[s:e] == "کنگره" and not _SCHOLARLY.match(folded, e))):
            continue  # "کنگره آمریکا اعلام کرد", then "نشست ... کنگره": the legislature
        after = folded[s:ce]
        if set(types) & lx.NEEDS_SIGNING and not _SIGNING.search(folded, cs, ce):
            # "قرارداد" without a signing word is a topic, unless an earlier phrase in this
            # clause is the event it names ("مراسم ... قرارداد" is caught by the glue).
            continue
        # A trigger written as the verb ("... گشایش یافت") reports the noun trigger before it.
        if _VERB_AFTER.match(folded, e) and hits and hits[-1].clause == clause and hits[-1].start < s:
            prev = hits[-1]
            hits[-1] = _with_types(prev, types)
            continue
        held = _HELD.search(after)
        planned = _PLANNED.search(after) or _PLANNED_BEFORE.search(folded, max(cs, s - 12), s)
        verb = bool(held or planned)
        before = folded[cs:s]
        speech_after = _SPEECH.search(folded, e, ce)
        context = bool(
            (before.endswith("در ") or re.search(r"در\s(?:این|همین)\s$", before) or before.endswith("طی "))
            and speech_after and not _REPORTED.search(before)
        ) or bool(_PRESENCE.search(folded, cs, ce) and (verb or speech_after))
        anaphoric = bool(_ANAPHOR.search(folded, max(cs, s - 12), s))
        stated = _nearest_date(_own_dates(dates, (s, e), kinds, ss, se), s, ss, se)
        # "در این هفته" after "فردا دوشنبه" is that day; "در این روز" is the day named before.
        date = edates.refine_week(stated, dates, s) or edates.same_day(folded, (ss, se), dates)
        # A date is evidence only when stated to the day/week and close to the trigger:
        # "امسال" or a date two clauses away does not make a noun an event.
        clause_date = (stated is not None and cs <= stated.start < ce and abs(stated.start - s) < 50
                       and stated.value.precision in ("day", "week"))
        if not (verb or context or clause_date or anaphoric):
            continue
        status = _status(folded, cs, ce, held, planned)
        label = _label(text, folded, s, e, ce)
        carried = None if date is not None else edates.carried(dates, text.rfind("\n", 0, s) + 1, s)
        hits.append(Hit(s, e, types, label, si, clause, status, verb, context, anaphoric, date, carried))
    return hits


def _retype(folded: str, end: int, types: tuple[str, ...], clause) -> tuple[str, ...]:
    # In a clause about teams, "دیدار" is a match and "به اصفهان سفر کرده" travel to one.
    if not _TEAM.search(folded, *clause):
        return types
    as_verb = _VERB_AFTER.match(folded, end) or re.match(r"\s?کرده", folded[end:end + 6])
    if "meeting" in types or ("visit" in types and as_verb):
        return tuple(dict.fromkeys("competition" if t in ("meeting", "visit") else t for t in types))
    return types


def _with_types(hit: Hit, types: tuple[str, ...]) -> Hit:
    from dataclasses import replace

    return replace(hit, types=tuple(dict.fromkeys(hit.types + types)))


def _status(folded, cs, ce, held, planned) -> str:
    if _PLANNED_CUE.search(folded, cs, ce) and not held:
        return "planned"
    if held and planned:
        return "held" if held.start() <= planned.start() else "planned"
    if planned:
        return "planned"
    if held:
        return "held"
    return "planned" if re.search(r"قرار\sاست", folded[cs:ce]) else "held"


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _clause_of(folded: str, sents, pos: int) -> tuple[int, int]:
    ss, se = sents[index_of(sents, pos)] if sents else (0, len(folded))
    return next((c for c in clauses(folded, ss, se) if c[0] <= pos < c[1]), (ss, se))


def _own_dates(dates: list[DateMention], span: tuple[int, int], kinds: dict, ss: int, se: int) -> list[DateMention]:
    """The sentence's dates that are not nearer to a trigger of another type: in "در این
    مهمانی ... حق شرکت در جلسه کنگره در تاریخ ششم ژانویه" the date is the session's, not the
    party's. Triggers of one type listed in one sentence (a fixture list) share its date."""
    own = kinds.get(span)
    others = [sp for sp, k in kinds.items() if ss <= sp[0] < se and sp != span and k != own]
    return [d for d in dates
            if not any(_gap((d.start, d.end), o) < _gap((d.start, d.end), span) for o in others)]


def _nearest_date(dates: list[DateMention], pos: int, ss: int, se: int) -> DateMention | None:
    # "امسال"/"سال گذشته" say little about when the event was: only a stated year counts.
    inside = [d for d in dates if d.valid and d.value is not None and ss <= d.start < se
              and not (d.value.precision == "year" and d.value.source == "relative")]
    if not inside:
        return None
    coarse = {"day": 0, "week": 0, "month": 1, "year": 2}
    return min(inside, key=lambda d: (coarse.get(d.value.precision, 3), abs(d.start - pos), d.start))
