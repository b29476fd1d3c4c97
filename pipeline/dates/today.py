"""Is this "امروز" the day of the report, or "these days"? ("امروز جهان تشنه فرهنگ است",
"نسل امروز", "تا امروز").

Hand-written rules read the clause around the word: quoted commentary, a contrast with the past,
"today's X", a state told with a copula and nothing happening in the clause. Tuned round by
round, they still took a fifth of unseen "امروز" the wrong way (most of them commentary read as
the day), so a logistic regression decides: it reads the words beside "امروز" and in its
clause together with the rules' signals and verdict."""
from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path

from .candidate import KE_RIGHT_BEFORE, UNTIL_BEFORE
from .clauses import CLAUSE_END, COPULA, EXTENDED_AFTER, FUTURE, PAST_ONLY, PAST_VERB, PRESENT_ACT, SCHEDULED, clause_with_verb, happens
from .cues import _ALSO_AFTER
from .lexicon import B0, B1, DAY_WORD, GMONTH, HMONTH, JMONTH, NUMBER_WORDS, SP, SP1, WORD, WEEKDAY, _alt, in_title

# Trained by benchmarks/train_today.py on hand labels (benchmarks/data/today_labels.jsonl and
# the "امروز" of the date gold sets); plain JSON weights, read without scikit-learn.
MODEL_PATH = Path(__file__).with_name("today_model.json")

_FROM_BEFORE = re.compile(rf"{B0}از{SP1}$")

_WEATHER = re.compile(
    rf"{B0}(?:آسمان|هوا|هوای|دما|دمای|دریا|بارندگی|بارش|باران|برف|ابری|آفتابی|مه{SP}آلود|غبار|گردوغبار|"
    rf"هواشناسی|وزش|طوفان|توفان|یخبندان|کولاک)(?![\w])")

# where "امروز" opens a judgement rather than a report: after a contrast with the past, after
# "به گفته", at a clause start after a comma or "اما/ولی"
_TODAY_COMMENTARY_BEFORE = re.compile(
    rf"(?:(?:در{SP})?گذشته|یک{SP1}روز|روزی|دیروز|به{SP1}گفته{SP1}(?:وی|او|\w+)|به{SP1}اعتقاد{SP1}\w+|"
    rf"[،,]|اما|ولی|لیکن|اگر|نیز|چه{SP1}بسا|که|ما){SP}(?:\w+{SP1}){{0,1}}$")

# "امروز هم/نیز ...", "امروز که تورم رو به کاهش است": these days too, now that
_TODAY_ALSO = re.compile(rf"{SP1}(?:هم|نیز|دیگر|دیگه|که){B1}")

# a sentence told as someone's view: "به اعتقاد وی، نسل امروز ... هستند"
_OPINION_LEAD = re.compile(rf"[^\S\n]*(?:به{SP1}(?:گفته|اعتقاد|عقیده|باور|نظر)){B1}")

_DAY_NOUN_AFTER = re.compile(rf"{SP1}(?:صبح|عصر|ظهر|شب|بعدازظهر|در{SP1}(?:جلسه|مراسم|نشست|دیدار|حاشیه|جمع))")

# what the speakers did or set off to do that day, spoken, in the few words after it: "امروز هم
# باختیم", "ما امروز از قم راه می‌افتیم", "عمو امروز از هامبورگ راه می‌افته"
_OWN_DOING_AFTER = re.compile(
    rf"(?:{SP1}(?:هم|دیگه))?(?:{SP1}[^\s.،,؛:!؟]+){{0,4}}?{SP1}"
    rf"(?:ن?(?:رفت|اومد|باخت|خورد|گرفت|رسید|برگشت|فرستاد|پخت|خرید)(?:یم|م|ین)|راه{SP1}می{SP}افت(?:م|یم|ه|ن|ند)){B1}")
# "ما که امروز کلاس داریم": a session the speakers have that day
_SCHEDULED_AFTER = re.compile(rf"{SP1}(?={SCHEDULED.pattern})")
# "نه، امروز نیستم؛ شنبه ... بازه": where the speaker is that day, spoken
_HERE_OR_NOT_AFTER = re.compile(rf"{SP1}(?:نیستم|نیستیم|هستم|هستیم)(?={SP}(?:[.،,؛!?؟]|$))")
# "جاده کندوان امروز از ساعت ۱۰ یک‌طرفه می‌شود": from an hour of this day on
_FROM_HOUR_AFTER = re.compile(rf"{SP1}از{SP1}ساعت{SP1}[0-9]")
# "امروز هر ساعتی خواستید بیاید ببرید": any hour of this day
_ANY_HOUR_AFTER = re.compile(rf"{SP1}هر{SP1}(?:ساعتی|ساعت{SP}ای|وقت|موقع|وقتی)(?:{SP1}که)?{SP1}(?:خواستید|خواستین|خواستی|خواستن|می{SP}خواید|میخواید){B1}")
# "... جوش دادیم، امروز فقط ضدزنگ و رنگش مونده": what is left of a job for that day, spoken (not the
# written "امروز تنها یک راه باقی مانده است", these days, nor "تا امروز هم بهش وفادار مونده", up to now)
_LEFT_SPOKEN_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,4}}?{SP1}(?:باقی{SP1})?مونده(?:{SP}ست)?(?:{SP}[.،,؛!?؟]|$)")
# ("به جای امروز، فردا صبح میایم": the day a plan is moved from)
# "امروز خارک‌چینی داریم، ۲۵۰ خوشه": a job or an event we have on the day, spoken, closing its clause
# (not a want or a trouble of these days: "امروز مشکل داریم")
_WE_HAVE_ON_IT_AFTER = re.compile(rf"{SP1}(?!(?:مشکل|نیاز|کمبود|احتیاج|مشکلات|بحران|انتظار|امید){B1})[^\s\d.،,؛:!?؟]+{SP1}داریم(?={SP}(?:[،,.!؟?]|$))")
_INSTEAD_OF_BEFORE = re.compile(rf"{B0}(?:به{SP1}جای|بجای|به{SP}جا{SP}ی){SP1}$")
# ("امروز فقط شیرینی خشک داریم": all one has today, spoken; 5 of 5 in the written sets)
_ONLY_HAVE_AFTER = re.compile(rf"{SP1}فقط(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,3}}?{SP1}(?:داریم|دارم|هستیم|هستم)(?:{SP}[.،,؛!?؟]|$)")
# ("تا امروز هیچ جوابی نگرفتم": up to now; "پارسال مثل همین امروز با پسرم رفتیم": a day like this one)
_UNTIL_WORD_BEFORE = re.compile(rf"{B0}(?:تا|(?:مثل|مانند)(?:{SP1}همین)?){SP1}$")
_NAMES_THE_DAY = re.compile(rf"{SP1}(?:(?:مصادف|همزمان){SP1}با|سالروز|سالگرد|روز{SP1}(?:جهانی|ملی))")

# "امروز سی‌امین سالگرد آن واقعه است", "امروز دومین روز سال است", "امروز، یکم اردیبهشت، ...":
# this day named by its place among anniversaries or in the year, or glossed by its date
_ORDINAL_OR_DATE_AFTER = re.compile(
    rf"(?:{SP1}(?:هم|دیگه|دیگر))*{SP1}(?:(?:\w+{SP1}و{SP1})*\w+{SP}(?:امین|مین)|نخستین|اولین|آخرین|واپسین){SP1}(?:سالگرد|سالروز|روز){B1}"  # (also "امروز هم دیگه آخرین روز تابستونه")
    rf"|{SP1}(?:آخرین|واپسین){SP1}مهلت{B1}"  # "امروز آخرین مهلت ثبت درخواست ... است": a deadline's day
    # (or the year of a thing's life marked today: "امروز پنجاه و چهارمین سال کار آن جشن گرفته می‌شود")
    rf"|{SP1}(?:\w+{SP1}و{SP1})*\w+{SP}(?:امین|مین){SP1}سال(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,4}}{SP1}(?:جشن|گرامی){B1}"
    rf"|(?:{SP}[،,(]{SP}|{SP1})(?:{DAY_WORD}|[0-9]{{1,2}}){SP1}(?:{JMONTH}|{GMONTH}|{HMONTH})(?:{B1}|\u200cست{B1})"  # "امروز سوم خرداد، ...", "امروز پنجم ژوئن", "امروز اول محرم است", "امروز اول ژانویه‌ست"
    # "جمعیت جهان امروز دوشنبه ۹ آبان ...": its weekday and date written after it
    # (or after a comma, of any calendar: "امروز، سه‌شنبه ۹ ذی‌الحجه ۱۴۴۴، روز عرفه است")
    rf"|(?:{SP}[،,]{SP}|{SP1})(?:{WEEKDAY}){SP}[،,]?{SP}(?:{DAY_WORD}|[0-9]{{1,2}}){SP1}(?:{JMONTH}|{HMONTH}|{GMONTH}){B1}"
    # (or its day of the month alone, spoken: "اول تیر قرار بود برسه، امروز سومه و هنوز خبری نیست")
    rf"|{SP1}(?:{DAY_WORD})(?:ه|{SP1}(?:است|هست))(?={SP}(?:[.،,؛!?؟]|$|و{B1}))")
