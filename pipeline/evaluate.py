"""Gold vs output: precision, recall and F1 per record kind, event-date accuracy, must_not
violations and pairwise link scores, by the rules of ../shared/design/annotation-guide.md
("Matching").

Scoring is per article: a gold article (``source``) is paired with the output article whose
``id``, ``source`` or base name of ``source`` equals it; the output's corpus-wide entities are
filed under each of their ``article_ids``. Gold articles missing from the output count all
their gold items as false negatives and are listed; output articles without gold are ignored.
Matching is one-to-one, greedy on the best score (see ``evaluation.matching``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .evaluation.gold import ENTITY_KIND, KINDS, GoldArticle, load_gold, load_links
from .evaluation.links import link_scores
from .evaluation.matching import KindResult, prf, score_kind
from .evaluation.outdir import Output, PredArticle, load_output
from .evaluation.report import format_report
from .evaluation.rules import ENTITY_RULES, ROLE_JACCARD, date_correct, event_score, role_similarity
from .text.keys import match_key

__all__ = ["evaluate", "format_report"]

_MENTION_KINDS = {"person": "people", "organisation": "organisations", "city": "cities"}


def _score_article(gold: GoldArticle, pred: PredArticle) -> dict[str, KindResult]:
    results: dict[str, KindResult] = {}
    for kind, rule in ENTITY_RULES.items():
        g_items, p_items = gold.items(kind), pred.items(kind)
        results[kind] = score_kind([g.optional for g in g_items], len(p_items),
                                   lambda g, p: rule(g_items[g].forms, p_items[p].forms))

    people_pairs = set(results["people"].pairs)
    person_rule = ENTITY_RULES["people"]

    def role_score(g: int, p: int):
        gr, pr = gold.roles[g], pred.roles[p]
        if person_rule(gold.people[gr.person].forms, pred.people[pr.person].forms) is None:
            return None
        sim = role_similarity(gr.role, pr.role)
        # The person's own assigned partner first, then the closer wording.
        return (int((gr.person, pr.person) in people_pairs), sim) if sim >= ROLE_JACCARD else None

    optional_people = {p for g, p in people_pairs if gold.people[g].optional}
    results["roles"] = score_kind([r.optional for r in gold.roles], len(pred.roles), role_score,
                                  ignore_pred={i for i, r in enumerate(pred.roles) if r.person in optional_people})

    def ev_score(g: int, p: int):
        ge, pe = gold.events[g], pred.events[p]
        return event_score(ge.types, ge.trigger, ge.date, pe.type, pe.types, pe.label, pe.date)

    results["events"] = score_kind([e.optional for e in gold.events], len(pred.events), ev_score)
    return results


def _label(kind: str, item, article) -> str:
    if kind == "roles":
        people = article.people
        return f"{people[item.person].name}: {item.role}"
    if kind == "events":
        types = getattr(item, "types", ())
        return f"{'/'.join(types)}: {getattr(item, 'trigger', None) or getattr(item, 'label', '')}"
    return item.name


def _dates(gold: GoldArticle, pred: PredArticle, events: KindResult) -> tuple[dict, list[dict]]:
    counts = {"matched_with_gold_date": 0, "correct": 0, "matched_without_gold_date": 0,
              "gold_events": sum(not e.optional for e in gold.events),
              "gold_events_without_date": sum(not e.optional and e.date is None for e in gold.events)}
    rows = []
    for g, p in events.pairs:
        ge, pe = gold.events[g], pred.events[p]
        if ge.optional:
            continue
        if ge.date is None:
            counts["matched_without_gold_date"] += 1
            continue
        ok = date_correct(ge.date, pe.date)
        counts["matched_with_gold_date"] += 1
        counts["correct"] += ok
        rows.append({"event": _label("events", ge, gold), "precision": ge.date.precision,
                     "gold": {"gregorian": ge.date.gregorian, "jalali": ge.date.jalali},
                     "predicted": None if not pe.date else
                     {k: pe.date.get(k) for k in ("gregorian", "jalali", "precision")},
                     "correct": ok})
    return counts, rows


def _must_not(gold: GoldArticle, pred: PredArticle) -> list[dict]:
    banned = {match_key(s) for s in gold.must_not} - {""}
    if not banned:
        return []
    found: dict[tuple, dict] = {}
    for mkind, kind in _MENTION_KINDS.items():
        for entity in pred.items(kind):
            for form in entity.forms:
                if match_key(form) in banned:
                    found.setdefault((mkind, form, f"{kind}.jsonl"),
                                     {"source": gold.source, "string": form, "kind": mkind, "file": f"{kind}.jsonl"})
    for m in pred.mentions:
        if m.kind in _MENTION_KINDS:
            for form in (m.normalised, m.text):
                if match_key(form) in banned:
                    found.setdefault((m.kind, form, "mentions.jsonl"),
                                     {"source": gold.source, "string": form, "kind": m.kind, "file": "mentions.jsonl"})
                    break
    return list(found.values())


def _resolver(output: Output, golds: dict[str, GoldArticle], scored: dict[str, dict[str, KindResult]]):
    """(kind, source, name) -> output entity id: the prediction paired with the gold item of
    that name when the gold lists it, else the best match by the rules within the article."""

    def resolve(mkind: str, source: str, name: str) -> str | None:
        pred = output.find(source)
        if pred is None:
            return None
        kind = ENTITY_KIND[mkind]
        preds = pred.items(kind)
        gold = golds.get(source)
        key = match_key(name)
        if gold is not None and source in scored:
            pairs = dict(scored[source][kind].pairs)
            for g, item in enumerate(gold.items(kind)):
                if key in {match_key(f) for f in item.forms} and g in pairs:
                    return preds[pairs[g]].id
        rule = ENTITY_RULES[kind]
        best = max(((s, -i) for i, p in enumerate(preds) if (s := rule((name,), p.forms)) is not None), default=None)
        return preds[-best[1]].id if best else None

    return resolve


def evaluate(out_dir: str | Path, gold_paths: Sequence[str | Path], links_path: str | Path | None = None) -> dict:
    """Score the output directory ``out_dir`` against the gold files; see the module doc.

    Returns a JSON-ready dict: ``kinds`` (tp, fp, fn, precision, recall, f1 for people, roles,
    organisations, cities, events), ``micro`` (the five kinds pooled), ``event_dates``,
    ``must_not_violations``, ``missing_articles``, ``articles`` (per-article breakdown) and,
    with ``links_path``, ``links`` (pairwise precision, recall, F1).
    """
    golds = load_gold(gold_paths)
    output = load_output(out_dir)
    totals = {k: [0, 0, 0] for k in KINDS}
    dates = {"matched_with_gold_date": 0, "correct": 0, "matched_without_gold_date": 0,
             "gold_events": 0, "gold_events_without_date": 0}
    articles, missing, violations = [], [], []
    scored: dict[str, dict[str, KindResult]] = {}
    for gold in golds:
        pred = output.find(gold.source)
        if pred is None:
            missing.append(gold.source)
        results = _score_article(gold, pred or PredArticle("", "", "missing"))
        scored[gold.source] = results
        row = {"source": gold.source, "article_id": pred.id if pred else None,
               "status": pred.status if pred else "missing", "kinds": {}}
        for kind in KINDS:
            r = results[kind]
            for i, n in enumerate((r.tp, r.fp, r.fn)):
                totals[kind][i] += n
            row["kinds"][kind] = {
                "tp": r.tp, "fp": r.fp, "fn": r.fn,
                "missed": [_label(kind, gold.items(kind)[g], gold) for g in r.missed],
                "spurious": [_label(kind, pred.items(kind)[p], pred) for p in r.spurious] if pred else [],
            }
        counts, row["event_dates"] = _dates(gold, pred or PredArticle("", "", "missing"), results["events"])
        for k, v in counts.items():
            dates[k] += v
        row["must_not_violations"] = _must_not(gold, pred) if pred else []
        violations.extend(row["must_not_violations"])
        articles.append(row)

    kinds = {k: prf(*totals[k]) for k in KINDS}
    n = dates["matched_with_gold_date"]
    report = {
        "out_dir": str(out_dir),
        "gold": [str(p) for p in gold_paths],
        "articles_scored": len(golds) - len(missing),
        "missing_articles": missing,
        "kinds": kinds,
        "micro": prf(*(sum(totals[k][i] for k in KINDS) for i in range(3))),
        "event_dates": {**dates, "accuracy": dates["correct"] / n if n else None},
        "must_not_violations": violations,
        "articles": articles,
        "links": None,
    }
    if links_path is not None:
        clusters = load_links(links_path)
        report["links"] = {"path": str(links_path),
                           **link_scores(clusters, _resolver(output, {g.source: g for g in golds}, scored))}
    return report
