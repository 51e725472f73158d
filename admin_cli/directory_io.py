"""``cre-admin collaborators import`` and ``export``: the directory as a CSV file.

The header is documented in the README and printed by ``import --help``. An import is
all or nothing: every row is checked first (bad rows are reported with their line
numbers), duplicates within the file and against the directory are found, and only
then is everything written in one transaction. ``--dry-run`` stops before writing.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import track

from admin_cli.common import DataDir, actor, fail, out, settings_for, with_store
from admin_cli.directory import STRATEGY_CHOICES
from flows.core.addresses import AddressError, person_address
from flows.core.countries import fold, is_country
from flows.core.messages import Channel
from flows.core.policy import LANGUAGES
from store.admin_records import DirectoryRow
from store.ports import AdminStore, StoreTransaction

HEADER = (
    "name",
    "organisation_type",
    "strategies",
    "countries",
    "regions",
    "languages",
    "channel",
    "id",
    "contact",
    "available",
    "self_funded",
    "notes",
)
REQUIRED = ("name", "strategies")
ORGANISATION_TYPES = (
    "community",
    "grassroots",
    "ngo",
    "network",
    "movement",
    "academic",
    "expert",
    "lawyer",
    "journalist",
    "funder",
    "investor",
    "other",
)
BAD_INPUT = 6
"""Exit code: the file has bad rows or duplicates; nothing was imported."""
MAX_ROWS = 50_000
LIMITS = {"name": 200, "contact": 300, "notes": 2000}
YES = frozenset({"yes", "y", "true", "1", "oui", "sí", "si", "sim", "ya", "ndiyo"})
NO = frozenset({"no", "n", "false", "0", "non", "não", "nao", "tidak", "hapana"})


@dataclass(frozen=True, slots=True)
class Entry:
    line: int
    name: str
    kind: str | None
    strategies: tuple[str, ...]
    countries: tuple[str, ...]
    regions: tuple[str, ...]
    languages: tuple[str, ...]
    channel: str | None
    user_id: str | None
    contact: str | None
    available: bool
    self_funded: bool
    notes: str | None


def _list(text: str) -> list[str]:
    return [x for x in text.replace(",", ";").replace("|", ";").split(";") if x.strip()]


def _flag(value: str, default: bool, column: str, problems: list[str]) -> bool:
    word = value.strip().casefold()
    if not word:
        return default
    if word in YES:
        return True
    if word in NO:
        return False
    problems.append(f"{column} must be yes or no, not {value[:20]!r}")
    return default


def _entry(line: int, row: dict[str, str], regions: frozenset[str]) -> Entry | list[str]:
    """The row checked, or what is wrong with it (one phrase per problem)."""
    problems: list[str] = []
    get = {k: (row.get(k) or "").strip() for k in HEADER}
    for column, limit in LIMITS.items():
        if len(get[column]) > limit:
            problems.append(f"{column} is longer than {limit} characters")
        if any(not ch.isprintable() for ch in get[column]):
            problems.append(f"{column} holds control characters")
    if not get["name"]:
        problems.append("name is empty")
    kind = get["organisation_type"].casefold() or None
    if kind is not None and kind not in ORGANISATION_TYPES:
        problems.append(f"organisation_type must be one of {', '.join(ORGANISATION_TYPES)}")
    strategies = [s.strip().casefold() for s in _list(get["strategies"])]
    if not strategies:
        problems.append("strategies is empty")
    if bad := [s for s in strategies if s not in STRATEGY_CHOICES]:
        problems.append(f"unknown strategies {bad}; use {', '.join(STRATEGY_CHOICES)}")
    countries = [c.strip().upper() for c in _list(get["countries"])]
    if bad := [c for c in countries if not is_country(c)]:
        problems.append(f"countries takes ISO 3166 codes such as KE or PE, not {bad[:3]}")
    chosen_regions = [r.strip().casefold() for r in _list(get["regions"])]
    if bad := [r for r in chosen_regions if r not in regions]:
        problems.append(f"unknown regions {bad}; use {', '.join(sorted(regions))}")
    languages = [x.strip().casefold() for x in _list(get["languages"])] or ["en"]
    if bad := [x for x in languages if x not in LANGUAGES]:
        problems.append(f"languages must be among {', '.join(LANGUAGES)}, not {bad}")
    channel, user_id = get["channel"].casefold() or None, get["id"] or None
    if (channel is None) != (user_id is None):
        problems.append("channel and id go together (or leave both empty and use contact)")
    elif channel is not None and user_id is not None:
        if channel not in ("telegram", "signal"):
            problems.append("channel must be telegram or signal")
        else:
            try:
                user_id = person_address(channel, user_id)
            except AddressError as exc:
                problems.append(str(exc))
    available = _flag(get["available"], True, "available", problems)
    self_funded = _flag(get["self_funded"], False, "self_funded", problems)
    if problems:
        return problems
    return Entry(
        line, get["name"], kind, tuple(dict.fromkeys(strategies)), tuple(dict.fromkeys(countries)),
        tuple(dict.fromkeys(chosen_regions)), tuple(dict.fromkeys(languages)), channel, user_id,
        get["contact"] or None, available, self_funded, get["notes"] or None,
    )  # fmt: skip


def read_rows(text: str) -> Iterator[tuple[int, dict[str, str] | str]]:
    """(line number, row or a problem) for each data row; line 1 is the header."""
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey="\0extra", strict=True)
    try:
        header = [h.strip().casefold() for h in reader.fieldnames or ()]
    except csv.Error as exc:
        yield 1, f"the header cannot be read ({exc})"
        return
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in HEADER]
    if missing or unknown:
        yield (
            1,
            f"the header must use the columns {', '.join(HEADER)} "
            f"(missing {missing}, unknown {unknown})",
        )
        return
    reader.fieldnames = header
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reader.line_num, f"this line cannot be read as CSV ({exc})"
            return
        if "\0extra" in row:
            yield reader.line_num, f"more columns than the header's {len(header)}"
            continue
        if not any((v or "").strip() for v in row.values()):
            continue  # a blank line
        yield reader.line_num, {k: v or "" for k, v in row.items()}


def _keys(name: str, channel: str | None, user_id: str | None, contact: str | None) -> list[str]:
    """What makes two collaborators the same: name, messenger account, or contact."""
    keys = [f"name:{fold(name)}"]
    if channel and user_id:
        keys.append(f"id:{channel}:{user_id}")
    if contact:
        keys.append(f"contact:{fold(contact)}")
    return keys


def duplicates(entries: Iterable[Entry], existing: Iterable[DirectoryRow]) -> dict[int, str]:
    """line → what it duplicates (an earlier line, or a collaborator already listed)."""
    seen: dict[str, str] = {}
    for row in existing:
        for key in _keys(row.name, row.channel, row.user_id, row.contact):
            seen.setdefault(key, f"collaborator #{row.id} already in the directory")
    found: dict[int, str] = {}
    for entry in entries:
        keys = _keys(entry.name, entry.channel, entry.user_id, entry.contact)
        clash = next((seen[k] for k in keys if k in seen), None)
        if clash is not None:
            what = (
                keys[0] if clash.startswith("collaborator") else next(k for k in keys if k in seen)
            )
            found[entry.line] = f"same {what.split(':', 1)[0]} as {clash}"
        for key in keys:
            seen.setdefault(key, f"line {entry.line}")
    return found


def _load(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        fail(f"{path} cannot be read ({type(exc).__name__})")
    if b"\0" in raw:
        fail(f"{path} is not a CSV text file (it holds NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        fail(f"{path} is not UTF-8 (byte {exc.start}); save it as 'CSV UTF-8' and try again")


def _report(problems: list[tuple[int, str]], as_json: bool) -> None:
    if as_json:
        rows = [{"line": line, "problem": p} for line, p in problems]
        typer.echo(json.dumps({"imported": 0, "problems": rows}, ensure_ascii=False, indent=2))
    else:
        for line, problem in problems:
            out.print(f"[red]line {line}:[/red] {problem}")
        out.print(
            f"[bold red]Nothing imported:[/bold red] {len(problems)} problem(s). "
            "Fix the file and run the import again."
        )
    raise typer.Exit(BAD_INPUT)


def collaborators_import(
    file: Annotated[Path, typer.Argument(help="CSV with the header: " + ",".join(HEADER))],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check only; write nothing.")] = False,
    skip_duplicates: Annotated[
        bool, typer.Option("--skip-duplicates", help="Import the rest, leaving duplicates out.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Add collaborators from a CSV file: all rows or none (bad rows are listed by line).

    Columns: name, organisation_type, strategies, countries, regions, languages, channel,
    id, contact, available, self_funded, notes. Lists are separated by ';'. Only name and
    strategies are required."""
    settings = settings_for(data_dir)
    text = _load(file)

    async def work(store: AdminStore) -> tuple[int, int, list[tuple[int, str]]]:
        regions = frozenset(r.id for r in await store.report_regions())
        entries, problems = _check(text, regions, as_json)
        async with store.transaction() as tx:
            existing = await tx.directory_rows()
            dupes = duplicates(entries, existing)
            if dupes and not skip_duplicates:
                problems += [(line, f"duplicate: {what}") for line, what in dupes.items()]
            if problems:
                return 0, 0, sorted(problems)
            chosen = [e for e in entries if e.line not in dupes]
            action = "admin.collaborators.import" + (".dry-run" if dry_run else "")
            await tx.audit(datetime.now(UTC), actor(), action, None, f"rows:{len(chosen)}")
            if dry_run:
                return len(chosen), len(dupes), []
        async with store.transaction() as tx:
            for entry in chosen:
                await _add(store, tx, entry)
        return len(chosen), len(dupes), []

    imported, skipped, problems = with_store(settings, work)
    if problems:
        _report(problems, as_json)
    verb = "would be imported (dry run: nothing written)" if dry_run else "imported"
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "imported": 0 if dry_run else imported,
                    "checked": imported,
                    "duplicates_skipped": skipped,
                    "dry_run": dry_run,
                }
            )
        )
        return
    out.print(
        f"[green]{imported} collaborator(s) {verb}.[/green]"
        + (f" {skipped} duplicate(s) left out." if skipped else "")
    )