# "به مناسبت روز جهانی موزه، امروز ورود ... رایگان است": the occasion that names this day, just before
_OCCASION_BEFORE = re.compile(rf"{B0}(?:به{SP1}مناسبت|روز{SP1}(?:جهانی|ملی)){B1}[^.!?؟:\n]{{0,40}}[،,]{SP}$")
# "تا پایان امروز", "از ساعت ۱۴ امروز": the end or a clock time of this very day
# ("شماره امروز روزنامه‌ها": today's issue)
# "از ابتدای مهر ۱۳۹۱ تا امروز ۶۴ مورد ثبت شده", "از ۱۱ مرداد ... تا امروز": a count up to this
# day from the start of a month or a year named, or from a day of a month (not "از سال ۹۰ تا امروز",
# "از آغاز تا امروز", "از اول جنگ تا امروز": up to now, as the labelled news reads them)
_FROM_TIME_TO_BEFORE = re.compile(
    rf"{B0}از{SP1}(?:(?:ابتدای|آغاز|اول|اوایل|نیمه){SP1}(?:{JMONTH}|{HMONTH}|{GMONTH}|سال(?!{SP}ها)|امسال|ماه|هفته)"
    rf"|(?:[0-9]{{1,2}}{SP1})?(?:{JMONTH}|{HMONTH}|{GMONTH}){B1})[^.!?؟:؛\n]{{0,40}}{SP1}تا{SP1}$")
# "این ماه تا امروز فقط ۱۲ تا", "فروش نوروزی امسال تا امروز ...": a count up to this day from the
# start of this month, week or year, named just before
_THIS_SPAN_TO_BEFORE = re.compile(rf"{B0}(?:این{SP1}(?:ماه|هفته)|امسال|سال{SP1}جاری|نوروز{SP1}(?:امسال|[0-9]{{4}}))"
                                  rf"(?:{SP1}[^\s\d.!?؟:؛،,]+){{0,2}}{SP1}تا{SP1}$")
# "خرید ... از صبح دوشنبه ۱۶ اردیبهشت شروع شد و تا امروز ۳۴ هزار تن ...", "کشت گندم که دو ماه پیش
# آغاز شد تا امروز ...": up to this day from a start told just before, on a day named or so long ago
_BEGUN_THEN_TO_BEFORE = re.compile(rf"{B0}(?:آغاز|شروع){SP1}(?:شد|شده|گردید)(?:{SP1}است)?{SP}[،,]?(?:{SP1}و)?{SP1}تا{SP1}$")
# "صادرات ... از روز سه‌شنبه ۱ ژانویه ۲۰۰۸ ... کاهش یافت و تا امروز نیز ادامه دارد": going on up to this
# day from a day named
_GOES_ON_AFTER = re.compile(rf"(?:{SP1}(?:نیز|هم))?{SP1}ادامه{SP1}(?:دارد|داره|داشته|یافته){B1}")
# (or from a part of a month: "از نیمه ژانویه ۲۰۲۱ ... روبه‌رو شدند و این وضع تا امروز ادامه دارد")
_FROM_DATE_BEFORE = re.compile(rf"{B0}از{SP1}(?:(?:روز{SP1})?(?:{WEEKDAY}{SP1})?(?:[0-9]{{1,2}}|{DAY_WORD}){SP1}"
                               rf"|(?:نیمه|اواسط|اوایل|اواخر|ابتدای|آغاز){SP1}(?:ماه{SP1})?)(?:{JMONTH}|{GMONTH}|{HMONTH}){B1}")
_START_TOLD = re.compile(rf"{B0}(?:{JMONTH}|{GMONTH}|{WEEKDAY}|دیروز|پریروز|(?:[0-9]+|{_alt(NUMBER_WORDS)}){SP1}(?:روز|هفته|ماه){SP1}پیش){B1}")
_THIS_DAY_BEFORE = re.compile(rf"{B0}(?:پایان|آخر|انتهای|ساعات{SP1}پایانی|شماره|نسخه"
                              rf"|(?:وقت|ساعت|ساعات){SP1}(?:اداری|کاری)){SP1}$"  # ("تا پایان وقت اداری امروز")
                              rf"|{B0}ساعت{SP1}[0-9]{{1,2}}(?:{SP}[:٫]{SP}[0-9]{{2}})?{SP1}$"
                              # "پس همین امروز مدارک رو بفرستین": this very day (not "پارسال مثل همین
                              # امروز", the same date a year before)
                              rf"|(?<!مثل )(?<!مانند )(?<!عین ){B0}همین{SP1}$")

# "دیروز و امروز بیش از ۹ هزار گردشگر ... دیدن کردند": two days told together, this one among them
# tomorrow told in the clause before, this day set against it: "فردا سال تحویله، امروز آخرین نوبتمه"
_TOMORROW_CLAUSE_BEFORE = re.compile(rf"(?:^|[.!?؟\n]){SP}(?:فردا|پس{SP}فردا)(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,4}}{SP}[،,؛]{SP}$")
_YESTERDAY_AND_BEFORE = re.compile(rf"{B0}(?:دیروز|پریروز){SP1}و{SP1}$")
_LIKE_THIS_DAY_BEFORE = re.compile(rf"{B0}(?:مثل|مانند|عین){SP1}همین{SP1}$")
# "پارسال در همین روزها تراز دریاچه ۱۲۷۰٫۱ متر بود، اما امروز ...": this time last year set against
# this day (4 of 4 in the written sets)
_SAME_TIME_LAST_YEAR_BEFORE = re.compile(rf"{B0}(?:پارسال|سال{SP1}(?:گذشته|قبل|پیش))(?:{SP1}در)?{SP1}"
                                         rf"(?:همین{SP1}(?:روزها|موقع|زمان|ایام|وقت)|چنین{SP1}روزی){B1}[^.؟?!]*$")
# "عید را امروز و شیعیان این کشور فردا جشن می‌گیرند": today set against tomorrow, two days
_TOMORROW_PAIRED_AFTER = re.compile(rf"{SP1}و{SP1}(?:[^\s\d.،,؛:!?؟]+{SP1}){{0,4}}(?:فردا|پس{SP}فردا){B1}"
                                    # (or further on, "از فردا" a run from it: "امروز فقط ۳۰ داروخانه باز است و
                                    # بیماران می‌توانند از فردا تا ۵ فروردین ...")
                                    rf"|{SP1}[^.!?؟:\n]{{0,60}}?{SP1}و{SP1}(?:[^\s\d.،,؛:!?؟]+{SP1}){{0,6}}از{SP1}فردا{SP1}تا{B1}"
                                    # (or a day of a month, our own doing on each: "امروز کابل‌کشی می‌کنیم و دستگاه
                                    # رو بعد از عید، ۵ فروردین نصب می‌کنیم")
                                    rf"|{SP1}[^\s\d.،,؛:!?؟]+{SP1}می{SP}[^\W\d]+یم{SP1}و{SP1}[^.!?؟:\n]{{0,40}}?(?<![0-9])[0-9]{{1,2}}{SP1}(?:{JMONTH}|{GMONTH}){B1}"
                                    # (or joined right away to days of a month: "پایگاه‌ها امروز و از ۲ تا ۴ فروردین ... فعال هستند")
                                    rf"|{SP1}و{SP1}(?:از{SP1})?(?<![0-9])[0-9]{{1,2}}{SP1}(?:(?:و|تا){SP1}[0-9]{{1,2}}{SP1})?(?:{JMONTH}|{GMONTH}){B1}")

_THAT_BEFORE = re.compile(rf"{B0}(?:اینکه|این{SP}که)(?:{SP1}\w+){{0,3}}{SP1}$")

# an office or a body whose noun ends its name: "وزیر اقتصاد امروز گفت", "کمیسیون فرهنگ امروز"
# (or a body named by its field: "فرهنگستان هنر امروز اعلام کرد")
_OFFICE_BEFORE = re.compile(rf"{B0}(?:وزیر|وزارت|معاون|معاونت|رئیس|رییس|سازمان|کمیسیون|اداره|مدیرکل|مدیر|دبیر|شورای|ستاد"
                            rf"|فرهنگستان|انجمن|بنیاد|پژوهشگاه|پژوهشکده|دانشکده){SP1}$")
# (or a scholar of the field, a word of it between: "پژوهشگر تاریخ اقتصاد امروز در گفت‌وگو با ما گفت")
_SCHOLAR_OF_BEFORE = re.compile(rf"{B0}(?:پژوهشگر|کارشناس|استاد|تحلیلگر|تحلیل{SP}گر|متخصص|مدرس)(?:{SP1}[^\s\d.،,؛:!?؟]+)?{SP1}$")
# "دنیای امروز", "جهان امروز": today's world, no day.
# (whole words: "سازمان امروز اعلام کرد" holds "زمان" but is a body acting this day)
_TODAY_GENERIC = re.compile(
    rf"(?<![\w\u200c])(?:دنیای|دنیا|جهان|عصر|دوران|روزگار|زمان|نسل|انسان|جامعه|شرایط|عرصه|تکلیف|نیاز|نیازهای|"
    rf"مسائل|مشکلات|(?<!اسلامی\s)ایران|دنیای{SP}پرشتاب|تا{SP}به|فرهنگ|جوان|جوانان|جوان{SP}های|نوجوانان|نوجوان{SP}های|"
    # "مشکل امروز صنعت", "جهان دیجیتال امروز", "از قدیم تا امروز": today's X, up to now
    rf"مشکل|مساله|مسئله|معضل|دیجیتال|صنعت|اقتصاد|بشر|بشریت|وضعیت|وضع|سینمای|ادبیات|هنر|زنان|"
    rf"انسان{SP}های|ایرانیان|مسلمانان|سیاست|تا|دیروز{SP}و){SP}$"
)


