"""Backups: a consistent online snapshot of the database and its sealed files, in one
archive, still sealed and without the key; and their restore into an empty data dir.

Why this shape: the snapshot is taken with SQLite's backup API inside one read
transaction, so it is one consistent moment even while the bot writes (WAL
readers never block writers). The sealed files are copied while that read
transaction is held; a file erased meanwhile (``/forget`` committed after the
snapshot) has its row dropped from the copy, so no restored row points at a
missing file. Before the archive gets its final name, every sealed value and
file in it is opened with the key and ``PRAGMA integrity_check`` must say ok:
a backup that would not restore is never left looking like one.

Archive (tar, mode 0600): ``manifest.json`` (format, schema, key ids needed,
sha256 of every member), ``cre.sqlite3``, ``files/<id>.sealed``. The key file
is never in it: keep it apart, as the README says.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from store.crypto import KeyProblem, Keyring, Sealer, SealError, aad
from store.files import FINAL, FileArea
from store.safekeeping import BackupProblem, BackupReport, Progress, RestoreReport
from store.sqlite.base import StoreBase
from store.sqlite.sealed import SEALED_COLUMNS

FORMAT = 1
DB_MEMBER = "cre.sqlite3"
MANIFEST = "manifest.json"
PAGES_PER_STEP = 256


class BackupQueries(StoreBase):
    """``cre-admin backup``'s store side."""

    db_path: Path
    file_area: FileArea

    async def backup(self, target: Path, progress: Progress | None = None) -> BackupReport:
        """Write a verified archive of this store to ``target`` (never replacing one)."""
        return await asyncio.to_thread(
            write_backup, self.db_path, self.file_area, self.sealer, target, progress
        )


def _say(progress: Progress | None, phase: str, done: int, total: int) -> None:
    if progress is not None:
        progress(phase, done, total)


def write_backup(
    db_path: Path, area: FileArea, sealer: Sealer, target: Path, progress: Progress | None
) -> BackupReport:
    if target.exists():
        raise BackupProblem(f"{target} already exists: choose a new file name")
    if not target.parent.is_dir():
        raise BackupProblem(f"{target.parent} does not exist: create it first")
    staging = Path(tempfile.mkdtemp(prefix=".cre-backup-", dir=target.parent))
    try:
        copy = staging / DB_MEMBER
        erased = _snapshot(db_path, area, copy, staging / "files", progress)
        report = _check_copy(copy, staging / "files", sealer, erased, progress)
        partial = target.with_name(target.name + ".partial")
        _write_archive(staging, partial, report)
        _verify_archive(partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
        return report
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + ".partial").unlink()


def _snapshot(
    db_path: Path, area: FileArea, copy: Path, files: Path, progress: Progress | None
) -> int:
    """Copy the database at one moment and, under the same read transaction, its
    sealed files; drop rows of files erased since. How many were dropped."""
    source = sqlite3.connect(db_path, isolation_level=None)
    target = sqlite3.connect(copy, isolation_level=None)
    try:
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM meta").fetchone()  # the snapshot starts here
        source.backup(
            target,
            pages=PAGES_PER_STEP,
            progress=lambda _s, left, total: _say(progress, "database", total - left, total),
        )
        target.execute("PRAGMA journal_mode=DELETE")
        target.execute("PRAGMA secure_delete=ON")  # a row dropped below leaves no remnant
        ids = [str(r[0]) for r in target.execute("SELECT id FROM files ORDER BY rowid")]
        files.mkdir(mode=0o700)
        gone = []
        for done, file_id in enumerate(ids, start=1):
            sealed = _read_sealed(area, file_id)
            if sealed is None:
                gone.append(file_id)
                continue
            (files / f"{file_id}{FINAL}").write_bytes(sealed)
            _say(progress, "files", done, len(ids))
        for file_id in gone:
            target.execute("DELETE FROM files WHERE id = ?", (file_id,))
        source.execute("ROLLBACK")
        return len(gone)
    finally:
        target.close()
        source.close()


