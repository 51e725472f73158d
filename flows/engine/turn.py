"""The conversation engine: one pure step per inbound message.

``step(state, inbound, context)`` returns the new state, the messages to
send and the effects to apply. It never touches storage, the network or the
clock (time and fresh ids come in through :class:`Context`), so every branch
is testable as a golden transcript and the caller can commit state, replies
and effects in one transaction.

Every input gets a reply. Anything the engine cannot use (an unknown command,
a stale button, a sticker, text that is too long) gets a localized hint and
the current question again; nothing already accepted is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from flows.core import lifecycle, tokens
from flows.core.countries import country_name, fold, is_country, match_country
from flows.core.events import (
    CaseSubmitted,
    Event,
    FileAccepted,
    FilesDiscarded,
    PersonForgotten,
    RelayFromRequester,
)
from flows.core.messages import ArgValue, Attachment, Channel, Choice, Inbound, Outbound, Ref
from flows.core.numbers import small_number
from flows.core.policy import Policy, pick_language
from flows.core.questions import DONE, SKIP, Kind, Question
from flows.core.state import CONSENT, EDIT, LANGUAGE, MENU, RELAY, SUMMARY, Conversation
from flows.engine.answers import display_answer
from flows.engine.media import as_kept, keep_refusal, quota_refusal
from flows.intake import flow as intake

INTAKE = "intake"
_INVISIBLE = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]")
_REFERRAL = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
CONSENT_CHOICES = (Choice("consent:yes", "consent-yes"), Choice("consent:no", "consent-no"))
SUMMARY_CHOICES = (
    Choice("summary:submit", "summary-submit"),
    Choice("summary:change", "summary-change"),
    Choice("summary:cancel", "summary-cancel"),
)


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What ``/status`` shows about one of the person's cases."""

    ref: str
    status: str
    created_at: str