# how far back a sentence is looked for: a run with no sentence end must not make every "امروز"
# in it read the whole text before it
_READ_BACK = 3000


def _sentence_start(f: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (after ". ! ? ؟" or a newline), at most
    _READ_BACK characters back."""
    lo = max(0, pos - _READ_BACK)
    found = max(f.rfind(c, lo, pos) for c in ".\n!?؟")
    return found + 1 if found >= 0 else lo


def _generic_today(f: str, start: int, end: int, stop: int) -> bool:
    """"رقیب امروز پایه‌های این صنعت را هدف گرفته است": inside quoted speech (after a colon)
    with no past or future verb, "امروز" means "nowadays", not the publication day."""
    if _NAMES_THE_DAY.match(f, end):
        return False  # "امروز سالروز ..."، "امروز روز ملی ...": it names this very day
    if _WEATHER.search(f, max(0, start - 60), stop):
        return False  # "امروز آسمان گیلان ابری است": a forecast's copula is about this day
    sentence_start = _sentence_start(f, start)
    colon = max(f.rfind(":", 0, start), f.rfind("：", 0, start))
    quoted = colon >= 0 and colon >= sentence_start - 1
    if quoted or _THAT_BEFORE.search(f, max(0, start - 30), start):
        # "با اشاره به اینکه هدف ورزش امروز سلامت جامعه است، ...", "گفت: امروز چالش اصلی
        # شهر ترافیک است، ...": a state of these days, told with a copula in its own clause.
        clause = CLAUSE_END.search(f, end, stop)
        clause = clause.start() if clause else stop
        if (COPULA.search(f, end, clause) and not PAST_VERB.search(f, end, clause)
                and not FUTURE.search(f, end, clause) and not PRESENT_ACT.search(f, end, clause)):
            return True
    if _FROM_BEFORE.search(f, max(0, start - 4), start):
        return False  # "از امروز": from this day on
    opens = not f[sentence_start:start].strip() or f[sentence_start:start].strip() == "و"
    if opens:
        # "امروز جهان تشنه فرهنگ اسلام است": a sentence that opens on "امروز" and states
        # something with a copula; "امروز از مامانم پرسیدم" (a verb the lists lack) stays a day
        clause = clause_with_verb(f, end, stop)
        if not COPULA.search(f, end, clause):
            opens = False
    if not quoted and not opens and not _TODAY_COMMENTARY_BEFORE.search(f, max(0, start - 30), start) \
            and not _TODAY_ALSO.match(f, end) and not _OPINION_LEAD.match(f, sentence_start):
        return False
    if quoted and (happens(f, end, stop) or _DAY_NOUN_AFTER.match(f, end)):
        return False
    # "امروز هم چنین است", "... بودند، امروز شرمنده‌اند", "به گفته وی امروز شرکت‌ها موتور
    # توسعه هستند", "گفت: امروز تمدن نمی‌تواند ...": nothing happens in the clause (no past,
    # future or act of the day), so "امروز" is "these days".
    return not (happens(f, end, clause_with_verb(f, end, stop)) or _DAY_NOUN_AFTER.match(f, end))


_DONE_WITH_THEM_AFTER = re.compile(rf"{SP1}[^\s\d.،,؛:!?؟]+(?:شون|ش){SP1}می{SP}(?:کنیم|کنم|دیم|دم){B1}")
_AND_BEFORE = re.compile(rf"{B0}و{SP1}$")
# a year two generations back or more, as the news writes it (Jalali or lunar 1200-1349, Gregorian 1500-1949)
_OLD_YEAR_WRITTEN = re.compile(r"(?<![0-9])(?:12[0-9]{2}|13[0-4][0-9]|1[5-8][0-9]{2}|19[0-4][0-9])(?![0-9])")
_COUNT_IS_AFTER = re.compile(rf"{SP1}[0-9]+{SP1}[^\s\d.،,؛:!?؟]+(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}(?:فعال{SP1})?(?:است|هستند|وجود{SP1}دارد|دارد){B1}")
# ... or against the founding told before it ("فدراسیون ... در سال ۱۹۶۰ میلادی تاسیس شد و امروز ۶۰ کشور عضو آن هستند")
_FOUNDED = re.compile(rf"{B0}(?:تاسیس|تأسیس|بنا|پایه{SP}گذاری|بنیان{SP1}گذاشته){SP1}(?:شد|شده|گردید){B1}")
# "... در سال ۱۹۹۲ میلادی در پراگ برگزار شد و امروز ۳۸ کشور در آن عضو هستند": how many there are now, after
# a year of this generation (one of long ago makes it "these days": _OLD_YEAR)
_COUNT_NOW_AFTER = re.compile(rf"{SP1}[0-9]+(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,4}}?{SP1}(?:هستند|هستن|است|هست)(?:{SP}[.،,؛!?؟]|$)")
_RECENT_YEAR = re.compile(r"(?<![0-9])(?:19[6-9][0-9]|20[0-3][0-9]|13[5-9][0-9]|140[0-9])(?![0-9])")
_OLD_YEAR = re.compile(r"(?<![0-9])(?:1[12][0-9]{2}|13[0-4][0-9]|18[0-9]{2}|19[0-5][0-9])(?![0-9])")
_COMES_IN_AFTER = re.compile(rf"{SP1}(?:(?:سفارش|تحویل|پول|بیعانه){SP1})?(?:بیاد|بیاید|برسه|برسد|بدید|بدین|بیارید|بیارین|بفرستید|بفرستین|ببرید|ببرین|نبرید|نبرین){B1}"  # (also "هدیه‌هایی که امروز سفارش بدید")
                             rf"|{SP1}(?:سفارش|تحویل){SP1}(?:بگیریم|بگیرم|بگیره|بگیرن){B1}")  # (or taken in: "هر چی امروز تحویل بگیریم ۲۷ اسفند آماده‌ست")
_I_DO_IT_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,3}}?{SP1}رو{SP1}(?:[^\s\d.،,؛:!?؟]+{SP1})?می{SP}?[^\W\d]+(?:م|یم){B1}")
_AGAIN_AFTER = re.compile(rf"{SP1}(?:دوباره|مجددا|مجدداً|باز{SP1}هم){B1}")
_AGAIN_AFTER_SPAN_AFTER = re.compile(rf"{SP1}(?:پس|بعد){SP1}از{SP1}(?:[0-9]+|{_alt(NUMBER_WORDS)}){SP1}(?:سال|ماه|هفته|روز)"
                                     rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}?{_AGAIN_AFTER.pattern}")
_SINCE_START_OF_BEFORE = re.compile(rf"{B0}از{SP1}(?:آغاز|ابتدای|شروع)(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,3}}{SP1}تا{SP1}$")
_YOUTH_TEAM = re.compile(rf"(?:جوانان|نوجوانان){SP1}$")
# "اسکی‌بازان جوان امروز ... مسابقه دادند": young ones of a plural noun, a subject like any other
# "اگه امروز ... بریزید", "اگه امروز بیاین": spoken "if", then the one spoken to doing something
_IF_SPOKEN_BEFORE = re.compile(rf"{B0}اگه{SP1}$")
# the day before named in a clause of its own, "امروز" opening the next ("دیروز ... اومد؛ امروز")
# (not the rhetoric of "until yesterday ..., today ...": "همانها که تا دیروز ... بودند، امروز ...")
# (or "but" alone between: "پریروز قرارداد باغ رو بستیم ولی امروز زنگ زدن")
# (or a few days ago, counted: "دو روز پیش که اومدم عکس‌ها آماده نبود، امروز آماده‌ست؟")
_DAYS_TOLD_BEFORE = re.compile(rf"(?<!تا[\s\u200c]){B0}(?:دیروز|پریروز|دیشب|(?:دو|سه|چند|[23]){SP1}روز{SP1}(?:پیش|قبل))(?={SP1}[^.!?؟\n]*(?:[،,؛]{SP}(?:(?:و|ولی|اما){SP1})?|{SP1}(?:ولی|اما){SP1})$)")
# (not "این سنت تا امروز ادامه دارد", lasting to this day)
_READY_BY_AFTER = re.compile(rf"{SP1}(?:آماده|حاضر|تموم|تمام){SP1}(?:باشه|باشد|بشه|شود|بشود){B1}")
_BOOKS_CLOSED_AFTER = re.compile(rf"(?:{SP1}[^\s.،,؛:!?؟]+){{0,6}}?{SP1}(?:بستیم|بستم|(?:تسویه|حساب){SP1}(?:کردیم|کردم)){B1}")
_TERM_NOUN_BEFORE = re.compile(rf"{B0}(?:ثبت{SP}نام|نام{SP}نویسی|پیش{SP}ثبت{SP}نام|مهلت|فرصت|پذیرش|پیش{SP}فروش)(?:{SP1}{WORD}){{0,3}}?{SP1}تا{SP1}$")
_STILL_OPEN_AFTER = re.compile(rf"{SP1}(?:باز{SP1}(?:است|هست)|بازه|مهلت{SP1}(?:دارند|دارید|دارن|دارین)){B1}")
_NOTICE_OF_BEFORE = re.compile(rf"{B0}(?:اطلاعیه|بیانیه|بخشنامه|مصوبه|نشست|جلسه|مصاحبه|دیدار)(?:{SP}ی)?{SP1}$")
# (the pasts PAST_VERB leaves out, their stems being nouns too, with a personal ending: "قرارداد رو بستیم")
# (or the third person, closing its clause: "دو روز پیش یه مشتری ۱۲ تا گلدون برد، امروز ...")
_PAST_OF_NOUN_STEMS = re.compile(rf"{B0}ن?(?:بست|خرید|دید|نشست|شکست)(?:م|یم|ید|ین|ند|ن){B1}"
                                 rf"|{B0}ن?(?:برد|بست|خرید|دید|شکست)(?={SP}[،,؛])")
_BIDDEN_YOU = re.compile(rf"{B0}ب[^\W\d]+(?:ید|ین){B1}")
_BIDDEN_YOU_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+)?{SP1}{_BIDDEN_YOU.pattern}")
_YOUNG_OF_PLURAL = re.compile(rf"(?:ان|{SP}ها){SP1}(?:نو)?جوان{SP1}$")
_TEAM_WORD_BEFORE = re.compile(rf"{B0}(?:تیم|تیم{SP}های)(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}{SP1}$")


def _generic_noun_today(f: str, start: int, end: int, stop: int) -> bool:
    """"جهان امروز", "مسائل امروز": today's world, no day. After a country's name, only when
    nothing happens in the clause: "ایران امروز با چالش روبروست" is these days, "سرمربی تیم
    ملی ایران امروز مهمان شبکه ورزش بودند" is this day."""
    m = _TODAY_GENERIC.search(f, max(0, start - 40), start)
    if not m:
        return False
    # (nor is the noun of an office or a body, "وزیر اقتصاد امروز گفت": it too is this day when
    # something happens in the clause)
    # (nor the youth of a team's name, "تیم ملی والیبال جوانان امروز فهرست را اعلام کرد")
    if not m.group(0).strip().startswith("ایران") and not _OFFICE_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
            and not _SCHOLAR_OF_BEFORE.search(f, max(0, m.start() - 24), m.start()) \
            and not (_YOUTH_TEAM.match(f, m.start(), start) and _TEAM_WORD_BEFORE.search(f, max(0, m.start() - 40), m.start())) \
            and not _YOUNG_OF_PLURAL.search(f, max(0, m.start() - 12), start):
        return True
    return not happens(f, end, clause_with_verb(f, end, stop))


def rule_generic(f: str, start: int, end: int, stop: int) -> bool:
    """The hand-written rules' verdict: "امروز" at ``f[start:end]`` means "these days"."""
    return _generic_noun_today(f, start, end, stop) or _generic_today(f, start, end, stop)


_WORD = re.compile(r"[\w\u200c]+")
_ZWNJ = "\u200c"
_NEWS_LEAD = re.compile(rf"{B0}به{SP1}(?:گزارش|نقل{SP1}از){B1}")
_SAID_BEFORE_COLON = re.compile(
    rf"{B0}(?:گفت|افزود|ادامه{SP1}داد|اظهار{SP1}(?:کرد|داشت)|بیان{SP1}(?:کرد|داشت)|تصریح{SP1}کرد|"
    rf"خاطرنشان{SP1}کرد|اظهارداشت|عنوان{SP1}کرد|یادآور{SP1}شد|تاکید{SP1}کرد|تأکید{SP1}کرد){SP}[:：]")
_OTHER_DAY = re.compile(rf"{B0}(?:دیروز|فردا|امشب|دیشب|ساعت|صبح|عصر|ظهر|بامداد|شامگاه|[0-9]+){B1}")
_PAST_TIME = re.compile(rf"{B0}(?:گذشته|قبل|دیروز|سابق|پیش{SP1}از|زمانی|روزی|آن{SP1}روز|آن{SP1}زمان|قدیم){B1}")
_FIRST_PLURAL = re.compile(rf"{B0}(?:\w+یم|هستیم|ایم){B1}")
# "اگر ... نبود، امروز ...": what would be true these days
_IF = re.compile(rf"{B0}(?:اگر|چنانچه|وقتی|هنگامی{SP1}که|زمانی{SP1}که){B1}")


def _words(f: str, a: int, b: int) -> list[str]:
    return [w.group(0).replace(_ZWNJ, "") for w in _WORD.finditer(f, a, b)]


def features(f: str, start: int, end: int, stop: int) -> list[str]:
    """What the model reads about "امروز" at ``f[start:end]``: the words beside it and in its
    clause, the clause's last word (mostly its verb), and the signals the rules use."""
    sentence_start = _sentence_start(f, start)
    clause = clause_with_verb(f, end, stop)
    before = _words(f, sentence_start, start)
    after = _words(f, end, stop)
    in_clause = _words(f, end, clause)[:12]
    colon = max(f.rfind(":", 0, start), f.rfind("：", 0, start))
    quoted = colon >= sentence_start
    out = [f"p1:{before[-1] if before else '<s>'}", f"p2:{before[-2] if len(before) > 1 else '<s>'}",
           f"n1:{after[0] if after else '</s>'}", f"n2:{after[1] if len(after) > 1 else '</s>'}",
           f"last:{in_clause[-1] if in_clause else '</s>'}"]
    out += [f"b:{w}" for w in before[-6:]] + [f"c:{w}" for w in in_clause]
    # the sentence's words, once each: a match report and a sermon differ all through
    out += [f"s:{w}" for w in sorted(set(before + after))]
    out.append(f"pos:{min(3, len(before) // 4)}")  # how far into its sentence
    signals = {
        "rule": rule_generic(f, start, end, stop),
        "opens": not before or before == ["و"],
        "quoted": quoted,
        "said_colon": quoted and bool(_SAID_BEFORE_COLON.search(f, sentence_start, colon + 1)),
        "news_lead": bool(_NEWS_LEAD.search(f, sentence_start, stop)),
        "that_before": bool(_THAT_BEFORE.search(f, max(0, start - 30), start)),
        "commentary_before": bool(_TODAY_COMMENTARY_BEFORE.search(f, max(0, start - 30), start)),
        "noun_before": bool(_TODAY_GENERIC.search(f, max(0, start - 40), start)),
        "from_before": bool(_FROM_BEFORE.search(f, max(0, start - 4), start)),
        "also_after": bool(_TODAY_ALSO.match(f, end)),
        "names_day": bool(_NAMES_THE_DAY.match(f, end)),
        "day_noun_after": bool(_DAY_NOUN_AFTER.match(f, end)),
        "weather": bool(_WEATHER.search(f, max(0, start - 60), stop)),
        "copula": bool(COPULA.search(f, end, clause)),
        "past": bool(PAST_VERB.search(f, end, clause)),
        "future": bool(FUTURE.search(f, end, clause)),
        "present_act": bool(PRESENT_ACT.search(f, end, clause)),
        "happens": happens(f, end, clause),
        "first_plural": bool(_FIRST_PLURAL.search(f, end, clause)),
        "past_time": bool(_PAST_TIME.search(f, sentence_start, stop)),
        "other_day": bool(_OTHER_DAY.search(f, sentence_start, stop)),
        "if_before": bool(_IF.search(f, sentence_start, start)),
    }
    return out + [f"sig:{k}" for k, v in signals.items() if v]


@functools.lru_cache(maxsize=1)
def _model() -> dict:
    with open(MODEL_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def generic_score(f: str, start: int, end: int, stop: int) -> float:
    """The model's probability that "امروز" at ``f[start:end]`` means "these days"."""
    model = _model()
    weights = model["weights"]
    z = model["bias"] + sum(weights.get(x, 0.0) for x in features(f, start, end, stop))
    return 1.0 / (1.0 + math.exp(-z))


def settled(f: str, start: int, end: int, stop: int) -> bool | None:
    """The cases the rules settle without the model (on the labelled "امروز", 150 of 152 agree):
    "دنیای امروز", "نسل امروز", "تا امروز" are these days (True); "امروز سالروز ...",
    "امروز صبح", "امروز در جلسه", "از امروز" name the day (False). None: the model decides."""
    if _generic_noun_today(f, start, end, stop):
        return True
    if _NAMES_THE_DAY.match(f, end) or _DAY_NOUN_AFTER.match(f, end) \
            or _FROM_BEFORE.search(f, max(0, start - 4), start):
        return False
    return None


_IS = rf"(?:{SP}ست|ه|{SP1}(?:است|هست))"  # "is", glued or spoken ("جمعه‌ست", "کریسمسه", "یلدا است")


# What only the day of the report does, read after "امروز" (the model, trained on news, took a
# sixth of the written sets' missed "امروز" for these days):
_THE_DAY_AFTER = re.compile(
    # "امروز که اول ژانویه است", "امروز که ۱ ژانویه هست": glossed by its date after "که"
    rf"{SP1}که{SP1}(?:{DAY_WORD}|[0-9]{{1,2}}){SP1}(?:{JMONTH}|{GMONTH}|{HMONTH})(?:{B1}|\u200c?ست{B1}|ه{B1})"
    # "بازار امروز به مناسبت عید غدیر تعطیل است": closed for an occasion that day
    rf"|(?:{SP1}[^\s\d.،,؛:!؟]+)?{SP1}به{SP1}مناسبت{B1}"
    # "امروز ساعت ۵ عصر بیا", "یا امروز تا ساعت ۶ بیاید": a clock time of it
    rf"|{SP1}(?:تا{SP1})?ساعت{SP1}[0-9]"
    # "امروز، نخستین روز سال، ...": glossed as the day it is
    rf"|{SP}[،,]{SP}(?:نخستین|اولین|آخرین|واپسین|دومین|سومین){SP1}روز{B1}"
    # ... or "until ten at night" without "ساعت": "امروز تا ۱۰ شب هستیم" (also today's things made the object:
    # "سفارشای امروز رو تا ۹ شب بسته‌بندی می‌کنیم")
    rf"|{SP1}(?:(?:رو|را){SP1})?تا{SP1}[0-9]{{1,2}}{SP1}(?:صبح|ظهر|عصر|شب|بعدازظهر|غروب){B1}"
    # "یا امروز بیاین یا چهارشنبه ۱۶ خرداد": one of two days offered
    rf"|(?:{SP1}[^\s\d.،,؛:!؟]+){{0,2}}{SP1}یا{SP1}(?:فردا|پس{SP}فردا|{WEEKDAY}|[0-9]{{1,2}}{SP1}(?:{JMONTH}|{GMONTH})){B1}"
    # "امروز شهادت امام رضاست", "امروز ولادت امام علیه": the occasion it is; "امروز نوبت موزه‌ست": whose
    # turn it is, of days told in turn
    rf"|{SP1}(?:هم{SP1})?(?:شهادت|ولادت|میلاد|وفات|رحلت|عید|تاسوعا|عاشورا|اربعین|نوبت)(?:\u200c?ست|ه)?{B1}"  # ("امروز تاسوعاست")
    # "امروز اول عیده": which day of the feast or year it is
    rf"|{SP1}(?:روز{SP1})?(?:اول|دوم|سوم|چهارم|آخر|نخستین|آخرین){SP1}(?:روز{SP1})?(?:عید|سال|نوروز)(?:ه|{SP1}(?:است|هست))?{B1}"
    # "امروز کریسمسه", "امروز یلداست": a feast it is, in speech
    rf"|{SP1}(?:کریسمس|یلدا|ولنتاین|سیزده{SP}به{SP}در|چهارشنبه{SP}سوری|روز{SP1}(?:مادر|پدر|معلم)"
    rf"|سال{SP1}نو(?:{SP1}میلادی)?){_IS}{B1}"  # ("امروز سال نو میلادیه")
    # "قراردادی که امروز به پایان می‌رسد", "نمایشگاه ... امروز پایان می‌یابد": what ends on it
    rf"|(?:{SP1}[^\s\d.،,؛:!؟]+){{0,2}}?{SP1}(?:به{SP1}پایان{SP1}(?:می{SP}رسد|می{SP}رسه)|پایان{SP1}می{SP}یابد"
    rf"|منقضی{SP1}می{SP}شود){B1}"
    # "امروز دقیقاً دو سال ازش گذشت", "امروز ۷۵ سال از آن روز می‌گذرد": a span counted up to it
    rf"|(?:{SP1}(?:درست|دقیقا|دقیقاً))?{SP1}(?:[0-9]+|{_alt(NUMBER_WORDS)}){SP1}(?:سال|ماه|هفته|روز){SP1}(?:از|ازش){B1}"
    # "سفارش‌های امروز فردا عصر آماده‌ست": set against the day after it; so "امروز که نمی‌رسم، فردا ..."
    rf"|{SP1}(?:فردا|پس{SP}فردا){B1}"
    rf"|{SP1}که(?:{SP1}[^\s\d.،,؛:!؟]+){{1,4}}{SP}[،,]{SP}(?:ولی{SP1}|اما{SP1})?(?:فردا|پس{SP}فردا){B1}"
    # "امروز جمعه‌ست ولی میام": the weekday it is
    rf"|{SP1}(?:{WEEKDAY}){_IS}{B1}"
    # "کارگرا امروز نیومدن": who came or did not that day, in speech
    rf"|{SP1}(?:اومد|نیومد)(?:ن|ی|ید|ین|یم|م)?{B1}"
    # "امروز از صبح شلوغه": from its morning or an hour of it
    rf"|{SP1}از{SP1}(?:صبح|ظهر|بامداد|اول{SP1}صبح|ساعت{SP1}[0-9]){B1}"
    # "سفارت امروز بسته‌ست", "ما امروز تعطیلیم": shut that day, in speech
    rf"|(?:{SP1}[^\s\d.،,؛:!؟]+)?{SP1}(?:بسته{SP}ست|بسته{SP1}است|تعطیله|تعطیلیم|تعطیلن){B1}"
    # "شصتمین سالگرد آن امروز جشن گرفته می‌شود": what is celebrated on it
    rf"|(?:{SP1}[^\s\d.،,؛:!؟]+)?{SP1}جشن{SP1}گرفته{SP1}(?:می{SP}شود|شد|خواهد{SP1}شد){B1}"
    # "مهمانسرا امروز ۸۰ درصد پر است": how full a place is that day
    rf"|{SP1}[0-9]+{SP1}درصد{SP1}(?:پر|خالی){SP1}(?:است|هست){B1}"
    # "قیمت مرغ امروز کیلویی ۷ هزار تومنه": the day's price per unit
    rf"|{SP1}(?:کیلویی|دونه{SP}ای|دانه{SP}ای|عددی|متری|لیتری|گرمی|شاخه{SP}ای){SP1}[0-9]"
    # "ذخایر آبی امروز به ۴۱ درصد رسیده است": a figure it reached
    rf"|{SP1}به{SP1}[0-9][0-9.٫/]*(?:{SP1}[^\s\d.،,؛:!؟]+)?{SP1}(?:رسید|رسیده|رسیدند|می{SP}رسد){B1}"
    # "... امروز در دور پنجم به مصاف حریفی از کره می‌رود": a fixture, its round between
    rf"|(?:{SP1}{WORD}){{0,4}}?{SP1}به{SP1}مصاف{B1}"
    # "عکساشو امروز براتون می‌فرستم": what I or we send you this day, spoken
    rf"|(?:{SP1}(?:براتون|برات|براشون|برای{SP1}شما))?{SP1}می{SP}?(?:فرستم|فرستیم|فرستیمش|فرستمش){B1}")
# "دیروز عید فطر بود، امروز کار می‌کنید؟", "دیروز گفتید امروز تمومه": set against the day before,
# told with a verb of its own (or a weekday's: "پنجشنبه قیمت سکه ۲۹ میلیون بود، امروز ۲۸ و نیم شده")
# (its words may hold hours: "دیشب تا ساعت ۲ بامداد زدیم، امروز هم ...")
_YESTERDAY_TOLD_BEFORE = re.compile(rf"{B0}(?:دیروز|دیشب|پریروز|(?<!امام\s)(?<!نماز\s)(?<!ائمه\s)(?<!خطیب\s)(?<!خطبه\s)(?:{WEEKDAY})(?={SP1}[^\s\d]))(?P<told>(?:{SP1}[^\s.،,؛:!؟]+){{1,9}}){SP}[،,]?{SP1}$")
# ... or "روز گذشته", with "امروز هم" further on: "کلیسا روز گذشته با ۵۶۰۰ بازدیدکننده رکورد خود را
# شکست و پیش بینی می شود امروز هم شلوغ باشد"
# (past a clause mark too: "روز گذشته ۹۲ قطار ... حرکت کرد که ... بی‌سابقه بوده است؛ امروز نیز ۸۰ قطار حرکت می‌کند")
_DAY_BEFORE_TOLD_BEFORE = re.compile(rf"{B0}روز{SP1}گذشته(?:{SP1}[^\s.،,؛:!؟]+){{1,18}}{SP}[،,؛]?{SP1}$")
# (or a weekday gone by, in a clause of its own: "پنجشنبه که گذشت ۳۰ تا گردشگر اومدن کارگاه، امروز هم ...")
_WEEKDAY_GONE_TOLD_BEFORE = re.compile(rf"{B0}(?:{WEEKDAY}){SP1}(?:که{SP1}گذشت|گذشته|پیش|قبل){B1}[^.!?؟\n]{{0,80}}[،,؛]{SP}$")
# (or a day written: "مصرف بنزین ۲۹ اسفند ۱۳۹۶ رکورد زد و امروز هم ۹۵ میلیون لیتر پیش‌بینی می‌شود")
_DATED_DAY_TOLD_BEFORE = re.compile(rf"(?<![0-9])[0-9]{{1,2}}{SP1}(?:{JMONTH}|{GMONTH})(?:{SP1}[0-9]{{2,4}})?"
                                    rf"(?:{SP1}[^\s.،,؛:!؟]+){{1,14}}{SP1}و{SP1}$")
# "بچه‌شیرها امروز دو ماهه شدند", "امروز یه هفته‌شه", "رادیو تهران ... امروز ۶۶ ساله می‌شود": an age
# reached on it
_AGE_REACHED_AFTER = re.compile(
    rf"(?:{SP1}[^\s\d.،,؛:!؟]+)?{SP1}(?:[0-9]+|یه|{_alt(NUMBER_WORDS)}){SP1}(?:(?:ماهه|ساله|روزه){SP1}(?:شد|شدند|شده|می{SP}شود|می{SP}شوند|می{SP}شه|میشه){B1}"
    rf"|(?:ماه|سال|هفته|روز){SP}(?:شه|ش{SP1}است|شونه){B1})")


# "این خیابان امروز ۱۵ خرداد نام دارد": the name a place bears (its day is a name, and "امروز" is now)
BEARS_NAME_AFTER = re.compile(rf"{SP1}(?:نام|اسم)(?:{SP1}(?:دارد|دارند|گرفت|گرفته{SP1}(?:است|اند)|گرفتند)|{SP}ش{SP1}(?:است|هست)){B1}")
# ... with the name itself between: "دانشگاه آریامهر، که امروز شریف نام دارد"
_NAMED_NOW_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!؟]+){{1,3}}{BEARS_NAME_AFTER.pattern}")


