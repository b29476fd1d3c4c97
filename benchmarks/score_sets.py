"""Score many date gold sets at once and compare two such runs: the loop behind every "no set
lost a date" in a commit message, and behind a blind round's first score.

    python benchmarks/score_sets.py --out /tmp/runs/before          # every set
    python benchmarks/score_sets.py --only written200,written201 --out /tmp/runs/r40
    python benchmarks/score_sets.py --compare /tmp/runs/before /tmp/runs/after

A run prints pooled counts per group (the written sets, the older ones) as precision, value
accuracy, explicit and relative value accuracy and clock-time accuracy (of the gold dates that carry
a time and were found), and with ``--out PREFIX`` writes PREFIX.json (the counts per set) and
PREFIX.err (every miss, wrong value, wrong clock time and false positive, one per line, set first). ``--compare`` prints the sets whose counts changed and the error lines gained (+) and lost
(-): a change that only fixes shows only "-" lines. Sets that need ../shared are skipped with a
note when it is absent."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_dates  # noqa: E402

FIELDS = ("P", "V", "E", "Rel", "T")


def score_set(shared: Path | None, path: Path) -> tuple[dict, list[str]]:
    """Counts ({"P": (matched predictions, predictions), "V" / "E" / "Rel": (right values, gold),
    "T": (right clock times, gold dates found that carry one)}) and error lines of one gold set."""
    errors: list[str] = []
    per_form, _, totals = bench_dates.score(bench_dates.load(shared, path), bench_dates.run_newsfacts, errors)
    every, ex, rel = per_form["ALL"], per_form["[explicit]"], per_form["[relative]"]
    counts = {"P": (totals["tp"], totals["pred"]), "V": (every["value_ok"], every["gold"]),
              "E": (ex["value_ok"], ex["gold"]), "Rel": (rel["value_ok"], rel["gold"]),
              "T": (totals["time_ok"], totals["time_gold"])}
    return counts, [f"{path.stem}\t{e}" for e in errors]


def needs_shared(path: Path) -> bool:
    with open(path, encoding="utf-8") as fh:
        first = fh.readline()
    return bool(first.strip()) and "text" not in json.loads(first)


def run(shared: Path | None, only: list[str] | None = None) -> tuple[dict, list[str], list[str]]:
    """(counts per set, error lines, sets skipped for want of ../shared)."""
    res, errs, skipped = {}, [], []
    for path in sorted((bench_dates.ROOT / "benchmarks" / "data").glob("dates_*.jsonl")):
        if only is not None and path.stem.removeprefix("dates_") not in only:
            continue
        if (shared is None or not shared.exists()) and needs_shared(path):
            skipped.append(path.stem)
            continue
        res[path.stem], e = score_set(shared, path)
        errs += e
    return res, errs, skipped


def pooled(res: dict, names) -> dict:
    return {f: (sum(res[n][f][0] for n in names), sum(res[n][f][1] for n in names)) for f in FIELDS}


def describe(counts: dict) -> str:
    def pc(a, b):
        return f"{100 * a / b:.1f}% ({a}/{b})" if b else "- (0/0)"
    return (f"precision {pc(*counts['P'])}, value {pc(*counts['V'])}, "
            f"explicit {pc(*counts['E'])}, relative {pc(*counts['Rel'])}, clock time {pc(*counts['T'])}")


def compare(a: str, b: str) -> list[str]:
    """The sets whose counts differ between runs ``a`` and ``b`` (prefixes), then the error lines
    lost (-) and gained (+)."""
    ra, rb = (json.loads(Path(p + ".json").read_text(encoding="utf-8")) for p in (a, b))
    ea, eb = (set(Path(p + ".err").read_text(encoding="utf-8").splitlines()) - {""} for p in (a, b))
    out = [f"{k} {ra.get(k)} -> {rb.get(k)}" for k in sorted(set(ra) | set(rb)) if ra.get(k) != rb.get(k)]
    return out + [f"-ERR {e}" for e in sorted(ea - eb)] + [f"+ERR {e}" for e in sorted(eb - ea)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path,
                    default=Path(os.environ.get("NEWSFACTS_SHARED", bench_dates.ROOT.parent / "shared")))
    ap.add_argument("--only", help="comma-separated set names without 'dates_' (e.g. written200,blind12)")
    ap.add_argument("--out", help="write OUT.json and OUT.err")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two runs written by --out")
    args = ap.parse_args(argv)
    if args.compare:
        for line in compare(*args.compare):
            print(line)
        return 0
    only = args.only.split(",") if args.only else None
    res, errs, skipped = run(args.shared, only)
    if only is not None and (missing := sorted(set(only) - {k.removeprefix("dates_") for k in res} - {
            s.removeprefix("dates_") for s in skipped})):
        print(f"no such set: {', '.join(missing)}", file=sys.stderr)
        return 2
    for group, names in (("written", [k for k in res if k.startswith("dates_written")]),
                         ("older", [k for k in res if not k.startswith("dates_written")])):
        if names:
            print(f"{group} ({len(names)} sets): {describe(pooled(res, names))}")
    if skipped:
        print(f"skipped (need ../shared): {len(skipped)} sets")
    if args.out:
        Path(args.out + ".json").write_text(json.dumps(res, sort_keys=True), encoding="utf-8")
        Path(args.out + ".err").write_text("".join(e + "\n" for e in errs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
