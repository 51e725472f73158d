"""Field sealing (AES-GCM) and keyed pseudonyms (HMAC-SHA256).

Why sealing per field: the database file, its WAL and any backup of them must
never contain a person's words or contact in plaintext, while the columns the
bot filters on (status, region, dates) stay queryable.

Sealed format: ``key_id (1 byte) | nonce (12 bytes) | ciphertext+tag``. The
key id lets old rows stay readable while ``cre-admin keys rotate`` re-seals
them under the new key, after which the old key is retired. The associated
data binds a value to its table, column and row (and, for a case, to the
person it is routed to), so a sealed value copied into another row or column,
or a link column changed under it, fails to open instead of being misread.

A running bot picks up a rotated key without a restart: a :class:`Sealer`
built with a ``source`` reloads the keyring when a value names a key id it
lacks, or when the database says another key is now active.

Pseudonyms use a separate key, so a leak of one key does not give the other,
and are stable across encryption key rotation.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_FILE_FORMAT = 1
_NONCE = 12


class KeyProblem(Exception):
    """The key material is missing, malformed or does not match the data."""


class SealError(Exception):
    """A sealed value could not be opened: wrong key, wrong place, or tampered."""


def _derive(secret: bytes, label: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label.encode()).derive(secret)


def aad(table: str, column: str, row_id: str | int) -> bytes:
    """Associated data naming where a sealed value lives."""
    return f"{table}/{column}/{row_id}".encode()


def case_aad(ref: str, requester: str | None) -> bytes:
    """Associated data of a case's sealed details: its reference and its requester.

    Why the requester: it is the column replies to the person are routed by, so
    changing it in the file (to send a facilitator's confidential reply to someone
    else) makes the case's details fail to open, loudly, instead of misrouting.
    An erased case has neither (both are NULL).
    """
    return f"cases/details/{ref}/requester={requester or '-'}".encode()


@dataclass(frozen=True, slots=True)
class Keyring:
    """The encryption keys by id, the active one, and the pseudonym key."""

    keys: dict[int, bytes]
    active: int
    pseudonym_key: bytes

    def __post_init__(self) -> None:
        if self.active not in self.keys:
            raise KeyProblem(f"active key id {self.active} is not in the keyring")
        if any(not 0 < k < 256 or len(v) != 32 for k, v in self.keys.items()):
            raise KeyProblem("keys must be 32 bytes with ids 1-255")
        if len(self.pseudonym_key) != 32:
            raise KeyProblem("the pseudonym key must be 32 bytes")

    @classmethod
    def generate(cls) -> Keyring:
        return cls({1: AESGCM.generate_key(256)}, 1, os.urandom(32))

    @classmethod
    def from_master(cls, master: str) -> Keyring:
        """Derive both keys from one secret (``CRE_MASTER_KEY``, base64 of 32+ bytes)."""
        try:
            secret = base64.b64decode(master, validate=True)
        except ValueError as exc:
            raise KeyProblem("CRE_MASTER_KEY is not valid base64") from exc
        if len(secret) < 32:
            raise KeyProblem("CRE_MASTER_KEY must encode at least 32 random bytes")
        return cls({1: _derive(secret, "cre-bot seal v1")}, 1, _derive(secret, "cre-bot pseudonym"))

    def with_new_key(self) -> Keyring:
        """A keyring whose new active key seals new values; old ids still open old ones."""
        new_id = max(self.keys) + 1
        if new_id > 255:
            raise KeyProblem("no key ids left; re-seal the data under a fresh keyring")
        return Keyring({**self.keys, new_id: AESGCM.generate_key(256)}, new_id, self.pseudonym_key)

    @property
    def retiring(self) -> frozenset[int]:
        """Key ids other than the active one: what a rotation still has to re-seal."""
        return frozenset(self.keys) - {self.active}

    def retired(self) -> Keyring:
        """Only the active key: what is left once nothing is sealed under the others."""
        return Keyring({self.active: self.keys[self.active]}, self.active, self.pseudonym_key)

    def activating(self, key_id: int) -> Keyring:
        """The same keys with ``key_id`` active (it must be one of them)."""
        return Keyring(self.keys, key_id, self.pseudonym_key)

    # ----- file --------------------------------------------------------------

    def to_file_text(self) -> str:
        return json.dumps(
            {
                "format": KEY_FILE_FORMAT,
                "active": self.active,
                "keys": {str(k): base64.b64encode(v).decode() for k, v in self.keys.items()},
                "pseudonym_key": base64.b64encode(self.pseudonym_key).decode(),
            },
            indent=2,
        )

    @classmethod
    def from_file_text(cls, text: str) -> Keyring:
        try:
            data = json.loads(text)
            if data.get("format") != KEY_FILE_FORMAT:
                raise KeyProblem(f"unknown key file format {data.get('format')!r}")
            return cls(
                {int(k): base64.b64decode(v) for k, v in data["keys"].items()},
                int(data["active"]),
                base64.b64decode(data["pseudonym_key"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyProblem("the key file is damaged or not a CRE Bot key file") from exc

    def write(self, path: Path) -> None:
        """Write the key file readable by its owner only (mode 0600), never replacing one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self.to_file_text())
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            path.unlink(missing_ok=True)  # a half-written key file would look "damaged" later
            raise

    def replace(self, path: Path) -> None:
        """Replace the key file atomically: a crash leaves the old file or the new one,
        whole (written beside it, fsynced, renamed, directory fsynced)."""
        tmp = path.with_name(path.name + ".new")
        tmp.unlink(missing_ok=True)
        self.write(tmp)
        os.replace(tmp, path)
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    @classmethod
    def read(cls, path: Path) -> Keyring:
        if not path.exists():
            raise KeyProblem(f"no key file at {path}: run `cre-admin init` first")
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            raise KeyProblem(f"{path} is readable by others (mode {mode:o}); run chmod 600 on it")
        return cls.from_file_text(path.read_text(encoding="utf-8"))


