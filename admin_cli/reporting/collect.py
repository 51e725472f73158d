"""Gathering a report from the store: the period's counts (counted by the store, with
only durations streamed, so memory stays flat however many cases there are), then the
directory and the figures the follow-up and funding parts record."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from flows.report.build import Inputs, build
from flows.report.facts import Period
from flows.report.model import Report
from store.ports import AdminStore


async def collect(
    store: AdminStore,
    period: Period,
    targets: Mapping[str, int],
    progress: Callable[[int], None] | None = None,
) -> Report:
    indexed = await store.index_case_facets()
    if progress is not None:
        progress(indexed)
    tally = await store.case_tally(period)
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
