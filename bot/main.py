"""``cre-bot``: start the bot on the configured channels (the console by default).

A failure to start is one sentence on stderr and a documented exit code (see
:mod:`config.failures`), never a traceback: tracebacks can carry secrets.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from bot.clock import SystemClock
from bot.console import ConsoleTransport
from bot.i18n import Catalogs
from bot.language import LanguageGuesser
from bot.logs import event, setup_logging
from bot.personas import Personas
from bot.runtime import Runtime
from bot.transport import Transport
from config.failures import ExitCode, explain, unexpected
from config.settings import Settings, load_settings
from flows.core.policy import Policy
from flows.core.ports import Clock
from flows.service.services import Services
from store.ports import RuntimeStore
from store.sqlite.store import SqliteStore

log = logging.getLogger("cre.main")
HELP = """Start CRE Bot on the configured messengers (Telegram, Signal), or on this
terminal's console when none is configured. Set up first with: cre-admin init."""
cli = typer.Typer(add_completion=False, help=HELP, pretty_exceptions_enable=False)


@dataclass
class Progress:
    started: bool = False


async def serve(settings: Settings, console: bool, progress: Progress | None = None) -> None:
    """Run until interrupted, or, on the console, until its input ends."""
    store = await SqliteStore.open(settings.data_dir, settings.keyring(), source=settings.keyring)
    try:
        transports: list[Transport] = []
        console_transport: ConsoleTransport | None = None
        catalogs = Catalogs()
        clock = SystemClock()
        services = build_services(catalogs, clock, settings.policy)
        if console or not (settings.telegram or settings.signal):
            personas = Personas(store, catalogs, clock)
            console_transport = ConsoleTransport(
                switch=personas.switch,
                greeting=catalogs.format(personas.locale, "console-greeting"),
                goodbye=catalogs.format(personas.locale, "console-goodbye"),
            )
            transports.append(console_transport)
        transports.extend(messenger_transports(settings))
        running = {t.channel.value for t in transports}
        for warning in await startup_warnings(store, running):
            typer.echo(f"cre-bot: warning: {warning}", err=True)
        runtime = Runtime(store, catalogs, transports, services)
        if console_transport is not None:
            console_transport.settle = runtime.idle
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        await runtime.start()
        if progress is not None:
            progress.started = True
        waits = [asyncio.create_task(stop.wait())]
        if console_transport is not None:
            waits.append(asyncio.create_task(console_transport.finished.wait()))
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        for task in waits:
            task.cancel()
        if console_transport is not None and console_transport.finished.is_set():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(30):
                    await runtime.idle()
        await runtime.stop()
    finally:
        await store.close()


def build_services(catalogs: Catalogs, clock: Clock, policy: Policy) -> Services:
    """What every step gets from outside: the clock, labels, the entropy that makes
    case refs and file ids, the policy and the language guesser. Built once, here
    (tests build theirs too)."""
    guesser = LanguageGuesser(policy.languages)
    return Services(clock, catalogs.label, os.urandom, policy, guess_language=guesser)


async def startup_warnings(store: RuntimeStore, running: set[str]) -> list[str]:
    """What an operator must hear at start: nobody to tell about cases, replies stuck.

    Printed for the person starting the bot; the runtime logs the same facts as
    events (``runtime.no_coordinator``, ``outbox.waiting``) when it starts.
    """
    warnings: list[str] = []
    coverage = await store.coverage()
    if coverage.coordinators == 0:
        warnings.append(
            "NO COORDINATOR IS REGISTERED: urgent and unrouted cases may reach nobody. "
            "Register one with: cre-admin facilitators add --coordinator --channel CHANNEL "
            "--id ID --name NAME (on the console, /as coordinator plays one)."
        )
    for channel, count in sorted((await store.outbox_waiting_by_channel()).items()):
        if channel not in running:
            warnings.append(
                f"{count} replies wait for the {channel} channel, which is not running here"
            )
    return warnings


def messenger_transports(settings: Settings) -> list[Transport]:
    """Telegram and Signal transports for the configured messengers."""
    found: list[Transport] = []
    if settings.telegram:
        from bot.telegram import TelegramTransport  # imported here: PTB is slow to load

        found.append(TelegramTransport.from_settings(settings))
    if settings.signal:
        from bot.signal import SignalTransport  # imported here: signalbot is slow to load

        assert settings.signal_service is not None
        assert settings.signal_number is not None
        found.append(
            SignalTransport(
                settings.signal_service,
                settings.signal_number,
                disappearing=settings.signal_disappearing,
                policy=settings.policy,
            )
        )
    return found


@cli.command()
def main(
    console: Annotated[bool, typer.Option("--console", help="Also chat on this terminal.")] = False,
    data_dir: Annotated[
        Path | None, typer.Option(help="Data directory (default: $CRE_DATA_DIR or ./data).")
    ] = None,
) -> None:
    """Start CRE Bot. Without a messenger configured, it runs the local console channel.

    Exit codes: 0 stopped normally, 1 unexpected, 2 configuration, 3 key,
    4 database unreadable, 5 data directory not writable or disk full.
    """
    logging.raiseExceptions = False  # a log write failing (disk full) must not print a traceback
    environ = dict(os.environ)
    if data_dir is not None:
        environ["CRE_DATA_DIR"] = str(data_dir)
    where = Path(environ.get("CRE_DATA_DIR") or "data")
    progress = Progress()
    try:
        os.umask(0o077)
        settings = load_settings(environ)
        where = settings.data_dir
        on_console = console or not (settings.telegram or settings.signal)
        setup_logging(settings.log_level, settings.data_dir, quiet_terminal=on_console)
        event(log, "bot.starting")
        asyncio.run(serve(settings, console, progress))
        event(log, "bot.stopped")
    except KeyboardInterrupt:
        return
    except Exception as exc:  # anything: one sentence, never a traceback
        code = _report(exc, where, progress.started)
    else:
        return
    raise typer.Exit(code)


def _report(exc: Exception, data_dir: Path, started: bool) -> int:
    failure = explain(exc, data_dir)
    if started:  # before that, the sentence on stderr is the whole story
        event(log, "bot.failed", logging.ERROR, error=type(exc).__name__)
    if failure is None:
        typer.echo(unexpected("cre-bot", exc), err=True)
        return ExitCode.FAILED
    verb = "stopped" if started else "cannot start"
    typer.echo(f"cre-bot {verb}: {failure.sentence}", err=True)
    return failure.code


def run() -> None:
    cli()


if __name__ == "__main__":
    run()