def _check(
    text: str, regions: frozenset[str], quiet: bool
) -> tuple[list[Entry], list[tuple[int, str]]]:
    entries: list[Entry] = []
    problems: list[tuple[int, str]] = []
    rows = list(read_rows(text))
    if len(rows) > MAX_ROWS:
        return [], [(MAX_ROWS + 1, f"more than {MAX_ROWS} rows: split the file")]
    shown = track(
        rows, description="Checking rows…", disable=quiet or not sys.stderr.isatty(), console=None
    )
    for line, row in shown:
        if isinstance(row, str):
            problems.append((line, row))
            continue
        checked = _entry(line, row, regions)
        if isinstance(checked, list):
            problems.extend((line, p) for p in checked)
        else:
            entries.append(checked)
    if not entries and not problems:
        problems.append((1, "the file has no rows under its header"))
    return entries, problems


async def _add(store: AdminStore, tx: StoreTransaction, entry: Entry) -> None:
    messenger = None
    if entry.channel and entry.user_id:
        messenger = (
            store.pseudonym(entry.channel, entry.user_id),
            Channel(entry.channel),
            entry.user_id,
        )
    row = await tx.add_collaborator(
        entry.name, entry.contact, list(entry.strategies), list(entry.countries),
        list(entry.regions), list(entry.languages), entry.self_funded, datetime.now(UTC), messenger,
    )  # fmt: skip
    await tx.set_collaborator_profile(row, entry.kind, entry.available, entry.notes)