@dataclass(frozen=True, slots=True)
class Context:
    """Everything from outside that a step may depend on.

    ``label(locale, key)`` renders a catalog message, used only to recognise
    answers typed as an option's text. ``new_id`` and ``new_ref`` supply fresh
    identifiers, so tests can make them deterministic. ``file_usage`` is the
    (files, bytes) the person has had stored in the last rolling day, whatever
    the flow: the caller loads it when the message carries a file, so the
    daily quota holds across the intake and the relay.
    """

    now: datetime
    channel: Channel
    label: Callable[[str, str], str]
    new_id: Callable[[], str]
    new_ref: Callable[[], str]
    policy: Policy = field(default_factory=Policy)
    cases: tuple[CaseSummary, ...] = ()
    file_usage: tuple[int, int] = (0, 0)


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of one step. ``locale`` is the language to render ``outbound`` in."""

    state: Conversation
    outbound: tuple[Outbound, ...]
    events: tuple[Event, ...]
    locale: str


def pending_items(pending: dict[str, Any]) -> list[dict[str, str]]:
    """The messages waiting for the person to say which case they are about.

    State saved before the list existed held one message as ``{"text", "file"}``.
    """
    items = pending.get("items")
    if isinstance(items, list):
        return [item for item in items if isinstance(item, dict)]
    return [pending] if pending else []


def clean_text(text: str | None) -> str:
    """Drop control and bidi-override characters (they can disguise text), normalise."""
    if not text:
        return ""
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text)).strip()


def step(state: Conversation, inbound: Inbound, context: Context) -> Result:
    """Advance ``state`` by one inbound message. Pure: ``state`` is not modified."""
    turn = _Turn(state.copy(), inbound, context)
    turn.run()
    if not turn.out and not turn.silent:  # every input gets a reply, even unforeseen
        turn.say("help")
    locale = turn.render_locale or turn.state.locale or context.policy.default_language
    return Result(turn.state, tuple(turn.out), tuple(turn.events), locale)


class _Turn:
    """The working memory of one step; discarded once the :class:`Result` is built."""

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

    # ----- output helpers -------------------------------------------------

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

    # ----- dispatch -------------------------------------------------------

    def run(self) -> None:
        if self.state.locale is None:
            self.state.locale = pick_language(self.msg.locale_hint, self.policy.languages)
        if self.msg.album is None:
            self.state.album = None
            self.state.album_said = []
        if self.msg.unreadable:
            self.say("resend-please")  # nothing arrived that could be kept
            self.reprompt()
        elif self.text.startswith("/") and not self.msg.forwarded:
            self.command(self.text)
        elif self.state.interrupt:
            self.answer_interrupt()
        elif self.state.flow is None:
            self.idle()
        elif self.msg.attachment is not None:
            self.file(self.msg.attachment)
        elif not self.text and self.msg.choice is None:
            self.invalid("hint-empty")
        else:
            self.answer_step()

    def reprompt(self) -> None:
        """Ask whatever the person is expected to answer now."""
        st = self.state
        if st.interrupt == LANGUAGE:
            self.ask_language()
        elif st.interrupt in ("cancel", "forget"):
            self.ask_confirm(st.interrupt)
        elif st.flow is None:
            if st.step == MENU:
                self.show_menu()
        elif st.step == LANGUAGE:
            self.ask_language()
        elif st.step == CONSENT:
            self.ask_consent()
        elif st.step == SUMMARY:
            self.show_summary()
        elif st.step == EDIT:
            self.ask_edit()
        elif st.step in intake.QUESTIONS:
            self.ask(intake.QUESTIONS[st.step])

    # ----- commands -------------------------------------------------------

    def command(self, text: str) -> None:
        head, _, rest = text.partition(" ")
        name = head[1:].split("@", 1)[0].casefold()
        payload = rest.strip()
        handlers: dict[str, Callable[[], None]] = {
            "start": lambda: self.cmd_start(payload),
            "help": self.cmd_help,
            "language": self.cmd_language,
            "cancel": self.cmd_cancel,
            "status": self.cmd_status,
            "forget": self.cmd_forget,
            "back": self.cmd_back,
            "skip": self.cmd_skip,
        }
        handler = handlers.get(name)
        if handler is None:
            self.say("unknown-command", {"command": head[:32]})
            self.reprompt()
            return
        self.state.retries = 0
        handler()

    def cmd_start(self, payload: str) -> None:
        self.state.interrupt = None
        if self.state.flow == INTAKE:
            self.say("already-in-progress")
            self.reprompt()
            return
        code = payload if _REFERRAL.match(payload) else None
        self.start_intake(code)

    def cmd_help(self) -> None:
        self.say("help")
        self.reprompt()

    def cmd_language(self) -> None:
        self.state.interrupt = LANGUAGE
        self.ask_language()

    def cmd_cancel(self) -> None:
        self.state.interrupt = None
        if self.state.flow is None:
            self.say("nothing-to-cancel")
            self.reprompt()
        elif self.state.consented_at is None:
            self.cancel_now()
        else:
            self.state.interrupt = "cancel"
            self.ask_confirm("cancel")

    def cmd_status(self) -> None:
        if not self.ctx.cases:
            self.say("status-none")
        else:
            parts: list[tuple[str, dict[str, ArgValue]]] = [
                (
                    "status-line",
                    {"ref": c.ref, "status": Ref((f"status-{c.status}",)), "date": c.created_at},
                )
                for c in self.ctx.cases
            ]
            self.say("status-intro", {"count": len(self.ctx.cases)}, parts=parts)
        self.reprompt()

    def cmd_forget(self) -> None:
        self.state.interrupt = "forget"
        self.ask_confirm("forget")

    def cmd_back(self) -> None:
        st = self.state
        if st.interrupt:
            st.interrupt = None
            self.say("kept-going")
            self.reprompt()
        elif st.flow != INTAKE or st.step in (LANGUAGE, CONSENT):
            self.say("nothing-to-go-back")
            self.reprompt()
        elif st.step == EDIT:
            self.go(SUMMARY)
        elif not st.history:
            self.say("back-at-start")
            self.reprompt()
        else:
            self.go(st.history.pop())

    def cmd_skip(self) -> None:
        question = intake.QUESTIONS.get(self.state.step or "")
        if self.state.interrupt is None and question is not None and question.optional:
            self.accept(question, None)
        else:
            self.say("cannot-skip")
            self.reprompt()

    # ----- interrupts (language, cancel, forget) ---------------------------

    def ask_language(self) -> None:
        self.say("q-language", choices=self.language_choices())

    def language_choices(self) -> list[Choice]:
        return [
            Choice(tokens.choice(tokens.LANGUAGE, code), f"language-{code}")
            for code in self.policy.languages
        ]

    def ask_confirm(self, what: str) -> None:
        self.say(f"confirm-{what}", choices=self.confirm_choices(what))

    def answer_interrupt(self) -> None:
        st = self.state
        what = st.interrupt or ""
        if what == LANGUAGE:
            token = self.match(self.language_choices(), LANGUAGE)
            if token is not None:
                st.interrupt = None
                self.set_language(tokens.value_of(token))
                self.say("language-set")
                self.reprompt()
            return
        token = self.match(self.confirm_choices(what), what)
        if token is None:
            return
        st.interrupt = None
        if not token.endswith(":yes"):
            self.say("kept-going")
            self.reprompt()
        elif what == "cancel":
            self.cancel_now()
        else:
            self.forget_now()

    def confirm_choices(self, what: str) -> list[Choice]:
        return [Choice(f"{what}:yes", f"confirm-{what}-yes"), Choice(f"{what}:no", "no")]

    def set_language(self, code: str) -> None:
        self.state.locale = code
        self.state.retries = 0

    def cancel_now(self) -> None:
        ids = tuple(f["id"] for f in self.state.files)
        if ids:
            self.events.append(FilesDiscarded(ids))
        self.state.reset()
        self.say("cancelled")

    def forget_now(self) -> None:
        self.render_locale = self.locale
        self.events.append(PersonForgotten())
        self.state = Conversation()
        self.say("forgotten")

    # ----- idle -----------------------------------------------------------

    def idle(self) -> None:
        st = self.state
        if not self.ctx.cases:
            self.start_intake(None)
            return
        open_refs = [c.ref for c in self.ctx.cases if lifecycle.is_open(c.status)]
        if st.step == RELAY and st.pending:
            token = self.match(self.relay_choices(open_refs), RELAY, quiet=True)
            if token is not None:
                self.relay(tokens.value_of(token), pending_items(st.pending))
                return
        if open_refs and (self.text or self.msg.attachment is not None):
            self.relay_or_pick(open_refs)
            return
        if st.step == MENU:
            token = self.match(self.menu_choices(), MENU, quiet=True)
            if token == "menu:new":
                self.start_intake(None)
                return
            if token == "menu:status":
                self.cmd_status()
                return
        st.step = MENU
        self.show_menu()

    def relay_choices(self, refs: list[str]) -> list[Choice]:
        return [
            Choice(tokens.choice(tokens.RELAY, ref), "relay-case", {"ref": ref}) for ref in refs
        ]

    def relay_or_pick(self, open_refs: list[str]) -> None:
        """Pass the message on; with several open cases, first ask which one it is about."""
        payload: dict[str, str] = {}
        attachment = self.msg.attachment
        repeat = False
        if attachment is not None:
            repeat = self.in_same_album()
            refusal = self.file_refusal(attachment)
            if refusal is not None:
                self.refuse_file(refusal, repeat, ask_again=False)
                return
            payload["file"] = self.keep_file(attachment)
            if self.text:
                payload["text"] = self.text[: self.policy.max_text]
        elif len(self.text) > self.policy.max_text:
            self.say("hint-too-long", {"limit": self.policy.max_text, "length": len(self.text)})
            return
        else:
            payload["text"] = self.text
        told = self.told_album("kept")
        if len(open_refs) == 1:
            self.relay(open_refs[0], [payload], quiet=repeat and told)
            return
        st = self.state
        waiting = pending_items(st.pending) if st.step == RELAY else []
        st.step = RELAY
        st.pending = {"items": [*waiting, payload]}  # kept until they pick, never replaced
        if repeat and told and waiting:
            self.silent = True
        else:
            self.say("relay-pick-case", choices=self.relay_choices(open_refs))

    def relay(self, ref: str, items: list[dict[str, str]], quiet: bool = False) -> None:
        """Pass each message on; ``quiet`` for the later files of an album, already acknowledged."""
        for item in items:
            self.events.append(RelayFromRequester(ref, item.get("text"), item.get("file")))
        self.state.step = None
        self.state.pending = {}
        if quiet:
            self.silent = True
        else:
            self.say("relay-sent", {"ref": ref})

    def menu_choices(self) -> list[Choice]:
        return [Choice("menu:new", "menu-new"), Choice("menu:status", "menu-status")]

    def show_menu(self) -> None:
        self.say("menu", {"count": len(self.ctx.cases)}, choices=self.menu_choices())

    # ----- intake ---------------------------------------------------------

    def start_intake(self, referral: str | None) -> None:
        st = self.state
        st.reset()
        st.flow = INTAKE
        if referral:
            st.offered = [tokens.choice(tokens.REFERRAL, referral)]
        if st.locale is None:
            self.go(LANGUAGE)
        else:
            self.welcome()

    def welcome(self) -> None:
        parts: list[tuple[str, dict[str, ArgValue]]] = []
        if self.ctx.channel is Channel.TELEGRAM:
            parts.append(("telegram-not-encrypted", {}))
            if self.policy.signal_number:
                parts.append(("telegram-signal-offer", {"number": self.policy.signal_number}))
        elif self.ctx.channel is Channel.SIGNAL:
            parts.append(("signal-safety-note", {}))
        self.say("welcome", parts=parts)
        self.go(CONSENT)

    def go(self, step: str) -> None:
        self.state.step = step
        self.state.retries = 0
        if step in intake.QUESTIONS:
            self.state.selection = []
        self.reprompt()

    def ask_consent(self) -> None:
        self.say("q-consent", choices=CONSENT_CHOICES)

    def ask(self, question: Question) -> None:
        answers = self.state.answers
        if question.note_for is not None:
            note = question.note_for(answers)
            if note:
                self.say(note)
        if question.kind is Kind.MULTI and not self.state.selection:
            previous = answers.get(question.id)
            self.state.selection = list(previous) if isinstance(previous, list) else []
        if question.kind is Kind.COUNTRY and self.state.offered:
            self.say("country-did-you-mean", choices=self.country_choices())
            return
        self.say(
            question.prompt,
            {"limit": self.policy.max_text},
            choices=self.question_choices(question),
            multi=question.kind is Kind.MULTI,
        )

    def question_choices(self, question: Question) -> list[Choice]:
        if question.kind in (Kind.TEXT, Kind.COUNTRY):
            options: tuple[str, ...] = ()
        else:
            options = question.current_options(self.state.answers)
        choices = [
            Choice(
                question.token(o),
                question.option_key(o),
                selected=question.kind is Kind.MULTI and o in self.state.selection,
            )
            for o in options
        ]
        if question.kind is Kind.MULTI:
            choices.append(Choice(question.token(DONE), "done"))
        if question.optional:
            choices.append(Choice(question.token(SKIP), question.option_key(SKIP)))
        return choices

    def answer_step(self) -> None:
        st = self.state
        if st.step == LANGUAGE:
            token = self.match(self.language_choices(), LANGUAGE)
            if token is not None:
                self.set_language(tokens.value_of(token))
                self.welcome()
        elif st.step == CONSENT:
            self.answer_consent()
        elif st.step == SUMMARY:
            self.answer_summary()
        elif st.step == EDIT:
            self.answer_edit()
        elif st.step in intake.QUESTIONS:
            self.answer_question(intake.QUESTIONS[st.step])

    def answer_consent(self) -> None:
        token = self.match(CONSENT_CHOICES, CONSENT)
        if token == "consent:yes":
            st = self.state
            referral = [
                tokens.value_of(t) for t in st.offered if tokens.is_kind(t, tokens.REFERRAL)
            ]
            st.offered = []
            st.consented_at = self.ctx.now.isoformat()
            if referral:
                st.answers["referral_code"] = referral[0]
            self.say("consent-thanks")
            self.advance()
        elif token == "consent:no":
            self.state.reset()
            self.say("consent-declined")

    def answer_question(self, question: Question) -> None:
        if question.kind is Kind.TEXT:
            self.answer_text(question)
        elif question.kind is Kind.COUNTRY:
            self.answer_country(question)
        elif question.kind is Kind.MULTI:
            self.answer_multi(question)
        else:
            choices = self.question_choices(question)
            token = self.match(choices, question.id)
            if token is not None:
                option = tokens.value_of(token)
                self.accept(question, None if option == SKIP else option)

    def answer_text(self, question: Question) -> None:
        choices = self.question_choices(question)
        number = small_number(self.text)
        if self.msg.choice is not None or (number is not None and number <= len(choices)):
            if self.match(choices, question.id) is not None:
                self.accept(question, None)
            return
        if len(self.text) > self.policy.max_text:
            self.invalid("hint-too-long", {"limit": self.policy.max_text, "length": len(self.text)})
            return
        if question.optional and self.is_label(question.option_key(SKIP)):
            self.accept(question, None)
            return
        self.accept(question, self.text)

    def answer_country(self, question: Question) -> None:
        st = self.state
        if self.msg.choice is not None or self.text.isdecimal():
            token = self.match(self.country_choices(), question.id)
            if token is None:
                return
            st.offered = []
            code = tokens.value_of(token)
            self.accept(question, None if code == SKIP else code)
            return
        if question.optional and self.is_label(question.option_key(SKIP)):
            st.offered = []
            self.accept(question, None)
            return
        codes = [c for c in match_country(self.text) if is_country(c)]
        if len(codes) == 1:
            st.offered = []
            self.accept(question, codes[0])
        elif codes:
            st.offered = [tokens.choice(tokens.COUNTRY, c) for c in codes]
            self.say("country-did-you-mean", choices=self.country_choices())
        else:
            self.invalid("hint-country")

    def country_choices(self) -> list[Choice]:
        """The near-miss countries on offer (if any), then "several countries / not sure"."""
        candidates = [
            Choice(
                token,
                "country-choice",
                {"name": country_name(tokens.value_of(token), self.locale)},
            )
            for token in self.state.offered
            if tokens.is_kind(token, tokens.COUNTRY)
        ]
        return [*candidates, *self.question_choices(intake.QUESTIONS["country"])]

    def answer_multi(self, question: Question) -> None:
        st = self.state
        options = question.current_options(st.answers)
        if self.msg.choice is None:
            picked = self.numbers(len(options))
            if picked is None:
                single = self.match(self.question_choices(question), question.id)
                if single is None:
                    return
                picked_option = tokens.value_of(single)
                if picked_option == DONE:
                    self.finish_multi(question)
                    return
                if picked_option == SKIP:
                    self.accept(question, None)
                    return
                picked = [options.index(picked_option)]
            st.selection = [options[i] for i in sorted(set(picked))]
            self.finish_multi(question)
            return
        token = self.match(self.question_choices(question), question.id)
        if token is None:
            return
        option = tokens.value_of(token)
        if option == DONE:
            self.finish_multi(question)
        elif option == SKIP:
            self.accept(question, None)
        else:
            if option in st.selection:
                st.selection.remove(option)
            else:
                st.selection.append(option)
            self.say(question.prompt, choices=self.question_choices(question), multi=True)

    def finish_multi(self, question: Question) -> None:
        st = self.state
        if not st.selection:
            self.invalid("hint-multi-empty")
            return
        options = question.current_options(st.answers)
        chosen = [o for o in options if o in st.selection]
        st.selection = []
        self.accept(question, chosen)

    def numbers(self, count: int) -> list[int] | None:
        """Parse ``1 3 5`` or ``1,3``; None when the text is not a list of option numbers."""
        pieces = [p for p in re.split(r"[\s,;.،、]+", self.text) if p]
        numbers = [small_number(p) for p in pieces]
        if not pieces or any(n is None for n in numbers):
            return None
        values = [n - 1 for n in numbers if n is not None]
        if any(v < 0 or v >= count for v in values):
            return None
        return values

    def accept(self, question: Question, value: object) -> None:
        st = self.state
        st.answers[question.id] = value
        if not st.history or st.history[-1] != question.id:
            st.history.append(question.id)
        st.retries = 0
        st.selection = []
        self.advance()

    def advance(self) -> None:
        st = self.state
        for question in intake.applicable(st.answers):
            value = st.answers.get(question.id)
            stale = value is not None and value not in question.current_options(st.answers)
            if question.kind is Kind.CHOICE and stale:
                del st.answers[question.id]
        following = intake.next_question(st.answers)
        self.go(following.id if following else SUMMARY)

    # ----- files ----------------------------------------------------------

    def file(self, attachment: Attachment) -> None:
        """Keep a file sent during the intake; the later files of an album are kept silently.

        The first file of an album gets the acknowledgement and the question
        again; the others of the same album (``Inbound.album``) are stored
        without a word, unless one carries a caption that answers the question.
        Each thing an album is told (kept, or why not) is told once.
        """
        st = self.state
        repeat = self.in_same_album()
        refusal = self.file_refusal(attachment)
        if refusal is None and st.consented_at is None:
            refusal = ("file-before-consent", {})
        if refusal is None and len(st.files) >= self.policy.max_files:
            refusal = ("file-too-many", {"limit": self.policy.max_files})
        if refusal is not None:
            self.refuse_file(refusal, repeat, ask_again=True)
            return
        file_id = self.keep_file(attachment)
        question = intake.QUESTIONS.get(st.step or "")
        st.files.append({"id": file_id, "kind": attachment.kind.value, "step": st.step or ""})
        caption = self.text[: self.policy.max_text]
        told = self.told_album("kept")
        if question is not None and question.kind is Kind.TEXT and caption and st.interrupt is None:
            self.say("file-saved-evidence")  # the caption answers; the file is kept as evidence
            self.accept(question, caption)
        elif repeat and told:
            self.silent = True
        elif repeat:
            self.say("file-saved-evidence")  # after a refusal: the question was asked then
        elif question is not None and question.takes_files and st.interrupt is None:
            self.say("file-saved-answer")
            self.accept(question, {"file": file_id, "kind": attachment.kind.value})
        else:
            self.say("file-saved-evidence")
            self.reprompt()

    def in_same_album(self) -> bool:
        """Whether this file belongs to the album whose first file was already answered."""
        album = self.msg.album
        repeat = album is not None and album == self.state.album
        self.state.album = album
        if not repeat:
            self.state.album_said = []
        return repeat

    def told_album(self, reason: str) -> bool:
        """Whether this album was already told ``reason``; from now on it has been."""
        if reason in self.state.album_said:
            return True
        self.state.album_said.append(reason)
        return False

    def refuse_file(
        self, refusal: tuple[str, dict[str, ArgValue]], repeat: bool, ask_again: bool
    ) -> None:
        """Say why a file was not kept: once per album, the question again only for the first."""
        told = self.told_album(refusal[0])
        if not repeat and ask_again:
            self.invalid(*refusal)
        elif not repeat or not told:
            self.say(*refusal)
        else:
            self.silent = True  # this album was already told why

    def file_refusal(self, attachment: Attachment) -> tuple[str, dict[str, ArgValue]] | None:
        """Why a file cannot be kept (its kind, size or the daily quota), or None."""
        reason = keep_refusal(attachment, self.policy)
        if reason is not None:
            return reason, {"limit_mb": self.policy.max_file_bytes // (1024 * 1024)}
        return quota_refusal(attachment, self.ctx.file_usage, self.policy)

    def keep_file(self, attachment: Attachment) -> str:
        file_id = self.ctx.new_id()
        self.events.append(FileAccepted(file_id, as_kept(attachment)))
        return file_id

    # ----- summary and changes --------------------------------------------

    def show_summary(self) -> None:
        st = self.state
        parts: list[tuple[str, dict[str, ArgValue]]] = []
        for question in intake.applicable(st.answers):
            if st.answers.get(question.id) is not None:
                parts.append(
                    (
                        "summary-line",
                        {
                            "label": Ref((question.label,)),
                            "value": display_answer(question, st.answers[question.id], self.locale),
                        },
                    )
                )
        if st.files:
            parts.append(("summary-files", {"count": len(st.files)}))
        parts.append(("summary-level", {"level": intake.proposed_level(st.answers)}))
        self.say("summary", parts=parts, choices=SUMMARY_CHOICES)

    def answer_summary(self) -> None:
        token = self.match(SUMMARY_CHOICES, SUMMARY)
        if token == "summary:submit":
            self.submit()
        elif token == "summary:change":
            self.go(EDIT)
        elif token == "summary:cancel":
            self.state.interrupt = "cancel"
            self.ask_confirm("cancel")

    def edit_choices(self) -> list[Choice]:
        answers = self.state.answers
        choices = [
            Choice(tokens.choice(tokens.EDIT, q.id), q.label)
            for q in intake.applicable(answers)
            if q.id in answers
        ]
        choices.append(Choice("edit:__summary", "edit-back-to-summary"))
        return choices

    def ask_edit(self) -> None:
        self.say("q-edit", choices=self.edit_choices())

    def answer_edit(self) -> None:
        token = self.match(self.edit_choices(), EDIT)
        if token is None:
            return
        target = tokens.value_of(token)
        self.go(SUMMARY if target == "__summary" else target)

    def submit(self) -> None:
        st = self.state
        answers = intake.kept_answers(st.answers)
        ref = self.ctx.new_ref()
        level = intake.proposed_level(answers)
        urgent = intake.is_urgent(answers)
        country = answers.get("country")
        self.events.append(
            CaseSubmitted(
                ref=ref,
                channel=self.msg.channel,
                locale=self.locale,
                answers=answers,
                file_ids=tuple(f["id"] for f in st.files),
                level=level,
                urgent=urgent,
                country=country if isinstance(country, str) else None,
                consented_at=st.consented_at or self.ctx.now.isoformat(),
            )
        )
        parts: list[tuple[str, dict[str, ArgValue]]] = []
        if urgent:
            parts.append(("submitted-urgent", {}))
        if answers.get("safe_here") == "no":
            parts.append(("submitted-unsafe", {}))
        parts.append(("submitted-commands", {}))
        self.say("submitted", {"ref": ref, "days": self.policy.reply_days}, parts=parts)
        st.reset()

    # ----- matching typed or tapped answers ---------------------------------

    def match(
        self,
        choices: Sequence[Choice],
        step: str,
        quiet: bool = False,
    ) -> str | None:
        """The token the person picked among ``choices``, or None after replying why not.

        Buttons are matched against the tokens offered now, never trusted as
        sent; text is matched as an option number, then as the option's label
        in the person's language (or English), then as the option id.
        """
        offered = [c.token for c in choices]
        if self.msg.choice is not None:
            if self.msg.choice in offered:
                return self.msg.choice
            if not quiet:
                stale = tokens.kind_of(self.msg.choice) != step
                self.invalid(
                    "hint-stale-choice" if stale else "hint-choice", {"count": len(choices)}
                )
            return None
        number = small_number(self.text)
        if number is not None and 0 < number <= len(choices):
            return offered[number - 1]
        wanted = fold(self.text)
        if wanted:
            for choice in choices:
                if choice.key == "country-choice":
                    label = str(choice.args.get("name", ""))
                    if fold(label) == wanted:
                        return choice.token
                    continue
                if self.is_label(choice.key) or wanted == fold(tokens.value_of(choice.token)):
                    return choice.token
        if not quiet:
            self.invalid("hint-choice", {"count": len(choices)})
        return None

    def is_label(self, key: str) -> bool:
        wanted = fold(self.text)
        if not wanted:
            return False
        return any(fold(self.ctx.label(loc, key)) == wanted for loc in {self.locale, "en"})
