"""benchmarks/score_sets.py: many gold sets scored at once, and two runs compared. On written
sets only, which hold their own text, so no ../shared is needed."""
from __future__ import annotations

import json

import pytest

SETS = ["written1", "written2"]


@pytest.fixture(scope="module")
def scored(benchmark, tmp_path_factory):
    score_sets = benchmark("score_sets")
    prefix = str(tmp_path_factory.mktemp("runs") / "a")
    assert score_sets.main(["--only", ",".join(SETS), "--out", prefix]) == 0
    return score_sets, prefix


def test_a_run_counts_what_the_bench_counts_per_set(benchmark, scored):
    score_sets, prefix = scored
    bench = benchmark("bench_dates")
    res = json.loads(open(prefix + ".json", encoding="utf-8").read())
    assert sorted(res) == [f"dates_{s}" for s in SETS]
    for name in SETS:
        items = bench.load(None, bench.ROOT / "benchmarks" / "data" / f"dates_{name}.jsonl")
        per_form, _, totals = bench.score(items, bench.run_newsfacts)
        assert res[f"dates_{name}"]["P"] == [totals["tp"], totals["pred"]]
        assert res[f"dates_{name}"]["V"] == [per_form["ALL"]["value_ok"], per_form["ALL"]["gold"]]
        assert res[f"dates_{name}"]["T"] == [totals["time_ok"], totals["time_gold"]]
    pooled = score_sets.pooled(res, res)
    assert pooled["V"][1] == sum(res[n]["V"][1] for n in res) > 0


def test_a_run_compared_with_itself_shows_nothing(scored):
    score_sets, prefix = scored
    assert score_sets.compare(prefix, prefix) == []


def test_a_comparison_shows_the_errors_gained_and_lost_and_the_counts_changed(scored, tmp_path):
    score_sets, prefix = scored
    res = json.loads(open(prefix + ".json", encoding="utf-8").read())
    before, after = str(tmp_path / "before"), str(tmp_path / "after")
    json.dump(res, open(before + ".json", "w", encoding="utf-8"))
    res["dates_written1"]["V"][0] -= 1
    json.dump(res, open(after + ".json", "w", encoding="utf-8"))
    kept = "dates_written2\tFP    'جمعه' (relative 2020-01-03)"
    lost = "dates_written1\tMISS  'دی ۹۷' (jalali_my 2018-12-22..2019-01-20 month)"
    gained = "dates_written1\tVALUE 'فردا': got 2020-01-02..2020-01-02 day, gold 2020-01-03..2020-01-03 day"
    open(before + ".err", "w", encoding="utf-8").write(f"{kept}\n{lost}\n")
    open(after + ".err", "w", encoding="utf-8").write(f"{kept}\n{gained}\n")
    lines = score_sets.compare(before, after)
    assert len(lines) == 3 and lines[0].startswith("dates_written1 ")
    assert lines[1:] == [f"-ERR {lost}", f"+ERR {gained}"]


def test_an_unknown_set_is_an_error(scored):
    score_sets, _ = scored
    assert score_sets.main(["--only", "written1,no_such_set"]) == 2


def test_a_wrong_clock_time_is_counted_and_written_as_an_error(benchmark):
    bench = benchmark("bench_dates")
    path = bench.ROOT / "benchmarks" / "data" / "dates_written1.jsonl"
    timed = [it for it in bench.load(None, path) if any(d.get("time") for d in it[2])]
    assert timed

    def an_hour_late(sentence, published):
        preds = bench.run_newsfacts(sentence, published)
        return [dict(p, time=f"{(int(p['time'][:2]) + 1) % 24:02d}{p['time'][2:]}") if p.get("time") else p
                for p in preds]

    errors_right, errors_late = [], []
    _, _, right = bench.score(timed, bench.run_newsfacts, errors_right)
    _, _, late = bench.score(timed, an_hour_late, errors_late)
    assert right["time_gold"] == late["time_gold"] > 0
    assert late["time_ok"] == 0 < right["time_ok"]
    times = [e for e in errors_late if e.startswith("TIME  ")]
    assert len(times) == late["time_gold"] - late["time_ok"] and ", gold " in times[0]
    assert not any(e.startswith("TIME  ") for e in errors_right) or right["time_ok"] < right["time_gold"]
