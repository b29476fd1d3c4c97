"""Page metadata and boilerplate ranges: Persian cases written for the tests, plus the seeds."""
from __future__ import annotations

import pytest

from pipeline.ingest import analyse_page, read_source
from pipeline.records import RawArticle

ZWNJ = "\u200c"
HEADER = "کد خبر : 51234\nانتشار : ۱۴۰۲/۰۲/۱۸ - 09:05\n{cat} : تبریز\nچاپ\n\n"
BODY = "شهردار تبریز از گشایش پل جدید خبر داد.\n\nوی گفت: این پل ترافیک مرکز شهر را کاهش می‌دهد.\n"


@pytest.mark.parametrize("raw", ["", "   ", " \n\t\r\n "])
def test_empty_and_blank(raw):
    page = analyse_page(raw)
    assert page.title is None and page.boilerplate == () and page.agency is None and page.news_id is None


@pytest.mark.parametrize(
    "cat", ["دسته‌بندی", "دستهبندی", "دسته بندی", "دسته" + ZWNJ + " بندی", "دسته\u200cبندي"]
)
def test_header_category_spellings(cat):
    raw = HEADER.format(cat=cat) + "پل جدید تبریز گشایش یافت\n\n" + BODY
    page = analyse_page(raw)
    assert (page.news_id, page.category) == ("51234", "تبریز")
    assert page.published_text == "۱۴۰۲/۰۲/۱۸ - 09:05"
    assert page.title == "پل جدید تبریز گشایش یافت"
    s, e = page.boilerplate[0]
    assert s == 0 and raw[s:e].endswith("چاپ")  # the header block, raw offsets
    assert "شهردار تبریز" not in "".join(raw[s:e] for s, e in page.boilerplate)


@pytest.mark.parametrize(
    "raw, news_id, published",
    [
        ("كد خبر: ۹۸۷۶\nتاريخ انتشار : 1385/07/12\n\nمتن خبر درباره شوراي شهر.", "۹۸۷۶", "1385/07/12"),  # Arabic ك ي
        ("عنوان خبر\nکد خبر : 77\n\nمتن خبر.", "77", None),  # header after the headline
        ("کد خبر را در انتهای متن ببینید.\n", None, None),  # prose, not a header line
    ],
)
def test_header_variants(raw, news_id, published):
    page = analyse_page(raw)
    assert (page.news_id, page.published_text) == (news_id, published)


@pytest.mark.parametrize(
    "paragraph, agency",
    [
        ("به گزارش سایت خبری مدارا؛ شهردار شیراز گفت: ...", "سایت خبری مدارا"),
        ("به نوشته مهر؛ وزیر کشور گفت: ...", "مهر"),
        ("به گزارش خبرگزاری فارس از رشت، شورای شهر ...", "خبرگزاری فارس"),
        ("به گزارش خبرگزاري فارس به نقل از روابط عمومي، ...", "خبرگزاري فارس"),
        ("به گزارش خبرگزاری فارس و به نقل از سایت فدراسیون، ...", "خبرگزاری فارس"),
        ("خبرگزاری فارس: رئیس دانشگاه تهران گفت ...", "خبرگزاری فارس"),
        ("خبرگزاري فارس - يك استاد دانشگاه گفت ...", "خبرگزاري فارس"),
        ("به گزارش خبرنگار پارلمانی فارس، جلسه علنی ...", "فارس"),
        ("به گزارش خبرنگار سیاسی خبرگزاری ایسنا، ...", "خبرگزاری ایسنا"),
        ("به گزارش خبرنگار ما، جلسه ...", None),
        ("وزیر کشور گفت: به گزارش ها توجه کنید.", None),
        ("", None),
    ],
)
def test_agency(paragraph, agency):
    raw = "عنوان خبر\n\n" + paragraph + "\n"
    assert analyse_page(raw).agency == agency


def test_agency_skips_boilerplate():
    raw = "عنوان\n\nمتن خبر.\n\nاخبار مرتبط:\nبه گزارش ایرنا؛ خبر دیگری\n"
    assert analyse_page(raw).agency is None