def _csv_row(row: DirectoryRow) -> list[str]:
    return [
        row.name,
        row.kind or "",
        ";".join(row.strategies),
        ";".join(row.countries),
        ";".join(row.regions),
        ";".join(row.languages),
        row.channel or "",
        row.user_id or "",
        row.contact or "",
        "yes" if row.available else "no",
        "yes" if row.self_funded else "no",
        row.notes or "",
    ]


def collaborators_export(
    output: Annotated[Path, typer.Argument(help="CSV file to write ('-' for the screen).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print a summary as JSON.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Write the whole directory as CSV (the import's header; contact details included,
    so the file is created readable by you only). Audited."""
    settings = settings_for(data_dir)

    async def work(store: AdminStore) -> int:
        count = 0
        handle = (
            sys.stdout if str(output) == "-" else output.open("w", encoding="utf-8-sig", newline="")
        )
        try:
            if handle is not sys.stdout:
                output.chmod(0o600)
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            async for row in store.directory_export():
                writer.writerow(_csv_row(row))
                count += 1
        finally:
            if handle is not sys.stdout:
                handle.close()
        async with store.transaction() as tx:
            await tx.audit(
                datetime.now(UTC), actor(), "admin.collaborators.export", None, f"rows:{count}"
            )
        return count

    count = with_store(settings, work)
    if as_json:
        typer.echo(json.dumps({"exported": count, "file": str(output)}))
    elif str(output) != "-":
        out.print(f"{count} collaborator(s) written to {output} (readable by you only).")
