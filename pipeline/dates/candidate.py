"""The record the date finder's readers produce (one reading of a span, before overlaps are
resolved), the calendars it is made in, and the few cue patterns both the readers (days.py,
months.py, foreign.py, years.py, numeric.py, relative_words.py) and the passes over resolved
dates (passes.py) ask."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable

from . import convert
from .lexicon import B0, DAYPART, SP, SP1, WEEKDAY


class NoReference(Exception):
    """The expression needs the publication date and none was given."""


@dataclass(frozen=True)
class Cand:
    start: int
    end: int
    form: str
    calendar: str = "jalali"
    y: int | None = None
    m: int | None = None
    d: int | None = None
    # Resolver for expressions that depend on the publication date (relative ones).
    rel: Callable[[dt.date], convert.Interval] | None = None
    needs_ref: bool = False
    parts: tuple = field(default=())  # (a, b) for ranges
    priority: int = 0  # tie-breaker between equally long overlapping candidates
    # "past" / "future": the clause's, for a day without its year ("done": past, by a verb of doing
    # or happening, not of saying; "will": future, told outright); "this": the year is said ("امسال")
    tense: str | None = None
    wd: int | None = None  # the weekday written with that day (شنبه = 0)
    # a month resolved by tense (``rel``) that still takes a year written earlier in its sentence
    inherits: bool = False
    # a Jalali month glossing the Gregorian one before it ("دسامبر ( آذر )"): takes its time
    gloss: bool = False
    bare_wd: int | None = None  # a weekday named alone, resolved by its clause's tense (شنبه = 0)
    lasts: bool = False  # a day something lasts until ("تا ۱۵ ژانویه باز است"): not one long past
    # a weekday told ahead that is publication's own day when it falls on it ("پنجشنبه جلسه داریم")
    ahead_today: bool = False


AZ_BEFORE = re.compile(rf"{B0}از{SP1}$")
UNTIL_BEFORE = re.compile(rf"{B0}تا{SP1}$")
IN_BEFORE = re.compile(rf"{B0}در{SP1}$")
TO_BEFORE = re.compile(rf"{B0}به{SP1}$")
KE_RIGHT_BEFORE = re.compile(rf"{B0}که{SP1}$")


MAKE = {"jalali": convert.jalali, "gregorian": convert.gregorian, "hijri": convert.hijri}


def year_of_interval(iv: convert.Interval, calendar: str) -> int:
    if calendar == "jalali":
        return convert.to_jalali(iv.start).year
    if calendar == "hijri":
        return convert.hijri_year_of(iv.start)
    return iv.start.year


# "... و " right before: a clause or an item joined by "and"
AND_RIGHT_BEFORE = re.compile(rf"{B0}و{SP1}$")
WEEKDAY_AND_BEFORE = re.compile(rf"(?P<wd>{WEEKDAY}){SP1}(?:و|یا){SP1}$")


AND_GAP = re.compile(rf"{SP1}و{SP1}")


def yearless_day(c: Cand) -> bool:
    return c.form in ("jalali_dm", "gregorian_dm") and c.y is None and c.rel is None


DAY_WORD_START = re.compile(rf"(?:(?:{DAYPART}){SP1})?(?:امروز|امشب|فردا|پس{SP}فردا)")  # also "از بامداد امروز تا ۳۱ اردیبهشت"
