"""Command line: thin. Parses arguments, calls the library, turns its errors into messages
and exit codes. Results go to files or stdout; progress and logs go to stderr.

Exit codes (documented in the README):
  0  every input was read and extracted
  1  the run finished, but some inputs are ``error`` lines in articles.jsonl
  2  usage error (bad arguments)
  3  setup error (e.g. an invalid gazetteer): nothing was extracted
  4  --strict: stopped at the first article error (output written up to there)
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .errors import NewsfactsError, SetupError, UsageError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_SETUP, EXIT_STRICT = 0, 1, 2, 3, 4


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsfacts",
        description="Persian news -> structured, linked facts (events, people and roles, "
        "organisations, cities) as JSONL.",
    )
    p.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract", help="extract facts from news files into an output directory",
        description="Read articles (text, JSONL/JSON, HTML; files, directories, or - for stdin) "
        "and write the JSONL files of the output contract into OUT.",
    )
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory (recursive) or - for stdin")
    ex.add_argument("-o", "--out", required=True, metavar="OUT", help="output directory (created if missing)")
    ex.add_argument("--quiet", action="store_true", help="no progress bar")
    ex.add_argument("--strict", action="store_true", help="stop at the first article error (exit 4)")
    ex.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    ex.add_argument("--max-chars", type=int, default=1_000_000, metavar="N",
                    help="longer articles are recorded as error E105 (default 1000000)")
    ex.add_argument("--gazetteers", metavar="DIR", help="gazetteer directory (default: the project's gazetteers/)")

    ev = sub.add_parser(
        "evaluate", help="score an output directory against gold files",
        description="Precision, recall and F1 per kind, event-date accuracy, must_not violations "
        "and (with --links) pairwise link scores, by the annotation guide's matching rules.",
    )
    ev.add_argument("out", metavar="OUT", help="an output directory written by extract")
    ev.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="gold file(s), one article per line")
    ev.add_argument("--links", metavar="LINKS.json", help="cross-article identity clusters to score the linker")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")

    sub.add_parser(
        "normalize", help="normalise text lines from stdin to stdout",
        description="Read lines on stdin; write one normalised line per input line.",
    )
    sub.add_parser(
        "dates", help="find and convert dates in JSONL lines from stdin",
        description='Read JSONL lines {"text", "published"} on stdin; write one JSONL line per '
        "input with every date found (span, text, DateValue).",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except UsageError as exc:  # before SetupError, of which it is a kind
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SetupError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_SETUP
    except NewsfactsError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `newsfacts normalize | head`
        return EXIT_OK


def _extract(args) -> int:
    from .batch import run_extract
    from .settings import Settings

    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.max_chars < 1:
        raise UsageError("--max-chars must be at least 1")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"output {out} exists and is not a directory", hint="choose another -o OUT")
    settings = Settings(
        max_chars=args.max_chars, gazetteers_dir=args.gazetteers, workers=args.workers,
        strict=args.strict, quiet=args.quiet,
    )
    summary = run_extract(args.inputs, out, settings, stdin=sys.stdin)
    print(summary.line(), file=sys.stderr)
    if summary.aborted:
        return EXIT_STRICT
    return EXIT_PARTIAL if summary.articles_error else EXIT_OK


def _evaluate(args) -> int:
    from .evaluate import evaluate, format_report

    for path in [args.out, *args.gold, *([args.links] if args.links else [])]:
        if not Path(path).exists():
            raise UsageError(f"{path} does not exist")
    report = evaluate(args.out, args.gold, links_path=args.links)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return EXIT_OK


def _normalize(args) -> int:
    from .text.normalize import normalize_stream

    normalize_stream(sys.stdin, sys.stdout)
    return EXIT_OK


def _dates(args) -> int:
    from .dates import dates_stream

    dates_stream(sys.stdin, sys.stdout)
    return EXIT_OK


_COMMANDS = {"extract": _extract, "evaluate": _evaluate, "normalize": _normalize, "dates": _dates}

if __name__ == "__main__":
    sys.exit(main())