KeySource = Callable[[], Keyring]
"""Where a running process reads its keyring again (the key file, or CRE_MASTER_KEY)."""


class Sealer:
    """Seals and opens field values and computes pseudonyms with one keyring.

    With a ``source``, the keyring is re-read when a sealed value names a key id
    this process lacks (a rotation made by ``cre-admin`` while the bot runs);
    the pseudonym key must not change, or pseudonyms would silently stop matching.
    """

    __slots__ = ("_source", "keyring")

    def __init__(self, keyring: Keyring, source: KeySource | None = None) -> None:
        self.keyring = keyring
        self._source = source

    def reload(self) -> bool:
        """Re-read the keyring from the source; False if there is none."""
        if self._source is None:
            return False
        fresh = self._source()
        if not hmac.compare_digest(fresh.pseudonym_key, self.keyring.pseudonym_key):
            raise KeyProblem(
                "the key file now has another pseudonym key: restore the key file "
                "this database was made with"
            )
        self.keyring = fresh
        return True

    def _reloaded(self) -> bool:
        """Reload for an unknown key id; a key file that cannot be read now (a mount
        gone) makes this value unreadable (SealError), not the caller crash."""
        try:
            return self.reload()
        except (KeyProblem, OSError):
            return False

    def use_active(self, key_id: int) -> None:
        """Seal from now on with ``key_id`` (the database's active key), reloading the
        keyring once if this process does not have that key yet."""
        if key_id == self.keyring.active:
            return
        if key_id not in self.keyring.keys:
            self.reload()
        if key_id not in self.keyring.keys:
            raise KeyProblem(
                f"the database says key {key_id} is active but the key file lacks it: "
                "use the key file `cre-admin keys rotate` wrote"
            )
        self.keyring = self.keyring.activating(key_id)

    def seal(self, plaintext: bytes, where: bytes) -> bytes:
        key_id = self.keyring.active
        nonce = os.urandom(_NONCE)
        body = AESGCM(self.keyring.keys[key_id]).encrypt(nonce, plaintext, where)
        return bytes([key_id]) + nonce + body

    def open(self, sealed: bytes, where: bytes) -> bytes:
        if len(sealed) < 1 + _NONCE + 16:
            raise SealError("sealed value is truncated")
        key = self.keyring.keys.get(sealed[0])
        if key is None and self._reloaded():
            key = self.keyring.keys.get(sealed[0])
        if key is None:
            raise SealError(f"sealed with key id {sealed[0]}, which this keyring lacks")
        try:
            return AESGCM(key).decrypt(sealed[1 : 1 + _NONCE], sealed[1 + _NONCE :], where)
        except InvalidTag as exc:
            raise SealError(
                "sealed value does not open here (wrong key, place or tampered)"
            ) from exc

    def reseal(self, sealed: bytes, where: bytes) -> bytes:
        """The same plaintext sealed under the active key (unchanged if it already is)."""
        if sealed[:1] == bytes([self.keyring.active]):
            return sealed
        return self.seal(self.open(sealed, where), where)

    def seal_text(self, text: str, where: bytes) -> bytes:
        return self.seal(text.encode("utf-8"), where)

    def open_text(self, sealed: bytes, where: bytes) -> str:
        return self.open(sealed, where).decode("utf-8")

    def seal_json(self, value: object, where: bytes) -> bytes:
        return self.seal(json.dumps(value, ensure_ascii=False).encode("utf-8"), where)

    def open_json(self, sealed: bytes, where: bytes) -> object:
        return json.loads(self.open(sealed, where))

    def pseudonym(self, channel: str, user_id: str) -> str:
        """A stable, keyed, non-reversible id for a messenger account."""
        digest = hmac.new(
            self.keyring.pseudonym_key, f"{channel}:{user_id}".encode(), hashlib.sha256
        )
        return digest.hexdigest()[:32]
