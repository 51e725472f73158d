"""``cre-admin doctor``: is this deployment able to hear people and answer them?

One line per check, ``ok`` / ``warn`` / ``fail``, in the order an operator
fixes things: key and database first, then the disk, the messengers, what
waits or was dropped, and who is there to hear about cases. ``fail`` means
someone can be lost or left without an answer; ``warn`` means something
needs a look.

Doctor writes nothing: it checks the schema version on a read-only
connection before opening the store (an older schema is reported, not
upgraded), and keeps no audit entry (it reads no case data, and it must still
work on a full disk). Lines never show a token, a key, a URL with the token,
or any exception text (only class names).
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlparse

from admin_cli.opening import (
    LATEST_SCHEMA,
    check_key,
    database_path,
    open_store,
    schema_version,
)
from config.failures import explain
from config.settings import Settings
from store.crypto import KeyProblem, Keyring
from store.errors import SchemaTooNew
from store.ports import AdminStore

if TYPE_CHECKING:
    import aiohttp

Status = Literal["ok", "warn", "fail"]
TIMEOUT_SECONDS = 5
DISK_FAIL = 64 * 1024 * 1024
"""Below this much free space, writes start failing soon: fail."""
DISK_WARN = 1024 * 1024 * 1024
"""Below this, a burst of voice notes can fill the disk: warn."""


@dataclass(frozen=True, slots=True)
class Check:
    status: Status
    name: str
    detail: str

    def line(self) -> str:
        return f"{self.status:<4} {self.name}: {self.detail}"


def configured_channels(settings: Settings) -> set[str]:
    """Channels a ``cre-bot`` with these settings can send on (the console always)."""
    found = {"console"}
    if settings.telegram:
        found.add("telegram")
    if settings.signal:
        found.add("signal")
    return found


HOW_TO_CONFIGURE = {
    "telegram": "CRE_TELEGRAM_TOKEN",
    "signal": "CRE_SIGNAL_SERVICE and CRE_SIGNAL_NUMBER",
}


async def diagnose(settings: Settings) -> list[Check]:
    """Every check, in order; network checks run concurrently with the store's."""
    network = asyncio.gather(_telegram(settings), _signal(settings))
    head = [*_files(settings), _disk(settings.data_dir)]
    core, rest = await _store_checks(settings)
    messengers = [c for c in await network if c is not None]
    return head + core + messengers + rest


# ----- files and disk -------------------------------------------------------------------


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _files(settings: Settings) -> list[Check]:
    data = settings.data_dir
    if not data.is_dir():
        return [Check("fail", "data dir", f"{data} does not exist: run cre-admin init")]
    checks = []
    mode = _mode(data)
    checks.append(
        Check("ok", "data dir", f"{data} (mode {mode:o})")
        if not mode & 0o077
        else Check("fail", "data dir", f"{data} is open to others (mode {mode:o}): chmod 700 it")
    )
    db = database_path(settings)
    private = [db, db.with_name(f"{db.name}-wal")]
    if settings.master_key is None:
        private.insert(0, settings.key_file)
    loose = [f"{p.name} ({_mode(p):o})" for p in private if p.exists() and _mode(p) & 0o077]
    checks.append(
        Check("fail", "file permissions", f"readable by others: {', '.join(loose)}; chmod 600")
        if loose
        else Check("ok", "file permissions", "key file and database are owner-only (0600)")
    )
    return checks


def _disk(data: Path) -> Check:
    where = data if data.exists() else data.parent
    try:
        free = shutil.disk_usage(where).free
    except OSError as exc:
        return Check("fail", "free disk", f"cannot measure ({type(exc).__name__})")
    text = f"{free / 1024**2:.0f} MiB free"
    if free < DISK_FAIL:
        return Check("fail", "free disk", f"{text}: free space now, writes are failing or will")
    if free < DISK_WARN:
        return Check("warn", "free disk", f"{text}: less than 1 GiB left")
    return Check("ok", "free disk", text)