def test_repeated_title_and_trailing_blocks():
    title = "تفاهمنامه همکاری شهرداری رشت و دانشگاه گیلان امضا شد"
    raw = (
        f"{title}\n\nخلاصه خبر.\n\n{title.replace('تفاهمنامه', 'تفاهم نامه')}\n\n"
        "به گزارش سایت خبری نمونه؛ مراسم امضای تفاهمنامه دیروز برگزار شد.\n\n"
        "اخبار مرتبط:\nجشنواره گل در رشت برگزار شد\nجشنواره گل در رشت برگزار شد\n\n"
        "ارسال دیدگاه\n\nدیدگاهتان را بنویسید\n\nنام *\n\nنشانی ایمیل شما منتشر نخواهد شد.\n\n"
        "تمامی حقوق این سایت محفوظ است\n"
    )
    page = analyse_page(raw)
    assert page.title == title
    covered = [raw[s:e] for s, e in page.boilerplate]
    assert covered[0] == title.replace("تفاهمنامه", "تفاهم نامه")  # the repeat, spelled differently
    assert covered[1].startswith("اخبار مرتبط") and covered[1].endswith("تمامی حقوق این سایت محفوظ است")
    assert page.agency == "سایت خبری نمونه"
    assert not any(s <= raw.index("مراسم امضای") < e for s, e in page.boilerplate)
    assert not any(s <= 0 < e for s, e in page.boilerplate)  # the headline itself stays


def test_copyright_in_a_long_paragraph_is_prose():
    para = "وی گفت: کلیه حقوق شهروندان محفوظ است و " + "شهرداری موظف به رعایت آن است " * 15
    assert analyse_page("عنوان\n\n" + para + "\n").boilerplate == ()


def test_crlf_offsets():
    raw = "عنوان خبر\r\n\r\nمتن خبر.\r\n\r\nکلیه حقوق محفوظ است\r\n"
    page = analyse_page(raw)
    (s, e), = page.boilerplate
    assert raw[s:e] == "کلیه حقوق محفوظ است"


# ----------------------------------------------------------------------------- seeds
def _seed(shared_dir, prefix):
    (path,) = sorted((shared_dir / "seeds").glob(prefix + "_*.txt"))
    (item,) = read_source(str(path))
    assert isinstance(item, RawArticle)
    return item


def test_seed_004_metadata_and_boilerplate(shared_dir):
    item = _seed(shared_dir, "004")
    assert item.id.startswith("004_") and item.id.endswith(".txt")
    assert item.news_id == "330607"
    assert "۱۴۰۳/۱۱/۰۳" in item.published_text and "03:19" in item.published_text
    assert item.category == "اصفهان"
    assert item.agency == "سایت خبری مدارا"
    assert item.published is None

    def covered(phrase):
        pos = item.text.index(phrase)
        return any(s <= pos and pos + len(phrase) <= e for s, e in item.boilerplate)

    for phrase in ("کد خبر", "چاپ", "اخبار مرتبط", "ارسال دیدگاه", "نشانی ایمیل شما", "کلیه حقوق محفوظ است",
                   "هواشناسی اصفهان هشدار"):
        assert covered(phrase), phrase
    # the duplicated headline is covered, its first occurrence is not
    first = item.text.index(item.title)
    second = item.text.index(item.title, first + 1)
    assert not covered_at(item, first) and covered_at(item, second)
    for pos in _all(item.text, "جمالینژاد"):
        assert not covered_at(item, pos)
    assert covered_at(item, len(item.text.rstrip()) - 1)


def covered_at(item, pos):
    return any(s <= pos < e for s, e in item.boilerplate)


def _all(text, phrase):
    pos = text.find(phrase)
    while pos >= 0:
        yield pos
        pos = text.find(phrase, pos + 1)


def test_seed_000_plain(shared_dir):
    item = _seed(shared_dir, "000")
    assert item.title == item.text.strip().splitlines()[0].strip()
    assert item.boilerplate == ()
    assert item.encoding == "utf-8" and item.format == "text"
