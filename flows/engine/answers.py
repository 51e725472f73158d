"""How an intake answer is shown, in full: to the requester in the summary, to facilitators."""

from __future__ import annotations

from flows.core.countries import country_name
from flows.core.messages import ArgValue, Ref
from flows.core.policy import join_list
from flows.core.questions import Kind, Question


def display_answer(question: Question, value: object, locale: str, full: bool = True) -> ArgValue:
    """A Fluent argument for ``value``, always whole: a person must read everything they
    send, and a facilitator everything they were sent (``full`` is kept for callers).
    A long summary is split into pieces by the sender."""
    if value is None:
        return Ref(("summary-skipped",))
    if isinstance(value, dict):
        return Ref((f"summary-file-{value.get('kind', 'document')}",))
    if question.kind is Kind.COUNTRY and isinstance(value, list):
        return join_list((country_name(str(code), locale) for code in value), locale)
    if question.kind is Kind.COUNTRY:
        return country_name(str(value), locale)
    if question.kind is Kind.MULTI and isinstance(value, list):
        return Ref(tuple(question.option_key(v) for v in value))
    if question.kind is Kind.CHOICE:
        return Ref((question.option_key(str(value)),))
    return str(value)
