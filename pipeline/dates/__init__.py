"""Find and convert Jalali, Gregorian, Hijri and relative dates in Persian text (pure functions).

Public interface: :func:`find_dates`, :func:`parse_published`, :func:`dates_stream`.
"""
from __future__ import annotations

from .find import NO_REFERENCE, find_dates
from .published import parse_published
from .stream import dates_stream

__all__ = ["find_dates", "parse_published", "dates_stream", "NO_REFERENCE"]