# "... سفر کردند و امروز نیز ۴۰ پرواز فوق‌العاده انجام می‌شود": after a clause closed by a past verb
# and "و", "امروز نیز" with a count of what is done in its clause is that day's share, not "these days"
_PAST_AND_BEFORE = re.compile(rf"(?:{PAST_VERB.pattern}){SP}[،,]?{SP1}و{SP1}$")
# "مسابقات که از ۲۳ شهریور آغاز شد، امروز با ... ادامه دارد": an event begun on a day named just
# before, "امروز" one of its days
_BEGUN_ON_DAY_BEFORE = re.compile(rf"{B0}از{SP1}(?:[0-9]{{1,2}}|{DAY_WORD}){SP1}(?:{JMONTH}|{GMONTH}|{HMONTH})"
                                  rf"[^.!?؟:\n]{{0,50}}?{SP1}(?:(?:آغاز|شروع){SP1}(?:شد|شده|شده{SP1}(?:است|بود)|گردید)"
                                  rf"|تعطیل{SP1}(?:بود|بودند|شده{SP1}بود|شده{SP1}بودند)){SP}[،,]?{SP}$")  # (also "... آغاز شده بود، امروز ... به پایان می‌رسد", "... از ۲۵ اسفند تعطیل بودند، امروز بازگشایی شدند")
