"""The progress report for a period (month, quarter, year) of a plan: pure data, no Qt.

``build_report(plan, period, today)`` reads an ORM ``Plan`` and returns a ``Report``;
``Report.to_json()`` is the shape ``plandesk report --json`` prints (docs/DESIGN.md).
"""

from .period import Period, parse_period
from .progress import Report, build_report

__all__ = ["Period", "Report", "build_report", "parse_period"]
