"""A case's sealed details are bound to its requester: changing ``cases.requester`` in
the file (to send a facilitator's confidential reply to someone else) fails loudly,
and databases sealed before the binding are re-sealed when first opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from flows.core.messages import Channel
from store.crypto import Keyring, Sealer, SealError, aad, case_aad
from store.sqlite.store import DB_NAME, SqliteStore
from tests.keys.fill import T0, case


async def _two_cases(data: Path, keyring: Keyring) -> None:
    store = await SqliteStore.open(data, keyring)
    async with store.transaction() as tx:
        for person, ref in (("alice", "AAAA-AAAA"), ("bob", "BBBB-BBBB")):
            await tx.remember_person(person, Channel.TELEGRAM, person, T0)
            await tx.create_case(person, case(ref), "africa", T0)
    await store.close()


async def test_swapping_the_requester_stops_the_reply(tmp_path: Path) -> None:
    keyring = Keyring.generate()
    await _two_cases(tmp_path, keyring)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("UPDATE cases SET requester = 'bob' WHERE ref = 'AAAA-AAAA'")
    conn.commit()
    conn.close()
    store = await SqliteStore.open(tmp_path, keyring)
    try:
        async with store.transaction() as tx:
            with pytest.raises(SealError):
                await tx.case_view("AAAA-AAAA")  # what /reply reads to find the person
            with pytest.raises(SealError):
                await tx.cases_of("bob")  # what a requester's message is routed by
            assert (await tx.case_view("BBBB-BBBB")) is not None
        with pytest.raises(SealError):
            await store.case("AAAA-AAAA")
    finally:
        await store.close()


async def test_a_requester_set_on_an_erased_case_is_refused(tmp_path: Path) -> None:
    keyring = Keyring.generate()
    await _two_cases(tmp_path, keyring)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("UPDATE cases SET requester = NULL, details = NULL WHERE ref = 'AAAA-AAAA'")
    conn.commit()
    store = await SqliteStore.open(tmp_path, keyring)
    try:
        async with store.transaction() as tx:
            view = await tx.case_view("AAAA-AAAA")
            assert view is not None and view.requester is None  # erased: fine
        conn.execute("UPDATE cases SET requester = 'bob' WHERE ref = 'AAAA-AAAA'")
        conn.commit()
        async with store.transaction() as tx:
            with pytest.raises(SealError, match="no sealed details"):
                await tx.case_view("AAAA-AAAA")
    finally:
        conn.close()
        await store.close()


async def test_details_sealed_before_the_binding_are_bound_on_open(tmp_path: Path) -> None:
    keyring = Keyring.generate()
    await _two_cases(tmp_path, keyring)
    sealer = Sealer(keyring)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    for ref, person in (("AAAA-AAAA", "alice"), ("BBBB-BBBB", "bob")):  # as v3 sealed them
        (sealed,) = conn.execute("SELECT details FROM cases WHERE ref = ?", (ref,)).fetchone()
        plain = sealer.open(sealed, case_aad(ref, person))
        conn.execute(
            "UPDATE cases SET details = ? WHERE ref = ?",
            (sealer.seal(plain, aad("cases", "details", ref)), ref),
        )
    conn.commit()
    conn.close()
    store = await SqliteStore.open(tmp_path, keyring)
    try:
        full = await store.case("AAAA-AAAA")
        assert full is not None and full.details is not None
        async with store.transaction() as tx:
            assert [c.ref for c in await tx.cases_of("bob")] == ["BBBB-BBBB"]
    finally:
        await store.close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    for ref, person in (("AAAA-AAAA", "alice"), ("BBBB-BBBB", "bob")):  # bound, for good
        (sealed,) = conn.execute("SELECT details FROM cases WHERE ref = ?", (ref,)).fetchone()
        assert sealer.open(sealed, case_aad(ref, person))
    conn.close()


async def test_an_old_form_put_back_later_is_never_bound(tmp_path: Path) -> None:
    """Once the cases are bound, a copy of old-form details (from an old backup) put back
    beside another requester is not bound to them on the next start: it fails."""
    keyring = Keyring.generate()
    await _two_cases(tmp_path, keyring)
    store = await SqliteStore.open(tmp_path, keyring)  # sees bound cases: marks it done
    await store.close()
    sealer = Sealer(keyring)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("SELECT count(*) FROM meta WHERE name = 'case_link'").fetchone() == (1,)
    (sealed,) = conn.execute("SELECT details FROM cases WHERE ref = 'AAAA-AAAA'").fetchone()
    old_form = sealer.seal(
        sealer.open(sealed, case_aad("AAAA-AAAA", "alice")), aad("cases", "details", "AAAA-AAAA")
    )
    conn.execute(
        "UPDATE cases SET details = ?, requester = 'bob' WHERE ref = 'AAAA-AAAA'", (old_form,)
    )
    conn.commit()
    conn.close()
    store = await SqliteStore.open(tmp_path, keyring)
    try:
        async with store.transaction() as tx:
            with pytest.raises(SealError):
                await tx.case_view("AAAA-AAAA")
            with pytest.raises(SealError):
                await tx.cases_of("bob")
    finally:
        await store.close()


async def test_a_database_without_cases_gets_no_mark(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path, Keyring.generate())
    await store.close()
    store = await SqliteStore.open(tmp_path, store.sealer.keyring)
    await store.close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("SELECT count(*) FROM meta WHERE name = 'case_link'").fetchone() == (0,)
    conn.close()
