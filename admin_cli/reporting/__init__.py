"""Rendering the annual report (HTML with inline SVG charts, and CSV) in the
coordinator's language. The figures come from :mod:`flows.report`, already
suppressed: nothing here sees a count under 5."""
