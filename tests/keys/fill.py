"""Put a value in every sealed column and a sealed file, through the store's own
methods, and read them all back: what rotation, backup and restore must keep."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from flows.core.events import CaseSubmitted
from flows.core.messages import Attachment, AttachmentKind, Channel, Inbound, Outbound
from flows.core.state import Conversation
from store.crypto import Keyring, Sealer
from store.files import FileArea
from store.sqlite.backup import open_everything
from store.sqlite.store import DB_NAME, SqliteStore

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
CANARY = "CANARY-rotation-7f3a"
PDF = b"%PDF " + CANARY.encode()


def case(ref: str, canary: str = CANARY) -> CaseSubmitted:
    return CaseSubmitted(
        ref=ref,
        channel=Channel.TELEGRAM,
        locale="fr",
        answers={"requester_name": f"Amina {canary}", "harm": f"river {canary}"},
        file_ids=(),
        level=2,
        urgent=False,
        country="KE",
        consented_at=T0.isoformat(),
    )


async def fill(store: SqliteStore, n: int = 3, prefix: str = "P") -> None:
    """``n`` requesters, each with a case, file, note, agreement, inbox and outbox row;
    a facilitator, a collaborator and a region queue."""
    async with store.transaction() as tx:
        staff = await tx.add_facilitator(
            f"{prefix}-fac", Channel.TELEGRAM, "555", f"Facil {CANARY}", ["africa"], "en", False, T0
        )
        await tx.add_collaborator(
            f"Collab {CANARY}",
            f"collab {CANARY}@example.org",
            ["legal"],
            ["KE"],
            ["africa"],
            ["en"],
            False,
            T0,
            messenger=(f"{prefix}-col", Channel.TELEGRAM, "777"),
        )
        await tx.set_region_queue("africa", Channel.TELEGRAM, "-100123")
    for i in range(n):
        person = f"{prefix}{i:05d}"
        ref = f"{prefix}{i:04d}-REF"
        async with store.transaction() as tx:
            await tx.remember_person(person, Channel.TELEGRAM, f"{1000 + i}", T0)
            await tx.save_conversation(person, Conversation(), T0)
            await tx.create_case(person, case(ref), "africa", T0)
            await tx.save_file(
                person,
                f"{prefix}f{i}",
                Attachment(
                    AttachmentKind.DOCUMENT, "application/pdf", 9, b"%PDF " + CANARY.encode()
                ),
                T0,
                ref,
            )
            await tx.add_note(ref, staff, f"note {CANARY}", T0)
            await tx.save_agreement(ref, {"activities": f"act {CANARY}"}, staff, T0)
            await tx.inbox_add(
                Channel.TELEGRAM,
                f"{prefix}d{i}",
                Inbound(person, Channel.TELEGRAM, text=CANARY),
                f"{1000 + i}",
                T0,
            )
            await tx.enqueue(
                Channel.TELEGRAM, f"{1000 + i}", "fr", Outbound(person, "welcome", {}), T0
            )


async def read_back(store: SqliteStore) -> int:
    """Read every kind of sealed value through the store's methods; how many cases."""
    cases = await store.list_cases()
    for record in cases:
        full = await store.case(record.ref)
        assert full is not None and full.details is not None
    async with store.transaction() as tx:
        assert await tx.facilitators()
        for record in cases:
            view = await tx.case_view(record.ref, answers=True)
            assert view is not None and view.requester is not None
            assert await tx.contact(view.requester) is not None
            if record.ref.startswith("P"):  # filled here, not by a test's traffic
                assert await tx.notes(record.ref)
                assert await tx.agreement(record.ref)
            assert await tx.load_conversation(view.requester) is not None
            for file_id in view.files:
                assert CANARY.encode() in await tx.read_file(file_id)
        assert await tx.contact("queue:africa") is not None
    rows = await store.outbox_next(Channel.TELEGRAM, T0 + timedelta(days=1), limit=10_000)
    assert all(hasattr(r, "message") for r in rows)
    return len(cases)


def open_all(data_dir: Path, keyring: Keyring) -> tuple[tuple[int, ...], int]:
    """Open every sealed value and file in ``data_dir`` with ``keyring`` (the same walk
    a restore does): the key ids found and how many values opened."""
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.row_factory = sqlite3.Row
    try:
        return open_everything(conn, FileArea(data_dir / "files"), Sealer(keyring), None)
    finally:
        conn.close()
