"""The Signal channel (signalbot + signal-cli-rest-api in json-rpc mode)."""

from bot.signal.transport import SignalTransport

__all__ = ["SignalTransport"]
