"""The key-rotation part of the store contract, over every backend: after a rotation
pass nothing is sealed under another key than the active one, and the old keys can
then be retired."""

from __future__ import annotations

from pathlib import Path

from flows.core.messages import Channel
from tests.store.test_contract import T0, AnyStore, store  # noqa: F401 (the fixture)


async def test_a_rotation_pass_leaves_nothing_under_an_old_key(store: AnyStore) -> None:  # noqa: F811
    async with store.transaction() as tx:
        await tx.remember_person("p", Channel.SIGNAL, "+1", T0)
    active = await store.activate_key()
    while await store.reseal(2):
        pass
    assert (await store.key_usage()).outside(active) == 0
    assert await store.retire_keys() == ()
    async with store.transaction() as tx:
        assert await tx.address_of("p") == (Channel.SIGNAL, "+1")


async def test_key_usage_counts_what_is_sealed(store: AnyStore, tmp_path: Path) -> None:  # noqa: F811
    async with store.transaction() as tx:
        await tx.remember_person("p", Channel.SIGNAL, "+1", T0)
    usage = await store.key_usage()
    assert sum(usage.rows.values()) in (0, 1)  # the memory store seals nothing at rest
    assert usage.outside(1) == 0