_ALSO_COUNT_AFTER = re.compile(rf"{SP1}(?:هم|نیز){SP1}(?:[0-9]+|{_alt(NUMBER_WORDS)}){B1}")


# "کسایی که ... دارن امروز ببرن", "امروز فقط تبریک بگیم": a spoken bidding or plan closing its clause,
# right after "امروز" or a word or two on (spoken endings only: no written "بدانند" of "جوانان امروز باید
# بدانند")
_BIDDEN_SPOKEN_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}?{SP1}ب(?!اش)[^\W\d]+(?:ن|ین|یم){SP}(?=[.!؟?،,؛]|$)", re.M)  # (not "باشیم": "معلوم نبود امروز کجا باشیم")
# "دیروز ... قفل کردند و امروز نیز این طرح ... ادامه دارد": a day told before in the sentence, its clause
# past and closed by "و", then "امروز هم/نیز"
_YESTERDAY_IN_SENTENCE = re.compile(rf"{B0}(?:دیروز|دیشب|پریروز){B1}")
_ALSO_OR_TOO_AFTER = re.compile(rf"{SP1}(?:هم|نیز){B1}")
# "پارچه ... تموم شده بود و تازه امروز رسیده": only this day
# (not one able, willing or sure: "امروز کسی قادر نیست ...", these days)
# (spoken "any more" between too: "امروز دیگه کسی نره بالا، باد داره")
_ANYONE_AFTER = re.compile(rf"(?:{SP1}دیگه)?{SP1}کسی(?:{SP1}(?:رو|را))?(?!{SP1}(?:قادر|حاضر|موافق|مخالف|مطمئن|مسئول|راضی|آگاه|مجبور|منکر){B1})"
                           rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}?{SP1}(?:نیست|هست|نیستن|هستن|نیومد|نمیاد|نیاد|نره|دارید|دارین){B1}")