def _read_sealed(area: FileArea, file_id: str) -> bytes | None:
    """The sealed bytes, or None if the file was erased. Looked for again under its final
    name: a pending rename may have happened between the two looks of ``area.read``."""
    try:
        return area.read(file_id)
    except FileNotFoundError:
        pass
    try:
        return area.final(file_id).read_bytes()
    except FileNotFoundError:
        return None


def _check_copy(
    copy: Path, files: Path, sealer: Sealer, erased: int, progress: Progress | None
) -> BackupReport:
    conn = sqlite3.connect(copy)
    conn.row_factory = sqlite3.Row
    try:
        _integrity(conn)
        key_ids, _ = open_everything(conn, FileArea(files), sealer, progress)
        schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
        count = conn.execute("SELECT count(*) FROM files").fetchone()[0]
    finally:
        conn.close()
    return BackupReport(copy.stat().st_size, int(count), erased, key_ids, schema)


def _integrity(conn: sqlite3.Connection) -> None:
    result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise BackupProblem(f"the database copy fails PRAGMA integrity_check: {result[0][:80]}")


def open_everything(
    conn: sqlite3.Connection, area: FileArea, sealer: Sealer, progress: Progress | None
) -> tuple[tuple[int, ...], int]:
    """Open every sealed value and file with ``sealer``: the key ids they name, and how
    many values were opened."""
    key_ids: set[int] = set()
    opened = 0
    total = sum(
        int(conn.execute(f"SELECT count(*) FROM {e.table}").fetchone()[0])  # noqa: S608
        for e in SEALED_COLUMNS
    )
    done = 0
    for entry in SEALED_COLUMNS:
        columns = ", ".join(dict.fromkeys((*entry.key, *entry.columns)))
        for row in conn.execute(f"SELECT rowid AS rid, {columns} FROM {entry.table}"):  # noqa: S608
            for column in entry.columns:
                value = row[column]
                if value is None or len(value) == 0:
                    continue
                _open(
                    sealer,
                    bytes(value),
                    entry.where(row, column),
                    f"{entry.table} row {row['rid']}",
                )
                key_ids.add(value[0])
                opened += 1
            done += 1
            if done % 500 == 0:
                _say(progress, "verify", done, total)
    _say(progress, "verify", done, total)
    for (file_id,) in conn.execute("SELECT id FROM files"):
        sealed = area.read(str(file_id))
        _open(sealer, sealed, aad("files", "data", file_id), f"sealed file {file_id}")
        key_ids.add(sealed[0])
    return tuple(sorted(key_ids)), opened


