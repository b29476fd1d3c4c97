"""The event vocabulary: trigger nouns with their types, the verbs that report an event, and
the cue phrases for arguments. Tables only (no logic), so a new trigger is a one-line change.

All patterns run over the *folded* text of :mod:`events_text` (ZWNJ -> space, Arabic letters
-> Persian, digits -> ASCII, one character for one character), so a ZWNJ position is written
``\\s?`` and "تفاهم‌نامه", "تفاهم نامه" and "تفاهمنامه" all meet.
"""
from __future__ import annotations

# Most specific first: the main type of a phrase with several types is the first one here
# ("آیین گشایش جشنواره" -> festival; "مراسم امضای تفاهم‌نامه" -> mou_signing).
TYPE_PRIORITY = (
    "mou_signing", "appointment", "workshop", "training_course", "exhibition", "festival",
    "competition", "election", "meeting", "conference", "inauguration", "visit", "other",
    "ceremony",
)

# A letter glued after the trigger, or a plural/adjective suffix (ZWNJ folded to a space),
# means another word: "کارگاهی", "کارگاه‌های تولیدی", "جلسات", "نمایشگاه‌های بین‌المللی".
_END = r"(?![\u0621-\u063A\u0641-\u064A\u0671-\u06D3])(?!\s?(?:ها|هایی|های|هایش|ای)(?![\u0621-\u063A\u0641-\u064A\u0671-\u06D3]))"

# (pattern, types). A trigger's types are unioned with those of triggers glued to it in one
# phrase ("مراسم تودیع و معارفه" -> ceremony + appointment).
TRIGGERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"کارگاه" + _END, ("workshop",)),
    (r"دوره\s(?:آموزشی|تخصصی|تربیت|توجیهی)" + _END, ("training_course",)),
    (r"(?:نشست|جلسه|گردهمایی|ملاقات)" + _END, ("meeting",)),
    (r"دیدار" + _END, ("meeting",)),  # "دیدار دو تیم" is re-typed competition in events.py
    (r"(?<!ویدئو\s)(?<!ویدیو\s)(?<!ویدئو)(?<!سالن\s)(?<!اعضای\s)(?:همایش|کنفرانس|کنگره|سمینار|اجلاسیه|اجلاس)" + _END,
     ("conference",)),
    (r"(?:مراسمی|مراسم|آیین(?!\s?نامه)|جشن(?!\s?واره)|تجلیل|بزرگداشت|یادواره|اختتامیه)" + _END,
     ("ceremony",)),
    (r"افتتاحیه" + _END, ("inauguration", "ceremony")),
    (r"(?:انتصاب|معارفه|تودیع|تکریم|حکم\sانتصاب)" + _END, ("appointment",)),
    (r"منصوب\s(?:شد|شود|گردید|می\s?شود|خواهد\sشد)" + _END, ("appointment",)),
    (r"(?:تفاهم\s?نامه|توافق\s?نامه|موافقت\s?نامه|قرارداد|قرار\sداد(?=\s(?:همکاری|امضا)))" + _END,
     ("mou_signing",)),
    (r"نمایشگاه" + _END, ("exhibition",)),
    (r"جشنواره" + _END, ("festival",)),
    (r"(?:افتتاح|بهره\s?برداری|کلنگ\s?زنی|گشایش|بازگشایی)" + _END, ("inauguration",)),
    # "ساعات بازدید" (visiting hours) names no visit.
    (r"(?:سفر|(?<!ساعات\s)(?<!ساعت\s)بازدید)" + _END, ("visit",)),
    (r"(?:مسابقه|مسابقات|المپیاد|بازی|مصاف)" + _END, ("competition",)),
    (r"(?:انتخابات|رای\s?گیری|رأی\s?گیری)" + _END, ("election",)),
    (r"(?:نطق|مهمانی|مانور|راهپیمایی)" + _END, ("other",)),
)

# Triggers that also need a signing word in their phrase or clause: "قرارداد" alone is a topic.
NEEDS_SIGNING = frozenset({"mou_signing"})
SIGNING = r"(?:امضا|امضای|منعقد|انعقاد|به\sامضا)"

# Words allowed between two triggers of one phrase ("مراسم امضای تفاهم‌نامه",
# "آیین تکریم و معارفه", "آیین گشایش اولین کارگاه", "جلسه مشترک کنگره").
PHRASE_GLUE = r"(?:\s|،\s?)*(?:(?:و|امضای|امضا|اولین|نخستین|دومین|سومین|ششمین|مشترک|رسمی|ویژه|ملی)\s+)*"

# A trigger written as (part of) the verb: it reports the noun trigger before it in the clause
# instead of starting its own event ("نمایشگاه ... گشایش یافت", "کارگاه ... افتتاح شد").
VERB_AFTER_TRIGGER = r"\s?(?:شد|شده|یافت|گردید|کرد|کردند|می\s?شود|خواهد\sشد|می\s?یابد|قرار\sگرفت|رسید)(?![\u0621-\u063A\u0641-\u064A\u0671-\u06D3])"

