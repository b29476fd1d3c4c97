"""benchmarks/dates_snapshot.py: its lines carry each date's value and context, and its diff
names the dates gained and lost between two snapshots. Project text only (no ../shared)."""
from __future__ import annotations

import pytest

from pipeline.dates import parse_published


@pytest.fixture(scope="module")
def snap(benchmark):
    return benchmark("dates_snapshot")


@pytest.mark.parametrize("text, value", [
    ("کارگاه در ۵ اسفند ۱۳۹۷ برگزار شد.", "('2019-02-24', '2019-02-24', 'day')"),
    ("نمایشگاه از ۱۰ تا ۱۵ مهر برپاست.", "('2024-10-01', '2024-10-06', 'day')"),
])
def test_a_line_holds_the_date_and_its_value(snap, text, value):
    lines = list(snap._lines("F", "a1", text, parse_published("1403-05-01 10:00")))
    assert len(lines) == 1
    tag, source, start, rest = lines[0].split(" ", 3)
    assert (tag, source) == ("F", "a1") and text[int(start):].startswith(rest.split("'")[1])
    assert value in rest and rest.endswith("| " + text)


def test_no_date_no_line(snap):
    assert not list(snap._lines("F", "a1", "۱۴۰۰ نفر در ۲۰ درصد شهرها", parse_published("1403-05-01")))


def test_diff_names_the_dates_gained_and_lost(snap, tmp_path):
    before, after = tmp_path / "a", tmp_path / "b"
    before.write_text("F a 0 x\nF a 9 y\nF b 3 z\n", encoding="utf-8")
    after.write_text("F a 0 x\nF b 3 z\nF b 7 w\n", encoding="utf-8")
    assert snap.diff(before, after) == ["-F a 9 y", "+F b 7 w"]
    assert snap.diff(before, before) == []