_JUST_BEFORE = re.compile(rf"{B0}تازه{SP1}$")


# "امروز ... ؟" with no pause between: the clause asks about the day
_ASKED_AFTER = re.compile(r"[^.!؟?،,؛:\n]{0,40}[؟?]")
# ... asked in the first or second person: "می‌تونم", "بدم", "هستید", "بازین"
_YOU_OR_ME = re.compile(rf"{B0}(?!باید{B1})(?:ن?می{SP}[^\W\d]+?(?:م|یم|ید|ین)|ب[^\W\d]+?(?:م|یم|ید|ین)|هست(?:ید|ین|ی|م|یم)"
                        rf"|(?:باز|تعطیل|آزاد|خونه|اونجا|اینجا)(?:ید|ین|یم|ی)){B1}")
# "امروز سالانه ...", "امروز روزانه ...": a rate of these days, no day
_HABIT_RIGHT_AFTER = re.compile(rf"{SP1}(?:سالانه|سالیانه|هرساله|همه{SP}ساله|روزانه|ماهانه|هر{SP1}(?:سال|ماه|روز)){B1}")
# came back or returned, the verb closing the sentence ("بازگشت" and "برگشت" are nouns too, so only there)
# (or comes back, told in the present: "... حاضر شد و امروز با ۴ مدال به کشور بازمی‌گردد")
_RETURNED_AFTER = re.compile(rf"[^.!?؟\n،,؛:]{{0,80}}?{B0}(?:باز|بر)(?:گشت(?:ند)?|می{SP}گردد|می{SP}گردند){SP}(?:[.!؟?]|$)")
# a country's team or caravan, after whose name "امروز" is the day it does something ("تیم ایران امروز با
# ۳ مدال به کشور بازمی‌گردد", "کاروان ورزش ایران ... امروز تجلیل می‌شود"), not "ایران امروز" (today's Iran)
_TEAM_OF_BEFORE = re.compile(rf"{B0}(?:تیم|تیم{SP}های|کاروان|ملی{SP}پوشان|نمایندگان)(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}{SP1}ایران"
                             rf"(?:{SP1}|{SP1}که{SP1}[^.!?؟:\n]{{1,120}}[،,]{SP})$")
_MUST_YOU_AFTER = re.compile(rf"{SP1}باید(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,4}}{SP1}(?:ب|ن)?[^\W\d]+(?:ید|ین){B1}")
_FROM_DAY_ON_AFTER = re.compile(rf"[^.!?؟\n]{{0,80}}?[،,]{SP}از{SP1}(?:{WEEKDAY}|فردا|پس{SP}فردا){B1}")
_FACES_RIVAL_AFTER = re.compile(rf"{SP1}به{SP1}مصاف{B1}")
_COUNT_RIGHT_AFTER = re.compile(rf"(?:{SP1}(?:هم|نیز|فقط|تنها))?{SP1}[0-9]")
# the hours kept on the day: "امروز فقط تا ۲ ظهر هستیم"
# (a purpose between: "امروز برای تحویل گوشی‌ها تا ساعت ۲ هستیم")
_HOURS_KEPT_AFTER = re.compile(rf"(?:{SP1}برای(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,4}}?)?(?:{SP1}(?:فقط|تنها))?(?:{SP1}از{SP1}(?:ساعت{SP1})?[0-9]{{1,2}}(?::[0-9]{{2}})?(?:{SP1}(?:صبح|ظهر|عصر|شب))?)?"
                               rf"{SP1}تا{SP1}(?:(?:ساعت{SP1})?[0-9]{{1,2}}(?::[0-9]{{2}})?(?:{SP1}(?:صبح|ظهر|عصر|شب|بعدازظهر))?|ظهر|عصر|غروب)"
                               rf"{SP1}(?:هستیم|هستم|هستن|هستند|بازیم|بازم|بازه|باز{SP1}است|باز{SP1}هستیم){B1}")  # ("امروز تا ظهر بازم")
# open or closed, in its clause ("امروز همه ادارات تعطیل است"; 83 of 83 such in the written sets are the day)
_OPEN_OR_CLOSED_AFTER = re.compile(rf"[^.،,؛:!?؟\n]{{0,60}}?{B0}(?:(?:باز|تعطیل|بسته|دایر)"
                                   rf"{SP1}(?:است|هستند|اند|نیست|نیستند|می{SP}باشد|می{SP}باشند)"
                                   # spoken: "کلاسای امروز کنسله", "امروز دفتر تعطیله"
                                   rf"|تعطیله|تعطیلن|تعطیلیم|کنسله|کنسلن|لغوه|برقراره|برقرارن|بازه(?!{SP1}(?:زمانی|ای|ی){B1})"
                                   rf"|بسته{SP}(?:ایم|یم|ست)|بازیم){B1}")  # ("عیدتون مبارک، امروز بسته‌ایم")
# a chat's speaker label opening the text: "مشتری: ...", "پخش آرد: ..." (one or two words, no verb of
# saying: not "وزیر گفت: ...", nor a dateline, "خبرگزاری فارس: ..."), and how far into the text a chat's "امروز" may stand
_SPEAKER_TURN = re.compile(r"[^\S\n]*(?!خبرگزاری)(?!(?:گفت|افزود|نوشت)[:：])[^\s:：.،,!?؟\d]{2,20}(?:[^\S\n]+(?!(?:گفت|افزود|نوشت)[:：])[^\s:：.،,!?؟\d]{2,20})?[:：]")
_CHAT_REACH = 300
# "ولی امروز بالاخره برف اومد": what came at last on the day
_FINALLY_AFTER = re.compile(rf"{SP1}(?:بالاخره|سرانجام|عاقبت){B1}")