# ----- key, schema and the store's own checks ----------------------------------------------


async def _store_checks(settings: Settings) -> tuple[list[Check], list[Check]]:
    """(key and schema, what the store holds): the messengers go in between."""
    path = database_path(settings)
    try:
        keyring = settings.keyring()
    except KeyProblem as exc:
        return [Check("fail", "key", str(exc))], []
    source = (
        "CRE_MASTER_KEY"
        if settings.master_key
        else str(settings.key_file)
        if settings.key_file_path is not None
        else settings.key_file.name
    )
    if not await asyncio.to_thread(path.exists):
        return [Check("fail", "database", f"no {path}: run cre-admin init")], []
    try:
        version = await schema_version(settings)
        if version < LATEST_SCHEMA:
            return [
                Check(
                    "warn",
                    "schema",
                    f"version {version}, this CRE Bot has {LATEST_SCHEMA}: cre-bot upgrades "
                    "it at its next start (back up first); other checks skipped",
                )
            ], []
        await check_key(settings, keyring)
    except Exception as exc:  # explained, or only its class: never its text
        return [_failed(exc, settings)], []
    core = [
        Check("ok", "key", f"from {source}, opens this database ({_keys(keyring)})")
        if not keyring.retiring
        else Check(
            "warn",
            "key",
            f"from {source}, opens this database, but the rotation to key "
            f"{keyring.active} is unfinished: run `cre-admin keys rotate` to finish it",
        ),
        Check("ok", "schema", f"version {version} (current)"),
        _key_place(settings),
    ]
    try:
        store = await open_store(settings, keyring)
    except Exception as exc:  # a full disk: the key was still checked above
        return [*core, _failed(exc, settings)], []
    try:
        rest = await _outbox(store, settings)
        rest += await _transport_events(store)
        rest += await _people(store, settings)
        return core, rest
    finally:
        await store.close()


def _failed(exc: Exception, settings: Settings) -> Check:
    """The check ``exc`` failed, explained, or named by its class: never its text."""
    failure = explain(exc, settings.data_dir)
    name = {KeyProblem: "key", SchemaTooNew: "schema"}.get(type(exc), "database")
    return Check("fail", name, failure.sentence if failure else type(exc).__name__)


def _key_place(settings: Settings) -> Check:
    """Warn when the key file is inside the data dir: a copy of the directory (a seized
    server, a stolen disk or backup) then opens everything."""
    if settings.master_key:
        return Check("ok", "key place", "derived from CRE_MASTER_KEY, not in the data dir")
    inside = settings.key_file.resolve().is_relative_to(settings.data_dir.resolve())
    if inside:
        return Check(
            "warn",
            "key place",
            f"{settings.key_file.name} is inside the data dir: a copy of the directory "
            "decrypts everything; move it and set CRE_KEY_FILE (see the README)",
        )
    return Check("ok", "key place", "outside the data dir (CRE_KEY_FILE)")


def _keys(keyring: Keyring) -> str:
    return f"key {keyring.active} active of {len(keyring.keys)}"


async def _outbox(store: AdminStore, settings: Settings) -> list[Check]:
    waiting = await store.outbox_waiting_by_channel()
    if not waiting:
        return [Check("ok", "outbox", "nothing waiting")]
    running = configured_channels(settings)
    checks = []
    for channel, count in sorted(waiting.items()):
        if channel in running:
            checks.append(Check("ok", f"outbox {channel}", f"{count} replies waiting to be sent"))
        else:
            checks.append(
                Check(
                    "warn",
                    f"outbox {channel}",
                    f"{count} replies wait for {channel}, which is not configured "
                    f"(set {HOW_TO_CONFIGURE.get(channel, channel)})",
                )
            )
    return checks


