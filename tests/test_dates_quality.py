"""Quality floors for the date finder on the hand-checked date sets (benchmarks/data/): the same
scoring as ``benchmarks/bench_dates.py`` (spans overlap; value = interval and precision equal).

Pinned just under what the finder reaches, so no change lowers them silently. The sets are not
equally informative: dates_gold.jsonl and dates_blind.jsonl were tuned on; dates_blind2.jsonl,
dates_blind3.jsonl and dates_blind4.jsonl were scored blind first (78.3%, 82.5% and 89.7% value
accuracy, see their .md files) and tuned on afterwards; so were dates_blind6.jsonl (PEYMA, 80.0%)
and dates_blind7.jsonl (ArmanPersoNER, 87.8%), the first sets from text outside fars-dev, and
the second round from the same corpora, dates_blind8.jsonl (PEYMA, 95.7%), dates_blind9.jsonl
(Arman, 91.1%) and dates_blind10.jsonl (tweets, 64.4%), and the third, dates_blind11.jsonl (the
rest of PEYMA's test split, 90.5%) and dates_blind12.jsonl (Arman's train file, 94.3%), and the
fourth, dates_blind13.jsonl (PEYMA train, 85.6%), dates_blind14.jsonl (Arman train, 90.3%) and
dates_blind15.jsonl (tweets, 73.8%), and the fifth, dates_blind16.jsonl (PEYMA train, 89.0%) and
dates_blind17.jsonl (Arman train, 92.6%), and the sixth, dates_blind18.jsonl (PEYMA train, 89.2%)
and dates_blind19.jsonl (Arman train, 88.5%), and the seventh, dates_blind20.jsonl (PEYMA train,
80.9%) and dates_blind21.jsonl (Arman train, 94.4%), and the eighth, dates_blind22.jsonl (PEYMA
train, 88.5%), and the ninth, dates_blind23.jsonl (PEYMA dev, 93.7%) and dates_blind24.jsonl (Arman
test, 96.4%), and the tenth, dates_blind25.jsonl (PEYMA train, 85.1%) and dates_blind26.jsonl (Arman
train, 91.2%), and the eleventh, dates_blind27.jsonl (PEYMA train, 89.1%) and dates_blind28.jsonl
(Arman test, 93.5%), and the twelfth, dates_blind29.jsonl (PEYMA train, 90.8%) and dates_blind30.jsonl
(Arman train, 93.8%), and the thirteenth, dates_blind31.jsonl (PEYMA train, 91.3%) and
dates_blind32.jsonl (Arman train, 100%, precision 89.2%), and the fourteenth, dates_blind33.jsonl (PEYMA
train, 91.1%, precision 100%) and dates_blind34.jsonl (Arman train, 94.2%), and the fifteenth,
dates_blind35.jsonl (PEYMA train, 82.8%) and dates_blind36.jsonl (Arman test, 93.1%), and the sixteenth,
dates_blind37.jsonl (PEYMA train, 96.2%, precision 100%) and dates_blind38.jsonl (PEYMA dev, 89.1%), and
the seventeenth, dates_blind39.jsonl (PEYMA train, 90.9%, precision 97.3%) and dates_blind40.jsonl (Arman
train, 97.5%, precision 90.9%), and the eighteenth, dates_blind41.jsonl (PEYMA train, 88.9%, precision
93.9%) and dates_blind42.jsonl (the rest of Arman's test file, 100% of 9), and the nineteenth,
dates_blind43.jsonl and dates_blind44.jsonl (the last of PEYMA's train split, 87.9% and 87.5%, precision
92.6% and 94.9%) and dates_blind45.jsonl (ParsTwiNER train tweets, 67.3%, precision 93.3%), and the
twentieth, dates_blind46.jsonl and dates_blind47.jsonl (NSURL-2019's news, 87.5% and 91.5%, precision
93.5% and 95.8%), and the twenty-first, dates_blind48.jsonl and dates_blind49.jsonl (NSURL,
87.7% and 96.2%, precision 96.2% and 94.5%), and the twenty-second, dates_blind50.jsonl and
dates_blind51.jsonl (NSURL, 89.6% and 96.4%, precision 95.7% and 100%), and the twenty-third,
dates_blind52.jsonl and dates_blind53.jsonl (NSURL, 93.9% and 86.0%, precision 95.9% and 93.8%), and the
twenty-fourth, dates_blind54.jsonl and dates_blind55.jsonl (NSURL, 76.9% and 91.8%, precision 100% and
95.9%), and the twenty-fifth, dates_blind56.jsonl and dates_blind57.jsonl (NSURL, 94.3% and 85.7%,
precision 100% and 95.7%), and the twenty-sixth, dates_blind58.jsonl and dates_blind59.jsonl (NSURL,
90.5% and 97.4%, precision 88.6% and 97.5%), and the twenty-seventh, dates_blind60.jsonl and
dates_blind61.jsonl (NSURL, 87.8% and 87.5%, precision 90.2% and 88.0%), and the twenty-eighth,
dates_blind62.jsonl and dates_blind63.jsonl (NSURL, 90.0% and 91.2%, precision 90.6% and 94.7%), and the
twenty-ninth, dates_blind64.jsonl and dates_blind65.jsonl (NSURL, 92.9% and 87.0%, precision 97.6% and
100%), and the thirtieth, dates_blind66.jsonl and dates_blind67.jsonl (NSURL, 89.7% and 98.2%, precision
94.6% and 96.4%), and the thirty-first, dates_blind68.jsonl and dates_blind69.jsonl (NSURL, 89.1% and
85.7%, precision 100% and 95.5%), and the thirty-second, dates_blind70.jsonl and dates_blind71.jsonl (NSURL,
92.9% and 98.1%, precision 93.0% and 100%), and the thirty-third, dates_blind72.jsonl and dates_blind73.jsonl
(NSURL, 89.6% and 86.7%, precision 90.0% and 93.3%), and the thirty-fourth, dates_blind74.jsonl and
dates_blind75.jsonl (NSURL, 95.9% and 98.0%, precision 97.9% and 98.0%), and the thirty-fifth,
dates_blind76.jsonl and dates_blind77.jsonl (NSURL, 92.5% and 92.3%, precision 97.5% and 96.1%), and the
thirty-sixth, dates_blind78.jsonl and dates_blind79.jsonl (NSURL, 95.4% and 88.7%, precision 96.9% and
96.2%), and the thirty-seventh, dates_blind80.jsonl and dates_blind81.jsonl (NSURL, 90.8% and 81.1%,
precision 98.4% and 97.1%), and the thirty-eighth, dates_blind82.jsonl and dates_blind83.jsonl (NSURL's last
cue sentences, 78.2% and 93.3%, precision 100% and 100%), and the thirty-ninth, dates_blind84.jsonl and
dates_blind85.jsonl (ParsTwiNER train tweets, 73.6% and 75.0%, precision 88.2% and 94.8%), and the fortieth,
dates_blind86.jsonl and dates_blind87.jsonl (ParsTwiNER train tweets, 64.7% and 73.8%, precision 90.6% and
92.5%), and the forty-first, dates_blind88.jsonl and dates_blind89.jsonl (ParsTwiNER train tweets, 79.0% and
80.6%, precision 91.8% and 92.1%), and the forty-second, dates_blind90.jsonl and dates_blind91.jsonl
(ParsTwiNER train tweets, 71.0% and 85.7%, precision 87.5% and 88.9%), and the forty-third, dates_blind92.jsonl
and dates_blind93.jsonl (ParsTwiNER's last train tweets, 72.6% and 88.0%, precision 88.9% and 91.8%). A
fresh blind set is the only honest measure of unseen text. The check on
"امروز" (pipeline/dates/today.py) is trained on the "امروز" of all these sets, so their
precision is no measure of it on unseen text; benchmarks/data/today_labels.jsonl's held-out
split is (tests/test_today.py).
Needs ../shared (the sentences are offsets into its corpus); skips with a reason without it."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"

# set -> (precision, recall, value accuracy) floors: what the finder reaches less one date, rounded down
FLOORS = {
    "dates_gold.jsonl": (0.99, 0.99, 0.98),
    "dates_blind.jsonl": (0.97, 0.98, 0.98),
    "dates_blind2.jsonl": (0.98, 0.98, 0.98),
    "dates_blind3.jsonl": (0.96, 0.95, 0.95),
    "dates_blind4.jsonl": (0.98, 0.97, 0.96),
    "dates_blind5.jsonl": (0.8, 0.8, 0.8),  # 5 dates: one error is 20 points
    "dates_blind6.jsonl": (0.98, 0.95, 0.95),
    "dates_blind7.jsonl": (0.96, 0.98, 0.98),
    "dates_blind8.jsonl": (0.98, 0.98, 0.98),
    "dates_blind9.jsonl": (0.96, 0.94, 0.93),
    "dates_blind10.jsonl": (0.97, 0.86, 0.82),
    "dates_blind11.jsonl": (0.98, 0.98, 0.98),
    "dates_blind12.jsonl": (0.96, 0.98, 0.96),
    "dates_blind13.jsonl": (0.98, 0.98, 0.95),
    "dates_blind14.jsonl": (0.96, 0.98, 0.98),
    "dates_blind15.jsonl": (0.94, 0.84, 0.81),
    "dates_blind16.jsonl": (0.98, 0.98, 0.94),
    "dates_blind17.jsonl": (0.98, 0.98, 0.96),
    "dates_blind18.jsonl": (0.97, 0.97, 0.92),
    "dates_blind19.jsonl": (0.96, 0.97, 0.93),
    "dates_blind20.jsonl": (0.97, 0.97, 0.90),
    "dates_blind21.jsonl": (0.91, 0.98, 0.98),
    "dates_blind22.jsonl": (0.95, 0.95, 0.91),
    "dates_blind23.jsonl": (0.96, 0.97, 0.96),
    "dates_blind24.jsonl": (0.96, 0.98, 0.98),
    "dates_blind25.jsonl": (0.95, 0.95, 0.93),
    "dates_blind26.jsonl": (0.94, 0.98, 0.94),
    "dates_blind27.jsonl": (0.98, 0.95, 0.92),
    "dates_blind28.jsonl": (0.98, 0.98, 0.96),
    "dates_blind29.jsonl": (0.96, 0.99, 0.95),
    "dates_blind30.jsonl": (0.96, 0.96, 0.93),
    "dates_blind31.jsonl": (0.97, 0.97, 0.96),
    "dates_blind32.jsonl": (0.91, 0.98, 0.98),
    "dates_blind33.jsonl": (0.98, 0.97, 0.96),
    "dates_blind34.jsonl": (0.94, 0.98, 0.96),
    "dates_blind35.jsonl": (0.95, 0.96, 0.90),
    "dates_blind36.jsonl": (0.96, 0.98, 0.94),
    "dates_blind37.jsonl": (0.98, 0.98, 0.96),
    "dates_blind38.jsonl": (0.96, 0.96, 0.95),
    "dates_blind39.jsonl": (0.98, 0.98, 0.96),
    "dates_blind40.jsonl": (0.97, 0.97, 0.97),
    "dates_blind41.jsonl": (0.97, 0.97, 0.95),
    "dates_blind42.jsonl": (0.88, 0.88, 0.88),
    "dates_blind43.jsonl": (0.95, 0.98, 0.96),
    "dates_blind44.jsonl": (0.95, 0.97, 0.92),
    "dates_blind45.jsonl": (0.97, 0.90, 0.76),
    "dates_blind46.jsonl": (0.98, 0.96, 0.93),
    "dates_blind47.jsonl": (0.97, 0.97, 0.95),
    # (value lowered from 0.98 at round 188: two months running on with the year told once, "بهمن و اسفند سال 94",
    # are one run now, as 13 of 16 such pairs in the written gold read them; this set's gold reads two)
    "dates_blind48.jsonl": (0.94, 0.98, 0.96),
    "dates_blind49.jsonl": (0.96, 0.98, 0.98),
    "dates_blind50.jsonl": (0.97, 0.95, 0.93),
    "dates_blind51.jsonl": (0.98, 0.98, 0.98),
    "dates_blind52.jsonl": (0.97, 0.95, 0.93),
    "dates_blind53.jsonl": (0.97, 0.92, 0.92),
    "dates_blind54.jsonl": (0.97, 0.84, 0.82),
    "dates_blind55.jsonl": (0.95, 0.95, 0.91),
    "dates_blind56.jsonl": (0.98, 0.96, 0.94),
    "dates_blind57.jsonl": (0.97, 0.97, 0.97),
    "dates_blind58.jsonl": (0.95, 0.95, 0.95),
    "dates_blind59.jsonl": (0.95, 0.97, 0.97),
    "dates_blind60.jsonl": (0.94, 0.95, 0.91),
    "dates_blind61.jsonl": (0.95, 0.89, 0.87),
    "dates_blind62.jsonl": (0.92, 0.96, 0.92),
    "dates_blind63.jsonl": (0.96, 0.98, 0.98),
    "dates_blind64.jsonl": (0.95, 0.97, 0.97),
    "dates_blind65.jsonl": (0.97, 0.97, 0.97),
    "dates_blind66.jsonl": (0.96, 0.96, 0.96),
    "dates_blind67.jsonl": (0.96, 0.98, 0.98),
    "dates_blind68.jsonl": (0.98, 0.98, 0.98),
    "dates_blind69.jsonl": (0.97, 0.97, 0.88),
    "dates_blind70.jsonl": (0.95, 0.97, 0.95),
    "dates_blind71.jsonl": (0.98, 0.98, 0.98),
    "dates_blind72.jsonl": (0.95, 0.97, 0.95),
    "dates_blind73.jsonl": (0.95, 0.96, 0.95),
    "dates_blind74.jsonl": (0.96, 0.97, 0.97),
    "dates_blind75.jsonl": (0.96, 0.97, 0.95),
    "dates_blind76.jsonl": (0.97, 0.97, 0.95),
    "dates_blind77.jsonl": (0.96, 0.96, 0.96),
    "dates_blind78.jsonl": (0.96, 0.96, 0.95),
    "dates_blind79.jsonl": (0.98, 0.94, 0.9),
    "dates_blind80.jsonl": (0.96, 0.96, 0.95),
    "dates_blind81.jsonl": (0.97, 0.94, 0.94),
    "dates_blind82.jsonl": (0.98, 0.96, 0.92),
    "dates_blind83.jsonl": (0.97, 0.97, 0.95),
    "dates_blind84.jsonl": (0.95, 0.91, 0.81),
    "dates_blind85.jsonl": (0.95, 0.88, 0.8),
    "dates_blind86.jsonl": (0.92, 0.76, 0.73),
    "dates_blind87.jsonl": (0.92, 0.81, 0.8),
    "dates_blind88.jsonl": (0.93, 0.87, 0.85),
    "dates_blind89.jsonl": (0.96, 0.94, 0.88),
    "dates_blind90.jsonl": (0.92, 0.79, 0.7),
    "dates_blind91.jsonl": (0.91, 0.96, 0.95),
    "dates_blind92.jsonl": (0.96, 0.93, 0.88),
    "dates_blind93.jsonl": (0.9, 0.94, 0.92),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_date_finder_stays_above_its_floors(benchmark, assert_date_floors, name, shared_dir):
    assert_date_floors(name, benchmark("bench_dates").load(shared_dir, DATA / name), FLOORS[name])


# Sets of news whose dates are read again as scraped text often has them, with the gaps between
# digits and letters dropped ("۵اسفند۱۳۹۷", "سال1366") or the ZWNJ dropped ("چهارشنبهشب"):
# fars-dev's and ten of NSURL's.
GLUED_SETS = ["dates_gold.jsonl", "dates_blind.jsonl", "dates_blind3.jsonl", "dates_blind4.jsonl"] + [
    f"dates_blind{n}.jsonl" for n in range(46, 56)]
GLUED_FLOOR = 0.98  # 99.7% and 99.6% over every set, written ones too (bench_dates.py --glued); glued digits 70.7% before they were read


@pytest.mark.parametrize("rewrite, at_least", [("_join_digits", 300), ("_drop_zwnj", 30)])
def test_glued_dates_read_as_spaced_ones(benchmark, shared_dir, rewrite, at_least):
    bench = benchmark("bench_dates")
    right = kept = 0
    for name in GLUED_SETS:
        r, k, _ = bench.glued(bench.load(shared_dir, DATA / name), getattr(bench, rewrite))
        right, kept = right + r, kept + k
    assert right >= at_least  # enough rewritten dates to measure
    assert kept / right >= GLUED_FLOOR, f"{rewrite}: {kept} of {right} rewritten dates still read right"


# 3,623 of 3,708 over every set (97.7%) once glossed days share their clock and open afternoon hours
# are read as such; 3,450 of 3,674 (93.9%) before (score_sets.py's "clock time" shows it per run)
TIME_FLOOR = 0.96


def test_clock_times_attach_to_their_days(benchmark, shared_dir):
    """Of the gold dates that carry a clock time, over every set, the share whose matched
    prediction carries that time."""
    bench = benchmark("bench_dates")
    ok = gold = 0
    for path in sorted(DATA.glob("dates_*.jsonl")):
        if '"time"' not in path.read_text(encoding="utf-8"):
            continue  # no clock in the set: not worth loading its sentences
        timed = [it for it in bench.load(shared_dir, path) if any(d.get("time") for d in it[2])]
        _, _, totals = bench.score(timed, bench.run_newsfacts)
        ok, gold = ok + totals["time_ok"], gold + totals["time_gold"]
    assert gold >= 150
    assert ok / gold >= TIME_FLOOR, f"{ok} of {gold} clock times attached"
