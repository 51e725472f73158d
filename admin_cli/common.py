"""What every ``cre-admin`` command shares: settings, the store, failures, output,
and reading what a coordinator types (lists, regions, languages, countries,
references, statuses) the forgiving way a person types it.

Each command group lives in its own module (``cases``, ``keys``, ``regions``,
``staff``, ``directory``, ``audit``); :mod:`admin_cli.main` puts them together.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import os
import re
import sys
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from babel import Locale
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from admin_cli import labels
from admin_cli.doctor import HOW_TO_CONFIGURE, configured_channels
from admin_cli.opening import open_store
from config.settings import ConfigError, Settings, load_settings
from flows.catalog.registry import STATUSES
from flows.core import lifecycle
from flows.core.addresses import AddressError, chat_address, person_address
from flows.core.countries import country_name, fold, is_country, match_country
from flows.core.messages import Channel
from flows.core.policy import LANGUAGES
from flows.core.regions import Region
from store.ports import AdminStore
from store.records import CaseRecord

out = Console(width=None if sys.stdout.isatty() else 120)  # piped: no 80-column folding
T = TypeVar("T")
DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data directory (default: $CRE_DATA_DIR or ./data)."),
]


where: list[Path] = [Path("data")]
"""The data directory the running command uses, for failure sentences."""


def settings_for(data_dir: Path | None) -> Settings:
    os.umask(0o077)
    environ = dict(os.environ)
    if data_dir is not None:
        environ["CRE_DATA_DIR"] = str(data_dir)
    where[0] = Path(environ.get("CRE_DATA_DIR") or "data")
    try:
        settings = load_settings(environ)
    except ConfigError as exc:
        fail(str(exc))
    where[0] = settings.data_dir
    return settings


def fail(message: str) -> NoReturn:
    """One sentence and exit code 2. ``message`` may quote what was typed: it is printed
    as it is, never read as markup."""
    out.print(f"[red]Error:[/red] {escape(message)}", soft_wrap=True)
    raise typer.Exit(2)


def actor() -> str:
    return f"coordinator:{getpass.getuser()}"


def with_store(
    settings: Settings,
    work: Callable[[AdminStore], Awaitable[T]],
    *,
    new_key: bool = False,
) -> T:
    async def run() -> T:
        store = await open_store(settings, new_key=new_key)
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(run())  # failures are explained by :func:`run`


async def audit(store: AdminStore, action: str, case_ref: str | None = None) -> None:
    async with store.transaction() as tx:
        await tx.audit(datetime.now(UTC), actor(), action, case_ref)


def case_json(case: CaseRecord, details: bool) -> dict[str, object]:
    data = asdict(case)
    data["strategies"] = list(case.strategies)
    data["language"] = data.pop("locale")  # one name per field: the README says language
    if not details:
        data.pop("details")
    return data


TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str) and TIMESTAMP.match(value):
        return value[:16].replace("T", " ")  # minutes are enough on screen; JSON keeps all
    return "" if value is None else str(value)


def show(rows: list[dict[str, object]], as_json: bool, columns: dict[str, str], empty: str) -> None:
    """Print ``rows`` as JSON, or as a table of ``columns`` (row key → header)."""
    if as_json:
        print_json(rows)
    elif not rows:
        out.print(empty)
    else:
        table = Table()
        for index, header in enumerate(columns.values()):
            # Fold long cells rather than cut them: a reference must stay whole.
            table.add_column(header, overflow="fold", no_wrap=index == 0, min_width=len(header))
        for row in rows:
            table.add_row(*(escape(cell(row.get(key))) for key in columns))
        out.print(table)


def print_json(value: object) -> None:
    """JSON on stdout, ending with a newline so that shells and ``jq`` read it whole."""
    typer.echo(json.dumps(value, indent=2, ensure_ascii=False))


MessengerChannel = Annotated[str, typer.Option("--channel", help="telegram, signal or console")]


def channel_named(
    name: str, allowed: tuple[str, ...] = ("telegram", "signal", "console")
) -> Channel:
    key = name.strip().casefold()
    if key not in allowed:
        fail(f"--channel must be one of {', '.join(allowed)}, not {name!r}")
    return Channel(key)


def person_id(channel: Channel, text: str) -> str:
    """A person's messenger id, checked for the channel (``@amina`` is not a Telegram id)."""
    try:
        return person_address(channel.value, text)
    except AddressError as exc:
        fail(f"--id: {exc}")


def chat_id(channel: Channel, text: str) -> str:
    """A group chat's id, checked for the channel."""
    try:
        return chat_address(channel.value, text)
    except AddressError as exc:
        fail(f"--chat: {exc}")


