"""A new flow is one module plus its catalog entries: a two-question check-in.

The exchange starts it with ``start()`` on a controlled clock (a trigger, in
goflow's terms); the person answers with ``step()``; completing it produces
one event. The catalog entries live here, in the test.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from flows.core.events import CaseSubmitted, FlowCompleted
from flows.core.messages import Channel, Inbound, Outbound
from flows.core.questions import Kind, Question
from flows.core.state import CaseSummary, Conversation
from flows.engine.context import Context, Result
from flows.engine.flow import Completion, Finished, Flow, Flows
from flows.engine.turn import start, step
from flows.intake.flow import FLOW as INTAKE_FLOW

# ----- the flow: what a real one would put in flows/<family>/checkin.py --------------------


def _answered(done: Completion) -> Finished:
    event = FlowCompleted("checkin", done.case, dict(done.answers))
    return Finished((event,), "checkin-thanks", {"ref": done.case or "-"})


CHECKIN = Flow(
    "checkin",
    (
        Question("progress", Kind.CHOICE, ("on_track", "delayed")),
        Question("needs", Kind.TEXT, optional=True),
    ),
    _answered,
    intro="checkin-intro",
)

CATALOG = {
    "checkin-intro": "A few weeks have passed on { $ref }: two quick questions.",
    "q-progress": "How is the work going?",
    "opt-progress-on_track": "On track",
    "opt-progress-delayed": "Delayed",
    "q-needs": "Anything you need from us?",
    "opt-needs-__skip": "Nothing",
    "checkin-thanks": "Thank you, we have noted it for { $ref }.",
}

# ----- driving it ----------------------------------------------------------------------------

PERSON = "p" * 32
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
FLOWS = Flows(INTAKE_FLOW, (CHECKIN,))


def context(minutes: int = 0) -> Context:
    return Context(
        now=T0 + timedelta(minutes=minutes),
        channel=Channel.CONSOLE,
        label=lambda _locale, key: CATALOG.get(key, key),
        new_id=lambda: "file0001",
        new_ref=lambda: "TEST-0001",
        cases=(CaseSummary("K7M4-Q2XP", "implementation", "2026-11-01"),),
        flows=FLOWS,
    )


def say(state: Conversation, text: str, minutes: int = 1) -> Result:
    return step(state, Inbound(PERSON, Channel.CONSOLE, text=text), context(minutes))


def keys(outbound: tuple[Outbound, ...]) -> list[str]:
    return [m.key for m in outbound]


def test_the_exchange_starts_a_two_question_flow_and_completing_it_is_one_event() -> None:
    opened = start(Conversation(locale="en"), PERSON, "checkin", context(), case="K7M4-Q2XP")
    assert keys(opened.outbound) == ["checkin-intro", "q-progress"]
    assert opened.outbound[0].args == {"ref": "K7M4-Q2XP"}
    assert [c.token for c in opened.outbound[1].choices] == [
        "progress:on_track",
        "progress:delayed",
    ]
    assert (opened.state.flow, opened.state.step, opened.state.case) == (
        "checkin",
        "progress",
        "K7M4-Q2XP",
    )

    typed = say(opened.state, "delayed")  # an option's label or id, as for the intake
    assert keys(typed.outbound) == ["q-needs"]
    done = say(typed.state, "A translator for the meeting", minutes=2)
    assert keys(done.outbound) == ["checkin-thanks"]
    assert done.events == (
        FlowCompleted(
            "checkin",
            "K7M4-Q2XP",
            {"progress": "delayed", "needs": "A translator for the meeting"},
        ),
    )
    assert done.state.flow is None and done.state.case is None


def test_the_engine_commands_work_in_any_flow() -> None:
    opened = start(Conversation(locale="en"), PERSON, "checkin", context(), case="K7M4-Q2XP")
    answered = say(opened.state, "1")
    back = say(answered.state, "/back")
    assert keys(back.outbound) == ["q-progress"]
    skipped = say(say(back.state, "2").state, "/skip")
    assert keys(skipped.outbound) == ["checkin-thanks"]
    assert skipped.events == (
        FlowCompleted("checkin", "K7M4-Q2XP", {"progress": "delayed", "needs": None}),
    )


def test_a_flow_started_mid_intake_waits_and_opens_when_the_intake_ends() -> None:
    state = Conversation(locale="en")
    mid = step(state, Inbound(PERSON, Channel.CONSOLE, text="hello"), _newcomer())
    assert mid.state.step == "consent"
    waiting = start(mid.state, PERSON, "checkin", context(), case="K7M4-Q2XP")
    assert waiting.outbound == () and waiting.state.step == "consent"
    assert waiting.state.waiting == [{"flow": "checkin", "case": "K7M4-Q2XP"}]
    declined = step(waiting.state, Inbound(PERSON, Channel.CONSOLE, text="2"), _newcomer())
    assert keys(declined.outbound) == ["consent-declined", "checkin-intro", "q-progress"]
    assert (declined.state.flow, declined.state.case) == ("checkin", "K7M4-Q2XP")
    assert declined.state.waiting == []


def test_what_the_exchange_seeds_is_known_before_the_first_question_even_after_waiting() -> None:
    seed = {"progress": "on_track"}  # e.g. the evaluation's ``funded``, for ``ask_if``
    now = start(Conversation(locale="en"), PERSON, "checkin", context(), "AAAA-1111", seed)
    assert keys(now.outbound) == ["checkin-intro", "q-needs"]
    first = start(Conversation(locale="en"), PERSON, "checkin", context(), case="AAAA-1111")
    second = start(first.state, PERSON, "checkin", context(), case="BBBB-2222", seed=seed)
    assert second.state.waiting == [{"flow": "checkin", "case": "BBBB-2222", "seed": seed}]
    answered = say(say(second.state, "1").state, "/skip")
    assert keys(answered.outbound) == ["checkin-thanks", "checkin-intro", "q-needs"]
    done = say(answered.state, "/skip")
    assert done.events == (
        FlowCompleted("checkin", "BBBB-2222", {"progress": "on_track", "needs": None}),
    )


def test_a_waiting_flow_opens_right_after_the_active_one_completes() -> None:
    first = start(Conversation(locale="en"), PERSON, "checkin", context(), case="AAAA-1111")
    second = start(first.state, PERSON, "checkin", context(), case="BBBB-2222")
    assert second.outbound == ()
    answered = say(say(second.state, "1").state, "/skip")
    assert keys(answered.outbound) == ["checkin-thanks", "checkin-intro", "q-progress"]
    assert answered.state.case == "BBBB-2222" and answered.state.waiting == []


def test_a_person_sees_the_waiting_conversation_and_switches_back_and_forth() -> None:
    opened = start(Conversation(locale="en"), PERSON, "checkin", context(), case="AAAA-1111")
    answered = say(opened.state, "1")  # on to the second question of the first check-in
    waiting = start(answered.state, PERSON, "checkin", context(), case="BBBB-2222")
    status = say(waiting.state, "/status")
    assert keys(status.outbound) == ["status-intro", "status-waiting", "q-needs"]
    assert status.outbound[1].args == {"count": 1}
    switched = say(status.state, "/switch")
    assert keys(switched.outbound) == ["checkin-intro", "q-progress"]
    assert switched.state.case == "BBBB-2222"
    assert switched.state.waiting[0]["case"] == "AAAA-1111"
    back = say(switched.state, "/switch")  # where the first one stood, its answer kept
    assert keys(back.outbound) == ["q-needs"]
    assert (back.state.case, back.state.answers) == ("AAAA-1111", {"progress": "on_track"})
    done = say(back.state, "/skip")  # the other one resumes where it stood: no intro again
    assert keys(done.outbound) == ["checkin-thanks", "q-progress"]
    assert done.state.case == "BBBB-2222"


def test_switch_with_nothing_waiting_says_so_and_asks_again() -> None:
    opened = start(Conversation(locale="en"), PERSON, "checkin", context(), case="AAAA-1111")
    assert keys(say(opened.state, "/switch").outbound) == ["switch-nothing", "q-progress"]


def test_an_unknown_flow_changes_nothing() -> None:
    state = Conversation(locale="en")
    assert start(state, PERSON, "survey", context()).state == state


def test_state_saved_before_flows_were_data_resumes_at_the_same_step() -> None:
    """A person mid-intake before the upgrade: the sealed JSON had no ``case``/``waiting``."""
    saved = {
        "locale": "en",
        "flow": "intake",
        "step": "requester_name",
        "answers": {"requester_type": "community"},
        "history": ["requester_type"],
        "files": [],
        "selection": [],
        "offered": [],
        "interrupt": None,
        "retries": 0,
        "consented_at": "2026-11-30T10:00:00+00:00",
        "pending": {},
        "desk": {},
        "album": None,
        "album_said": [],
        "invitations": [],
    }
    state = Conversation.from_json(json.loads(json.dumps(saved)))
    assert (state.flow, state.step, state.case, state.waiting) == (
        "intake",
        "requester_name",
        None,
        [],
    )
    result = step(state, Inbound(PERSON, Channel.CONSOLE, text="/help"), _newcomer())
    assert keys(result.outbound) == ["help", "q-requester_name"]
    answered = step(state, Inbound(PERSON, Channel.CONSOLE, text="Amina"), _newcomer())
    assert answered.state.answers["requester_name"] == "Amina"
    assert answered.state.step == "relationship"
    assert not any(isinstance(e, CaseSubmitted) for e in answered.events)


def _newcomer() -> Context:
    return Context(
        now=T0,
        channel=Channel.CONSOLE,
        label=lambda _locale, key: key,
        new_id=lambda: "file0001",
        new_ref=lambda: "TEST-0001",
        flows=FLOWS,
    )
