"""The case history the workspace shows on /open, over every store (issue 11, items 11-12).

Notes come back with their author and date, invitations with the collaborator's name and
answer, the agreement with the confirmations given since it was last saved, relayed
messages in order; a collaborator's contact for one not on a messenger; and a requester's
erasure removes the messages and the confirmations of their cases.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from flows.core.messages import Channel
from flows.workspace.record import (
    FROM_REQUESTER,
    REQUESTER_PARTY,
    TO_REQUESTER,
    AgreementView,
    CaseHistory,
    InvitationView,
    MessageView,
    NoteView,
    collaborator_party,
)
from store.crypto import Keyring
from store.ports import StoreTransaction
from store.sqlite.store import DB_NAME, SqliteStore
from tests.store.test_contract import BACKENDS, T0, AnyStore, _case


@pytest.fixture(params=sorted(BACKENDS))
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AnyStore]:
    opened = await BACKENDS[request.param](tmp_path)
    try:
        yield opened
    finally:
        await opened.close()


async def _collaborator(tx: StoreTransaction, name: str, contact: str | None) -> int:
    return await tx.add_collaborator(
        name, contact, ["research"], ["KE"], ["africa"], ["sw"], False, T0
    )


async def test_a_new_case_has_an_empty_history(store: AnyStore) -> None:
    async with store.transaction() as tx:
        assert await tx.case_history("CRE-1") == CaseHistory()


async def test_history_brings_notes_invitations_messages_and_the_agreement(
    store: AnyStore,
) -> None:
    later = T0 + timedelta(hours=1)
    async with store.transaction() as tx:
        lab = await _collaborator(tx, "Nairobi River Lab", None)
        legal = await _collaborator(tx, "Haki Ardhi", "+255 712 000 111")
        await tx.add_note("CRE-1", 4, "Prefers calls in the evening", T0)
        await tx.add_note("CRE-2", 4, "elsewhere", T0)
        await tx.add_invitation("CRE-1", lab, T0)
        second = await tx.add_invitation("CRE-1", legal, later)
        await tx.answer_invitation(second, False, later)
        await tx.add_case_message("CRE-1", FROM_REQUESTER, "The river is brown", False, T0)
        await tx.add_case_message("CRE-1", TO_REQUESTER, "Photos please", True, later)
        await tx.save_agreement("CRE-1", {"activities": "Sampling"}, 4, T0)
        await tx.answer_agreement("CRE-1", REQUESTER_PARTY, False, T0)
        await tx.answer_agreement("CRE-1", REQUESTER_PARTY, True, later)  # the latest wins
        assert await tx.collaborator_contact(legal) == "+255 712 000 111"
        assert await tx.collaborator_contact(lab) is None
        assert await tx.collaborator_contact(999) is None
    async with store.transaction() as tx:
        history = await tx.case_history("CRE-1")
    assert history.notes == (NoteView(4, T0.isoformat(), "Prefers calls in the evening"),)
    assert history.invitations == (
        InvitationView(lab, "Nairobi River Lab", "invited", T0.isoformat()),
        InvitationView(legal, "Haki Ardhi", "declined", later.isoformat()),
    )
    assert history.invited() == {lab, legal}
    assert history.messages == (
        MessageView(FROM_REQUESTER, T0.isoformat(), "The river is brown"),
        MessageView(TO_REQUESTER, later.isoformat(), "Photos please", True),
    )
    assert history.agreement == AgreementView(
        {"activities": "Sampling"}, 4, T0.isoformat(), {REQUESTER_PARTY: True}
    )


async def test_saving_the_agreement_again_asks_everyone_again(store: AnyStore) -> None:
    async with store.transaction() as tx:
        await tx.save_agreement("CRE-1", {"activities": "Sampling"}, 4, T0)
        await tx.answer_agreement("CRE-1", collaborator_party(7), True, T0)
        await tx.save_agreement("CRE-1", {"activities": "Sampling twice"}, 4, T0 + timedelta(1))
    async with store.transaction() as tx:
        history = await tx.case_history("CRE-1")
    assert history.agreement is not None
    assert history.agreement.fields == {"activities": "Sampling twice"}
    assert history.agreement.answers == {}


async def test_forget_erases_the_messages_and_confirmations_of_their_cases(
    store: AnyStore,
) -> None:
    async with store.transaction() as tx:
        await tx.remember_person("p", Channel.TELEGRAM, "111", T0)
        await tx.create_case("p", _case("CRE-1"), "africa", T0)
        await tx.create_case("q", _case("CRE-2"), "africa", T0)
        for ref in ("CRE-1", "CRE-2"):
            await tx.add_case_message(ref, FROM_REQUESTER, "words", False, T0)
            await tx.save_agreement(ref, {"activities": "Sampling"}, 4, T0)
            await tx.answer_agreement(ref, REQUESTER_PARTY, True, T0)
    async with store.transaction() as tx:
        await tx.forget_person("p", T0 + timedelta(days=1))
    async with store.transaction() as tx:
        assert await tx.case_history("CRE-1") == CaseHistory()
        kept = await tx.case_history("CRE-2")
    assert len(kept.messages) == 1 and kept.agreement is not None and kept.agreement.answers


async def test_relayed_messages_are_sealed_at_rest(tmp_path: Path) -> None:
    opened = await SqliteStore.open(tmp_path / "data", Keyring.generate())
    try:
        async with opened.transaction() as tx:
            await tx.add_case_message("CRE-1", FROM_REQUESTER, "Mto umechafuka", False, T0)
    finally:
        await opened.close()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "data").glob(f"{DB_NAME}*"))
    assert b"Mto umechafuka" not in raw
    with sqlite3.connect(tmp_path / "data" / DB_NAME) as conn:
        [(body,)] = conn.execute("SELECT body FROM case_messages").fetchall()
    assert b"Mto umechafuka" not in body
