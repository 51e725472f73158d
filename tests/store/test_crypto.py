"""Sealing, tamper detection, pseudonyms and key files."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest

from store.crypto import KeyProblem, Keyring, Sealer, SealError, aad


def test_sealed_value_opens_only_in_its_place(keyring: Keyring) -> None:
    sealer = Sealer(keyring)
    sealed = sealer.seal_text("Maria, +254700000000", aad("cases", "details", "AAAA-BBBB"))
    assert b"Maria" not in sealed
    assert sealer.open_text(sealed, aad("cases", "details", "AAAA-BBBB")) == "Maria, +254700000000"
    for where in (
        aad("cases", "details", "CCCC-DDDD"),
        aad("cases", "notes", "AAAA-BBBB"),
        aad("people", "details", "AAAA-BBBB"),
    ):
        with pytest.raises(SealError):
            sealer.open(sealed, where)


def test_tampering_is_detected(keyring: Keyring) -> None:
    sealer = Sealer(keyring)
    where = aad("t", "c", 1)
    sealed = bytearray(sealer.seal(b"secret", where))
    for index in (1, 14, len(sealed) - 1):
        broken = bytearray(sealed)
        broken[index] ^= 0x01
        with pytest.raises(SealError):
            sealer.open(bytes(broken), where)
    with pytest.raises(SealError):
        sealer.open(bytes(sealed[:10]), where)


def test_same_plaintext_seals_differently_each_time(keyring: Keyring) -> None:
    sealer = Sealer(keyring)
    assert sealer.seal(b"x", b"w") != sealer.seal(b"x", b"w")


def test_pseudonyms_are_stable_keyed_and_channel_scoped(keyring: Keyring) -> None:
    sealer = Sealer(keyring)
    first = sealer.pseudonym("telegram", "12345")
    assert first == Sealer(keyring).pseudonym("telegram", "12345")
    assert first != sealer.pseudonym("signal", "12345")
    assert first != Sealer(Keyring.generate()).pseudonym("telegram", "12345")
    assert "12345" not in first and len(first) == 32


def test_rotation_keeps_old_values_readable(keyring: Keyring) -> None:
    old = Sealer(keyring)
    sealed_old = old.seal(b"before", b"w")
    rotated = Sealer(keyring.with_new_key())
    sealed_new = rotated.seal(b"after", b"w")
    assert sealed_old[0] == 1 and sealed_new[0] == 2
    assert rotated.open(sealed_old, b"w") == b"before"
    assert rotated.open(sealed_new, b"w") == b"after"
    assert rotated.pseudonym("c", "u") == old.pseudonym("c", "u")
    with pytest.raises(SealError):
        old.open(sealed_new, b"w")


def test_key_file_is_private_and_round_trips(tmp_path: Path, keyring: Keyring) -> None:
    path = tmp_path / "keys.json"
    keyring.write(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Keyring.read(path) == keyring
    with pytest.raises(FileExistsError):
        keyring.write(path)


def test_key_file_problems_are_explained(tmp_path: Path, keyring: Keyring) -> None:
    with pytest.raises(KeyProblem, match="cre-admin init"):
        Keyring.read(tmp_path / "missing.json")
    path = tmp_path / "keys.json"
    keyring.write(path)
    os.chmod(path, 0o644)
    with pytest.raises(KeyProblem, match="chmod 600"):
        Keyring.read(path)
    os.chmod(path, 0o600)
    path.write_text("{not json")
    with pytest.raises(KeyProblem, match="damaged"):
        Keyring.read(path)


def test_master_key_derives_distinct_keys() -> None:
    master = base64.b64encode(b"k" * 32).decode()
    ring = Keyring.from_master(master)
    assert ring.keys[1] != ring.pseudonym_key
    assert Keyring.from_master(master) == ring
    with pytest.raises(KeyProblem):
        Keyring.from_master(base64.b64encode(b"short").decode())
    with pytest.raises(KeyProblem):
        Keyring.from_master("not base64!!")
