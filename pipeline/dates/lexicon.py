"""Words that make up Persian date expressions, and the regex fragments built from them.

The finder runs its patterns over ``fold(text)``: a copy of the text with the *same length*
(one character in, one character out), so match offsets are offsets into the input. Folding
maps Arabic ي/ك to Persian ی/ک and Persian/Arabic-Indic digits to ASCII; it keeps ZWNJ, which
the patterns accept wherever a space may stand ("مهر‌ماه", "مهر ماه", "مهرماه").
"""
from __future__ import annotations

import re

_FOLD = str.maketrans(
    {
        "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا",
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
        "\u00a0": " ", "\u2009": " ", "\u202f": " ",
        "\u200e": "\u200c", "\u200f": "\u200c",  # bidi marks behave like ZWNJ between words
        "\u00ad": "\u200c",  # a soft hyphen written for ZWNJ ("پنج\u00adشنبه")
    }
)


def fold(text: str) -> str:
    """Same-length folding: letters, digits, odd spaces. ``len(fold(t)) == len(t)``."""
    return text.translate(_FOLD)


def to_int(digits: str) -> int:
    """``int`` of a folded or unfolded digit string (Persian, Arabic-Indic or ASCII)."""
    return int(fold(digits))


# Separators inside one expression: spaces/tabs (never a newline) and ZWNJ.
SP = r"(?:[^\S\n]|\u200c)*"
SP1 = r"(?:[^\S\n]|\u200c)+"
# a word, no digit in it, its ZWNJs only between letters: after SP1, whose ZWNJs it never takes, so a scraped run of
# hundreds of ZWNJs is read once (a word class that took ZWNJ too made "(?:{SP1}word){1,3}" backtrack for seconds)
WORD = r"[^\s\u200c\d.،,؛:!?؟]+(?:\u200c+[^\s\u200c\d.،,؛:!?؟]+)*"
# Word boundaries that treat ZWNJ as a boundary (Python's \w covers Persian letters/digits).
B0 = r"(?<![\w])"
B1 = r"(?![\w])"


def _alt(words) -> str:
    """Regex alternation of phrases, longest first; a space inside a phrase matches SP."""
    parts = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.sub(r"(?:\\ |\u200c)", lambda _: SP, re.escape(w)) for w in parts) + ")"


def _key(s: str) -> str:
    return re.sub(r"[\s\u200c]+", "", fold(s))


# ---------------------------------------------------------------------------------- months
JALALI_MONTHS = {
    1: ["فروردین", "فرودین"],  # the second a common misspelling
    2: ["اردیبهشت", "اردی بهشت", "اردبیهشت"],  # the last a common misspelling
    3: ["خرداد"],
    4: ["تیر"],
    5: ["مرداد", "امرداد"],
    6: ["شهریور"],
    7: ["مهر"],
    8: ["آبان", "ابان"],
    9: ["آذر", "اذر"],
    10: ["دی"],
    11: ["بهمن"],
    12: ["اسفند", "اسپند"],
}
GREGORIAN_MONTHS = {
    1: ["ژانویه", "ژانویهٔ", "ژانوئیه", "ژانویه‌ی", "جنوری"],
    2: ["فوریه", "فبریه", "فوریهٔ", "فوریه‌ی", "فبروری"],  # (the ezafe written out, as January's: "از فوریه‌ی ۲۰۱۵")  # "فبروری", "سپتمبر", "اکتوبر", "نومبر", "دسمبر": Afghan
    3: ["مارس", "مارچ"],
    4: ["آوریل", "اوریل", "آپریل", "اپریل"],
    5: ["مه", "می"],  # ambiguous words: only accepted next to a 4-digit year
    6: ["ژوئن", "ژوین", "جون"],
    7: ["ژوئیه", "ژوییه", "ژویه", "جولای", "ژوئیهٔ", "ژوییه‌ی"],  # (text is folded: "ژوئیه‌ی" reads "ژوییه‌ی")
    8: ["اوت", "آگوست", "اگوست", "آگست", "اگست", "اوگوست"],
    9: ["سپتامبر", "سپتمبر"],
    10: ["اکتبر", "اکتوبر"],
    11: ["نوامبر", "نوامبری", "نومبر"],
    12: ["دسامبر", "دسمبر"],
}
HIJRI_MONTHS = {
    1: ["محرم", "محرم الحرام"],
    2: ["صفر", "صفر المظفر"],
    3: ["ربیع الاول", "ربیع الاولی", "ربیع الأول", "ربیع الاوّل"],
    4: ["ربیع الثانی", "ربیع الآخر", "ربیع الاخر", "ربیع الثانیه"],
    5: ["جمادی الاول", "جمادی الاولی", "جمادی الأولی"],
    6: ["جمادی الثانی", "جمادی الثانیه", "جمادی الآخر", "جمادی الاخر", "جمادی الآخره", "جمادی الاخره"],
    7: ["رجب", "رجب المرجب"],
    8: ["شعبان", "شعبان المعظم"],
    9: ["رمضان", "رمضان المبارک", "رمضون"],  # "رمضون": spoken
    10: ["شوال", "شوال المکرم"],
    11: ["ذی القعده", "ذیقعده", "ذوالقعده", "ذی القعدة", "ذی‌القعده"],
    12: ["ذی الحجه", "ذیحجه", "ذوالحجه", "ذی الحجة", "ذی‌الحجه"],
}
# English month names in Latin script ("16 June 2016" in a page's stamp): only with a day and
# a four-digit year, like the ambiguous Persian ones.
LATIN_MONTHS = {m: [name, name[:3]] if len(name) > 3 else [name] for m, name in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}
for _m, _names in LATIN_MONTHS.items():
    GREGORIAN_MONTHS[_m] = GREGORIAN_MONTHS[_m] + _names + [n.lower() for n in _names] + [n.upper() for n in _names]
