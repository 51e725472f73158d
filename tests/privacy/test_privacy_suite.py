"""The privacy suite (issue 12): what an attacker with a copy of the data directory,
and the key, finds.

One deployment at log level DEBUG. A canary (a unique string) goes through every
input path: intake answers, names, captions, files (and their metadata), notes,
relays both ways, agreement fields, a refused ``/move`` word, names a coordinator
registers. Then:

1. no canary is anywhere in plaintext (database, WAL, shm, logs, sealed files,
   a backup archive, the annual report's HTML and CSV, stdout/stderr), and relayed
   photos and PDFs carry none of their metadata;
2. after ``/forget``, with the bot still running, every database state left in
   the main file and the WAL, opened with the key, holds nothing of the erased
   person (while another requester's canaries are found: the search works), no
   prompt is scheduled about their case, no audit row names their pseudonym, and
   their facilitator was told, without content;
3. after the retention purge, the same for the other requester, whose case
   keeps only its anonymous statistics;
4. someone who never consented is gone after a day.

The figures (canaries, paths, states and pages read, remnants) are printed for the
closing note (``pytest -s tests/privacy``).
"""

from __future__ import annotations

import asyncio
import io
import shutil
import sys
from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from admin_cli.report import write_report
from admin_cli.reporting.collect import collect
from admin_cli.reporting.words import Words
from flows.report.facts import Period
from store.sqlite.store import SqliteStore
from tests.privacy.forensics import Findings, search
from tests.privacy.world import Canaries, World, debug_logging, start_world
from tests.support.clock import FakeClock


@pytest.fixture
def debug_logs(store: SqliteStore) -> Iterator[Path]:
    """The bot's own logging set-up at DEBUG (file in the data dir, and stderr)."""
    with debug_logging(store.data_dir) as log:
        yield log


@pytest.fixture
async def world(store: SqliteStore, clock: FakeClock, debug_logs: Path) -> AsyncIterator[World]:
    built = await start_world(store, clock)
    try:
        yield built
    finally:
        await built.runtime.stop()


def copy_of(world: World, tmp_path: Path, name: str) -> Path:
    """The data directory as an attacker copies it from under the running bot."""
    target = tmp_path / name
    shutil.copytree(world.store.data_dir, target)
    return target


async def settled(world: World) -> None:
    """Until the erasure's confirmation was delivered and its row checkpointed away
    (the sender does that right after the delivery)."""
    async with asyncio.timeout(10):
        while world.store.leaving:
            await asyncio.sleep(0.01)


FIGURES: list[str] = []
"""Printed once the test's own output capture is over (``pytest -s tests/privacy``)."""


def report(label: str, found: Findings, needles: int) -> None:
    FIGURES.append(
        f"[privacy] {label}: {needles} needles, {found.states} database states,"
        f" {found.pages} pages/frames, {found.blobs_opened} sealed values opened,"
        f" plaintext hits {sum(len(v) for v in found.raw.values())},"
        f" hits once opened with the key {sum(len(v) for v in found.opened.values())}"
    )


async def staff_and_directory(world: World, names: Canaries) -> None:
    await world.facilitator("amina", names("facilitator-name"), ["africa"])
    await world.facilitator("coord", names("coordinator-name"), [], coordinator=True)
    await world.collaborator(names("collaborator-name"), names("collaborator-contact"))


async def casework(world: World, ref: str, user: str, said: Canaries) -> None:
    """The facilitator claims, writes, notes, refuses a word, records an agreement;
    the requester answers and sends a file."""
    await world.say("amina", choice=f"f:open:{ref}")
    await world.say("amina", choice=f"f:claim:{ref}")
    await world.say("amina", f"/reply {ref} {said('facilitator-reply')}")
    await world.say(user, said("requester-relay"))
    await world.say("amina", f"/note {ref} {said('note')}")
    await world.say("amina", f"/move {ref} {said('move-word')}")
    await world.say("amina", f"/agreement {ref}")
    for path in ("activities", "timeline", "roles", "budget"):
        await world.say("amina", said(f"agreement-{path}"))
    await world.say("amina", choice=f"f:band:{ref}:up_to_5k")
    for path in ("results", "disputes"):
        await world.say("amina", said(f"agreement-{path}"))
    await world.say("amina", "1")  # save


async def backup_and_report(world: World, tmp_path: Path) -> dict[str, bytes]:
    """What a coordinator takes off the server: a backup archive (still sealed) and the
    annual report's HTML and CSV files, as bytes to scan."""
    archive = tmp_path / "backup.tar"
    await world.store.backup(archive)
    made = await collect(world.store, Period(date(2026, 1, 1), date(2027, 1, 1)), {})
    files = write_report(made, Words("en"), tmp_path / "report" / "report.html", date.today())
    return {"backup": archive.read_bytes(), **{f"report/{p.name}": p.read_bytes() for p in files}}


