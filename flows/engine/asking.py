"""Asking a flow's questions and accepting answers: text, one choice, several choices, a country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.core import tokens
from flows.core.countries import country_name, is_country, match_countries, match_country
from flows.core.messages import Choice, Ref
from flows.core.numbers import small_number
from flows.core.questions import DONE, SKIP, Kind, Question
from flows.core.state import CONSENT, EDIT, LANGUAGE, SUMMARY
from flows.engine import interrupts, matching, more, opening, review

if TYPE_CHECKING:
    from flows.engine.turn import Turn


def go(turn: Turn, step: str) -> None:
    """Ask ``step`` afresh; a multi-choice question starts from its earlier answer, if any."""
    st = turn.state
    st.step = step
    st.retries = 0
    st.adding = None
    question = turn.question_now()
    if question is not None:
        previous = st.answers.get(question.id)
        multi = question.kind is Kind.MULTI and isinstance(previous, list)
        st.selection = [str(v) for v in previous] if multi and previous else []
    turn.reprompt()


def ask(turn: Turn, question: Question) -> None:
    answers = turn.state.answers
    if question.note_for is not None:
        note = question.note_for(answers)
        if note:
            turn.say(note)
    if turn.state.adding == question.id:
        turn.say("text-more", choices=more.choices(question))
        return
    if question.kind is Kind.COUNTRY and turn.state.offered:
        turn.say("country-did-you-mean", choices=country_choices(turn, question))
        return
    turn.say(
        question.prompt,
        {"limit": turn.policy.max_text},
        choices=question_choices(turn, question),
        multi=question.kind is Kind.MULTI,
    )


def question_choices(turn: Turn, question: Question) -> list[Choice]:
    if question.kind in (Kind.TEXT, Kind.COUNTRY):
        options: tuple[str, ...] = ()
    else:
        options = question.current_options(turn.state.answers)
    choices = [
        Choice(
            question.token(o),
            question.option_key(o),
            selected=question.kind is Kind.MULTI and o in turn.state.selection,
        )
        for o in options
    ]
    if question.kind is Kind.MULTI:
        choices.append(Choice(question.token(DONE), "done"))
    if question.optional:
        choices.append(Choice(question.token(SKIP), question.option_key(SKIP)))
    return choices


def answer_step(turn: Turn) -> None:
    st = turn.state
    if st.step == LANGUAGE:
        token = matching.match(turn, interrupts.language_choices(turn), LANGUAGE)
        if token is not None:
            interrupts.set_language(turn, tokens.value_of(token))
            opening.welcome(turn)
    elif st.step == CONSENT:
        opening.answer_consent(turn)
    elif st.step == SUMMARY:
        review.answer_summary(turn)
    elif st.step == EDIT:
        review.answer_edit(turn)
    else:
        question = turn.question_now()
        if question is not None:
            answer_question(turn, question)


def answer_question(turn: Turn, question: Question) -> None:
    if question.kind is Kind.TEXT:
        answer_text(turn, question)
    elif question.kind is Kind.COUNTRY:
        answer_country(turn, question)
    elif question.kind is Kind.MULTI:
        answer_multi(turn, question)
    else:
        choices = question_choices(turn, question)
        token = matching.match(turn, choices, question.id)
        if token is not None:
            option = tokens.value_of(token)
            accept(turn, question, None if option == SKIP else option)


def answer_text(turn: Turn, question: Question) -> None:
    if turn.state.adding == question.id:
        more.answer_more(turn, question)
        return
    choices = question_choices(turn, question)
    number = small_number(turn.text)
    if turn.msg.choice is not None or (number is not None and number <= len(choices)):
        if matching.match(turn, choices, question.id) is not None:
            accept(turn, question, None)
        return
    if len(turn.text) > turn.policy.max_text:
        turn.invalid("hint-too-long", {"limit": turn.policy.max_text, "length": len(turn.text)})
        return
    if question.optional and matching.is_label(turn, question.option_key(SKIP)):
        accept(turn, question, None)
        return
    accept(turn, question, turn.text)


def answer_country(turn: Turn, question: Question) -> None:
    st = turn.state
    if turn.msg.choice is not None or turn.text.isdecimal():
        token = matching.match(turn, country_choices(turn, question), question.id)
        if token is None:
            return
        st.offered = []
        code = tokens.value_of(token)
        accept(turn, question, None if code == SKIP else code)
        return
    if question.optional and matching.is_label(turn, question.option_key(SKIP)):
        st.offered = []
        accept(turn, question, None)
        return
    codes = [c for c in match_country(turn.text) if is_country(c)]
    several = match_countries(turn.text) if len(codes) != 1 else None
    if several is not None:  # a case may concern several countries: routed by the first
        st.offered = []
        accept(turn, question, [c for c in several if is_country(c)])
    elif len(codes) == 1:
        st.offered = []
        accept(turn, question, codes[0])
    elif codes:
        st.offered = [tokens.choice(tokens.COUNTRY, c) for c in codes]
        turn.say("country-did-you-mean", choices=country_choices(turn, question))
    else:
        turn.invalid("hint-country")


def country_choices(turn: Turn, question: Question) -> list[Choice]:
    """The near-miss countries on offer (if any), then "several countries / not sure"."""
    candidates = [
        Choice(
            token,
            "country-choice",
            {"name": country_name(tokens.value_of(token), turn.locale)},
        )
        for token in turn.state.offered
        if tokens.is_kind(token, tokens.COUNTRY)
    ]
    return [*candidates, *question_choices(turn, question)]


def answer_multi(turn: Turn, question: Question) -> None:
    """Typed numbers (``1 3``, ``1,3``), labels and buttons toggle options until Done."""
    choices = question_choices(turn, question)
    picked = matching.numbers(turn, len(choices)) if turn.msg.choice is None else None
    if picked is not None:
        values = [tokens.value_of(choices[i].token) for i in picked]
    else:
        token = matching.match(turn, choices, question.id)
        if token is None:
            return
        values = [tokens.value_of(token)]
    if SKIP in values:
        accept(turn, question, None)
        return
    st = turn.state
    for value in dict.fromkeys(v for v in values if v != DONE):
        if value in st.selection:
            st.selection.remove(value)
        else:
            st.selection.append(value)
    if DONE in values:
        finish_multi(turn, question)
    else:
        show_selection(turn, question)


def show_selection(turn: Turn, question: Question) -> None:
    """What is chosen so far, with the options (chosen ones marked) and Done."""
    options = question.current_options(turn.state.answers)
    chosen = [question.option_key(o) for o in options if o in turn.state.selection]
    key, args = (
        ("multi-selected", {"selection": Ref(tuple(chosen))})
        if chosen
        else (
            "multi-selected-none",
            {},
        )
    )
    turn.say(key, dict(args), choices=question_choices(turn, question), multi=True)


def finish_multi(turn: Turn, question: Question) -> None:
    st = turn.state
    if not st.selection:
        turn.invalid("hint-multi-empty")
        return
    options = question.current_options(st.answers)
    chosen = [o for o in options if o in st.selection]
    st.selection = []
    accept(turn, question, chosen)


def accept(turn: Turn, question: Question, value: object) -> None:
    """Record ``value``; a long free-text answer stays open for more messages first.

    A changed answer clears the answers it governs (``Question.resets``), so
    they are asked again (the community's agreement re-opens the kind of help).
    """
    st = turn.state
    if st.answers.get(question.id, value) != value:
        for governed in question.resets:
            st.answers.pop(governed, None)
    st.answers[question.id] = value
    if not st.history or st.history[-1] != question.id:
        st.history.append(question.id)
    st.retries = 0
    st.selection = []
    if question.long_text and isinstance(value, str):
        st.adding = question.id
        turn.say("text-more", choices=more.choices(question))
        return
    st.adding = None
    advance(turn)


def advance(turn: Turn) -> None:
    st = turn.state
    flow = turn.flow
    if flow is None:
        return
    for question in flow.applicable(st.answers):
        value = st.answers.get(question.id)
        stale = value is not None and value not in question.current_options(st.answers)
        if question.kind is Kind.CHOICE and stale:
            del st.answers[question.id]
    following = flow.next_question(st.answers)
    if following is not None:
        go(turn, following.id)
    elif flow.review:
        go(turn, SUMMARY)
    else:
        review.complete(turn, flow)
