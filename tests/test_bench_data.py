"""The blind date test sets (benchmarks/data/dates_blind.jsonl, dates_blind2.jsonl,
dates_blind3.jsonl, dates_blind4.jsonl and dates_blind5.jsonl, see dates_blind.md ..
dates_blind5.md): offsets into
../shared/corpus only, every span inside its sentence and non-empty, every value well formed, and
the sentences exactly those that benchmarks/sample_dates_blind.py draws (the second set with
``--exclude dates_blind.jsonl``, the third with both earlier sets excluded and
``--cue 150 --plain 50``, the fourth with all three earlier sets excluded and
``--cue 150 --plain 50``, the fifth with all four earlier sets excluded and ``--cue 10 --plain 4``:
all that the corpus has left).

The corpus checks use the ``shared_dir`` fixture, which skips with a reason when ../shared
(or $NEWSFACTS_SHARED) is absent; the schema checks need only the project."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
BLIND = DATA / "dates_blind.jsonl"
BLIND2 = DATA / "dates_blind2.jsonl"
BLIND3 = DATA / "dates_blind3.jsonl"
BLIND4 = DATA / "dates_blind4.jsonl"
BLIND5 = DATA / "dates_blind5.jsonl"
# each blind set: the extra files its sampler run excludes (dates_gold.jsonl always is) and
# its stratum sizes (--cue, --plain)
SETS = {"blind": (BLIND, (), 100, 50), "blind2": (BLIND2, (BLIND,), 100, 50),
        "blind3": (BLIND3, (BLIND, BLIND2), 150, 50),
        "blind4": (BLIND4, (BLIND, BLIND2, BLIND3), 150, 50),
        "blind5": (BLIND5, (BLIND, BLIND2, BLIND3, BLIND4), 10, 4)}
FIELDS = {"start", "end", "form", "gregorian", "gregorian_end", "precision", "source"}
PRECISIONS = {"day", "week", "month", "year"}
SOURCES = {"text", "relative"}
FORMS = {"relative", "year", "numeric", "range"} | {
    f"{cal}_{part}" for cal in ("jalali", "gregorian", "hijri") for part in ("dmy", "dm", "my", "m")}


def _blind(path=BLIND):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _corpus(shared_dir: Path) -> dict:
    corpus = {}
    with open(shared_dir / "corpus" / "fars-dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            corpus[rec["id"]] = rec["text"]
    return corpus


@pytest.mark.parametrize("name", sorted(SETS))
def test_blind_schema_holds_no_text(name):
    path, _, n_cue, n_plain = SETS[name]
    items = _blind(path)
    assert len(items) == n_cue + n_plain
    assert len({it["article_id"] for it in items}) == n_cue + n_plain  # one sentence per article
    for it in items:
        assert set(it) == {"article_id", "start", "end", "dates"}
        assert isinstance(it["start"], int) and isinstance(it["end"], int)
        for d in it["dates"]:
            assert FIELDS <= set(d) <= FIELDS | {"time"}, d
            assert isinstance(d["start"], int) and isinstance(d["end"], int)
            assert d["precision"] in PRECISIONS, d
            assert d["source"] in SOURCES, d
            assert d["form"] in FORMS, d
            start = dt.date.fromisoformat(d["gregorian"])
            end = dt.date.fromisoformat(d["gregorian_end"])
            assert start <= end, d
            if d["precision"] == "week":
                assert start.weekday() == 5 and (end - start).days == 6, d  # Saturday..Friday
            if "time" in d:
                assert re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", d["time"]), d
        spans = sorted((d["start"], d["end"]) for d in it["dates"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), it  # no overlapping dates


@pytest.mark.parametrize("name", sorted(SETS))
def test_blind_spans_are_inside_their_sentences(shared_dir, name):
    corpus = _corpus(shared_dir)
    for it in _blind(SETS[name][0]):
        assert it["article_id"] in corpus, it["article_id"]
        text = corpus[it["article_id"]]
        assert 0 <= it["start"] < it["end"] <= len(text)
        sentence = text[it["start"]:it["end"]]
        assert sentence.strip() == sentence and sentence
        assert 40 <= len(sentence) <= 400
        for d in it["dates"]:
            assert 0 <= d["start"] < d["end"] <= len(sentence), (it["article_id"], d)
            span = sentence[d["start"]:d["end"]]
            assert span.strip() == span, (it["article_id"], span)


def test_blind_articles_are_not_in_the_first_gold_set():
    with open(DATA / "dates_gold.jsonl", encoding="utf-8") as fh:
        first = {json.loads(line)["article_id"] for line in fh}
    assert not first & {it["article_id"] for it in _blind()}


def test_second_blind_set_is_disjoint_from_the_earlier_sets():
    with open(DATA / "dates_gold.jsonl", encoding="utf-8") as fh:
        earlier = {json.loads(line)["article_id"] for line in fh}
    earlier |= {it["article_id"] for it in _blind(BLIND)}
    assert not earlier & {it["article_id"] for it in _blind(BLIND2)}


def test_third_blind_set_is_disjoint_from_the_earlier_sets():
    with open(DATA / "dates_gold.jsonl", encoding="utf-8") as fh:
        earlier = {json.loads(line)["article_id"] for line in fh}
    earlier |= {it["article_id"] for it in _blind(BLIND)} | {it["article_id"] for it in _blind(BLIND2)}
    assert not earlier & {it["article_id"] for it in _blind(BLIND3)}


def test_fourth_blind_set_is_disjoint_from_the_earlier_sets():
    with open(DATA / "dates_gold.jsonl", encoding="utf-8") as fh:
        earlier = {json.loads(line)["article_id"] for line in fh}
    for path in (BLIND, BLIND2, BLIND3):
        earlier |= {it["article_id"] for it in _blind(path)}
    assert not earlier & {it["article_id"] for it in _blind(BLIND4)}


def test_fifth_blind_set_is_disjoint_from_the_earlier_sets():
    with open(DATA / "dates_gold.jsonl", encoding="utf-8") as fh:
        earlier = {json.loads(line)["article_id"] for line in fh}
    for path in (BLIND, BLIND2, BLIND3, BLIND4):
        earlier |= {it["article_id"] for it in _blind(path)}
    assert not earlier & {it["article_id"] for it in _blind(BLIND5)}


@pytest.mark.parametrize("name", sorted(SETS))
def test_blind_sentences_are_the_sampler_output(benchmark, shared_dir, name):
    path, exclude, n_cue, n_plain = SETS[name]
    sampler = benchmark("sample_dates_blind")
    if exclude or (n_cue, n_plain) != (100, 50):
        drawn = sampler.sample(shared_dir, n_cue, n_plain, exclude=exclude)
    else:
        drawn = sampler.sample(shared_dir)
    drawn = [tuple(x) for x in drawn]
    assert drawn == [(it["article_id"], it["start"], it["end"]) for it in _blind(path)]
    corpus = _corpus(shared_dir)
    assert all(sampler.has_cue(corpus[a][s:e]) for a, s, e in drawn[:n_cue])  # cue stratum


@pytest.mark.parametrize("name", sorted(SETS))
def test_sampler_command_line_prints_the_set(benchmark, shared_dir, name, capsys):
    """The documented commands: no option for dates_blind.jsonl, --exclude for dates_blind2.jsonl,
    both --exclude and --cue 150 --plain 50 for dates_blind3.jsonl, all three --exclude and
    --cue 150 --plain 50 for dates_blind4.jsonl, all four --exclude and --cue 10 --plain 4 for
    dates_blind5.jsonl."""
    path, exclude, n_cue, n_plain = SETS[name]
    argv = ["--shared", str(shared_dir)]
    for f in exclude:
        argv += ["--exclude", str(f)]
    if (n_cue, n_plain) != (100, 50):
        argv += ["--cue", str(n_cue), "--plain", str(n_plain)]
    assert benchmark("sample_dates_blind").main(argv) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert printed == [{k: it[k] for k in ("article_id", "start", "end")} for it in _blind(path)]


@pytest.mark.parametrize("sentence, cue", [
    ("این نشست فردا در تهران برگزار می‌شود.", True),
    ("مراسم در دی‌ماه برگزار شد و همه آمدند.", True),
    ("قیمت نفت به ۸۰ دلار رسید و بازار آرام ماند.", True),
    ("وی گفت این طرح به نفع مردم است و باید اجرا شود.", False),
    ("این کار را می کنیم و او نیز به اینجا می آید.", False),  # "می" alone is not May
])
def test_sampler_cue(benchmark, sentence, cue):
    assert benchmark("sample_dates_blind").has_cue(sentence) is cue
