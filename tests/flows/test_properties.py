"""Property: whatever arrives at whatever step, the engine replies and never raises."""

from __future__ import annotations

import itertools
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.i18n import Catalogs
from flows.core.messages import Attachment, AttachmentKind, Channel, Inbound
from flows.core.policy import Policy
from flows.core.questions import DONE, SKIP
from flows.core.state import CaseSummary, Conversation
from flows.engine.context import Context
from flows.engine.flow import Flows
from flows.engine.turn import step
from flows.intake.flow import FLOW as INTAKE_FLOW
from flows.intake.flow import INTAKE
from tests.support.answers import CONSENT, intake_answers
from tests.support.budget import scaled
from tests.support.clock import FakeClock

CATALOGS = Catalogs()
COMMANDS = [
    "/start",
    "/help",
    "/language",
    "/cancel",
    "/status",
    "/forget",
    "/back",
    "/skip",
    "/start partner-1",
    "/unknown",
    "/",
    "//",
    "/start@bot x y",
]
TOKENS = [q.token(o) for q in INTAKE for o in (*q.options, SKIP, DONE)] + [
    "consent:yes",
    "consent:no",
    "summary:submit",
    "summary:change",
    "summary:cancel",
    "edit:country",
    "edit:__summary",
    "language:fr",
    "language:xx",
    "cancel:yes",
    "cancel:no",
    "forget:yes",
    "forget:no",
    "menu:new",
    "menu:status",
    "country:KE",
    "country:ZZ",
    "",
    ":",
    "x" * 80,
]

texts = st.one_of(
    st.text(max_size=40),
    st.text(min_size=1900, max_size=2200, alphabet=st.characters(codec="utf-8")),
    st.sampled_from(
        [
            "1",
            "2",
            "3",
            "7",
            "99",
            "0",
            "1 3",
            "1,2,3",
            "Kenya",
            "Congo",
            "yes",
            "Oui",
            "¹",
            "٣",
            "١ ٢",
            "\u202eevil",
            "🙂",
            "\x00\x01",
            "",
            "   ",
            "\n",
        ]
    ),
    st.sampled_from(COMMANDS),
)
attachments = st.builds(
    Attachment,
    kind=st.sampled_from(list(AttachmentKind)),
    mime=st.sampled_from(["image/jpeg", "application/pdf", "audio/ogg", "application/x-sh", ""]),
    size=st.integers(min_value=0, max_value=50_000_000),
    data=st.sampled_from(
        [
            None,
            b"data",
            b"MZ\x90\x00",
            b"\xff\xd8\xff\xe0",
            b"%PDF-1.7",
            b"\x00\x01\x02",
            b"PK\x03\x04",
        ]
    ),
    name=st.one_of(st.none(), st.text(max_size=10)),
)
inbounds = st.one_of(
    st.builds(lambda t: Inbound("p", Channel.TELEGRAM, text=t), texts),
    st.builds(lambda c: Inbound("p", Channel.TELEGRAM, choice=c), st.sampled_from(TOKENS)),
    st.builds(lambda a: Inbound("p", Channel.TELEGRAM, attachment=a), attachments),
    st.builds(
        lambda a, album: Inbound("p", Channel.TELEGRAM, attachment=a, album=album),
        attachments,
        st.sampled_from(["A1", "B2"]),
    ),
    st.builds(lambda t: Inbound("p", Channel.TELEGRAM, text=t, forwarded=True), texts),
    st.just(Inbound("p", Channel.TELEGRAM, unreadable=True)),
    st.builds(
        lambda h: Inbound("p", Channel.TELEGRAM, text="hi", locale_hint=h),
        st.sampled_from([None, "fr", "pt-BR", "zz", "in", ""]),
    ),
)

# A prefix that walks well into the intake, so random input hits late steps too.
WALK = [
    "/start",
    "1",  # language
    CONSENT,
    *intake_answers(
        requester_name="Name",
        relationship="2",
        community_consent="1",
        harm="story",
        strategies="1 6",
        outcome="hope",
        help_kind="3",
        funding_band="2",
    ),
]


@settings(
    max_examples=scaled(300, 100),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(prefix=st.integers(min_value=0, max_value=len(WALK)), noise=st.lists(inbounds, max_size=12))
def test_every_input_at_every_step_gets_a_reply(prefix: int, noise: list[Inbound]) -> None:
    clock = FakeClock()
    ids = itertools.count()
    state = Conversation()
    cases: tuple[CaseSummary, ...] = ()
    script = [Inbound("p", Channel.TELEGRAM, text=t) for t in WALK[:prefix]] + noise
    for inbound in script:
        context = Context(
            clock.now(),
            Channel.TELEGRAM,
            CATALOGS.label,
            lambda: f"id{next(ids)}",
            lambda: f"REF{next(ids)}",
            Policy(),
            cases,
            flows=Flows(INTAKE_FLOW),
        )
        result = step(state, inbound, context)
        later_in_album = inbound.album is not None and inbound.album == state.album
        assert result.outbound or later_in_album, f"no reply to {inbound!r} at {state.step}"
        assert result.locale in Policy().languages
        for message in result.outbound:
            CATALOGS.render(message, result.locale)
            assert all(len(c.token.encode()) <= 64 for c in message.choices)
        json.dumps(result.state.to_json())
        state = result.state
        if any(type(e).__name__ == "CaseSubmitted" for e in result.events):
            cases = (*cases, CaseSummary("REF", "received", "2026-11-22"))
        clock.advance(seconds=1)