# "قیمت امروز ۲۲۵ هزار تومن", "دلار امروز ۱۷ هزار تومان است": the day's price (17 of 17 in the written sets)
# (not "at today's prices", a valuation's idiom: "با قیمت امروز بالا رفته")
_PRICE_OF_TODAY_BEFORE = re.compile(rf"(?<!با )(?<!به ){B0}(?:قیمت|نرخ|دلار|یورو|سکه)(?:{SP}ی)?{SP1}$")
# "آگهی آن امروز برای نوبت دوم منتشر می‌شود", "سرپرست جدید امروز معرفی می‌شود": what is put out or held
# that day (52 of 52)
# (or reviewed, paid or handed out: "درخواست‌هایی که ... ثبت شده، امروز بررسی می‌شود")
_NEWS_DONE_AFTER = re.compile(rf"(?:{SP1}[^\s.،,؛:!?؟]+){{0,4}}?{SP1}(?:(?:منتشر|معرفی|برگزار|اعلام|افتتاح|پخش|رونمایی|تشییع|آغاز|بررسی|واریز|پرداخت|توزیع|صادر)"
                              rf"{SP1}می{SP}شود|(?:گشایش|افتتاح|پایان){SP1}می{SP}یابد){B1}")  # (also "امروز ... گشایش می‌یابد")
# "ثبت‌نام آن تا امروز ادامه داشت": what went on until this day, its last (2 of 2)
_WENT_ON_AFTER = re.compile(rf"{SP1}ادامه{SP1}داشت{B1}")
# "بادوم ۴۲۰ بود، امروز ۴۶۵": a figure right after it, prices told in the sentence (44 of 45)
# (not set against a time long ago, "nowadays": "اون موقع که خریدیم دونه‌ای یه تومن بود و امروز ۱۰ تومنه")
_FIGURE_RIGHT_AFTER = re.compile(rf"{SP1}[0-9]")
_LONG_AGO_THEN = re.compile(rf"{B0}(?:زمانی|روزگاری|قدیم|قدیما|اون{SP1}موقع|آن{SP1}زمان|آن{SP1}موقع|سال{SP}ها{SP1}پیش){B1}")
_PRICE_WORD = re.compile(rf"قیمت|نرخ|تومان|تومن|دلار|یورو|درهم|ریال|{B0}بود{SP}[،,؛]|{B0}بود{SP1}و{B1}")


# a message opened by the name of the one it is to ("خانم صادقی، ...", "سلام آقای رضایی، ...")
_VOCATIVE_OPEN = re.compile(rf"{SP}(?:سلام{SP}[،,]?{SP})?(?:خانم|آقای|آقا|استاد|حاج{SP}آقا|حاجی|جناب|سرکار{SP1}خانم)"
                            rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP}[،,]")


_FOUR_DIGIT_YEAR = re.compile(r"(?<![0-9])(?:1[2-4]|19|20)[0-9]{2}(?![0-9])")
# a negated perfect closing the clause a few words on: "تا امروز واریز نشده", "تا امروز به دستم نرسیده"
_NOT_YET_DONE_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}?{SP1}ن(?!ه{B1})[^\W\d]{{1,8}}ه(?:{SP}(?:است|اند|ست))?{SP}(?:[.،,؛؟?!]|$)")


# (the day's place in a run, not a saying's "day of": "امروز روز هدایت نسل‌های آینده است")
_DAY_NAMED_IS_AFTER = re.compile(rf"{SP1}روز{SP1}(?:اول|آخر|دوم|سوم|چهارم|پنجم|نخست|پایانی|آخرین){SP1}(?:[^\s\d.،,؛!?؟]+{SP1}){{0,3}}?(?:است|هست)(?![\w\u200c])")
_HOUR_OF_BEFORE = re.compile(rf"{B0}ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?(?:{SP1}(?:تا|الی){SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?)?{SP1}$")
_WOULD_BE_AFTER = re.compile(rf"{SP1}(?:باشه|باشد|میشه|می{SP}شه|می{SP}شود){SP}(?:[.،,؛!؟?]|$)")


