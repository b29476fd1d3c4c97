"""Boilerplate ranges: the repeated headline and the blocks pages append after the article.

A page saved as text carries, after the body, a related-news list ("اخبار مرتبط:" followed by
other headlines and leads), a comment form ("ارسال دیدگاه", "دیدگاهتان را بنویسید", "نشانی
ایمیل شما منتشر نخواهد شد ...") and copyright lines ("کلیه حقوق محفوظ است"). Their names,
places and dates are not the article's facts. We return raw ranges and never edit the text.
"""
from __future__ import annotations

import re

from pipeline.text.keys import match_key

from .cues import any_cue, cue
from .lines import Line

# A heading line that opens a related-news list (the line is only the heading).
_RELATED = re.compile(
    any_cue("اخبار مرتبط", "خبرهای مرتبط", "مطالب مرتبط", "اخبار پیشنهادی", "مطالب پیشنهادی", "بیشتر بخوانید",
            "پربازدیدترین‌ها", "آخرین اخبار")
    + r"[ \t]*[:：]?[ \t]*"
)
# Comment-form lines: short lines that contain one of these.
_COMMENT = re.compile(
    any_cue("ارسال دیدگاه", "ارسال نظر", "دیدگاهتان را بنویسید", "دیدگاه خود را بنویسید", "نظر خود را بنویسید",
            "نشانی ایمیل شما منتشر نخواهد شد", "آدرس ایمیل شما منتشر نخواهد شد", "نظرات کاربران")
)
_COPYRIGHT = re.compile(
    rf"(?:{any_cue('کلیه', 'تمامی', 'همه')}[ \t\u200c]+{cue('حقوق')}.{{0,100}}{cue('محفوظ')}|©|{cue('کپی رایت')}|copyright)",
    re.IGNORECASE,
)
_MAX_CUE_LINE = 300  # a comment/copyright cue inside a long paragraph is prose, not page chrome
_FORM_FILLER = 60  # short lines between two comment cues ("نام", "ایمیل *") belong to the form


def repeated_title(lines: list[Line], title: str | None, skip_first: bool) -> list[tuple[int, int]]:
    """Raw ranges of lines that repeat the headline.

    ``skip_first``: the headline's first occurrence in the text is the headline itself (title
    taken from the text, or a source whose text also prints it once) and stays extractable.
    """
    key = match_key(title or "")
    if not key:
        return []
    # Spelling variants (spaces, ZWNJ) change the length a little, never double it; the length
    # test spares computing the key of every body paragraph.
    low, high = len(key) // 2, 2 * len(key) + 16
    out = []
    first = skip_first
    for line in lines:
        if line.blank or not low <= len(line.text) <= high or match_key(line.text) != key:
            continue
        if first:
            first = False
            continue
        out.append(line.stripped_span())
    return out


def trailing_blocks(lines: list[Line], text_end: int) -> list[tuple[int, int]]:
    """Raw ranges of related-news lists, comment forms and copyright lines."""
    kinds = []  # (index, kind) of cue lines
    for i, line in enumerate(lines):
        folded = line.text.strip()
        if not folded or len(folded) > _MAX_CUE_LINE:
            continue
        if _RELATED.fullmatch(folded):
            kinds.append((i, "related"))
        elif _COPYRIGHT.search(folded):
            kinds.append((i, "copyright"))
        elif _COMMENT.search(folded):
            kinds.append((i, "comment"))
    # For each cue, the line index of the next comment/copyright cue after it (None: none).
    next_closing: list[int | None] = [None] * len(kinds)
    following = None
    for n in range(len(kinds) - 1, -1, -1):
        next_closing[n] = following
        if kinds[n][1] != "related":
            following = kinds[n][0]
    out: list[tuple[int, int]] = []
    for n, (i, kind) in enumerate(kinds):
        start = lines[i].stripped_span()[0]
        if kind == "related":
            # The list runs to the next comment/copyright cue, or to the end of the text.
            nxt = next_closing[n]
            end = lines[nxt].start if nxt is not None else text_end
            out.append((start, end))
            continue
        out.append(lines[i].stripped_span())
        if kind == "comment" and n + 1 < len(kinds) and kinds[n + 1][1] == "comment":
            between = lines[i + 1: kinds[n + 1][0]]
            if all(len(line.text.strip()) <= _FORM_FILLER for line in between):
                out.append((lines[i].end, lines[kinds[n + 1][0]].start))
    return out
