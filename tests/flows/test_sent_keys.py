"""Every message key the code actually sends exists in every catalog (issue 11, item 9).

Fluent renders a missing message as its id, so a key the code sends but a
catalog lacks reaches a person as ``welcome-back`` instead of words. The
registry (``flows/catalog``) is kept by hand; this test does not trust it:
it collects every key sent in the golden transcripts (intake and workspace)
and in the engine's property test inputs — message keys, extra parts, choice
labels and message references inside arguments — and looks each one up in
every shipped catalog.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.i18n import Catalogs
from flows.catalog.registry import message_variables
from flows.core.messages import ArgValue, Channel, Inbound, Outbound, Ref
from flows.core.policy import LANGUAGES, Policy
from flows.core.state import CaseSummary, Conversation
from flows.engine.context import Context
from flows.engine.flow import Flows
from flows.engine.turn import step
from flows.intake.flow import FLOW as INTAKE_FLOW
from tests.flows.test_properties import WALK, inbounds
from tests.support.budget import scaled
from tests.support.clock import FakeClock
from tests.support.transcript import run_script
from tests.support.workspace_transcript import run_workspace_script

HERE = Path(__file__).parent
CATALOGS = Catalogs()


def keys_of(message: Outbound) -> set[str]:
    """Every catalog id ``message`` makes the renderer look up."""

    def refs(args: dict[str, ArgValue]) -> set[str]:
        return {k for v in args.values() if isinstance(v, Ref) for k in v.keys}

    found: set[str] = set() if message.text is not None else {message.key, *refs(message.args)}
    for key, args in message.parts:
        found |= {key, *refs(args)}
    for choice in message.choices:
        found |= {choice.key, *refs(choice.args)}
    if message.multi:
        found.add("multi-howto")
    return found


def missing(keys: set[str]) -> dict[str, list[str]]:
    absent = {
        lang: sorted(k for k in keys if not CATALOGS.bundles[lang].has_message(k))
        for lang in LANGUAGES
    }
    return {lang: keys for lang, keys in absent.items() if keys}


def _golden_keys() -> set[str]:
    sent: list[Outbound] = []
    for script in sorted((HERE / "scripts").glob("*.in")):
        run_script(script.read_text(encoding="utf-8").splitlines(), sent=sent)
    for script in sorted((HERE / "workspace_scripts").glob("*.in")):
        run_workspace_script(script.read_text(encoding="utf-8").splitlines(), sent=sent)
    return set().union(*(keys_of(m) for m in sent))


def test_every_key_sent_in_the_golden_transcripts_is_in_every_catalog() -> None:
    keys = _golden_keys()
    assert len(keys) > 100  # the transcripts do reach the whole intake and workspace
    assert missing(keys) == {}


def test_the_registry_knows_every_key_the_transcripts_send() -> None:
    """The hand-kept registry drives the variable checks: it must not fall behind."""
    assert sorted(_golden_keys() - set(message_variables())) == []


def test_an_unknown_key_would_be_caught() -> None:
    assert missing({"no-such-message"}) == {code: ["no-such-message"] for code in LANGUAGES}


@settings(
    max_examples=scaled(150, 60),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(prefix=st.integers(min_value=0, max_value=len(WALK)), noise=st.lists(inbounds, max_size=10))
def test_every_key_sent_to_random_input_is_in_every_catalog(
    prefix: int, noise: list[Inbound]
) -> None:
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
        sent = set().union(set(), *(keys_of(m) for m in result.outbound))
        assert missing(sent) == {}, f"at {state.step}"
        state = result.state
        if any(type(e).__name__ == "CaseSubmitted" for e in result.events):
            cases = (
                *cases,
                CaseSummary("REF", "received", "2026-11-22"),
                CaseSummary("REF2", "triage", "2026-11-22"),
            )
        clock.advance(hours=7)  # now and then more than the come-back gap