def relayed_files_are_clean(world: World, canaries: list[str]) -> int:
    """Every photo and PDF a facilitator received: no EXIF, no document info."""
    checked = 0
    for rendered in world.transport.sent["chat-amina"]:
        if rendered.file is None:
            continue
        data = rendered.file.data
        assert not any(c.encode() in data for c in canaries)
        if rendered.file.mime == "image/jpeg":
            assert dict(Image.open(io.BytesIO(data)).getexif()) == {}
            checked += 1
        elif rendered.file.mime == "application/pdf":
            assert not (PdfReader(io.BytesIO(data)).metadata or {}).get("/Author")
            checked += 1
    return checked


async def test_canaries_leave_no_trace_and_erasure_leaves_no_remnant(
    world: World, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    staff = Canaries("staff")
    gone = Canaries("wanjiru")
    stays = Canaries("baraka")
    await staff_and_directory(world, staff)
    ref = await world.intake("wanjiru", gone)
    await casework(world, ref, "wanjiru", gone)
    other = await world.intake("baraka", stays)
    await world.say("baraka", choice="")  # an empty button press: hostile input, no crash
    await world.say("visitor", "/start")
    await world.say("visitor", "2")  # declines consent

    # 1. Nothing in plaintext, anywhere (a backup and the annual report included);
    # relayed files carry no metadata.
    everything = staff.values() + gone.values() + stays.values()
    output = capfd.readouterr()
    streams = {"stdout": output.out.encode(), "stderr": output.err.encode()}
    streams.update(await backup_and_report(world, tmp_path))
    before = search(copy_of(world, tmp_path, "before"), world.store.sealer, everything, streams)
    report("plaintext scan", before, len(everything))
    assert before.raw == {}, (before.raw, {v: k for k, v in (staff.made | gone.made).items()})
    assert relayed_files_are_clean(world, everything) >= 2
    assert gone.made["wanjiru:harm"] in before.opened  # the key opens what is there

    # 2. /forget while the bot runs.
    person = world.person("wanjiru")
    await world.say("wanjiru", "/forget")
    await world.say("wanjiru", "1")
    assert "withdrawn" in world.last("amina") and ref in world.last("amina")
    assert not any(c in world.last("amina") for c in gone.values())
    needles = [*gone.values(), person, person[:8]]
    await settled(world)
    after = search(copy_of(world, tmp_path, "forget"), world.store.sealer, needles)
    report("after /forget", after, len(needles))
    assert after.hits() == 0, (after.raw, after.opened)
    control = search(copy_of(world, tmp_path, "control"), world.store.sealer, stays.values())
    assert stays.made["baraka:harm"] in control.opened  # the same search finds the living
    pending = await world.store.db.read(
        "SELECT 1 FROM due_jobs WHERE case_ref = ? AND done_at IS NULL", (ref,)
    )
    assert pending == []
    actors = {str(r["actor"]) for r in await world.store.db.read("SELECT actor FROM audit")}
    assert not any(a.startswith(person[:8]) for a in actors)

    # 3. Retention: the other case is closed, and two years pass.
    await world.say("amina", choice=f"f:claim:{other}")
    await world.say("amina", f"/move {other} closed")
    world.clock.advance(days=731)
    await world.runtime.run_due()
    needles = [*stays.values(), world.person("baraka"), world.person("baraka")[:8]]
    purged = search(copy_of(world, tmp_path, "retention"), world.store.sealer, needles)
    report("after retention purge", purged, len(needles))
    assert purged.hits() == 0, (purged.raw, purged.opened)
    kept = await world.store.case(other)
    assert kept is not None and kept.details is None
    assert (kept.country, kept.region, kept.level, kept.status) == ("KE", "africa", 2, "closed")
    assert kept.strategies and kept.created_at.endswith("-01T00:00:00+00:00")

    # 4. The visitor who never consented went with the first housekeeping.
    visitor = world.person("visitor")
    assert await world.store.db.read("SELECT 1 FROM people WHERE pseudonym = ?", (visitor,)) == []
    counts = {(k, n) for k, _, _, n in await world.store.privacy_counts()}
    assert ("unconsented.dropped", 1) in counts and ("person.forgotten", 1) in counts

    # And nothing of all this reached the logs or the terminal in plaintext.
    output = capfd.readouterr()
    streams = {"stdout": output.out.encode(), "stderr": output.err.encode()}
    final = search(copy_of(world, tmp_path, "final"), world.store.sealer, everything, streams)
    assert final.raw == {}
    paths = {k.split(":", 1)[1] for k in staff.made | gone.made | stays.made}
    FIGURES.append(f"[privacy] canaries: {len(everything)} over {len(paths)} input paths")
    print("\n".join(FIGURES), file=sys.__stdout__, flush=True)
