"""Alignment: table-driven steps (Persian text written for these tests) and hypothesis
properties (identity, to_raw spans in bounds and monotone, translate == str.translate)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.align import Aligned
from pipeline.text.normalize import normalize

Z = "\u200c"

# (raw, step, text after the step, a span of the new text, the raw text it must map to)
STEPS = [
    ("", lambda a: a.sub("x", "y"), "", (0, 0), ""),
    # a shared prefix stays 1:1: the kept space is the first raw one
    ("   ", lambda a: a.sub(" +", " "), " ", (0, 1), " "),
    ("كتاب", lambda a: a.translate({ord("ك"): "ک"}), "کتاب", (0, 1), "ك"),
    ("كتـاب", lambda a: a.translate({ord("ـ"): None}), "كتاب", (2, 4), "اب"),  # deleted: not covered
    ("خانۀ ما", lambda a: a.translate({ord("ۀ"): "هٔ"}), "خانهٔ ما", (3, 5), "ۀ"),
    ("می شود", lambda a: a.sub(" ", Z), f"می{Z}شود", (3, 6), "شود"),
    ("ظرفیتهای", lambda a: a.sub("تها", f"ت{Z}ها"), f"ظرفیت{Z}های", (6, 9), "های"),
    ("ظرفیتهای", lambda a: a.sub("تها", f"ت{Z}ها"), f"ظرفیت{Z}های", (0, 5), "ظرفیت"),
    ("دکترجمالی", lambda a: a.sub("دکتر", "دکتر "), "دکتر جمالی", (5, 10), "جمالی"),
    ("سلام  دنیا", lambda a: a.sub(" {2,}", " "), "سلام دنیا", (5, 9), "دنیا"),
    ("الف\nب", lambda a: a.sub("x", "y"), "الف\nب", (4, 5), "ب"),
]


@pytest.mark.parametrize("raw,step,text,span,raw_part", STEPS)
def test_steps(raw, step, text, span, raw_part):
    a = step(Aligned.identity(raw))
    assert a.text == text
    assert a.raw_slice(*span) == raw_part


@pytest.mark.parametrize("raw", ["", " ", "سلام", f"می{Z}شود\nخبر"])
def test_identity(raw):
    a = Aligned.identity(raw)
    assert a.text == raw
    assert [a.to_raw(i, i + 1) for i in range(len(raw))] == [(i, i + 1) for i in range(len(raw))]
    assert a.to_raw(len(raw), len(raw)) == (len(raw), len(raw))


def test_unchanged_step_returns_same_object():
    a = Aligned.identity("خبر")
    assert a.sub("x", "y") is a
    assert a.translate({ord("x"): "y"}) is a


@pytest.mark.parametrize("span", [(-1, 0), (0, 4), (2, 1)])
def test_out_of_bounds(span):
    with pytest.raises(ValueError):
        Aligned.identity("خبر").to_raw(*span)


_ALPHABET = st.sampled_from(list("كيةۀـ  \u200c\u200fآابپتسمنهیکی۱1-\n"))
_TEXT = st.lists(_ALPHABET, max_size=40).map("".join)
_TABLE = {ord("ك"): "ک", ord("ي"): "ی", ord("ة"): "ه", ord("ۀ"): "هٔ", ord("ـ"): None, ord("\u200f"): ""}


def _check_spans(a: Aligned) -> None:
    n = len(a.text)
    prev = (0, 0)
    for i in range(n):
        s, e = a.to_raw(i, i + 1)
        assert 0 <= s <= e <= len(a.raw)
        assert s >= prev[0] and e >= prev[1]  # monotone
        prev = (s, e)
    for i in range(n + 1):
        for j in range(i, n + 1):
            s, e = a.to_raw(i, j)
            assert 0 <= s <= e <= len(a.raw)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_translate_equals_str_translate(raw):
    a = Aligned.identity(raw).translate(_TABLE)
    assert a.text == raw.translate(_TABLE)
    _check_spans(a)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_sub_chain_spans_in_bounds_and_monotone(raw):
    a = Aligned.identity(raw).sub(" {2,}", " ").sub("ه", "ه\u200c").sub("ا+", "")
    assert a.text == re.sub("ا+", "", re.sub("ه", "ه\u200c", re.sub(" {2,}", " ", raw)))
    _check_spans(a)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_normalize_spans_in_bounds_and_monotone(raw):
    _check_spans(normalize(raw))


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_identity_property(raw):
    a = Aligned.identity(raw)
    assert a.text == raw
    assert all(a.raw_slice(i, i + 1) == raw[i] for i in range(len(raw)))
