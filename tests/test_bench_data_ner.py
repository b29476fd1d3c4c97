"""The blind date test sets drawn from the NER corpora (benchmarks/data/dates_blind6.jsonl and
dates_blind8.jsonl from PEYMA's test split, dates_blind7.jsonl and dates_blind9.jsonl from
ArmanPersoNER's fold-1 test file, dates_blind10.jsonl from ParsTwiNER's test tweets,
dates_blind11.jsonl from what PEYMA's test split had left, dates_blind12.jsonl and
dates_blind14.jsonl from Arman's train file, dates_blind13.jsonl from PEYMA's train split,
dates_blind15.jsonl from ParsTwiNER's train tweets, dates_blind16.jsonl (PEYMA train) and
dates_blind17.jsonl (Arman train) the fifth round, dates_blind18.jsonl (PEYMA train) and
dates_blind19.jsonl (Arman train) the sixth, dates_blind20.jsonl and dates_blind21.jsonl the
seventh, dates_blind22.jsonl (PEYMA train) the eighth, dates_blind23.jsonl (PEYMA's dev split) and
dates_blind24.jsonl (what Arman's test file had left) the ninth, dates_blind25.jsonl (PEYMA train) and
dates_blind26.jsonl (Arman train) the tenth, dates_blind27.jsonl (PEYMA train) and dates_blind28.jsonl
(Arman test) the eleventh, dates_blind29.jsonl (PEYMA train) and dates_blind30.jsonl (Arman train) the
twelfth, dates_blind31.jsonl (PEYMA train) and dates_blind32.jsonl (Arman train) the thirteenth, dates_blind33.jsonl (PEYMA
train) and dates_blind34.jsonl (Arman train) the fourteenth, dates_blind35.jsonl (PEYMA train) and
dates_blind36.jsonl (Arman test) the fifteenth, dates_blind37.jsonl (PEYMA train) and dates_blind38.jsonl
(the rest of PEYMA's dev split) the sixteenth, dates_blind39.jsonl (PEYMA train) and dates_blind40.jsonl
(the rest of Arman's train file) the seventeenth, dates_blind41.jsonl (PEYMA train) and dates_blind42.jsonl
(the rest of Arman's test file) the eighteenth, dates_blind43.jsonl and dates_blind44.jsonl (the
last of PEYMA's train split) and dates_blind45.jsonl (ParsTwiNER train) the nineteenth,
dates_blind46.jsonl and dates_blind47.jsonl (NSURL-2019's news) the twentieth, dates_blind48.jsonl and
dates_blind49.jsonl (NSURL) the twenty-first, dates_blind50.jsonl and dates_blind51.jsonl (NSURL) the
twenty-second, dates_blind52.jsonl and dates_blind53.jsonl (NSURL) the twenty-third, dates_blind54.jsonl and
dates_blind55.jsonl (NSURL) the twenty-fourth, dates_blind56.jsonl and dates_blind57.jsonl (NSURL) the
twenty-fifth, dates_blind58.jsonl and dates_blind59.jsonl (NSURL) the twenty-sixth, dates_blind60.jsonl and
dates_blind61.jsonl (NSURL) the twenty-seventh, dates_blind62.jsonl and dates_blind63.jsonl (NSURL) the
twenty-eighth, dates_blind64.jsonl and dates_blind65.jsonl (NSURL) the twenty-ninth, dates_blind66.jsonl
and dates_blind67.jsonl (NSURL) the thirtieth, dates_blind68.jsonl and dates_blind69.jsonl (NSURL) the
thirty-first, dates_blind70.jsonl and dates_blind71.jsonl (NSURL) the thirty-second, dates_blind72.jsonl and
dates_blind73.jsonl (NSURL) the thirty-third, dates_blind74.jsonl and dates_blind75.jsonl (NSURL) the
thirty-fourth, dates_blind76.jsonl and dates_blind77.jsonl (NSURL) the thirty-fifth, dates_blind78.jsonl and
dates_blind79.jsonl (NSURL) the thirty-sixth, dates_blind80.jsonl and dates_blind81.jsonl (NSURL) the
thirty-seventh, dates_blind82.jsonl and dates_blind83.jsonl (NSURL, its last cue sentences) the thirty-eighth,
dates_blind84.jsonl and dates_blind85.jsonl (ParsTwiNER train) the thirty-ninth, dates_blind86.jsonl and
dates_blind87.jsonl (ParsTwiNER train) the fortieth, dates_blind88.jsonl and dates_blind89.jsonl (ParsTwiNER train)
the forty-first, dates_blind90.jsonl and dates_blind91.jsonl (ParsTwiNER train) the forty-second,
dates_blind92.jsonl and dates_blind93.jsonl (ParsTwiNER train, its last cue tweets) the forty-third;
see their .md files): sentence indices and a nominal publication date only, no text; every value well formed;
the lines exactly those benchmarks/sample_dates_ner.py draws; and the benchmark's reader and its
rule for ArmanPersoNER's masked numbers.

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
# file -> (corpus, sampler options beyond the corpus, number of lines, cue lines)
def _after(corpus, earlier, cue):
    """A set drawn from ``corpus`` after the sets numbered ``earlier`` and the labelled "امروز"
    sentences: ``cue`` cue sentences, no plain ones (the sampler's arguments, its line count and
    how many of them have a cue)."""
    return (corpus, [o for n in earlier for o in ("--exclude", f"dates_blind{n}.jsonl")]
            + ["--exclude", "today_labels.jsonl", "--cue", str(cue), "--plain", "0"], cue, cue)


SETS = {"dates_blind6.jsonl": ("peyma-test", [], 200, 150),
        "dates_blind7.jsonl": ("arman-test", [], 200, 150),
        "dates_blind8.jsonl": ("peyma-test", ["--exclude", "dates_blind6.jsonl", "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind9.jsonl": ("arman-test", ["--exclude", "dates_blind7.jsonl", "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind10.jsonl": ("parstwiner-test", ["--cue", "110", "--plain", "0"], 110, 110),
        "dates_blind11.jsonl": ("peyma-test", ["--exclude", "dates_blind6.jsonl", "--exclude", "dates_blind8.jsonl",
                                               "--cue", "77", "--plain", "0"], 77, 77),
        "dates_blind12.jsonl": ("arman-train", ["--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind13.jsonl": ("peyma-train", ["--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind14.jsonl": ("arman-train", ["--exclude", "dates_blind12.jsonl", "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind15.jsonl": ("parstwiner-train", ["--cue", "150", "--plain", "0"], 150, 150),
        "dates_blind16.jsonl": ("peyma-train", ["--exclude", "dates_blind13.jsonl", "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind17.jsonl": ("arman-train", ["--exclude", "dates_blind12.jsonl", "--exclude", "dates_blind14.jsonl",
                                                "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind18.jsonl": ("peyma-train", ["--exclude", "dates_blind13.jsonl", "--exclude", "dates_blind16.jsonl",
                                                "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind19.jsonl": ("arman-train", ["--exclude", "dates_blind12.jsonl", "--exclude", "dates_blind14.jsonl",
                                                "--exclude", "dates_blind17.jsonl", "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind20.jsonl": ("peyma-train", ["--exclude", "dates_blind13.jsonl", "--exclude", "dates_blind16.jsonl",
                                                "--exclude", "dates_blind18.jsonl", "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind21.jsonl": ("arman-train", ["--exclude", "dates_blind12.jsonl", "--exclude", "dates_blind14.jsonl",
                                                "--exclude", "dates_blind17.jsonl", "--exclude", "dates_blind19.jsonl",
                                                "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind22.jsonl": ("peyma-train", ["--exclude", "dates_blind13.jsonl", "--exclude", "dates_blind16.jsonl",
                                                "--exclude", "dates_blind18.jsonl", "--exclude", "dates_blind20.jsonl",
                                                "--cue", "200", "--plain", "0"], 200, 200),
        # the ninth round skips the sentences whose "امروز" were labelled for the learned check
        "dates_blind23.jsonl": ("peyma-dev", ["--exclude", "today_labels.jsonl", "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind24.jsonl": ("arman-test", ["--exclude", "dates_blind7.jsonl", "--exclude", "dates_blind9.jsonl",
                                               "--exclude", "today_labels.jsonl", "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind25.jsonl": _after("peyma-train", (13, 16, 18, 20, 22), 200),
        "dates_blind26.jsonl": _after("arman-train", (12, 14, 17, 19, 21), 200),
        "dates_blind27.jsonl": _after("peyma-train", (13, 16, 18, 20, 22, 25), 200),
        "dates_blind28.jsonl": _after("arman-test", (7, 9, 24), 200),
        "dates_blind29.jsonl": _after("peyma-train", (13, 16, 18, 20, 22, 25, 27), 200),
        "dates_blind30.jsonl": _after("arman-train", (12, 14, 17, 19, 21, 26), 200),
        "dates_blind31.jsonl": _after("peyma-train", (13, 16, 18, 20, 22, 25, 27, 29), 200),
        "dates_blind32.jsonl": _after("arman-train", (12, 14, 17, 19, 21, 26, 30), 200),
        "dates_blind33.jsonl": _after("peyma-train", (13, 16, 18, 20, 22, 25, 27, 29, 31), 200),
        "dates_blind34.jsonl": _after("arman-train", (12, 14, 17, 19, 21, 26, 30, 32), 200),
        "dates_blind35.jsonl": _after("peyma-train", (13, 16, 18, 20, 22, 25, 27, 29, 31, 33), 200),
        "dates_blind36.jsonl": _after("arman-test", (7, 9, 24, 28), 200),
        "dates_blind37.jsonl": _after("peyma-train", (13, 16, 18, 20, 22, 25, 27, 29, 31, 33, 35), 200),
        "dates_blind38.jsonl": ("peyma-dev", ["--exclude", "dates_blind23.jsonl", "--exclude", "today_labels.jsonl",
                                              "--cue", "137", "--plain", "0"], 137, 137),
        "dates_blind39.jsonl": _after("peyma-train", (13, 16, 18, 20, 22, 25, 27, 29, 31, 33, 35, 37), 200),
        "dates_blind40.jsonl": _after("arman-train", (12, 14, 17, 19, 21, 26, 30, 32, 34), 153),
        "dates_blind41.jsonl": _after("peyma-train", (13, 16, 18, 20, 22, 25, 27, 29, 31, 33, 35, 37, 39), 200),
        "dates_blind42.jsonl": _after("arman-test", (7, 9, 24, 28, 36), 55),
        "dates_blind43.jsonl": _after("peyma-train", (13, 16, 18, 20, 22, 25, 27, 29, 31, 33, 35, 37, 39, 41), 130),
        "dates_blind44.jsonl": _after("peyma-train", (13, 16, 18, 20, 22, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43), 130),
        "dates_blind45.jsonl": ("parstwiner-train", ["--exclude", "dates_blind15.jsonl", "--exclude", "today_labels.jsonl",
                                                     "--cue", "150", "--plain", "0"], 150, 150),
        "dates_blind46.jsonl": ("nsurl", ["--exclude", "today_labels.jsonl", "--cue", "150", "--plain", "0"], 150, 150),
        "dates_blind47.jsonl": ("nsurl", ["--exclude", "dates_blind46.jsonl", "--exclude", "today_labels.jsonl",
                                          "--cue", "150", "--plain", "0"], 150, 150),
        "dates_blind48.jsonl": ("nsurl", ["--exclude", "dates_blind46.jsonl", "--exclude", "dates_blind47.jsonl",
                                          "--exclude", "today_labels.jsonl", "--cue", "150", "--plain", "0"], 150, 150),
        "dates_blind49.jsonl": ("nsurl", ["--exclude", "dates_blind46.jsonl", "--exclude", "dates_blind47.jsonl",
                                          "--exclude", "dates_blind48.jsonl", "--exclude", "today_labels.jsonl",
                                          "--cue", "150", "--plain", "0"], 150, 150),
        "dates_blind50.jsonl": _after("nsurl", (46, 47, 48, 49), 150),
        "dates_blind51.jsonl": _after("nsurl", (46, 47, 48, 49, 50), 150),
        "dates_blind52.jsonl": _after("nsurl", range(46, 52), 150),
        "dates_blind53.jsonl": _after("nsurl", range(46, 53), 150),
        "dates_blind54.jsonl": _after("nsurl", range(46, 54), 150),
        "dates_blind55.jsonl": _after("nsurl", range(46, 55), 150),
        "dates_blind56.jsonl": _after("nsurl", range(46, 56), 150),
        "dates_blind57.jsonl": _after("nsurl", range(46, 57), 150),
        "dates_blind58.jsonl": _after("nsurl", range(46, 58), 150),
        "dates_blind59.jsonl": _after("nsurl", range(46, 59), 150),
        "dates_blind60.jsonl": _after("nsurl", range(46, 60), 150),
        "dates_blind61.jsonl": _after("nsurl", range(46, 61), 150),
        "dates_blind62.jsonl": _after("nsurl", range(46, 62), 150),
        "dates_blind63.jsonl": _after("nsurl", range(46, 63), 150),
        "dates_blind64.jsonl": _after("nsurl", range(46, 64), 150),
        "dates_blind65.jsonl": _after("nsurl", range(46, 65), 150),
        "dates_blind66.jsonl": _after("nsurl", range(46, 66), 150),
        "dates_blind67.jsonl": _after("nsurl", range(46, 67), 150),
        "dates_blind68.jsonl": _after("nsurl", range(46, 68), 150),
        "dates_blind69.jsonl": _after("nsurl", range(46, 69), 150),
        "dates_blind70.jsonl": _after("nsurl", range(46, 70), 150),
        "dates_blind71.jsonl": _after("nsurl", range(46, 71), 150),
        "dates_blind72.jsonl": _after("nsurl", range(46, 72), 150),
        "dates_blind73.jsonl": _after("nsurl", range(46, 73), 150),
        "dates_blind74.jsonl": _after("nsurl", range(46, 74), 150),
        "dates_blind75.jsonl": _after("nsurl", range(46, 75), 150),
        "dates_blind76.jsonl": _after("nsurl", range(46, 76), 150),
        "dates_blind77.jsonl": _after("nsurl", range(46, 77), 150),
        "dates_blind78.jsonl": _after("nsurl", range(46, 78), 150),
        "dates_blind79.jsonl": _after("nsurl", range(46, 79), 150),
        "dates_blind80.jsonl": _after("nsurl", range(46, 80), 150),
        "dates_blind81.jsonl": _after("nsurl", range(46, 81), 150),
        "dates_blind82.jsonl": _after("nsurl", range(46, 82), 132),
        "dates_blind83.jsonl": _after("nsurl", range(46, 83), 131),
        "dates_blind84.jsonl": ("parstwiner-train", ["--exclude", "dates_blind15.jsonl", "--exclude", "dates_blind45.jsonl",
                                                     "--exclude", "today_labels.jsonl", "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind85.jsonl": ("parstwiner-train", ["--exclude", "dates_blind15.jsonl", "--exclude", "dates_blind45.jsonl",
                                                     "--exclude", "dates_blind84.jsonl", "--exclude", "today_labels.jsonl",
                                                     "--cue", "200", "--plain", "0"], 200, 200),
        "dates_blind86.jsonl": _after("parstwiner-train", (15, 45, 84, 85), 200),
        "dates_blind87.jsonl": _after("parstwiner-train", (15, 45, 84, 85, 86), 200),
        "dates_blind88.jsonl": _after("parstwiner-train", (15, 45, 84, 85, 86, 87), 200),
        "dates_blind89.jsonl": _after("parstwiner-train", (15, 45, 84, 85, 86, 87, 88), 200),
        "dates_blind90.jsonl": _after("parstwiner-train", (15, 45, 84, 85, 86, 87, 88, 89), 200),
        "dates_blind91.jsonl": _after("parstwiner-train", (15, 45, 84, 85, 86, 87, 88, 89, 90), 200),
        "dates_blind92.jsonl": _after("parstwiner-train", (15, 45, 84, 85, 86, 87, 88, 89, 90, 91), 184),
        "dates_blind93.jsonl": _after("parstwiner-train", (15, 45, 84, 85, 86, 87, 88, 89, 90, 91, 92), 183)}
FIELDS = {"start", "end", "form", "gregorian", "gregorian_end", "precision", "source"}
FORMS = {"relative", "year", "numeric", "range"} | {
    f"{cal}_{part}" for cal in ("jalali", "gregorian", "hijri") for part in ("dmy", "dm", "my", "m")}


def _lines(name):
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("name", sorted(SETS))
def test_schema_holds_no_text(benchmark, name):
    items = _lines(name)
    sampler = benchmark("sample_dates_ner")
    corpus, _, n, _ = SETS[name]
    assert len(items) == n
    assert len({it["sentence"] for it in items}) == n
    for it in items:
        assert set(it) == {"corpus", "sentence", "published", "dates"}
        assert it["corpus"] == corpus
        assert it["published"] == sampler.CORPORA[it["corpus"]][2]
        for d in it["dates"]:
            assert FIELDS <= set(d) <= FIELDS | {"time"}, d
            assert d["form"] in FORMS and d["source"] in {"text", "relative"}, d
            assert d["precision"] in {"day", "week", "month", "year"}, d
            start, end = dt.date.fromisoformat(d["gregorian"]), dt.date.fromisoformat(d["gregorian_end"])
            assert start <= end, d
            if d["precision"] == "week":
                assert start.weekday() == 5 and (end - start).days == 6, d
            if "time" in d:
                assert re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", d["time"]), d
        spans = sorted((d["start"], d["end"]) for d in it["dates"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), it


@pytest.mark.parametrize("name", sorted(SETS))
def test_lines_are_the_sampler_output_and_spans_fit(benchmark, shared_dir, name, capsys):
    sampler = benchmark("sample_dates_ner")
    corpus, options, _, n_cue = SETS[name]
    options = [str(DATA / o) if o.endswith(".jsonl") else o for o in options]
    assert sampler.main([corpus, "--shared", str(shared_dir), *options]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    items = _lines(name)
    assert printed == [{k: it[k] for k in ("corpus", "sentence", "published")} for it in items]
    texts = sampler.texts(shared_dir, corpus)
    for n, it in enumerate(items):
        sentence = texts[it["sentence"]]
        assert 40 <= len(sentence) <= 400
        if n < n_cue:
            assert sampler.has_cue(sentence)  # the cue stratum comes first
        for d in it["dates"]:
            assert 0 <= d["start"] < d["end"] <= len(sentence), (it["sentence"], d)
            span = sentence[d["start"]:d["end"]]
            assert span.strip() == span and span, (it["sentence"], span)


def test_sampler_is_deterministic_and_disjoint_strata(benchmark, shared_dir):
    sampler = benchmark("sample_dates_ner")
    a = sampler.sample(shared_dir, "peyma-test", 20, 10)
    assert a == sampler.sample(shared_dir, "peyma-test", 20, 10)
    assert len(set(a)) == 30
    texts = sampler.texts(shared_dir, "peyma-test")
    assert all(sampler.has_cue(texts[i]) for i in a[:20])


def test_bench_reads_ner_lines_with_their_nominal_date(benchmark, shared_dir):
    bench = benchmark("bench_dates")
    items = bench.load(shared_dir, DATA / "dates_blind7.jsonl")
    assert len(items) == 200
    sentence, published, gold = items[0]
    assert published == {"jalali": "1394-09-20 12:00", "gregorian": "2015-12-11T12:00", "masked_digits": True}
    assert bench.load(shared_dir, DATA / "dates_blind6.jsonl")[0][1].get("masked_digits") is None


def test_later_rounds_are_disjoint_from_the_first():
    for later, first in (("dates_blind8.jsonl", "dates_blind6.jsonl"), ("dates_blind9.jsonl", "dates_blind7.jsonl"),
                         ("dates_blind11.jsonl", "dates_blind6.jsonl"), ("dates_blind11.jsonl", "dates_blind8.jsonl"),
                         ("dates_blind14.jsonl", "dates_blind12.jsonl"), ("dates_blind16.jsonl", "dates_blind13.jsonl"),
                         ("dates_blind17.jsonl", "dates_blind12.jsonl"), ("dates_blind17.jsonl", "dates_blind14.jsonl"),
                         ("dates_blind24.jsonl", "dates_blind7.jsonl"), ("dates_blind24.jsonl", "dates_blind9.jsonl"),
                         ("dates_blind84.jsonl", "dates_blind45.jsonl"), ("dates_blind85.jsonl", "dates_blind84.jsonl"),
                         ("dates_blind86.jsonl", "dates_blind85.jsonl"), ("dates_blind87.jsonl", "dates_blind86.jsonl"),
                         ("dates_blind88.jsonl", "dates_blind87.jsonl"), ("dates_blind89.jsonl", "dates_blind88.jsonl"),
                         ("dates_blind90.jsonl", "dates_blind89.jsonl"), ("dates_blind91.jsonl", "dates_blind90.jsonl"),
                         ("dates_blind92.jsonl", "dates_blind91.jsonl"), ("dates_blind93.jsonl", "dates_blind92.jsonl")):
        assert not {it["sentence"] for it in _lines(later)} & {it["sentence"] for it in _lines(first)}
    # nor does a date set use a sentence whose "امروز" was labelled (and trained on)
    labelled = {(it["corpus"], it["sentence"]) for it in _lines("today_labels.jsonl")}
    for name in [f"dates_blind{n}.jsonl" for n in range(23, 39)]:
        assert not {(it["corpus"], it["sentence"]) for it in _lines(name)} & labelled


@pytest.mark.parametrize("preds, gold, tp, pred, masked", [
    # a prediction touching a masked "0" and matching no gold date is set aside
    ([(0, 7)], [], 0, 0, 1),
    # one that matches a gold date is scored, masked or not
    ([(0, 7)], [(0, 7)], 1, 1, 0),
    # one away from any masked number is a false positive as usual
    ([(22, 27)], [], 0, 1, 0),
    # ... unless a masked year follows it after "سال"
    ([(31, 38)], [], 0, 0, 1),
])
def test_masked_numbers_are_set_aside(benchmark, preds, gold, tp, pred, masked):
    bench = benchmark("bench_dates")
    sentence = "سپتامبر 0 برگزار شد و امروز هم اول مهر سال 0"
    assert sentence[22:27] == "امروز" and sentence[31:38] == "اول مهر"
    published = {"jalali": "1394-09-20 12:00", "gregorian": "2015-12-11", "masked_digits": True}

    def system(s, p):
        return [{"start": a, "end": b, "form": "x", "gregorian": "2015-09-01", "gregorian_end": "2015-09-30",
                 "precision": "month", "time": None} for a, b in preds]

    gold_dates = [{"start": a, "end": b, "form": "x", "gregorian": "2015-09-01", "gregorian_end": "2015-09-30",
                   "precision": "month", "source": "relative"} for a, b in gold]
    _, _, totals = bench.score([(sentence, published, gold_dates)], system)
    assert (totals["tp"], totals["pred"], totals["masked"]) == (tp, pred, masked)


def test_bench_summary_prints_every_set(benchmark, shared_dir, capsys):
    bench = benchmark("bench_dates")
    assert bench.main(["--shared", str(shared_dir), "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = {line.split()[0] for line in lines[1:]}
    assert names == {p.stem for p in DATA.glob("dates_*.jsonl")}
    assert all(line.split()[2].endswith("%") for line in lines[1:])  # a precision for each


def test_conventions_printout_hides_the_finder(benchmark):
    # what a blind annotator reads: every set's conventions, none of the finder's scores or fixes
    text = benchmark("blind_conventions").printout()
    names = re.findall(r"^FILE (dates_(?:blind|written)\d*\.md)$", text, re.M)
    assert set(names) == {p.name for p in DATA.glob("dates_blind*.md")} | {p.name for p in DATA.glob("dates_written*.md")}
    assert text.count("## Conventions") >= len(SETS)
    for heading in ("## Result when first scored", "## Results", "## First results", "## After fixes",
                    "## Corrections after seeing"):
        assert heading not in text
    assert not re.search(r"commit [0-9a-f]{7}", text)
