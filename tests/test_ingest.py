"""Ingestion: every kind of bad input becomes an InputFailure with the right code, nothing raises,
and the counts add up. Inputs are built in tmp_path by the tests themselves."""
from __future__ import annotations

import io
import json

import pytest

from pipeline.ingest import decode_bytes, discover, read_source
from pipeline.errors import BinaryInput, DecodingError
from pipeline.records import InputFailure, RawArticle

BODY = (
    "کارگاه آموزشی شهرهای خلاق در شیراز برگزار شد\n\n"
    "کارگاه آموزشی شهرهای خلاق با حضور شهردار شیراز و نمایندگان دانشگاه تهران ۱۲ آذر ۱۳۹۸ برگزار شد.\n"
)
LEGACY = "همايش شهرداران در تبريز برگزار شد\n\nوزير كشور در اين همايش گفت: شهرداري ها مي توانند از طرح هاي جديد حمايت كنند.\n"
PAGE = """<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8">
<title>بازدید شهردار رشت از طرح‌های عمرانی</title>
<meta property="og:site_name" content="خبرگزاری آزمون">
<meta property="article:published_time" content="2024-02-10T08:00:00+03:30"></head>
<body><nav><a href="/">صفحه اصلی</a> <a href="/sport">ورزشی</a></nav>
<article><h1>بازدید شهردار رشت از طرح‌های عمرانی</h1>
<p>به گزارش خبرگزاری آزمون از رشت، شهردار رشت امروز از طرح‌های عمرانی منطقه دو شهرداری بازدید کرد و گفت: این طرح‌ها تا پایان سال به بهره‌برداری می‌رسد.</p>
<p>وی افزود: شهرداری رشت برای تکمیل این طرح‌ها با وزارت کشور همکاری می‌کند و گزارش پیشرفت کار هر ماه منتشر خواهد شد.</p>
</article><footer>کلیه حقوق محفوظ است</footer></body></html>"""


def _jsonl_lines() -> list[str]:
    good = {"id": "a-1", "title": "نشست شورای شهر", "text": "نشست شورای شهر مشهد دیروز برگزار شد.",
            "published": {"jalali": "1402-05-01", "gregorian": "2023-07-23"}}
    no_id = {"title": "بدون شناسه", "text": "همایش ملی شهرهای خلاق هفته آینده در تبریز برگزار می‌شود."}
    return [
        json.dumps(good, ensure_ascii=False),
        '{"id": "a-2", "text": "شکسته',  # broken JSON
        json.dumps({"id": "a-3", "title": "بدون متن"}, ensure_ascii=False),  # no text
        json.dumps(no_id, ensure_ascii=False),
        json.dumps(["فهرست", "نه شیء"], ensure_ascii=False),  # not an object
        json.dumps({"id": "a-6", "text": "  \n "}, ensure_ascii=False),  # whitespace-only text
    ]


