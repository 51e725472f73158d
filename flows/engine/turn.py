"""The conversation engine: one pure step per inbound message, or per trigger.

``step(state, inbound, context)`` resumes a conversation on a person's
message; ``start(state, person, flow_id, context)`` is the exchange opening
one (a trigger: a check-in due, an invitation). Both return the new state,
the messages to send and the effects to apply. It never touches storage, the network or the
clock (time and fresh ids come in through :class:`Context`), so every branch
is testable as a golden transcript and the caller can commit state, replies
and effects in one transaction.

Every input gets a reply. Anything the engine cannot use (an unknown command,
a stale button, a sticker, text that is too long) gets a localized hint and
the current question again; nothing already accepted is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flows.core.events import Event
from flows.core.messages import ArgValue, Choice, Inbound, Outbound
from flows.core.policy import pick_language
from flows.core.questions import Question
from flows.core.state import CONSENT, EDIT, LANGUAGE, MENU, SUMMARY, Conversation
from flows.engine import asking, commands, files, idle, interrupts, opening, returning, review
from flows.engine.context import Context, Result, clean_text
from flows.engine.flow import Flow, Flows


def step(state: Conversation, inbound: Inbound, context: Context) -> Result:
    """Advance ``state`` by one inbound message. Pure: ``state`` is not modified."""
    turn = Turn(state.copy(), inbound, context)
    turn.run()
    if not turn.out and not turn.silent:  # every input gets a reply, even unforeseen
        turn.say("help")
    locale = turn.render_locale or turn.state.locale or context.policy.default_language
    return Result(turn.state, tuple(turn.out), tuple(turn.events), locale)


def start(
    state: Conversation,
    person: str,
    flow_id: str,
    context: Context,
    case: str | None = None,
    seed: dict[str, Any] | None = None,
) -> Result:
    """The exchange opens flow ``flow_id`` with ``person`` (about ``case``). Pure.

    ``seed``: facts the exchange knows before the first question (``funded``),
    for the flow's ``ask_if`` predicates; never shown as answers.

    With nothing in progress the flow opens at once (its intro, its first
    question); while another flow is active, or a question is pending on top
    of it, the new one waits (saved in order in ``state.waiting``) and opens
    when the active one ends. An unknown flow id changes nothing.
    """
    turn = Turn(state.copy(), Inbound(person, context.channel), context)
    flow = context.flows.get(flow_id)
    if flow is not None:
        if turn.state.flow is None and turn.state.interrupt is None and not turn.state.pending:
            turn.state.step = None
            opening.begin(turn, flow, case, seed)
        else:
            entry: dict[str, Any] = {"flow": flow.id, "case": case or ""}
            if seed:
                entry["seed"] = dict(seed)
            turn.state.waiting.append(entry)
    locale = turn.state.locale or context.policy.default_language
    return Result(turn.state, tuple(turn.out), tuple(turn.events), locale)


class Turn:
    """The working memory of one step; discarded once the :class:`Result` is built.

    The handlers of each concern (commands, interrupts, asking, files…) are
    plain functions in their own modules that take the turn as first argument.
    """

    def __init__(self, state: Conversation, inbound: Inbound, context: Context) -> None:
        self.state = state
        self.msg = inbound
        self.ctx = context
        self.policy = context.policy
        self.text = clean_text(inbound.text)
        self.out: list[Outbound] = []
        self.events: list[Event] = []
        self.render_locale: str | None = None
        self.silent = False
        """Set only for the later files of an album, already acknowledged with the first."""

    @property
    def flows(self) -> Flows:
        return self.ctx.flows

    @property
    def flow(self) -> Flow | None:
        """The flow in progress, if any (and if this build still knows it)."""
        return self.ctx.flows.get(self.state.flow)

    def question_now(self) -> Question | None:
        """The question the current step asks, if the step is one of the flow's questions."""
        flow = self.flow
        return flow.question(self.state.step) if flow is not None else None

    @property
    def locale(self) -> str:
        return self.state.locale or self.policy.default_language

    def say(
        self,
        key: str,
        args: dict[str, ArgValue] | None = None,
        choices: Sequence[Choice] = (),
        parts: Sequence[tuple[str, dict[str, ArgValue]]] = (),
        multi: bool = False,
    ) -> None:
        self.out.append(
            Outbound(self.msg.sender, key, args or {}, tuple(choices), tuple(parts), multi)
        )

    def invalid(self, key: str, args: dict[str, ArgValue] | None = None) -> None:
        """Explain what went wrong, then ask again; after a few misses, explain more."""
        self.state.retries += 1
        parts: list[tuple[str, dict[str, ArgValue]]] = []
        if self.state.retries >= self.policy.retry_cap:
            parts.append(("input-help", {}))
            self.state.retries = 0
        self.say(key, args, parts=parts)
        self.reprompt()

    def run(self) -> None:
        if self.state.locale is None:
            self.state.locale = pick_language(self.msg.locale_hint, self.policy.languages)
        if self.msg.album is None:
            self.state.album = None
            self.state.album_said = []
        back = returning.came_back(self)
        if self.msg.unreadable:
            self.say("resend-please")  # nothing arrived that could be kept
            self.reprompt()
        elif self.text.startswith("/") and not self.msg.forwarded:
            commands.command(self, self.text)
        elif back and self.msg.choice is None and self.msg.attachment is None:
            returning.remind(self)  # a tapped button or a file is still taken as it is
        elif self.state.interrupt:
            interrupts.answer_interrupt(self)
        elif self.state.flow is None:
            idle.idle(self)
        elif self.msg.attachment is not None:
            files.file(self, self.msg.attachment)
        elif not self.text and self.msg.choice is None:
            self.invalid("hint-empty")
        else:
            asking.answer_step(self)

    def reprompt(self) -> None:
        """Ask whatever the person is expected to answer now."""
        st = self.state
        if st.interrupt == LANGUAGE:
            interrupts.ask_language(self)
        elif st.interrupt in ("cancel", "forget"):
            interrupts.ask_confirm(self, st.interrupt)
        elif st.flow is None:
            if st.step == MENU:
                idle.show_menu(self)
        elif st.step == LANGUAGE:
            interrupts.ask_language(self)
        elif st.step == CONSENT:
            opening.ask_consent(self)
        elif st.step == SUMMARY:
            review.show_summary(self)
        elif st.step == EDIT:
            review.ask_edit(self)
        else:
            question = self.question_now()
            if question is not None:
                asking.ask(self, question)
