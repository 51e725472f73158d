"""Reading a copied data directory as an attacker with the key would.

Two searches, both for "needles" (canary strings, pseudonyms, prefixes):

* **raw**: the bytes of every file (database, WAL, shm, logs, sealed files), as
  UTF-8 and UTF-16, plus whatever a test adds (stdout, stderr, reports);
* **opened**: every database state the files still hold. The main file is one;
  the WAL holds more: applying its frames in order (current and stale
  generations alike) gives the database as it was at each commit. In each state,
  every BLOB of every row is opened with the key, trying as associated data
  ``table/column/<each value of the row>`` (how :mod:`store.crypto` binds a
  sealed value to its row), and the plaintexts are searched. Sealed files are
  opened with ``files/data/<id>``.

Nothing here uses the store's code to read: SQLite's file format (the WAL
header is 32 bytes, each frame a 24-byte header then one page; see
https://www.sqlite.org/fileformat2.html#walformat) and the sealer only.
"""

from __future__ import annotations

import contextlib
import sqlite3
import struct
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from store.crypto import Sealer, SealError, aad
from store.sqlite.sealed import SEALED_COLUMNS

WAL_HEADER = 32
FRAME_HEADER = 24


@dataclass
class Findings:
    raw: dict[str, list[str]] = field(default_factory=dict)
    """needle → paths whose bytes hold it."""
    opened: dict[str, list[str]] = field(default_factory=dict)
    """needle → where (state, table, column) a decrypted value holds it."""
    states: int = 0
    """Database states read (the main file, then one per commit left in the WAL)."""
    pages: int = 0
    """Pages read: the main file's and every WAL frame's."""
    blobs_opened: int = 0

    def hits(self) -> int:
        return sum(len(v) for v in self.raw.values()) + sum(len(v) for v in self.opened.values())


def search(
    data_dir: Path,
    sealer: Sealer,
    needles: Iterable[str],
    extra: dict[str, bytes] | None = None,
) -> Findings:
    """Every trace of ``needles`` in a copy of ``data_dir`` (and in ``extra`` texts)."""
    wanted = [n for n in needles if n]
    found = Findings()
    blobs: dict[str, bytes] = dict(extra or {})
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        blobs[str(path.relative_to(data_dir))] = path.read_bytes()
    for where, data in blobs.items():
        for needle in wanted:
            if needle.encode() in data or needle.encode("utf-16-le") in data:
                found.raw.setdefault(needle, []).append(where)
    for index, image in enumerate(_states(data_dir, found)):
        found.states += 1
        for table, column, text in _opened_values(image, sealer, found):
            for needle in wanted:
                if needle in text:
                    found.opened.setdefault(needle, []).append(f"state{index}:{table}.{column}")
    for path in sorted((data_dir / "files").glob("*")):
        file_id = path.name.split(".")[0]
        with contextlib.suppress(SealError):
            text = sealer.open(path.read_bytes(), aad("files", "data", file_id))
            found.blobs_opened += 1
            for needle in wanted:
                if needle.encode() in text:
                    found.opened.setdefault(needle, []).append(f"files/{path.name}")
    return found


def _states(data_dir: Path, found: Findings) -> Iterator[bytes]:
    """The main file, then the database after each commit frame of the WAL."""
    main = data_dir / "cre.sqlite3"
    image = bytearray(main.read_bytes()) if main.exists() else bytearray()
    page_size = _page_size(image)
    found.pages += len(image) // page_size if page_size else 0
    yield bytes(image)
    wal = data_dir / "cre.sqlite3-wal"
    data = wal.read_bytes() if wal.exists() else b""
    if len(data) < WAL_HEADER:
        return
    page_size = struct.unpack(">I", data[8:12])[0] or page_size
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        number, commit = struct.unpack(">II", data[offset : offset + 8])
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + page_size]
        offset += FRAME_HEADER + page_size
        found.pages += 1
        if number == 0:
            continue
        start = (number - 1) * page_size
        if len(image) < start + page_size:
            image.extend(b"\0" * (start + page_size - len(image)))
        image[start : start + page_size] = page
        if commit:
            yield bytes(image[: commit * page_size])


def _page_size(image: bytes | bytearray) -> int:
    if len(image) < 100:
        return 4096
    size = struct.unpack(">H", bytes(image[16:18]))[0]
    return 65536 if size == 1 else size or 4096


def _opened_values(image: bytes, sealer: Sealer, found: Findings) -> Iterator[tuple[str, str, str]]:
    """(table, column, text) of every value of every row, BLOBs opened with the key."""
    if not image:
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "state.sqlite3"
        path.write_bytes(image)
        try:
            conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        except sqlite3.DatabaseError:
            return
        try:
            tables = [
                str(r[0])
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            ]
            for table in tables:
                yield from _rows(conn, table, sealer, found)
        except sqlite3.DatabaseError:
            return  # a state stitched from stale frames may not be consistent
        finally:
            conn.close()


def _rows(
    conn: sqlite3.Connection, table: str, sealer: Sealer, found: Findings
) -> Iterator[tuple[str, str, str]]:
    cursor = conn.execute(f'SELECT * FROM "{table}"')
    columns = [d[0] for d in cursor.description]
    for row in cursor:
        values = dict(zip(columns, row, strict=True))
        keys = {str(v) for v in values.values() if isinstance(v, str | int)}
        if "channel" in values and "dedupe" in values:
            keys.add(f"{values['channel']}:{values['dedupe']}")
        for column, value in values.items():
            if isinstance(value, bytes):
                text = _open_registered(sealer, table, column, value, values)
                text = text if text is not None else _open(sealer, table, column, value, keys)
                if text is not None:
                    found.blobs_opened += 1
                    yield table, column, text
                else:
                    yield table, column, value.decode("utf-8", "replace")
            elif value is not None:
                yield table, column, str(value)


def _open_registered(
    sealer: Sealer, table: str, column: str, value: bytes, row: dict[str, object]
) -> str | None:
    """Open with the associated data the store's registry names for this column (a case's
    details are bound to its requester, a vote's comment to its application and member)."""
    for spec in SEALED_COLUMNS:
        if spec.table == table and column in spec.columns:
            with contextlib.suppress(SealError, KeyError):
                return sealer.open(value, spec.where(row, column)).decode("utf-8", "replace")
    return None


def _open(sealer: Sealer, table: str, column: str, value: bytes, keys: set[str]) -> str | None:
    for key in keys:
        with contextlib.suppress(SealError):
            return sealer.open(value, aad(table, column, key)).decode("utf-8", "replace")
    return None
