"""Errors with a stable code and a hint, so a batch can record them and a user can act on them.

Codes are part of the output contract (they appear in ``articles.jsonl``): add new ones, never
reuse or rename an existing one.
"""
from __future__ import annotations


class NewsfactsError(Exception):
    """Base error: ``code`` is machine-readable, ``hint`` says what to do about it."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None):
        self.message = message
        self.source = source
        if hint is not None:
            self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        hint = f" (hint: {self.hint})" if self.hint else ""
        return f"[{self.code}] {where}{self.message}{hint}"

    def to_json(self) -> dict:
        text = self.message if not self.hint else f"{self.message} (hint: {self.hint})"
        where = f"{self.source}: " if self.source else ""
        return {"code": self.code, "message": where + text}


# --- input errors: one article (or one input) is lost, the batch goes on -----------------------
class InputError(NewsfactsError):
    code = "E100"


class UnreadableInput(InputError):
    code = "E101"
    hint = "check that the path exists and is readable"


class DecodingError(InputError):
    code = "E102"
    hint = "save the file as UTF-8, UTF-16 or Windows-1256"


class BinaryInput(InputError):
    code = "E103"
    hint = "only text, JSON/JSONL and HTML inputs are read"


class EmptyArticle(InputError):
    code = "E104"
    hint = "the article has no text to extract from"


class ArticleTooLarge(InputError):
    code = "E105"
    hint = "split the article or raise --max-chars"


class BadJsonLine(InputError):
    code = "E106"
    hint = "each line of a JSONL file must be one JSON object"


class MissingField(InputError):
    code = "E107"
    hint = "a JSON record needs a non-empty string 'text'"


class BadHtml(InputError):
    code = "E108"
    hint = "no main text could be extracted from the HTML page"


# --- processing errors: a bug or a resource problem while extracting one article ---------------
class ExtractionError(NewsfactsError):
    code = "E200"
    hint = "this is a bug in newsfacts; please report it with the article"


# --- setup errors: the run cannot start -------------------------------------------------------
class SetupError(NewsfactsError):
    code = "E300"


class GazetteerError(SetupError):
    code = "E301"
    hint = "re-check the gazetteer file named in the message (columns, ids, encoding)"


class UsageError(SetupError):
    code = "E302"