# "می"/"مه" are also a verb prefix and "fog": never accepted without a year.
AMBIGUOUS_GREGORIAN = {"مه", "می"} | {n for ns in GREGORIAN_MONTHS.values() for n in ns if n.isascii()}


def _index(table: dict[int, list[str]]) -> dict[str, int]:
    return {_key(w): m for m, ws in table.items() for w in ws}


JALALI_INDEX = _index(JALALI_MONTHS)
GREGORIAN_INDEX = _index(GREGORIAN_MONTHS)
HIJRI_INDEX = _index(HIJRI_MONTHS)


# The solar months by their Dari (Afghan) names, "۱۵ حمل" = "۱۵ فروردین": Jalali months under
# zodiac names. Kept apart from JALALI_INDEX: every one is also an everyday word.
DARI_MONTHS = {"حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6,
               "میزان": 7, "عقرب": 8, "قوس": 9, "جدی": 10, "دلو": 11, "حوت": 12}


def month_number(word: str, calendar: str) -> int:
    table = {"jalali": JALALI_INDEX, "gregorian": GREGORIAN_INDEX, "hijri": HIJRI_INDEX}[calendar]
    return table[_key(word)]


# A month word may be followed by "ماه" glued, with ZWNJ or with a space ("مهرماه", "مهر ماه").
MAH = r"(?:" + SP + r"ماه)"
JMONTH = _alt(w for ws in JALALI_MONTHS.values() for w in ws)
GMONTH = _alt(w for ws in GREGORIAN_MONTHS.values() for w in ws if w not in AMBIGUOUS_GREGORIAN)
GMONTH_ANY = _alt(w for ws in GREGORIAN_MONTHS.values() for w in ws)
HMONTH = _alt(w for ws in HIJRI_MONTHS.values() for w in ws)
# the epithet a Hijri month may take ("محرم الحرام", "رمضان المبارک")
HTAIL = rf"(?:{SP1}(?:الحرام|المظفر|المرجب|المعظم|المبارک|المکرم))?"

# ---------------------------------------------------------------------------------- weekdays
# Persian week: شنبه (Saturday) = 0 ... جمعه (Friday) = 6.
# (also with the number written in digits, spoken and in chat: "از ۵ شنبه هم تخفیف می‌دیم"; the text is
# folded to ASCII digits first)
WEEKDAYS = {
    0: ["شنبه"],
    1: ["یکشنبه", "یک شنبه"],
    2: ["دوشنبه", "دو شنبه", "2 شنبه"],
    3: ["سه شنبه", "سهشنبه", "3 شنبه"],
    4: ["چهارشنبه", "چهار شنبه", "4 شنبه"],
    5: ["پنجشنبه", "پنج شنبه", "5 شنبه"],
    6: ["جمعه"],
}
WEEKDAY_INDEX = {_key(w): i for i, ws in WEEKDAYS.items() for w in ws}
WEEKDAY = _alt(w for ws in WEEKDAYS.values() for w in ws)