def _open(sealer: Sealer, sealed: bytes, where: bytes, what: str) -> None:
    try:
        sealer.open(sealed, where)
    except SealError as exc:
        raise KeyProblem(
            f"{what} does not open with this key (wrong key file, or the data is damaged)"
        ) from exc


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(2**20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _digest(stream: IO[bytes]) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(2**20):
        digest.update(chunk)
    return digest.hexdigest()


def _members(staging: Path) -> Iterator[tuple[str, Path]]:
    yield DB_MEMBER, staging / DB_MEMBER
    for path in sorted((staging / "files").iterdir()):
        yield f"files/{path.name}", path


def _write_archive(staging: Path, partial: Path, report: BackupReport) -> None:
    manifest = {
        "format": FORMAT,
        "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema": report.schema,
        "key_ids": list(report.key_ids),
        "members": {name: _sha256(path) for name, path in _members(staging)},
    }
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        with tarfile.open(fileobj=handle, mode="w") as archive:
            body = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mode = len(body), 0o600
            archive.addfile(info, io.BytesIO(body))
            for name, path in _members(staging):
                info = archive.gettarinfo(str(path), arcname=name)
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                info.mode = 0o600
                with path.open("rb") as member:
                    archive.addfile(info, member)
        handle.flush()
        os.fsync(handle.fileno())


def _verify_archive(path: Path) -> dict[str, object]:
    """Read the archive back: every member is where the manifest says, with its hash."""
    with tarfile.open(path, mode="r:") as archive:
        manifest = _manifest(archive)
        expected = manifest["members"]
        assert isinstance(expected, dict)
        seen = set()
        for info in archive:
            if info.name == MANIFEST:
                continue
            _check_member(info, expected)
            extracted = archive.extractfile(info)
            assert extracted is not None
            if _digest(extracted) != expected[info.name]:
                raise BackupProblem(f"{info.name} in the archive does not match its checksum")
            seen.add(info.name)
        if seen != set(expected):
            raise BackupProblem("the archive is incomplete: members are missing")
    return manifest


def _manifest(archive: tarfile.TarFile) -> dict[str, object]:
    try:
        member = archive.extractfile(MANIFEST)
        assert member is not None
        manifest = json.loads(member.read())
    except (KeyError, ValueError, AssertionError) as exc:
        raise BackupProblem("this is not a CRE Bot backup (no manifest)") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupProblem("this backup was made in a format this CRE Bot does not know")
    if not isinstance(manifest.get("members"), dict):
        raise BackupProblem("this backup's manifest is damaged")
    return manifest


def _check_member(info: tarfile.TarInfo, expected: dict[str, object]) -> None:
    """Only regular files with the names a backup has: no links, no ``..``, no surprise."""
    name = info.name
    valid = name == DB_MEMBER or (
        name.startswith("files/")
        and name.endswith(FINAL)
        and name.removeprefix("files/").removesuffix(FINAL).isalnum()
    )
    if not (info.isreg() and valid and name in expected):
        raise BackupProblem(f"the archive holds an unexpected member {name[:60]!r}: refused")


def restore_backup(
    archive_path: Path, data_dir: Path, db_name: str, keyring: Keyring, progress: Progress | None
) -> RestoreReport:
    """Unpack a verified backup into an empty ``data_dir``, open everything with the
    key, and only then move it into place (files first, database last)."""
    _refuse_non_empty(data_dir, db_name)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = data_dir / ".restoring"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700)
    try:
        manifest = _verify_archive(archive_path)
        needed = {int(k) for k in manifest.get("key_ids", [])}  # type: ignore[attr-defined]
        if not needed <= set(keyring.keys):
            raise KeyProblem(
                f"this backup needs key ids {sorted(needed)} but the key file has "
                f"{sorted(keyring.keys)}: use the key file kept with this backup"
            )
        _unpack(archive_path, staging, progress)
        conn = sqlite3.connect(staging / DB_MEMBER)
        conn.row_factory = sqlite3.Row
        try:
            _integrity(conn)
            key_ids, rows = open_everything(
                conn, FileArea(staging / "files"), Sealer(keyring), progress
            )
            files = int(conn.execute("SELECT count(*) FROM files").fetchone()[0])
        finally:
            conn.close()
        os.replace(staging / "files", data_dir / "files")
        os.replace(staging / DB_MEMBER, data_dir / db_name)
        _fsync_dir(data_dir)
        return RestoreReport(rows, files, key_ids)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _refuse_non_empty(data_dir: Path, db_name: str) -> None:
    present = [
        p.name
        for p in (data_dir / db_name, data_dir / f"{db_name}-wal", data_dir / "files")
        if p.exists() and not (p.is_dir() and not any(p.iterdir()))
    ]
    if present:
        raise BackupProblem(
            f"{data_dir} already holds data ({', '.join(present)}): restore into an empty "
            "data directory (a key file may be there), never over live data"
        )


def _unpack(archive_path: Path, staging: Path, progress: Progress | None) -> None:
    (staging / "files").mkdir(mode=0o700)
    with tarfile.open(archive_path, mode="r:") as archive:
        members = [m for m in archive.getmembers() if m.name != MANIFEST]
        for done, info in enumerate(members, start=1):
            source = archive.extractfile(info)
            assert source is not None
            fd = os.open(staging / info.name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                shutil.copyfileobj(source, handle)
                handle.flush()
                os.fsync(handle.fileno())
            _say(progress, "unpack", done, len(members))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
