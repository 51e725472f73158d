"""Gathering a report from the store: one pass over the case facts (streamed, so memory
stays flat however many cases there are), then the directory and the figures the
follow-up and funding parts record."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from flows.report.build import Inputs, build
from flows.report.facts import Period
from flows.report.model import Report
from flows.report.tally import Tally
from store.ports import AdminStore

PROGRESS_EVERY = 2000


async def collect(
    store: AdminStore,
    period: Period,
    targets: Mapping[str, int],
    progress: Callable[[int], None] | None = None,
) -> Report:
    await store.index_case_facets()
    tally = Tally(period)
    read = 0
    async for fact in store.case_facts(period):
        tally.add(fact)
        read += 1
        if progress is not None and read % PROGRESS_EVERY == 0:
            progress(read)
    if progress is not None:
        progress(read)
    followup = await store.followup_figures(period)
    funding = await store.funding_figures(period)
    return build(
        Inputs(
            tally=tally,
            regions=await store.report_regions(),
            directory=await store.directory_entries(),
            followup=followup,
            funding=funding,
            targets=targets,
            followup_pending=followup == type(followup)(),
            funding_pending=funding == type(funding)(),
        )
    )