# name -> (bytes, expected outcomes: list of "ok" or an error code)
BAD_INPUTS = {
    "binary.bin": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, ["E103"]),
    "control.txt": (bytes(range(1, 9)) * 200, ["E103"]),
    "bad-utf8.txt": (BODY.encode("utf-8")[:60] + b"\xff\xfe\xc3(" + BODY.encode("utf-8")[60:], ["E102"]),
    "empty.txt": (b"", ["E104"]),
    "blank.txt": (b"   \n\t\r\n  ", ["E104"]),
    "utf16le.txt": (BODY.encode("utf-16"), ["ok"]),
    "utf16be.txt": (b"\xfe\xff" + BODY.encode("utf-16-be"), ["ok"]),
    "utf8-bom.txt": (b"\xef\xbb\xbf" + BODY.encode("utf-8"), ["ok"]),
    "legacy.txt": (LEGACY.encode("cp1256"), ["ok"]),
    "big.txt": ((BODY * 30_000).encode("utf-8"), ["E105"]),  # about 5 MB
    "mixed.jsonl": (("\n".join(_jsonl_lines()) + "\n").encode("utf-8"), ["ok", "E106", "E107", "ok", "E106", "E104"]),
    "list.json": (json.dumps([{"id": "j-1", "text": BODY}, {"id": "j-2"}], ensure_ascii=False).encode("utf-8"),
                  ["ok", "E107"]),
    "broken.json": (b'{"id": "x", "text": ', ["E106"]),
    "empty.jsonl": (b"\n\n", ["E104"]),
    "page.html": (PAGE.encode("utf-8"), ["ok"]),
    "empty-page.html": (b"<html><head><title>x</title></head><body></body></html>", ["E108"]),
    # A legacy page: mostly Latin markup, so only its declared charset can tell cp1256 apart.
    "legacy-page.html": (PAGE.replace('charset="utf-8"', 'charset="windows-1256"')
                         .replace("\u200c", " ").replace("ی", "ي").replace("ک", "ك").encode("cp1256"), ["ok"]),
    "no-extension": (BODY.encode("utf-8"), ["ok"]),
}
EXPECTED_ENCODING = {"legacy-page.html": "cp1256", "utf16le.txt": "utf-16-le", "utf16be.txt": "utf-16-be", "utf8-bom.txt": "utf-8-sig",
                     "legacy.txt": "cp1256", "no-extension": "utf-8", "page.html": "utf-8"}


def _outcome(item) -> str:
    return "ok" if isinstance(item, RawArticle) else item.error.code


@pytest.fixture()
def bad_dir(tmp_path):
    for name, (data, _) in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_each_input_gives_expected_outcomes(bad_dir, name):
    items = list(read_source(str(bad_dir / name)))
    assert [_outcome(i) for i in items] == BAD_INPUTS[name][1]
    for item in items:
        if isinstance(item, InputFailure):
            assert str(bad_dir / name) in item.error.message  # the message names the source
            assert "hint:" in item.error.message
        else:
            assert item.text.strip()
            if name in EXPECTED_ENCODING:
                assert item.encoding == EXPECTED_ENCODING[name]


def test_missing_path_is_unreadable(tmp_path):
    missing = str(tmp_path / "nope.txt")
    assert discover([missing]) == [missing]
    (item,) = read_source(missing)
    assert isinstance(item, InputFailure) and item.error.code == "E101" and missing in item.error.message


def test_directory_counts_add_up(bad_dir):
    (bad_dir / ".hidden.txt").write_text(BODY, encoding="utf-8")
    (bad_dir / ".git").mkdir()
    (bad_dir / ".git" / "x.txt").write_text(BODY, encoding="utf-8")
    paths = discover([str(bad_dir)])
    assert [p.rsplit("/", 1)[1] for p in paths] == sorted(BAD_INPUTS)  # hidden skipped, sorted
    total = 0
    for path in paths:
        items = list(read_source(path))
        assert len(items) >= 1
        total += len(items)
    assert total == sum(len(outcomes) for _, outcomes in BAD_INPUTS.values())


def test_jsonl_lines_ok_plus_errors_equal_line_count(bad_dir):
    items = list(read_source(str(bad_dir / "mixed.jsonl")))
    assert len(items) == len(_jsonl_lines())
    ok = [i for i in items if isinstance(i, RawArticle)]
    assert [i.id for i in ok] == ["a-1", "mixed.jsonl:4"]
    assert ok[0].source == "a-1" and ok[0].published_text == "1402-05-01" and ok[0].published is None
    assert ok[0].format == "jsonl"
    broken = items[1]
    assert broken.id == "mixed.jsonl:2" and "line 2" in broken.error.message
    assert items[2].id == "a-3" and "line 3" in items[2].error.message