# Verbs that report the event, held or planned (same clause as the trigger).
HELD_VERBS = (
    r"برگزار\s?(?:شد|شده|گردید|کرد|کردند|نمود|گشت)",
    r"(?:امضا|به\sامضا)\s?(?:شد|کردند|کرد|گردید|رسید|رساندند|شده)",
    r"منعقد\s(?:شد|گردید)",
    r"(?:افتتاح|بازگشایی|کلنگ\s?زنی)\s?(?:شد|گردید|کرد|کردند|شده)",
    r"گشایش\s?(?:یافت|یافته)",
    r"آغاز\s?(?:شد|شده|گردید|به\sکار\sکرد|کرد|کردند)",
    r"پایان\s?(?:یافت|داد|پذیرفت)",
    r"(?:برپا|دایر|اعطا|منصوب)\s?(?:شد|گردید|شده)",
    r"مورد\sبهره\s?برداری\sقرار\sگرفت",
    r"به\sبهره\s?برداری\sرسید",
    r"(?:انجام|به\sانجام)\s?(?:شد|داد|داده|رسید|دادند)",
    r"در\sحال\sبرگزاری",
    r"سپری\sشد",
    r"(?:مطرح|ایراد)\sکرد",
    r"حضور\s(?:داشت|داشتند|دارند|یافت|یافتند)",
    r"دیدار\s(?:کرد|کردند|داشت|داشتند)",
    r"سفر\s(?:کرد|کردند|کرده)",
    r"شرکت\s(?:کرد|کردند|کرده\s?اند)",
)
PLANNED_VERBS = (
    r"برگزار\s?(?:می\s?شود|می\s?گردد|خواهد\s(?:شد|گردید)|می\s?کند|می\s?کنند|خواهد\sکرد|شود|گردد)",
    r"(?:برپا|دایر|افتتاح|امضا|منصوب)\s?(?:می\s?شود|خواهد\sشد|شود|می\s?گردد)",
    r"آغاز\s?(?:می\s?شود|خواهد\sشد)",
    r"(?:انجام|به\sانجام)\s?(?:خواهد\s(?:شد|رسید)|می\s?شود|می\s?رسد)",
    r"پیگیری\s?می\s?شود",
    r"(?:دیدار|سفر)\s(?:می\s?کند|می\s?کنند|خواهد\sکرد|خواهند\sکرد)",
    r"(?:می\s?رود|خواهد\sرفت|خواهند\sرفت)",  # "به مصاف ... می‌رود"
    r"پذیرایی\s?می\s?کند",
    r"میزبان\s.{0,40}?است",
    r"در\sآستانه",
)
# Words that make the whole clause a plan even with a past-looking verb.
PLANNED_CUES = (
    r"قرار\sاست", r"هفته\s(?:آینده|بعد)", r"ماه\s(?:آینده|بعد)", r"سال\s(?:آینده|بعد)",
    r"فردا", r"پس\sفردا", r"خواهد", r"خواهند",
)
# Verbs of speech: "X در مراسم ... گفت" is a report from inside the event.
SPEECH_VERBS = (
    r"گفت", r"افزود", r"اظهار\s(?:کرد|داشت)", r"ابراز\sداشت", r"تاکید\sکرد", r"تأکید\sکرد",
    r"ادامه\sداد", r"خاطرنشان\s?(?:کرد|ساخت)", r"تصریح\s?(?:کرد|نمود)", r"عنوان\sکرد",
    r"بیان\s?(?:کرد|داشت)", r"اضافه\sکرد", r"خواست", r"پرداخت(?:ند)?", r"توضیح\sداد",
    r"یادآور\sشد", r"اعلام\sکرد", r"سخنرانی\s?(?:کرد|نمود)",
)
# Reported speech inside the clause before the trigger: "با بیان اینکه ... در نشست ..." is
# what someone said, not where they said it.
REPORTED = r"(?:اینکه|این\sکه|زیرا|چون)"

# Anaphora: "این جلسه", "این مراسم" refer back to the latest event of that type.
ANAPHOR_PREFIX = r"(?:این|همین|آن|ادامه|ادامه\sاین)\s"

# Argument cues (venue, organisers, parties, presence).
VENUE = r"در\s(?=(?:سالن|محل|تالار|ستاد|مجموعه\sورزشی|ورزشگاه|سینما|مسجد|دانشگاه|صحن|ساختمان|هتل|باغ|فرهنگسرا|کتابخانه|موزه|مرکز\sهمایش)\b)"
VENUE_STOP = (
    r"\sبرگزار", r"\sآغاز", r"\sدایر", r"\sبرپا", r"\sافتتاح", r"\sگشایش", r"\sبا\sحضور",
    r"\sبه\sمدت", r"\sاز\sساعت", r"\sبا\s", r"\sمطرح", r"\sاظهار", r"\sگفت", r"\sبه\sمیزبانی",
    r"\sتوسط", r"\sبا\sبیان", r"\sبا\sاشاره", r"(?<!واقع)\sدر\s", r"\sنمی\s?", r"\sامضا", r"\sشروع", r"\sمی\s?شود",
    r"\sخواهد", r"\sانجام", r"\sبه\sهمت", r"\sقرار",
)
ORGANISER_CUES = (
    r"به\sهمت", r"با\sهمکاری", r"به\sمیزبانی", r"به\sابتکار", r"با\sمشارکت",
    r"از\sسوی", r"به\sکوشش",
)
ORGANISER_AFTER = r"برگزار\s?کننده"  # "X برگزارکننده ..."
PARTY_CUES = (r"میان", r"بین")
# Cues just before a trigger that make it a plan: "در آستانه سفر ...".
PLANNED_BEFORE = r"(?:در\sآستانه|قرار\sاست)\s$"
PRESENCE = r"(?:با\sحضور|با\sشرکت|در\sحضور|حضور\s)"