async def _transport_events(store: AdminStore) -> list[Check]:
    events = await store.transport_events()
    if not events:
        return [Check("ok", "transport", "no quarantined updates or unreadable frames")]
    return [
        Check(
            "warn",
            f"transport {e.channel}",
            f"{e.count} {e.kind} (first {e.first_at[:16]}, last {e.last_at[:16]})",
        )
        for e in events
    ]


async def _people(store: AdminStore, settings: Settings) -> list[Check]:
    coverage = await store.coverage()
    running = configured_channels(settings)
    checks = []
    if coverage.coordinators == 0:
        checks.append(
            Check(
                "fail",
                "coordinator",
                "NONE REGISTERED: urgent and unrouted cases may reach nobody; "
                "register one with: cre-admin facilitators add --coordinator ...",
            )
        )
    elif not running & set(coverage.coordinator_channels):
        checks.append(
            Check(
                "warn",
                "coordinator",
                f"registered on {', '.join(coverage.coordinator_channels)}, not configured here",
            )
        )
    else:
        checks.append(Check("ok", "coordinator", f"{coverage.coordinators} registered"))
    if coverage.uncovered_regions:
        checks.append(
            Check(
                "warn",
                "regions",
                f"no facilitator for {', '.join(coverage.uncovered_regions)}: "
                "their cases reach only the coordinator",
            )
        )
    else:
        checks.append(Check("ok", "regions", "every region has a facilitator"))
    idle = sorted((set(coverage.facilitator_channels) | set(coverage.queue_channels)) - running)
    if idle:
        checks.append(
            Check(
                "warn",
                "channels",
                f"facilitators or queues use {', '.join(idle)}, which is not configured here",
            )
        )
    return checks


# ----- messengers ------------------------------------------------------------------------


async def _ask(
    call: Callable[[aiohttp.ClientSession], Any],
) -> tuple[int, Any] | str:
    """(status, JSON body or None), or the class name of what went wrong."""
    import aiohttp  # here: it takes a quarter of a second to load, every other command pays

    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=TIMEOUT_SECONDS)) as session,
            call(session) as response,
        ):
            try:
                body = await response.json(content_type=None)
            except ValueError:
                body = None
            return response.status, body
    except (aiohttp.ClientError, TimeoutError) as exc:
        return type(exc).__name__


async def _telegram(settings: Settings) -> Check | None:
    token = settings.telegram_token
    if token is None:
        return None
    api = settings.telegram_api_url
    url = api.format(token=token) if "{token}" in api else f"{api}{token}"
    where = urlparse(api).netloc  # never the URL itself: it holds the token
    answer = await _ask(lambda session: session.post(f"{url}/getMe"))
    if isinstance(answer, str):
        return Check("fail", "telegram", f"Bot API at {where} unreachable ({answer})")
    status, body = answer
    result = body.get("result") if isinstance(body, dict) else None
    if status == 200 and isinstance(result, dict) and body.get("ok"):
        return Check("ok", "telegram", f"getMe answered as @{result.get('username')} ({where})")
    if status in (401, 404):
        return Check("fail", "telegram", f"the Bot API refused the token (HTTP {status})")
    return Check("fail", "telegram", f"getMe failed with HTTP {status} ({where})")


async def _signal(settings: Settings) -> Check | None:
    service = settings.signal_service
    if service is None:
        return None
    answer = await _ask(lambda session: session.get(f"http://{service}/v1/about"))
    if isinstance(answer, str):
        return Check("fail", "signal", f"signal-cli-rest-api at {service} unreachable ({answer})")
    status, body = answer
    if status != 200 or not isinstance(body, dict):
        return Check("fail", "signal", f"GET /v1/about answered HTTP {status} ({service})")
    mode, version = body.get("mode"), body.get("version")
    if mode != "json-rpc":
        return Check(
            "fail", "signal", f"signal-cli-rest-api runs in {mode} mode; CRE Bot needs json-rpc"
        )
    return Check("ok", "signal", f"signal-cli-rest-api {version}, json-rpc ({service})")
