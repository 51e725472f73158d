"""How an intake answer is shown: to the requester in the summary, to facilitators in full."""

from __future__ import annotations

from flows.core.countries import country_name
from flows.core.messages import ArgValue, Ref
from flows.core.questions import Kind, Question

SUMMARY_TEXT = 160


def display_answer(question: Question, value: object, locale: str, full: bool = False) -> ArgValue:
    """A Fluent argument for ``value``; free text is shortened in summaries unless ``full``."""
    if value is None:
        return Ref(("summary-skipped",))
    if isinstance(value, dict):
        return Ref((f"summary-file-{value.get('kind', 'document')}",))
    if question.kind is Kind.COUNTRY:
        return country_name(str(value), locale)
    if question.kind is Kind.MULTI and isinstance(value, list):
        return Ref(tuple(question.option_key(v) for v in value))
    if question.kind is Kind.CHOICE:
        return Ref((question.option_key(str(value)),))
    text = str(value)
    if full or len(text) <= SUMMARY_TEXT:
        return text
    return text[: SUMMARY_TEXT - 1] + "…"
