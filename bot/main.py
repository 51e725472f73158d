"""``cre-bot``: start the bot on the configured channels (the console by default)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from pathlib import Path
from typing import Annotated

import typer

from bot.clock import SystemClock
from bot.console import ConsoleTransport
from bot.i18n import Catalogs
from bot.logs import event, setup_logging
from bot.personas import Personas
from bot.runtime import Runtime
from bot.transport import Transport
from store.config import ConfigError, Settings, load_settings
from store.crypto import KeyProblem
from store.database import SchemaTooNew
from store.sqlite_store import Store

log = logging.getLogger("cre.main")
cli = typer.Typer(add_completion=False, help=__doc__)


async def serve(settings: Settings, console: bool) -> None:
    """Run until interrupted, or, on the console, until its input ends."""
    store = await Store.open(settings.data_dir, settings.keyring())
    try:
        transports: list[Transport] = []
        console_transport: ConsoleTransport | None = None
        catalogs = Catalogs()
        clock = SystemClock()
        if console or not (settings.telegram or settings.signal):
            personas = Personas(store, catalogs, clock)
            console_transport = ConsoleTransport(switch=personas.switch)
            transports.append(console_transport)
        transports.extend(messenger_transports(settings))
        runtime = Runtime(store, catalogs, transports, clock, settings.policy)
        if console_transport is not None:
            console_transport.settle = runtime.idle
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        await runtime.start()
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
    """Start CRE Bot. Without a messenger configured, it runs the local console channel."""
    try:
        environ = dict(os.environ)
        if data_dir is not None:
            environ["CRE_DATA_DIR"] = str(data_dir)
        os.umask(0o077)
        settings = load_settings(environ)
        on_console = console or not (settings.telegram or settings.signal)
        setup_logging(settings.log_level, settings.data_dir, quiet_terminal=on_console)
        event(log, "bot.starting")
        asyncio.run(serve(settings, console))
    except (ConfigError, KeyProblem, SchemaTooNew) as exc:
        typer.echo(f"cre-bot cannot start: {exc}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        pass


def run() -> None:
    cli()


if __name__ == "__main__":
    run()
