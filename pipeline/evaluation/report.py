"""The evaluation report as fixed-width text (``newsfacts evaluate`` without ``--json``)."""
from __future__ import annotations

KIND_ORDER = ("people", "roles", "organisations", "cities", "events")


def _row(name: str, s: dict) -> str:
    return (f"{name:<14} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}"
            f" {s['tp']:>5} {s['fp']:>5} {s['fn']:>5}")


def format_report(report: dict) -> str:
    """Kind table (P, R, F1, tp, fp, fn), then event-date accuracy, missing articles,
    must_not violations and, when scored, pairwise link scores."""
    lines = [f"{'kind':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}",
             "-" * 50]
    kinds = report.get("kinds", {})
    for kind in (*[k for k in KIND_ORDER if k in kinds], *sorted(set(kinds) - set(KIND_ORDER))):
        lines.append(_row(kind, kinds[kind]))
    if report.get("micro"):
        lines += ["-" * 50, _row("all (micro)", report["micro"])]

    d = report.get("event_dates") or {}
    n = d.get("matched_with_gold_date", 0)
    acc = f"{d['accuracy']:.3f}" if d.get("accuracy") is not None else "n/a"
    lines += ["", f"event dates: {d.get('correct', 0)}/{n} matched events with a gold date are right"
                  f" at the gold precision (accuracy {acc});",
              f"  {d.get('gold_events_without_date', 0)} of {d.get('gold_events', 0)} gold events have no date"
              f" ({d.get('matched_without_gold_date', 0)} of them matched)"]

    lines.append("")
    lines.append(f"articles scored: {report.get('articles_scored', 0)};"
                 f" missing from the output: {len(report.get('missing_articles') or [])}")
    lines += [f"  missing: {s}" for s in report.get("missing_articles") or ()]

    violations = report.get("must_not_violations") or []
    lines += ["", f"must_not violations: {len(violations)}"]
    lines += [f"  {v['source']}  {v['kind']:<12} {v['string']}  ({v.get('file', '')})" for v in violations]

    links = report.get("links")
    if links:
        lines += ["", f"links (pairwise): P {links['precision']:.3f}  R {links['recall']:.3f}"
                      f"  F1 {links['f1']:.3f}  (gold pairs {links['gold_pairs']},"
                      f" predicted pairs {links['predicted_pairs']}, tp {links['tp']})"]
        for kind, s in (links.get("by_kind") or {}).items():
            lines.append(f"  {kind:<12} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
        lines += [f"  unresolved: {u['kind']} {u['source']} {u['name']}" for u in links.get("unresolved") or ()]
    return "\n".join(lines) + "\n"
