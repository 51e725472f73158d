"""The privacy suite, second part (issue 12): the input paths after the intake.

A deployment made with the real ``cre-admin`` (``init``, then facilitators, a
collaborator and a grants working-group member whose names are canaries, each
command's stdout and stderr kept) and a bot at log level DEBUG on the same data
directory. A canary (a unique string) goes through each of:

* a document the requester sends on their case (its file name and PDF author;
  the facilitator's copy carries neither);
* a funding application's fields (``/apply``: purpose, expected results);
* a grants working-group member's review comment;
* check-in answers (context, what was learned);
* the evaluation meeting's notes (``/meeting``);
* evaluation answers (capacity, what worked, what did not, lessons);
* the lasting follow-up's notes, months later.

Then no canary is anywhere in plaintext (database, WAL, shm, logs, sealed files,
the bot's and every ``cre-admin`` run's stdout and stderr), while the key opens
each one where it is stored (the search is real). After ``/forget``, and after
the retention purge of another requester's case that gathered the same, every
database state left in the main file and the WAL, opened with the key, holds
nothing of what the case gathered, no prompt is scheduled for it, and no audit
row can be joined to the requester's pseudonym.

The figures are printed for the closing note (``pytest -s tests/privacy``).
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

import pytest

from bot.i18n import Catalogs
from bot.transport import Received
from flows.core.messages import Attachment
from flows.service import funding_calls
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.e2e.conftest import run
from tests.privacy.forensics import search
from tests.privacy.world import Canaries, World, debug_logging, pdf
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime


class SameChat(RecordingTransport):
    """A console-like messenger whose chat with a person is their own id, as the
    addresses ``cre-admin ... --channel console --id NAME`` registers."""

    def received(
        self,
        user: str,
        text: str | None = None,
        choice: str | None = None,
        attachment: Attachment | None = None,
        locale_hint: str | None = None,
        dedupe: str | None = None,
    ) -> Received:
        made = super().received(user, text, choice, attachment, locale_hint, dedupe)
        return replace(made, address=user)

    def texts(self, user: str) -> list[str]:
        return [m.text for m in self.sent[user]]


@dataclass
class Admin:
    """``cre-admin`` run as a coordinator runs it, every output kept for the scan."""

    data: Path
    outputs: dict[str, bytes] = field(default_factory=dict)

    def __call__(self, *args: str) -> str:
        done = run("cre-admin", *args, data=self.data, env={"CRE_LOG_LEVEL": "DEBUG"})
        assert done.returncode == 0, done.stdout + done.stderr
        number = len(self.outputs) // 2
        self.outputs[f"cre-admin#{number} {args[0]} stdout"] = done.stdout.encode()
        self.outputs[f"cre-admin#{number} {args[0]} stderr"] = done.stderr.encode()
        return done.stdout


@pytest.fixture
def staff() -> Canaries:
    return Canaries("staff")


@pytest.fixture
def admin(tmp_path: Path, staff: Canaries) -> Admin:
    """A data directory made and staffed with the real ``cre-admin``."""
    made = Admin(tmp_path / "data")
    made("init")
    for user, coordinator in (("amina", False), ("coord", True)):
        where = ["--coordinator"] if coordinator else ["--region", "africa"]
        made(
            "facilitators",
            "add",
            *("--channel", "console", "--id", user),
            *("--name", staff(f"{user}-name-cre-admin"), *where),
        )
    made(
        "collaborators",
        "add",
        *("--name", staff("collaborator-name-cre-admin")),
        *("--contact", staff("collaborator-contact-cre-admin")),
        *("--strategy", "research", "--country", "KE"),
    )
    made(
        "grants",
        "add",
        *("--channel", "console", "--id", "member"),
        *("--name", staff("grants-member-name-cre-admin"), "--region", "africa"),
    )
    return made


@pytest.fixture
def debug_logs(admin: Admin) -> Iterator[None]:
    with debug_logging(admin.data):
        yield


@pytest.fixture
async def world(admin: Admin, clock: FakeClock, debug_logs: None) -> AsyncIterator[World]:
    store = await SqliteStore.open(admin.data, Keyring.read(admin.data / "keys.json"))
    transport = SameChat()
    runtime = make_runtime(store, Catalogs(), [transport], clock)
    runtime.due_interval = 3600  # the test runs due work itself
    await runtime.start()
    try:
        yield World(runtime, transport, store, clock)
    finally:
        await runtime.stop()
        await store.close()


async def tick(world: World, **delta: float) -> None:
    world.clock.advance(**delta)
    await world.runtime.run_due()
    async with asyncio.timeout(20):
        await world.runtime.idle()


async def funding(world: World, ref: str, said: Canaries) -> None:
    """A call opens (as ``cre-admin calls open`` does), the facilitator applies for the
    case, the call closes, and the member reviews it with a comment."""
    now = world.clock.now()
    days = (now.date().isoformat(), (now + timedelta(days=7)).date().isoformat())
    async with world.store.transaction() as tx:
        call_id = await tx.open_call(
            "africa",
            "open",
            (*days, (now + timedelta(days=14)).date().isoformat()),
            2_000_000,
            {"en": "Land and water defence"},
            now,
        )
        call = await tx.funding_call(call_id)
        assert call is not None
        await funding_calls.announce_call(tx, call, now)
    await world.say("amina", f"/apply {ref}")
    await world.say("amina", "4500")
    await world.say("amina", said("application-purpose"))
    await world.say("amina", choice=f"f:apfield:{ref}:group")
    await world.say("amina", said("application-results"))
    await world.say("amina", choice=f"f:apfield:{ref}:no")
    await world.say("amina", choice=f"f:apsend:{ref}")
    assert "sent to call" in world.last("amina")
    async with world.store.transaction() as tx:
        call = await tx.funding_call(call_id)
        assert call is not None
        assert await funding_calls.close_call(tx, call, now) == 1
        [application] = await tx.applications(call_id)
    async with asyncio.timeout(20):
        await world.runtime.idle()
    assert "Please review" in " ".join(world.transport.texts("member"))
    await world.say("member", choice=f"g:vote:{application.id}:approve")
    await world.say("member", choice=f"g:score:{application.id}:5")
    await world.say("member", said("review-comment"))


async def first_answer(world: World, user: str, answer: str) -> None:
    """The first answer after weeks of silence: the bot first says where they stopped
    (that message is not taken as an answer), then it is asked again."""
    before = len(world.transport.texts(user))
    await world.say(user, answer)
    if any("Welcome back" in t for t in world.transport.texts(user)[before:]):
        await world.say(user, answer)


CHECKIN = ["2", "1", "1"]
EVALUATION_BEFORE = ["Partly", "1 5", "Done", "/skip", "5", "4", "5"]  # no grant: not asked
EVALUATION_AFTER = ["Yes", "A community-to-community exchange", "Yes, anonymised"]


async def followup(world: World, ref: str, user: str, said: Canaries) -> None:
    """Implementation with a check-in, the meeting notes, the evaluation, and the
    lasting follow-up half a year later: every free-text answer a canary."""
    await world.say("amina", f"/move {ref} implementation")
    await tick(world, days=14)
    assert "A few weeks have passed" in " ".join(world.transport.texts(user)[-3:])
    await first_answer(world, user, "Blocked")
    for answer in CHECKIN:
        await world.say(user, answer)
    await world.say(user, said("checkin-context"))
    await world.say(user, said("checkin-learned"))
    assert "We will check in again" in world.last(user)
    await world.say("amina", f"/meeting {ref} {said('meeting-notes')}")
    assert "Meeting notes saved" in world.last("amina")
    await world.say("amina", f"/move {ref} evaluation")
    await tick(world, days=1)  # one prompt a day: the check-in was today
    assert "A short evaluation helps" in " ".join(world.transport.texts(user)[-3:])
    await first_answer(world, user, EVALUATION_BEFORE[0])
    for answer in EVALUATION_BEFORE[1:]:
        await world.say(user, answer)
    await world.say(user, "3")  # ease
    await world.say(user, "4")  # capacity: asks how
    for path in ("capacity-how", "worked", "not-worked", "lessons"):
        await world.say(user, said(f"evaluation-{path}"))
    for answer in EVALUATION_AFTER:
        await world.say(user, answer)
    # the thanks, then (for this level-2 case) the offer to continue at level 3
    assert "Thank you for this evaluation" in " ".join(world.transport.texts(user)[-2:])
    await tick(world, days=183)
    assert "Have the results lasted?" in " ".join(world.transport.texts(user)[-3:])
    await first_answer(world, user, "1")
    await world.say(user, said("lasting-notes"))


async def joinable(world: World, person: str) -> bool:
    """Whether an audit row still names ``person`` (their pseudonym's prefix)."""
    rows = await world.store.db.read("SELECT actor FROM audit")
    return any(str(r["actor"]).startswith(person[:8]) for r in rows)


def copy_of(world: World, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(world.store.data_dir, target)
    return target


async def test_followup_funding_and_cre_admin_paths_leave_no_trace(
    world: World,
    admin: Admin,
    staff: Canaries,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    intake = Canaries("wanjiru-intake")
    said = Canaries("wanjiru")
    ref = await world.intake("wanjiru", intake)
    await world.say("amina", choice=f"f:claim:{ref}")
    document = pdf(said("relayed-file-author"))
    await world.say("wanjiru", attachment=replace(document, name=f"{said('file-name')}.pdf"))
    relayed = [m.file.data for m in world.transport.sent["amina"] if m.file is not None]
    assert relayed and not any(c.encode() in f for f in relayed for c in said.values())
    await funding(world, ref, said)
    await followup(world, ref, "wanjiru", said)

    # 1. Nothing in plaintext, anywhere; the key opens each canary where it is kept.
    everything = staff.values() + intake.values() + said.values()
    output = capfd.readouterr()
    streams = {"stdout": output.out.encode(), "stderr": output.err.encode(), **admin.outputs}
    found = search(copy_of(world, tmp_path, "before"), world.store.sealer, everything, streams)
    assert found.raw == {}, {v: k for k, v in (staff.made | said.made).items() if v in found.raw}
    missing = {k for k, v in (staff.made | said.made).items() if v not in found.opened}
    assert missing == set(), missing  # each path really reached the store
    admin("cases", "list")  # under the running bot (its open checkpoints the WAL)

    # 2. /forget: nothing of what the case gathered is left, in any state the files hold.
    person = world.person("wanjiru")
    await world.say("wanjiru", "/forget")
    await world.say("wanjiru", "1")
    async with asyncio.timeout(10):
        while world.store.leaving:
            await asyncio.sleep(0.01)
    needles = [*said.values(), *intake.values(), person, person[:8]]
    after = search(copy_of(world, tmp_path, "forget"), world.store.sealer, needles)
    assert after.hits() == 0, (after.raw, after.opened)
    pending = await world.store.db.read(
        "SELECT 1 FROM due_jobs WHERE case_ref = ? AND done_at IS NULL", (ref,)
    )
    prompts = await world.store.db.read(
        "SELECT 1 FROM followup_prompts WHERE case_ref = ?"
        " AND state IN ('due', 'sent', 'reminded')",
        (ref,),
    )
    assert pending == [] and prompts == []
    assert not await joinable(world, person)

    # 3. Retention: another requester's case gathers the same, is closed, two years pass.
    kept = Canaries("baraka")
    other = await world.intake("baraka", Canaries("baraka-intake"))
    await world.say("amina", choice=f"f:claim:{other}")
    await funding(world, other, kept)
    await followup(world, other, "baraka", kept)
    await world.say("amina", f"/move {other} closed")
    world.clock.advance(days=731)
    await world.runtime.run_due()
    async with asyncio.timeout(10):
        while world.store.leaving:
            await asyncio.sleep(0.01)
    baraka = world.person("baraka")
    needles = [*kept.values(), baraka, baraka[:8]]
    purged = search(copy_of(world, tmp_path, "retention"), world.store.sealer, needles)
    assert purged.hits() == 0, (purged.raw, purged.opened)
    assert not await joinable(world, baraka)
    case = await world.store.case(other)
    assert case is not None and case.details is None and case.status == "closed"

    everything += kept.values()
    output = capfd.readouterr()
    streams = {"stdout": output.out.encode(), "stderr": output.err.encode(), **admin.outputs}
    final = search(copy_of(world, tmp_path, "final"), world.store.sealer, everything, streams)
    assert final.raw == {}

    paths = {k.split(":", 1)[1] for k in staff.made | said.made}
    print(
        f"[privacy] after-intake paths: {len(staff.values()) + len(said.values())} canaries"
        f" over {len(paths)} input paths (+{len(intake.values())} intake canaries,"
        f" +{len(kept.values())} for the retention purge);"
        f" {len(admin.outputs)} cre-admin streams scanned; plaintext hits"
        f" {sum(len(v) for v in found.raw.values())}; {found.states} states,"
        f" {found.pages} pages/frames, {found.blobs_opened} sealed values opened;"
        f" after /forget: {after.states} states, {after.pages} pages/frames,"
        f" remnants {after.hits()}; after the retention purge: {purged.states} states,"
        f" {purged.pages} pages/frames, remnants {purged.hits()}",
        file=sys.__stdout__,
        flush=True,
    )
