import asyncio, tempfile, logging, sys
from pathlib import Path
from bench.flood import catalogs, intake
from bot.clock import SystemClock
from flows.core.messages import Channel
from flows.core.policy import Policy
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime
async def main():
    logging.getLogger("cre").setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        store = await SqliteStore.open(Path(tmp), Keyring.generate())
        t = RecordingTransport(Channel.TELEGRAM)
        rt = make_runtime(store, catalogs(), [t], SystemClock(), Policy(inbound_per_minute=10000))
        await rt.start()
        script = intake()
        progress = {}
        async def converse(u):
            a = f"chat-{u}"
            for i, line in enumerate(script):
                progress[u] = i
                before = len(t.sent[a])
                await t.say(u, line, locale_hint="en")
                await t.wait_for(a, before + 1)
        try:
            async with asyncio.timeout(60):
                await asyncio.gather(*(converse(f"p{n}") for n in range(50)))
            print("ok")
        except TimeoutError:
            print("HANG", sorted(progress.items())[:10], rt.group._queue, rt.group._leader, len(rt._workers))
            print(len(await store.inbox_pending()), await store.outbox_pending_count())
            for task in list(asyncio.all_tasks())[:15]:
                task.print_stack(limit=4, file=sys.stdout)
        finally:
            await rt.stop(); await store.close()
asyncio.run(main())
