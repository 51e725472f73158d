"""Declarative questions: what a flow asks, and which answers it accepts.

A flow is an ordered tuple of :class:`Question`. The engine always asks the
first applicable question that has no answer yet, so branching is expressed
as ``ask_if`` predicates over the answers so far, and going back or changing
an answer from the summary needs no extra wiring.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from flows.core import tokens

Answers = Mapping[str, Any]

SKIP = "__skip"
DONE = "__done"


class Kind(StrEnum):
    CHOICE = "choice"
    MULTI = "multi"
    TEXT = "text"
    COUNTRY = "country"


def _always(_: Answers) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class Question:
    """One question. Message ids follow from the id: ``q-<id>`` is the prompt,
    ``opt-<id>-<option>`` each option's label, ``label-<id>`` its summary label.

    ``options_for`` narrows the options from earlier answers (for example, no
    funding options without the affected community's consent); ``note_for``
    names an extra message sent just before the prompt when it applies.
    ``long_text``: a testimony that may come in several messages, joined
    until the person says that is all. ``resets``: the answers to ask again
    when this one changes (they depend on it).
    """

    id: str
    kind: Kind
    options: tuple[str, ...] = ()
    optional: bool = False
    ask_if: Callable[[Answers], bool] = _always
    options_for: Callable[[Answers], tuple[str, ...]] | None = None
    note_for: Callable[[Answers], str | None] | None = None
    takes_files: bool = False
    long_text: bool = False
    resets: tuple[str, ...] = ()

    @property
    def prompt(self) -> str:
        return f"q-{self.id}"

    @property
    def label(self) -> str:
        return f"label-{self.id}"

    def option_key(self, option: str) -> str:
        return f"opt-{self.id}-{option}"

    def current_options(self, answers: Answers) -> tuple[str, ...]:
        return self.options_for(answers) if self.options_for else self.options

    def token(self, option: str) -> str:
        """The opaque value a button carries; checked against the current question."""
        return tokens.choice(self.id, option)