def test_html_page_metadata(bad_dir):
    (item,) = read_source(str(bad_dir / "page.html"))
    assert item.format == "html"
    assert item.title == "بازدید شهردار رشت از طرح‌های عمرانی"
    assert "طرح‌های عمرانی منطقه دو" in item.text  # ZWNJ kept through trafilatura
    assert "صفحه اصلی" not in item.text and "کلیه حقوق" not in item.text  # nav, footer gone
    assert item.agency == "خبرگزاری آزمون"
    assert item.published_text == "2024-02-10"


def test_big_jsonl_line_is_too_large_and_next_line_survives(tmp_path):
    path = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "ب" * 5000}, ensure_ascii=False)
    small = json.dumps({"id": "small", "text": "نشست شورای شهر رشت برگزار شد."}, ensure_ascii=False)
    path.write_text(big + "\n" + small + "\n", encoding="utf-8")
    assert [_outcome(i) for i in read_source(str(path), max_chars=1000)] == ["E105", "ok"]


@pytest.mark.parametrize(
    "data, fmt, expected",
    [
        (BODY.encode("utf-8"), "text", ["ok"]),
        (b"", "text", ["E104"]),
        (b" \n\t ", "text", ["E104"]),
        (("\n".join(_jsonl_lines()[:2]) + "\n").encode("utf-8"), "jsonl", ["ok", "E106"]),
        (PAGE.encode("utf-8"), "html", ["ok"]),
    ],
)
def test_stdin(data, fmt, expected):
    items = list(read_source("-", stdin=io.BytesIO(data)))
    assert [_outcome(i) for i in items] == expected
    for item in items:
        if isinstance(item, RawArticle):
            assert item.format == fmt


class _TextStdin(io.TextIOWrapper):
    """What the CLI passes: ``sys.stdin``, a text stream with a ``.buffer``."""


@pytest.mark.parametrize(
    "make",
    [
        lambda data: _TextStdin(io.BytesIO(data), encoding="utf-8"),  # like sys.stdin
        lambda data: io.StringIO(data.decode("utf-8")),  # a text stream without .buffer
        lambda data: io.BufferedReader(io.BytesIO(data)),  # a binary stream with peek
    ],
)
def test_stdin_stream_kinds(make):
    data = ("\n".join(_jsonl_lines()) + "\n").encode("utf-8") * 200  # > buffer sizes, multi-byte chars
    items = list(read_source("-", stdin=make(data)))
    assert len(items) == 200 * len(_jsonl_lines())
    assert [_outcome(i) for i in items[:6]] == BAD_INPUTS["mixed.jsonl"][1]
    assert items[0].text == "نشست شورای شهر مشهد دیروز برگزار شد."


def test_discover_keeps_stdin_and_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b" / "10.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    got = discover(["-", str(tmp_path), "missing.txt"])
    assert got == ["-", str(tmp_path / "a.txt"), str(tmp_path / "b" / "10.txt"), str(tmp_path / "b" / "2.txt"),
                   "missing.txt"]
    assert discover([]) == []


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("".encode("utf-8"), "utf-8"),
        ("   ".encode("utf-8"), "utf-8"),
        (BODY.encode("utf-8"), "utf-8"),
        (BODY.encode("utf-8-sig"), "utf-8-sig"),
        (BODY.encode("utf-16"), "utf-16-le"),
        (BODY.encode("utf-16-le"), "utf-16-le"),  # no BOM: NUL parity of the ASCII spaces/newlines
        (LEGACY.encode("cp1256"), "cp1256"),
    ],
)
def test_decode_bytes(data, encoding):
    decoded = decode_bytes(data, source="t")
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff") == data.decode(encoding).lstrip("\ufeff")


@pytest.mark.parametrize(
    "data, error",
    [
        (b"\x00\x01\x02\x03binary\x00", BinaryInput),
        (BODY.encode("utf-8") + b"\xff", DecodingError),  # damaged UTF-8 is not read as cp1256 mojibake
        (b"\xff\xfe\x00\xd8", DecodingError),  # UTF-16 BOM, lone surrogate
    ],
)
def test_decode_bytes_errors(data, error):
    with pytest.raises(error):
        decode_bytes(data, source="t")