# ----- reading what a coordinator types ------------------------------------------------


def items(values: list[str] | None) -> list[str]:
    """Repeated options and comma lists alike: ``--region africa,asia --region latin_america``."""
    found: list[str] = []
    for value in values or []:
        for part in value.split(","):
            if part.strip() and part.strip() not in found:
                found.append(part.strip())
    return found


def region_key(text: str) -> str:
    """``Latin America``, ``latin-america`` and ``LATIN_AMERICA`` are one region id."""
    return "_".join(fold(text).split())


def region_ids(given: list[str], known: list[Region]) -> list[str]:
    """The region ids meant by ``given`` (ids or names, any case), or a failure naming them."""
    by_key = {region_key(r.id): r.id for r in known} | {region_key(r.name): r.id for r in known}
    found = [by_key.get(region_key(text)) for text in given]
    unknown = [text for text, region in zip(given, found, strict=True) if region is None]
    if unknown:
        fail(
            f"no region {', '.join(unknown)}; the regions are "
            f"{', '.join(r.id for r in known)} (see: cre-admin regions list)"
        )
    return list(dict.fromkeys(r for r in found if r is not None))


def region_id(text: str, known: list[Region]) -> str:
    [region] = region_ids([text], known)
    return region


def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code in LANGUAGES:
        names[fold(code)] = code
        for lang in LANGUAGES:
            name = Locale.parse(code).get_display_name(lang)
            if name:
                names[fold(name)] = code
    return names


def language_codes(given: list[str], option: str = "--language") -> list[str]:
    """Shipped language codes meant by ``given``: ``sw``, ``Swahili`` and ``Kiswahili``
    are the same."""
    names = _language_names()
    found = [names.get(fold(text)) for text in given]
    unknown = [text for text, code in zip(given, found, strict=True) if code is None]
    if unknown:
        shipped = ", ".join(f"{c} ({Locale.parse(c).get_display_name('en')})" for c in LANGUAGES)
        fail(f"{option}: {', '.join(unknown)} is not a language CRE Bot speaks; use {shipped}")
    return list(dict.fromkeys(c for c in found if c is not None))


def country_codes(given: list[str]) -> list[str]:
    """ISO codes meant by ``given``: codes (any case) or names in a shipped language."""
    codes: list[str] = []
    for text in given:
        code = text.strip().upper()
        if not is_country(code):
            matches = match_country(text)
            if len(matches) != 1:
                hint = f" (did you mean {', '.join(matches)}?)" if matches else ""
                fail(
                    f"{text} is not a country; give ISO 3166 codes such as KE or PE, "
                    f"or country names{hint}"
                )
            code = matches[0]
        if code not in codes:
            codes.append(code)
    return codes


def country_text(code: str | None) -> str:
    return "-" if code is None else f"{country_name(code, 'en')} ({code})"


def language_text(code: str) -> str:
    return f"{Locale.parse(code).get_display_name('en')} ({code})" if code in LANGUAGES else code


def case_ref(text: str) -> str:
    """A reference as typed (``k7m4q2xp``, ``K7M4 Q2XP``) in its stored form ``K7M4-Q2XP``."""
    compact = "".join(ch for ch in text.strip().upper() if ch not in " -")
    return f"{compact[:4]}-{compact[4:]}" if len(compact) == 8 else text.strip().upper()


def status_text(status: str) -> str:
    """How a status is shown: its name in the English catalog (``being checked``), the same
    words the bot uses (``status-<id>``), so the CLI, the bot and the README share one
    vocabulary; the id itself when the catalog has no name for it."""
    return labels.text(lifecycle.label_key(status), status.replace("_", " "))


def status_named(text: str) -> str:
    """The status meant by ``text``: its name (``being checked``, any case) or its id
    (``due_diligence``, ``Due-Diligence``); otherwise a failure listing the names."""
    key = region_key(text)
    by_name = {region_key(status_text(s)): s for s in STATUSES}
    found = key if key in STATUSES else by_name.get(key)
    if found is None:
        fail(f"no status {text!r}; use one of: {', '.join(status_text(s) for s in STATUSES)}")
    return found


def warn_if_not_configured(settings: Settings, channel: Channel, who: str) -> None:
    """Messages for a channel no ``cre-bot`` here runs only wait: say so (on stderr)."""
    if channel.value not in configured_channels(settings):
        typer.echo(
            f"Warning: {channel.value} is not configured here (no "
            f"{HOW_TO_CONFIGURE[channel.value]} in the environment or cre.toml): messages to "
            f"{who} will wait until a cre-bot with {channel.value} runs.",
            err=True,
        )
