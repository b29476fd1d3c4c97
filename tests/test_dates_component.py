"""The spaCy component "newsfacts_dates" over a blank Persian pipeline."""
from __future__ import annotations

import pytest
import spacy

import pipeline.components.dates  # noqa: F401  (registers the factory)
from pipeline.components import register_extensions
from pipeline.dates import parse_published
from pipeline.records import MentionFact


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    nlp = spacy.blank("fa")
    nlp.add_pipe("newsfacts_dates")
    return nlp


@pytest.mark.parametrize("text,blocked,expected", [
    ("", (), []),
    ("   ", (), []),
    ("نشست ۵ اسفند ۱۳۹۷ ساعت ۱۴ برگزار شد.", (), ["۵ اسفند ۱۳۹۷"]),
    ("خبر مرتبط ۱ مهر ۱۴۰۲. نشست ۵ اسفند ۱۳۹۷ برگزار شد.", ((0, 22),), ["۵ اسفند ۱۳۹۷"]),
    ("دیروز جلسه برگزار شد.", (), ["دیروز"]),
    ("۱۴۰۰ نفر آمدند.", (), []),
])
def test_component(nlp, text, blocked, expected):
    doc = nlp.make_doc(text)
    doc._.published = parse_published("1397-12-06")
    doc._.blocked = blocked
    doc._.mentions = [MentionFact(kind="person", span=(0, 1), normalised="x")]
    doc = nlp(doc)
    assert [m.text for m in doc._.dates] == expected
    assert all(doc.text[m.start:m.end] == m.text for m in doc._.dates)
    dates = [m for m in doc._.mentions if m.kind == "date"]
    assert [(m.span, m.normalised) for m in dates] == [((d.start, d.end), d.text) for d in doc._.dates]
    assert doc._.mentions[0].kind == "person"  # earlier mentions kept


def test_time_is_on_the_value(nlp):
    doc = nlp("نشست ۵ اسفند ۱۳۹۷ ساعت ۱۴ برگزار شد.")
    assert doc._.dates[0].value.time == "14:00"
