"""Bytes -> text for Persian news files: UTF-8 (with or without BOM), UTF-16, Windows-1256.

Order matters. Windows-1256 maps almost every byte to some character, and UTF-8 Persian read
as cp1256 comes out as Arabic-script letters too (mojibake such as "ط§ظ„"), so a generic
detector can pick cp1256 for a damaged UTF-8 file. We therefore try strict UTF-8 first, then
a BOM, then reject data that is mostly valid UTF-8 with a few broken bytes (a damaged UTF-8
file, not a legacy one), and only then accept cp1256 when the result reads as Persian.
charset-normalizer is the last resort for other legacy encodings.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from pipeline.errors import BinaryInput, DecodingError

_BOMS = (  # (mark, codec that consumes it, the name we record)
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),  # before UTF-16 LE: its BOM starts with FF FE too
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)
MAX_CONTROL_RATIO = 0.05  # above this share of control characters a "text" is binary data
MIN_PERSIAN_RATIO = 0.6  # share of Arabic-script letters among letters for a cp1256 text
MAX_MOJIBAKE_RATIO = 0.25  # share of ط ظ ع غ (UTF-8 lead bytes D8-DB read as cp1256)
MIN_VALID_UTF8_RATIO = 0.5  # a file whose non-ASCII is mostly valid UTF-8 is broken UTF-8
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
SNIFF_BYTES = 1 << 16  # ratios are estimated on a prefix: enough for a verdict, cheap for 5 MB


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")  # C0/C1 minus whitespace


def _control_ratio(text: str) -> float:
    return len(_CONTROL.findall(text)) / len(text) if text else 0.0


def _arabic_script_ratio(text: str) -> tuple[float, float]:
    """(share of Arabic-script letters among letters, share of ط ظ ع غ among those)."""
    letters = [ch for ch in text if ch.isalpha()]
    arabic = [ch for ch in letters if "\u0600" <= ch <= "\u06ff"]
    if not letters or not arabic:
        return 0.0, 0.0
    lead = sum(1 for ch in arabic if ch in "طظعغ")
    return len(arabic) / len(letters), lead / len(arabic)


def _valid_utf8_share(data: bytes) -> float:
    """Share of non-ASCII characters that decode as UTF-8 (vs replacement characters)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    return good / (good + bad) if good + bad else 0.0


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM: NULs fall on one parity (ASCII spaces/digits are "x 00")."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if max(even, odd) < 8 * max(1, min(even, odd)):
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if _control_ratio(text[:SNIFF_BYTES]) <= MAX_CONTROL_RATIO else None


def declared_charset(head: bytes) -> str | None:
    """The encoding an HTML page declares (``<meta charset=...>`` or ``http-equiv``), if Python
    knows it."""
    m = _META_CHARSET.search(head)
    if m is None:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, source: str, declared: str | None = None) -> Decoded:
    """Decode a file's bytes; raises ``BinaryInput`` or ``DecodingError`` naming ``source``.

    ``declared``: an encoding the file itself names (an HTML page's meta charset). It is tried,
    strictly, after BOMs and UTF-8: markup is mostly Latin letters, so the Persian-letter test
    that guards the cp1256 guess cannot judge a page, but its declaration can.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), name)
            except UnicodeDecodeError as exc:
                raise DecodingError(
                    f"starts with a {name} byte-order mark but does not decode ({exc.reason} at byte {exc.start})",
                    source=source,
                ) from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return Decoded(text, "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be")
        raise BinaryInput(f"contains NUL bytes ({data.count(0)} of {len(data)} bytes): binary data", source=source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    else:
        if _control_ratio(text[:SNIFF_BYTES]) > MAX_CONTROL_RATIO:
            raise BinaryInput("mostly control characters: binary data", source=source)
        return Decoded(text, "utf-8")

    if declared and declared not in ("utf-8", "ascii"):
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall through to the checks below
    head = data[:SNIFF_BYTES]
    if _valid_utf8_share(head) >= MIN_VALID_UTF8_RATIO:
        raise DecodingError(
            f"invalid UTF-8 at byte {first_error.start} ({first_error.reason}) in an otherwise UTF-8 file",
            source=source,
        )
    text = data.decode("cp1256", errors="replace")
    if _control_ratio(text[:SNIFF_BYTES]) > MAX_CONTROL_RATIO:
        raise BinaryInput("mostly control characters: binary data", source=source)
    persian, mojibake = _arabic_script_ratio(text[:SNIFF_BYTES])
    if persian >= MIN_PERSIAN_RATIO and mojibake <= MAX_MOJIBAKE_RATIO and "\ufffd" not in text:
        return Decoded(text, "cp1256")
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return guess
    raise DecodingError(
        f"not UTF-8 (byte {first_error.start}: {first_error.reason}), no BOM, and not Windows-1256 Persian",
        source=source,
    )


def _charset_normalizer_guess(data: bytes) -> Decoded | None:
    """Last resort for other legacy encodings; accepted only when it reads as clean text."""
    from charset_normalizer import from_bytes  # imported lazily: slow to import, rarely needed

    best = from_bytes(data[: 4 * SNIFF_BYTES]).best()
    if best is None or best.encoding in ("utf_8", "cp1256") or best.percent_chaos > 10:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _control_ratio(text[:SNIFF_BYTES]) > MAX_CONTROL_RATIO:
        return None
    return Decoded(text, best.encoding)