def weekday_number(word: str) -> int:
    return WEEKDAY_INDEX[_key(word)]


# ---------------------------------------------------------------------------------- numbers
_UNITS = {1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت", 9: "نه"}
_ORD_UNITS = {1: "یکم", 2: "دوم", 3: "سوم", 4: "چهارم", 5: "پنجم", 6: "ششم", 7: "هفتم",
              8: "هشتم", 9: "نهم"}
ORDINAL_DAYS: dict[str, int] = {}
for _n, _w in _ORD_UNITS.items():
    ORDINAL_DAYS[_w] = _n
ORDINAL_DAYS.update({"اول": 1, "نخست": 1, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13,
                     "چهاردهم": 14, "پانزدهم": 15, "پونزدهم": 15, "شانزدهم": 16, "هفدهم": 17,
                     "هفتدهم": 17, "هجدهم": 18, "هیجدهم": 18, "هژدهم": 18, "نوزدهم": 19,
                     "بیستم": 20, "سی ام": 30, "سیام": 30, "سی‌ام": 30})
for _n, _w in _ORD_UNITS.items():
    ORDINAL_DAYS[f"بیست و {_w}"] = 20 + _n
ORDINAL_DAYS["سی و یکم"] = 31
ORDINAL_DAYS["غره"] = 1  # the first of a month in old letters and deeds ("غره شعبان ۱۳۴۲ قمری")
# Cardinal day words only from twenty up: "دو تیر" is more often "two arrows" than a date.
for _n, _w in _UNITS.items():
    ORDINAL_DAYS[f"بیست و {_w}"] = 20 + _n
ORDINAL_DAYS["سی و یک"] = 31
# Cardinal day words ("هفت اسفند", "پنج مهر", "سی سپتامبر"), checked where they are read: "دو
# تیر" is more often "two arrows". Not "یک" ("یک تیر و دو نشان") nor "نه" ("no").
CARDINAL_DAYS = {w: n for n, w in _UNITS.items() if n not in (1, 9)} | {
    "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "شانزده": 16,
    "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30}  # "سی سپتامبر"
CARDINAL_DAY = _alt(CARDINAL_DAYS)
# an hour in words after "ساعت" ("ساعت هفت و ۲۰ دقیقه صبح"): "یک" and "نه" too, as "ساعت" precedes
# (and "ساعت صفر": midnight, the hour a scheme starts from, "از ساعت صفر بامداد جمعه")
HOUR_WORDS = {w: n for n, w in _UNITS.items()} | {"ده": 10, "یازده": 11, "دوازده": 12, "صفر": 0}
ORDINAL_INDEX = {_key(w): n for w, n in ORDINAL_DAYS.items()}
ORDINAL_INDEX.update({_key(w): n for w, n in CARDINAL_DAYS.items()})
DAY_WORD = _alt(ORDINAL_DAYS)


def day_word_number(word: str) -> int:
    return ORDINAL_INDEX[_key(word)]


# Words that may stand before "سال/هفته/روز گذشته" and make it a duration ("سه سال گذشته").
NUMBER_WORDS = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده",
                "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "هیجده", "نوزده", "بیست", "سی", "چهل", "پنجاه", "صد", "چند", "چندین",
                "هزار", "میلیون", "میلیارد", "صدها", "هزاران", "میلیون‌ها", "ده‌ها", "دهها",
                "همه", "تمام", "شصت", "هفتاد", "هشتاد", "نود", "دویست", "سیصد", "چهارصد", "پانصد",
                "ششصد", "هفتصد", "هشتصد", "نهصد", "نیم",  # "سه و نیم سال گذشته", "نیم سال گذشته"
                "صد\u200cها", "چن", "خورده\u200cای", "خرده\u200cای", "یه"]  # spoken and ZWNJ forms: "چن سال پیش", "یه سال دیگه"
DURATION_BEFORE = re.compile(
    # not "سی" of "بی‌بی‌سی"; "هزار و ۲۰۰ سال قبل" is a count too
    r"(?:[0-9]+|(?<![\w\u200c])" + _alt(NUMBER_WORDS) + r")(?:" + SP1 + r"و)?" + SP + r"$"
)

# Counters/units: a number followed by one of these is a quantity, not a two-digit year.
UNITS = ["نفر", "درصد", "هزار", "میلیون", "میلیارد", "تن", "کیلو", "کیلومتر", "متر", "سانتی",
         "ساعت", "دقیقه", "ثانیه", "روز", "سال", "ماه", "هفته", "مورد", "واحد", "عدد", "دستگاه",
         "ریال", "تومان", "تومن", "دلار", "یورو", "پوند", "درهم", "لیر", "لیره", "روبل", "یوان", "دینار", "فرانک", "روپیه", "نقطه", "قلم", "باب", "رأس", "راس", "هکتار", "لیتر",
         "مترمکعب", "بار", "برابر", "امتیاز", "گل", "تیم", "کشور", "شهر", "استان", "روستا",
         "خانوار", "شرکت", "اثر", "جلد", "طرح", "پروژه", "میلی", "مگاوات", "کیلووات",
         "ساله", "درجه", "سهم", "فقره", "خودرو", "دانش", "نوع", "مرحله", "شماره",
         "نسخه", "غرفه", "صفحه", "قطعه", "بشکه", "تخت", "رأی", "رای", "سکه", "گرم",
         "کیلوگرم", "اصله", "فروند", "داوطلب", "کتاب", "قطار", "اتوبوس", "واگن", "پرواز", "ویال", "دوز",
         "جزء", "سوره", "آیه", "کیسه", "جعبه", "کارتن", "بسته", "برگ", "فروشگاه", "شعبه", "لیوان", "شیشه", "بطری", "پرس", "سیخ",
         "کلاف", "طاقه", "قواره", "سی سی",  # (skeins, bolts and lengths of yarn and cloth: "تا پایان دی‌ماه ۲۰ کلاف تحویل می‌دیم")  # not "کودک", "دانشجو": "سال ۵۷ دانشجو بود" is a year
         "مثقال",  # (a weight of saffron: "برای شب یلدا ۳۰ مثقال زعفرون")
         "جفت",  # (pairs: "برای یلدا ۵۰ جفت دستکش کادویی سفارش بدین")
         "اینچ",  # (inches: "۱۲ تا تیر ۳۰ اینچی", arrows thirty inches long)
         "پرسشنامه",  # (questionnaires: "در این گزارش ۱۳۹۰ پرسشنامه ناقص ... کنار گذاشته شد")
         "نمره"]  # (marks: "راننده‌ای که در یک سال ۱۰ نمره منفی بگیرد")
# whole words, with their usual suffixes ("نفره", "کیلومتری"), but not "شهرداری" after "شهر"
# "عنوان کرد" (stated) is a light verb, not "titles": "بودجه سال ۹۵ عنوان کرد".
UNIT_AFTER = re.compile(
    # not "تنها" (only), which is "تن" (tonne) + "ها" by its letters; not "ساعت" of a clock
    # ("۲ آذر ۹۵ ساعت ۱۴:۲۳": the year, then the time)
    # nor "رای" of the verb "رای دادن" ("آخرین بار خرداد ۸۴ رای دادم": the year, then the vote)
    SP + r"(?!تنها(?![\w]))(?!ساعت" + SP + r"[0-9]{1,2}" + SP + r":)"
    + r"(?!(?:رای|رأی)" + SP1 + r"(?:ن?داد|داده|ن?می" + SP + r"ده|بده))"
    # nor "امتیاز" of a concession ("در ۱۴ ربیع‌الاول ۱۳۱۸ امتیاز راه شوسه ... تمدید شد": no points)
    # (or of a Qajar franchise: "در ۱۳ ذی‌الحجه ۱۳۴۵ امتیاز تراموای برقی ... داده شد")
    + r"(?!امتیاز" + SP1 + r"(?:راه|احداث|انحصار|بهره|تاسیس|تأسیس|ساخت|کشتیرانی|نفت|تلگراف|بانک|چاپ|معدن"
    + r"|تراموا|تراموای|واگن|خط|استخراج|صید|شیلات|تنباکو|توتون|انتشار|روزنامه|گمرک|برق|روشنایی|جنگل|کشت)(?![\w]))"
    # nor "بار دیگر" (once more) after four digits: "در ۱۳۵۴ بار دیگر به میان آمد" (but "۲ بار دیگر" counts)
    + r"(?!(?<=[0-9][0-9][0-9][0-9][\s\u200c])بار" + SP1 + r"(?:دیگر|دیگه)(?![\w]))"
    # nor "هفته‌ای" of a rate ("تا ۱۳۱۱ هفته‌ای ۲ پرواز داشت": two a week, no count of weeks)
    + r"(?!(?:هفته|روزی|ماهی|سالی)(?:\u200c?ای)?" + SP1 + r"[0-9])"
    # nor "شرکت" of "شرکت کردن" (to take part): "کنکور ۸۸ شرکت کنم"
    + r"(?!شرکت" + SP1 + r"(?:ب?کن|کرد|ن?می" + SP + r"کن|نکرد|داده|دادن|داد|می" + SP + r"دن))"  # (also "... نوروز ۸۹ شرکت داده می‌شه": entered in it)
    # nor "داوطلب" said of someone, a copula after it ("اهداکنندگان سال ۸۹ داوطلب بوده‌اند": they were volunteers)
    + r"(?!داوطلب" + SP1 + r"(?:بود|بوده|بودند|بودن|است|اند|هستند|هست|شد|شده|شدند)(?![^\W\d]))"
    # nor "بسته" of "بستن" (to conclude, to close): "قرارداد رو از مرداد ۸۷ بسته بودیم"
    # (or stayed closed: "گرمابه‌ها تا ۱۹۴۱ بسته ماندند"; or is to be: "که حساب ۱۴۰۱ بسته بشه")
    + r"(?!بسته" + SP1 + r"(?:بود|بودیم|بودند|بودید|بودم|شد|شده|شدند|است|ایم|اند|هست|هستیم|ماند|ماندند|موند|موندن|می" + SP + r"ماند|می" + SP + r"مونه"
    + r"|بشه|بشود|بشن|بشوند|می" + SP + r"شه|می" + SP + r"شود)(?![\w]))"
    # nor "برابر با" (equal to): "شهریور ۹۸ برابر با سپتامبر ۲۰۱۹" is a gloss, not "twice" (so is
    # "برابر" before a number: "منتهی به اسفند ۹۵ برابر ۸.۹ درصد"); nor
    # "برابری می‌کند" (equals): "با مدت مشابه سال ۸۷ برابری می‌کند"; nor "برابر است" (is equal): "... که با
    # ۸ محرم ۱۲۶۱ برابر است"
    # (or before a month of another calendar: "در ربیع‌الثانی ۱۳۲۹ برابر آوریل ۱۹۱۱ تکمیل شد")
    + r"(?!برابر" + SP1 + r"(?:با(?![\w])|[0-9]|(?:است|بود|بوده|هست)(?![\w])|(?:" + GMONTH_ANY + "|" + JMONTH + "|" + HMONTH + r")(?![\w])))(?!برابری" + SP1 + r"(?:می" + SP + r"کند|می" + SP + r"کنند|کرد|کرده|کردند|دارد))(?:" + _alt(UNITS) + r"|عنوان(?!" + SP + r"(?:کرد|کرده|نمود|نموده|شد|شده|می[\s\u200c]?(?:کند|کنند|شود)))"
    # nor a noun owned ("تقویم‌های ۱۳۹۸ شرکت‌تون": your company's, no count); but a measure's
    # adjective owned is still a measure ("نمایشگاه ۱۴۰۰ متری‌مون": our 1400-metre one)
    # (also with a spoken "we are" or "you are" glued on: "شب یلدا ۱۲ نفریم")
    + r")(?:ی(?=\u200c(?:تون|مون|شون|تان|مان|شان)(?![\w]))|(?:ی|ه|ها|های|ای|یم|ید|ین)?(?![\w])(?!\u200c(?:تون|مون|شون|تان|مان|شان)(?![\w])))")

# Eras written after a year.
# A lone "ش" / "ق" after a year is the scholarly abbreviation ("۱۳۴۲ ش", "۱۳۷۲ ق").
ERA_JALALI = _alt(["هجری شمسی", "هـ.ش", "ه.ش", "هـ . ش", "ه . ش", "هـ ش", "ه ش", "شمسی", "خورشیدی", "ش"])
ERA_GREGORIAN = _alt(["میلادی", "م."])
ERA_HIJRI = _alt(["هجری قمری", "هـ.ق", "ه.ق", "هـ . ق", "ه . ق", "هـ ق", "ه ق", "قمری", "ق"])

# Parts of the day: they sit around relative words and after clock hours.
DAYPART = _alt(["صبح", "ظهر", "بعدازظهر", "بعد از ظهر", "عصر", "شب", "بامداد", "غروب", "سحر", "سحرگاه",
                "قبل از ظهر", "پیش از ظهر", "شامگاه", "صبحگاه"])
# Added to an hour written with this part of the day (12-hour clock -> 24-hour clock).
PM_PARTS = {"ظهر", "بعدازظهر", "بعدازظهر", "عصر", "شب", "غروب"}

# Days of modern Iranian history that "حماسه / قیام / واقعه ..." names without a year: (day,
# month) -> the Jalali year it happened. 22 Bahman is left out: "حماسه ۲۲ بهمن" is as often this
# year's march as the revolution.
HISTORIC_DAYS = {
    (15, 3): 1342,   # قیام ۱۵ خرداد
    (3, 3): 1361,    # حماسه سوم خرداد, Khorramshahr retaken
    (17, 6): 1357,   # واقعه ۱۷ شهریور
    (13, 8): 1358,   # سیزدهم آبان, the embassy taken
    (19, 10): 1356,  # قیام ۱۹ دی قم
    (29, 11): 1356,  # قیام ۲۹ بهمن تبریز
    (18, 4): 1378,   # واقعه ۱۸ تیر
    (23, 4): 1378,   # حماسه ۲۳ تیر
    (9, 10): 1388,   # حماسه ۹ دی
    (28, 5): 1332,   # کودتای ۲۸ مرداد
    (2, 3): 1376,    # حماسه دوم خرداد, the 1997 election
}
# "دوم خرداد" of the 1997 election is named so after انتخابات / پس از as well
ELECTION_CUE = re.compile(r"(?:انتخابات|پس[\s\u200c]+از|بعد[\s\u200c]+از|حماسه|جریان|اصلاحات)[\s\u200c]+$")
HISTORIC_CUE = re.compile(
    r"(?:حماسه|حماسه\u200cهای|حماسه\u200cی|قیام|واقعه|فاجعه|کشتار|نهضت|کودتا|کودتای)(?![\w])")

# Years written in words ("سال پنجاه و هفت", "هشتم شهریور شصت", "هزار و سیصد و پنجاه و
# هفت"): the tens and units of a two-digit Jalali year, or a whole year after its thousand and
# hundreds as official and legal texts write it ("آبان‌ماه یک هزار و سیصد و هشتاد و دو", "آذرماه
# یک هزار و سیصد و شانزده شمسی"). A Jalali month takes JALALI_YEAR_WORD; "سال" takes YEAR_WORD,
# whose seventeen, eighteen and nineteen hundreds and "دو هزار" are Gregorian ("سال هزار و
# هفتصد و هشتاد میلادی", "دو هزار و بیست").
TENS = {"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90}
_UNIT_VALUES = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9}
_TEENS = {w: n for w, n in CARDINAL_DAYS.items() if 10 <= n <= 19}
_HUNDREDS = {"دویست": 1200, "سیصد": 1300, "چهارصد": 1400, "هفتصد": 1700, "هشتصد": 1800, "نهصد": 1900}
_TWO_DIGITS = rf"(?:{_alt(TENS)})(?:{SP}و{SP}(?:{_alt(_UNIT_VALUES)}))?"
_BELOW_HUNDRED = rf"(?:{_TWO_DIGITS}|{_alt(_TEENS)}|{_alt(_UNIT_VALUES)})"
_THOUSAND = rf"(?:یک{SP})?هزار"


def _thousands(hundreds) -> str:
    return rf"{_THOUSAND}{SP}و{SP}(?:{_alt(hundreds)})(?:{SP}و{SP}{_BELOW_HUNDRED})?"


JALALI_YEAR_WORD = rf"(?:{_thousands(['دویست', 'سیصد', 'چهارصد'])}|{_TWO_DIGITS})"  # also the 1200s of Qajar lives
YEAR_WORD = rf"(?:{_thousands(_HUNDREDS)}|دو{SP}هزار(?:{SP}و{SP}{_BELOW_HUNDRED})?|{_TWO_DIGITS})"


_NUMBER_WORD = re.compile(_alt(["هزار", *TENS, *_UNIT_VALUES, *_TEENS, *_HUNDREDS]))


def year_word_value(text: str, base: int = 1300) -> int:
    """The year a YEAR_WORD match names: "پنجاه و هفت" -> 1357, "هزار و چهارصد و دو" -> 1402,
    "هزار و نهصد و نوزده" -> 1919, "دوهزاروپنج" -> 2005. Two digits alone are of ``base``'s
    century: written out, a year is told of the past ("سال چهل و دو" is 1342, not 1442)."""
    words = _NUMBER_WORD.findall(text)
    if "هزار" in words:
        # "یک هزار", "دو هزار": the words before "هزار" count thousands
        i = words.index("هزار")
        thousands = sum(_UNIT_VALUES.get(w, 0) for w in words[:i]) or 1
        rest = words[i + 1:]
        return thousands * 1000 + sum(_HUNDREDS.get(w, 0) % 1000 + TENS.get(w, 0) + _UNIT_VALUES.get(w, 0)
                                      + _TEENS.get(w, 0) for w in rest)
    return base + sum(TENS.get(w, 0) + _UNIT_VALUES.get(w, 0) for w in words)


# Minutes in words before "دقیقه" ("ساعت یازده و چهل دقیقه", "هفت و بیست و پنج دقیقه")
_MINUTE_TENS = {w: n for w, n in TENS.items() if n <= 50}
MINUTE_WORD = (rf"(?:{_alt(_MINUTE_TENS)}(?:{SP1}و{SP1}{_alt(_UNIT_VALUES)})?|{_alt(_TEENS)}|{_alt(_UNIT_VALUES)})")


def minute_word_value(text: str) -> int:
    """"چهل" -> 40, "بیست و پنج" -> 25."""
    return sum(_MINUTE_TENS.get(w, 0) + _TEENS.get(w, 0) + _UNIT_VALUES.get(w, 0)
               for w in re.split(r"[\s\u200c]+", text) if w != "و")


# A page, programme, film or book named in guillemets after its noun ("مستند «یک روز در
# اردیبهشت»", "صفحه «امروز در تاریخ»"): its words name no day (not quoted speech, "گفت: «...»").
# (also the plural, "روزنامه‌های «وطن امروز»", and the next title of a list: "... و «آرمان امروز»")
TITLE_OPEN_BEFORE = re.compile(
    rf"{B0}(?:صفحه|برنامه|ستون|بخش|کتاب|فیلم|سریال|مجموعه|روزنامه|نشریه|نمایش|مستند|شبکه|کانال|پادکست|رمان|آلبوم|ترانه|شعر"
    rf"|همایش|کنفرانس|سمینار|جشنواره|نمایشگاه)"  # (a gathering's name: "همایش «تقویم جلالی و ایران امروز»")
    rf"(?:{SP}ی|{SP}(?:ها|های)|{SP1}(?:تلویزیونی|رادیویی|کوتاه|سینمایی))?{SP1}«$"
    rf"|»{SP}(?:و|[،,]){SP}«$")


def in_title(f: str, start: int, end: int, reach: int = 60) -> bool:
    """``f[start:end]`` lies inside guillemets opened right after a title's noun."""
    opened = f.rfind("«", max(0, start - reach), start)
    if opened < 0 or "»" in f[opened:start] or not TITLE_OPEN_BEFORE.search(f, max(0, opened - 30), opened + 1):
        return False
    closed = f.find("»", end, end + reach)
    return closed >= 0 and "«" not in f[end:closed]
