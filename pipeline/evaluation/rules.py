"""The matching rules of the annotation guide ("Matching"), as pure functions.

Every comparison goes through ``pipeline.text.keys`` (``match_key``, ``word_keys``,
``word_jaccard``); there is no second normaliser here. A rule returns ``None`` for "no match"
or a score tuple where a larger tuple is a better match; the first element is the match
class, 2 for an exact key match and 1 for a looser one (suffix, containment), so that the
one-to-one assignment takes exact matches first.
"""
from __future__ import annotations

import datetime as _dt
from typing import Iterable

import jdatetime

from ..text.keys import match_key, word_jaccard, word_keys

ORG_CONTAINMENT = 0.7  # the shorter key must be at least this share of the longer
ROLE_JACCARD = 0.6

Score = tuple


def _zwnj_as_space(text: str) -> str:
    # The guide computes role Jaccard "before spaces are dropped", and word_keys is documented
    # to split at ZWNJ like at a space ("بین الملل" == "بین‌الملل"). keys.py currently folds
    # ZWNJ away *before* splitting (so "بین‌الملل" is one word); turning ZWNJ into a space first
    # gives the documented behaviour and stays correct once keys.py is fixed.
    return (text or "").replace("\u200c", " ")


def words(text: str) -> tuple[str, ...]:
    return word_keys(_zwnj_as_space(text))


def role_similarity(a: str, b: str) -> float:
    """Word Jaccard of two role phrases; spaces and ZWNJ separate words alike, on purpose:
    the same role is written "امور بین الملل" and "امور بین‌الملل" (but "بینالملل", with the
    ZWNJ lost, is one other word)."""
    return word_jaccard(_zwnj_as_space(a), _zwnj_as_space(b))


def _keys(forms: Iterable[str]) -> set[str]:
    return {k for k in map(match_key, forms) if k}


def _word_suffix(short: str, long: str) -> int:
    """Length of ``short``'s key when it equals the key of the last words of ``long`` (one word
    at least, never the whole of it), else 0. Comparing joined keys rather than word tuples
    lets "جمالی نژاد" meet the last word of "مهدی جمالینژاد" (ZWNJ lost in the article)."""
    key = match_key(short)
    ws = words(long)
    if not key:
        return 0
    return len(key) if any("".join(ws[i:]) == key for i in range(1, len(ws))) else 0


def person_score(gold_forms: Iterable[str], pred_forms: Iterable[str]) -> Score | None:
    """Keys equal (any gold form against the predicted name or any alias): (2, len); else the
    shorter is a word-boundary suffix of the longer (surname at least): (1, shared length)."""
    gold_forms, pred_forms = tuple(gold_forms), tuple(pred_forms)
    common = _keys(gold_forms) & _keys(pred_forms)
    if common:
        return (2, max(map(len, common)))
    best = max((max(_word_suffix(g, p), _word_suffix(p, g)) for g in gold_forms for p in pred_forms), default=0)
    return (1, best) if best else None


def organisation_score(gold_forms: Iterable[str], pred_forms: Iterable[str]) -> Score | None:
    """Keys equal: (2, 1.0); one key contains the other and the shorter is >= 70% of the
    longer: (1, ratio)."""
    gk, pk = _keys(gold_forms), _keys(pred_forms)
    if gk & pk:
        return (2, 1.0)
    best = 0.0
    for g in gk:
        for p in pk:
            short, long = sorted((g, p), key=len)
            if short in long:
                ratio = len(short) / len(long)
                if ratio >= ORG_CONTAINMENT:
                    best = max(best, ratio)
    return (1, best) if best else None


def city_score(gold_forms: Iterable[str], pred_forms: Iterable[str]) -> Score | None:
    """Key equality with the name or an alias only: a city has no looser form."""
    return (2, 1.0) if _keys(gold_forms) & _keys(pred_forms) else None


ENTITY_RULES = {"people": person_score, "organisations": organisation_score, "cities": city_score}


# ----------------------------------------------------------------------------- event dates
_DIGITS = str.maketrans({**{chr(0x06F0 + i): str(i) for i in range(10)},
                         **{chr(0x0660 + i): str(i) for i in range(10)}})


def _ascii_digits(text: str | None) -> str:
    # Gold is written by hand; Persian digits in a date must not turn a right date wrong.
    # (Only digits: match_key would also drop the "-" that separates the date's parts.)
    return (text or "").translate(_DIGITS).strip()


def _jalali_of(gregorian: str | None) -> str | None:
    try:
        return jdatetime.date.fromgregorian(date=_dt.date.fromisoformat(gregorian)).strftime("%Y-%m-%d")
    except (TypeError, ValueError):
        return None


def date_correct(gold: dict | object, pred: dict | None) -> bool:
    """Whether a predicted DateValue is right at the gold precision.

    day and week compare ``gregorian`` (YYYY-MM-DD; a week by the Saturday that starts it);
    month and year compare ``jalali`` (YYYY-MM / YYYY) when the gold gives it, else the
    ``gregorian`` prefix. A prediction finer than the gold is cut to the gold's precision
    ("1404-04-10" is right for the month "1404-04"); a coarser one is wrong. A prediction
    with no ``jalali`` (a Gregorian-calendar date) is converted from its ``gregorian``.
    """
    if not pred:
        return False
    get = gold.get if isinstance(gold, dict) else (lambda k: getattr(gold, k, None))
    precision = get("precision") or "day"
    g_greg, g_jal = _ascii_digits(get("gregorian")), _ascii_digits(get("jalali"))
    p_greg = _ascii_digits(pred.get("gregorian"))
    if precision in ("month", "year"):
        n = 7 if precision == "month" else 4
        if g_jal:
            p_jal = _ascii_digits(pred.get("jalali")) or _jalali_of(p_greg) or ""
            return len(p_jal) >= n and len(g_jal) >= n and p_jal[:n] == g_jal[:n]
        return len(g_greg) >= n and p_greg[:n] == g_greg[:n]
    return bool(g_greg) and p_greg == g_greg


def event_score(gold_types: Iterable[str], gold_trigger: str, gold_date: object | None,
                pred_type: str, pred_types: Iterable[str], pred_label: str,
                pred_date: dict | None) -> Score | None:
    """A type in common -> (date right, main type in the gold list, trigger word overlap), so
    that among same-type events the one with the right date and trigger is paired."""
    gold_types = set(gold_types)
    if not gold_types & set(pred_types):
        return None
    right = gold_date is not None and date_correct(gold_date, pred_date)
    return (int(right), int(pred_type in gold_types), role_similarity(gold_trigger, pred_label))
