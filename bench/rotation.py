"""Key rotation, backup and restore of 10,000 cases: how long ``cre-admin keys
rotate``'s, ``cre-admin backup``'s and ``cre-admin restore``'s work take, each also as
a ratio to a read of everything (open every value once, as a restore verifies) on the
same data in the same run, and how big the database, the files and the archive are.

Each case comes with what a real one brings: the person's sealed address and
conversation, the case details, a reply in the outbox (address and payload), a
note and an agreement, and one case in ten a 200 KB sealed file. Run with
``python -m bench.rotation [CASES]``; ``make bench`` runs it with 2,000.

The backup is taken of the rotated store (as the operator is told to do after a
rotation) and restored into an empty directory beside it with the new key; both
verify as the commands do (``integrity_check``, every sealed value and file opened).
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from flows.core.events import CaseSubmitted
from flows.core.messages import Attachment, AttachmentKind, Channel, Outbound
from flows.core.state import Conversation
from store.crypto import Keyring, Sealer
from store.files import FileArea
from store.sqlite.backup import open_everything, restore_backup
from store.sqlite.store import DB_NAME, SqliteStore

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
PER_TRANSACTION = 500
FILE_BYTES = 200_000


def _case(ref: str) -> CaseSubmitted:
    answers = {f"q{i}": "words of a person " * 8 for i in range(12)}
    return CaseSubmitted(ref, Channel.TELEGRAM, "fr", answers, (), 2, False, "KE", T0.isoformat())


async def fill(store: SqliteStore, cases: int) -> None:
    async with store.transaction() as tx:
        staff = await tx.add_facilitator(
            "f", Channel.TELEGRAM, "1", "Facilitator", ["africa"], "en", False, T0
        )
    for start in range(0, cases, PER_TRANSACTION):
        async with store.transaction() as tx:
            for i in range(start, min(start + PER_TRANSACTION, cases)):
                person, ref = f"p{i:06d}", f"R{i:06d}"
                await tx.remember_person(person, Channel.TELEGRAM, str(10_000 + i), T0)
                await tx.save_conversation(person, Conversation(), T0)
                await tx.create_case(person, _case(ref), "africa", T0)
                await tx.enqueue(Channel.TELEGRAM, "1", "fr", Outbound(person, "w", {}), T0)
                await tx.add_note(ref, staff, "a private note " * 10, T0)
                await tx.save_agreement(ref, {"activities": "survey " * 30}, staff, T0)
                if i % 10 == 0:
                    photo = Attachment(
                        AttachmentKind.PHOTO, "image/jpeg", FILE_BYTES, os.urandom(FILE_BYTES)
                    )
                    await tx.save_file(person, f"f{i}", photo, T0, ref)


def read_everything(data: Path, keyring: Keyring) -> int:
    conn = sqlite3.connect(data / DB_NAME)
    conn.row_factory = sqlite3.Row
    try:
        return open_everything(conn, FileArea(data / "files"), Sealer(keyring), None)[1]
    finally:
        conn.close()


async def bench_rotation(cases: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        keyring = Keyring.generate()
        store = await SqliteStore.open(data, keyring)
        await fill(store, cases)
        await store.close()
        start = time.perf_counter()
        values = read_everything(data, keyring)
        baseline = time.perf_counter() - start

        rotated = keyring.with_new_key()
        start = time.perf_counter()
        store = await SqliteStore.open(data, rotated)
        await store.activate_key()
        resealed = 0
        while count := await store.reseal(500):
            resealed += count
        await store.retire_keys()
        await store.close()
        took = time.perf_counter() - start
        files = len(list((data / "files").glob("*.sealed")))
        print(
            f"rotate {cases} cases ({resealed} rows and files, {files} files of "
            f"{FILE_BYTES // 1000} KB): {took:6.2f} s = {took / baseline:5.1f} × opening "
            f"every value once ({values} values, {baseline:5.2f} s)"
        )
        await bench_backup(data, Path(tmp) / "elsewhere", rotated, baseline)


async def bench_backup(data: Path, elsewhere: Path, keyring: Keyring, baseline: float) -> None:
    """``cre-admin backup`` of ``data`` then ``cre-admin restore`` into ``elsewhere``."""
    archive = data.parent / "cre-backup.tar"
    store = await SqliteStore.open(data, keyring)
    try:
        start = time.perf_counter()
        report = await store.backup(archive)
        backed = time.perf_counter() - start
    finally:
        await store.close()
    database = (data / DB_NAME).stat().st_size
    files = sum(p.stat().st_size for p in (data / "files").glob("*.sealed"))
    start = time.perf_counter()
    restored = restore_backup(archive, elsewhere, DB_NAME, keyring, None)
    took = time.perf_counter() - start
    mib = 1024 * 1024
    print(
        f"backup: {backed:6.2f} s = {backed / baseline:5.1f} × opening every value once;"
        f" database {database / mib:.1f} MiB + {report.files} sealed files"
        f" {files / mib:.1f} MiB -> archive {archive.stat().st_size / mib:.1f} MiB"
    )
    print(
        f"restore: {took:6.2f} s = {took / baseline:5.1f} × opening every value once;"
        f" {restored.rows_opened} sealed values and {restored.files_opened} files opened,"
        f" integrity ok"
    )


def main() -> None:
    asyncio.run(bench_rotation(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))


if __name__ == "__main__":
    main()