def generic_today(f: str, start: int, end: int, stop: int) -> bool:
    """"امروز" at ``f[start:end]`` (in the sentence ending at ``stop``) means "these days"."""
    if (dated := _ORDINAL_OR_DATE_AFTER.match(f, end)) and BEARS_NAME_AFTER.match(f, dated.end()):
        return True
    if _NAMED_NOW_AFTER.match(f, end):
        return True  # "دانشگاه آریامهر، که امروز شریف نام دارد": the name it bears now
    if _HABIT_RIGHT_AFTER.match(f, end):
        return True  # "آرامگاه او امروز سالانه ۸۰ هزار بازدیدکننده دارد": what recurs these days
    if _AND_BEFORE.search(f, max(0, start - 4), start) and _COUNT_IS_AFTER.match(f, end) \
            and (_OLD_YEAR.search(f, _sentence_start(f, start), start) or _FOUNDED.search(f, _sentence_start(f, start), start)):
        # "... به ۵ ربیع‌الاول ۱۲۶۸ قمری بازمی‌گردد و امروز ۳۸ زورخانه فعال است": a count of these days,
        # set against a year of long ago
        return True
    # (in a chat "تا امروز" is up to this day: "مشتری: ... تا امروز برق اتاق خواب نداریم")
    until = bool(UNTIL_BEFORE.search(f, max(0, start - 4), start))
    if start < _CHAT_REACH and (turn := _SPEAKER_TURN.match(f)) and not _SAID_BEFORE_COLON.search(f, 0, turn.end()) \
            and (until or not _generic_noun_today(f, start, end, stop)):
        # "مشتری: سلام، امروز بازید؟ فروشنده: امروز فقط صبح هستیم": a short chat opened by a speaker's
        # label, whose "امروز" is the day (270 of 270 in the written sets; not an interview's "* X: ...",
        # far into an article)
        return False
    if start < _CHAT_REACH and (voc := _VOCATIVE_OPEN.match(f)) and start >= voc.end() \
            and not _generic_noun_today(f, start, end, stop):
        return False  # "خانم صادقی، امروز کارگاهم، ولی فردا ساعت ۱۰ میام": a message to someone named, its day
    if until and _NOT_YET_DONE_AFTER.match(f, end) and not _FOUR_DIGIT_YEAR.search(f, _sentence_start(f, start), start) \
            and f.count("«", 0, start) <= f.count("»", 0, start):
        # "وام ... تصویب شد ولی پولش تا امروز واریز نشده": not done yet, up to this day (not a record kept since a
        # year told, "رکورد ... در سال ۱۳۸۶ ثبت شد و تا امروز کسی آن را نشکسته", nor a grievance quoted in the news)
        return False
    if _DAY_NAMED_IS_AFTER.match(f, end):
        return False  # "امروز روز اول مدرسه است": this day, named for what it is
    if _HOUR_OF_BEFORE.search(f, max(0, start - 24), start):
        return False  # "از ساعت ۱۷ تا ۲۴ امروز اعمال می‌شود": the hours of this day
    if KE_RIGHT_BEFORE.search(f, max(0, start - 5), start) and _WOULD_BE_AFTER.match(f, end):
        return False  # "یعنی همون ۵ دی، که امروز باشه": the day told, said to be this one
    if _RETURNED_AFTER.match(f, end):
        return False  # "... پیاده شده بود، امروز با ۳۱۲ قطعه تازه به جای خود بازگشت.": what came back this day
    if _MUST_YOU_AFTER.match(f, end):
        return False  # "هفته‌ی پیش که لاستیک زدید، امروز باید باد رو دوباره چک کنید": bidden to do it this day
    if _FROM_DAY_ON_AFTER.match(f, end):
        return False  # "امروز ... فقط امداد خودرو داریم، از شنبه همه‌ی بخش‌ها کار می‌کنن": this day, set against one to come
    if _FACES_RIVAL_AFTER.match(f, end):
        return False  # "... در جریان است و ایران امروز به مصاف چین‌تایپه می‌رود": a match played this day
    if _DONE_WITH_THEM_AFTER.match(f, end):
        return False  # "۳ تا کولر دیگه مونده که امروز تمومشون می‌کنیم": things finished off this day
    if _COMES_IN_AFTER.match(f, end):
        return False  # "فرش‌هایی که امروز بیاد ١٤ فروردین می‌رسه": what comes in or is handed in this day
    if _I_DO_IT_AFTER.match(f, end):
        return False  # "...، امروز لیست جدید رو می‌فرستم": what I or we do to a thing this day, spoken
    if _AGAIN_AFTER.match(f, end) or _AGAIN_AFTER_SPAN_AFTER.match(f, end):
        # "امروز دوباره پیگیری می‌کنم": something done again, this day; so after a span told first:
        # "... که در رجب ۱۲۹۹ قمری نقش شده، امروز پس از ۱۴ ماه مرمت دوباره دیده می‌شود"
        return False
    if _ANYONE_AFTER.match(f, end):
        return False  # "امروز کسی پیست نیست", "امروز کسی هست؟": whether anyone is there this day (4 of 4 in the written sets)
    if until and _FROM_DATE_BEFORE.search(f, _sentence_start(f, start), start):
        return False  # "ما از ۲۵ اسفند سگ‌مون رو پیش‌تون گذاشتیم، ... حسابش تا امروز چقدر می‌شه؟": up to this day from one told
    if (told := _DAYS_TOLD_BEFORE.search(f, max(_sentence_start(f, start), start - 80), start)) \
            and (PAST_VERB.search(f, told.end(), start) or _PAST_OF_NOUN_STEMS.search(f, told.end(), start)
                 or PAST_ONLY.search(f, told.end(), start)):  # (and the spoken "they came": "پریروز ۴۰ تا توریست اومدن، امروز هم شلوغه")
        return False  # "پریروز شیر نیومد، دیروز هم دیر اومد؛ امروز دیگه چی شده؟": the days before told, then this one
    if until and (_BIDDEN_YOU_AFTER.match(f, end) or _STILL_OPEN_AFTER.match(f, end)):
        # "فاکتورها رو تا امروز ببندید", "ثبت‌نام ملوانان تا امروز باز است": a deadline bidden, or what
        # stays open until the end of this day ("so far" bids nothing and keeps nothing open)
        return False
    if until and _GOES_ON_AFTER.match(f, end) and _TERM_NOUN_BEFORE.search(f, max(0, start - 40), start):
        return False  # "ثبت نام تا امروز ادامه دارد": a registration or a term that runs to the end of this day
    if until and _READY_BY_AFTER.match(f, end):
        return False  # "قرار بود تا امروز آماده باشه": what was to be ready by this day
    if until and EXTENDED_AFTER.match(f, end):
        return False  # "مهلت ثبت درخواست‌ها تا امروز تمدید شد": a term extended to the end of this day
    if until and _BOOKS_CLOSED_AFTER.match(f, end):
        return False  # "سال ۱۴۰۳ رو تا امروز با ۲۱۰ تا سفارش بستیم": the books closed up to this day
    if _NOTICE_OF_BEFORE.search(f, max(0, start - 16), start):
        return False  # "طبق اطلاعیه امروز سازمان": the notice or meeting of this day
    if _SINCE_START_OF_BEFORE.search(f, max(0, start - 60), start):
        return False  # "از آغاز طرح تا امروز ... امدادرسانی شده": up to this day from a start told
    if _IF_SPOKEN_BEFORE.search(f, max(0, start - 6), start) and _BIDDEN_YOU.search(f, end, clause_with_verb(f, end, stop)):
        return False  # "اگه امروز بیعانه رو بریزید ...": a condition on what the one spoken to does that day
    if _TEAM_OF_BEFORE.search(f, max(0, start - 200), start) \
            and not COPULA.search(f, end, clause_with_verb(f, end, stop)):
        return False
    if _HOURS_KEPT_AFTER.match(f, end):
        return False  # "امروز فقط تا ۲ ظهر هستیم": the hours kept on the day
    if _COUNT_RIGHT_AFTER.match(f, end) and PAST_VERB.search(f, end, clause_with_verb(f, end, stop)):
        return False  # "... و امروز ۲ هزار و ۸۰۰ نفر وارد شدند": what was counted that day, told in the past
    if _OPEN_OR_CLOSED_AFTER.match(f, end) and not _generic_noun_today(f, start, end, stop):
        return False  # "امروز تنها ۱۲ مرکز واکسیناسیون باز است": what is open or closed on the day
    if (q := _ASKED_AFTER.match(f, end)) and _YOU_OR_ME.search(f, end, q.end()):
        return False  # "امروز می‌تونم بیام؟", "امروز بازید؟": one asking about the day (not "سؤال امروز ما ...؟")
    if _THE_DAY_AFTER.match(f, end) or _AGE_REACHED_AFTER.match(f, end) or _FINALLY_AFTER.match(f, end) \
            or _YESTERDAY_AND_BEFORE.search(f, max(0, start - 12), start):
        return False
    if (y := _YESTERDAY_TOLD_BEFORE.search(f, max(0, start - 60), start)) \
            and PAST_VERB.search(f, y.start("told"), y.end("told")):
        return False
    if _ALSO_OR_TOO_AFTER.match(f, end) and _PAST_AND_BEFORE.search(f, max(0, start - 30), start) \
            and _YESTERDAY_IN_SENTENCE.search(f, _sentence_start(f, start), start):
        return False
    if _BIDDEN_SPOKEN_AFTER.match(f, end) and not _generic_noun_today(f, start, end, stop):
        return False
    if _JUST_BEFORE.search(f, max(0, start - 8), start):
        return False
    if _ALSO_AFTER.match(f, end) and (_DATED_DAY_TOLD_BEFORE.search(f, max(0, start - 100), start)
                                            or _WEEKDAY_GONE_TOLD_BEFORE.search(f, max(0, start - 100), start)) \
            or _ALSO_OR_TOO_AFTER.match(f, end) and _DAY_BEFORE_TOLD_BEFORE.search(f, max(0, start - 140), start):
        return False
    if _ORDINAL_OR_DATE_AFTER.match(f, end) or _TOMORROW_PAIRED_AFTER.match(f, end) \
            or _OWN_DOING_AFTER.match(f, end) and not _UNTIL_WORD_BEFORE.search(f, max(0, start - 12), start) \
            or _SCHEDULED_AFTER.match(f, end) or _ANY_HOUR_AFTER.match(f, end) or _FROM_HOUR_AFTER.match(f, end) \
            or _HERE_OR_NOT_AFTER.match(f, end) or _ONLY_HAVE_AFTER.match(f, end) or _WE_HAVE_ON_IT_AFTER.match(f, end) \
            or _INSTEAD_OF_BEFORE.search(f, max(0, start - 10), start) \
            or _TOMORROW_CLAUSE_BEFORE.search(f, max(0, start - 60), start) \
            or _AND_BEFORE.search(f, max(0, start - 4), start) and _COUNT_NOW_AFTER.match(f, end) \
            and _RECENT_YEAR.search(f, _sentence_start(f, start), start) and not _OLD_YEAR.search(f, _sentence_start(f, start), start) \
            or _LEFT_SPOKEN_AFTER.match(f, end) and not until \
            or _THIS_DAY_BEFORE.search(f, max(0, start - 16), start) \
            or _SAME_TIME_LAST_YEAR_BEFORE.search(f, max(0, start - 120), start) \
            or _FROM_TIME_TO_BEFORE.search(f, max(0, start - 60), start) \
            or _THIS_SPAN_TO_BEFORE.search(f, max(0, start - 50), start) \
            or _UNTIL_WORD_BEFORE.search(f, max(0, start - 12), start) and _GOES_ON_AFTER.match(f, end) \
            and _FROM_DATE_BEFORE.search(f, _sentence_start(f, start), start) \
            or (begun := _BEGUN_THEN_TO_BEFORE.search(f, max(0, start - 30), start)) \
            and _START_TOLD.search(f, max(0, begun.start() - 80), begun.start()) \
            or _OCCASION_BEFORE.search(f, max(0, start - 70), start) \
            or _BEGUN_ON_DAY_BEFORE.search(f, max(0, start - 100), start) \
            or _ALSO_COUNT_AFTER.match(f, end) and _PAST_AND_BEFORE.search(f, max(0, start - 30), start) \
            and happens(f, end, clause_with_verb(f, end, stop)) \
            or _PRICE_OF_TODAY_BEFORE.search(f, max(0, start - 12), start) \
            or until and _WENT_ON_AFTER.match(f, end) \
            or _NEWS_DONE_AFTER.match(f, end) \
            or _FIGURE_RIGHT_AFTER.match(f, end) and not until \
            and _PRICE_WORD.search(f, _sentence_start(f, start), stop) \
            and not _LONG_AGO_THEN.search(f, _sentence_start(f, start), start):
        # not in ``settled``: the model was trained on the cases it leaves open, these among them
        return False
    if in_title(f, start, end, reach=40):
        return True  # "صفحه «امروز در تاریخ»": a title's word, no day
    if _LIKE_THIS_DAY_BEFORE.search(f, max(0, start - 16), start):
        return True  # "پارسال مثل همین امروز ...": the same date another year, not this day
    if _AND_BEFORE.search(f, max(0, start - 4), start) and _OLD_YEAR_WRITTEN.search(f, _sentence_start(f, start), start) \
            and not FUTURE.search(f, end, (cv := clause_with_verb(f, end, stop))) \
            and (_FIGURE_RIGHT_AFTER.match(f, end) and not happens(f, end, cv)
                 or _ALSO_AFTER.match(f, end) and PRESENT_ACT.search(f, end, cv) and not PAST_VERB.search(f, end, cv)):
        # a year long past, then how many there are these days ("نخستین قایق ... در محرم ۱۳۱۰ قمری به آب انداخته
        # شد و امروز ۱۵ باشگاه ... فعال‌اند"), or what is still done so these days ("بیمارستان ... بر اساس
        # وقف‌نامه مورخ ... ۱۲۶۸ ساخته شده و امروز هم عینک رایگان ... می‌دهد")
        return True
    sure = settled(f, start, end, stop)
    if sure is not None:
        return sure
    return generic_score(f, start, end, stop) >= _model()["threshold"]
