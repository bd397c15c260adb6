"""PlanDesk: an offline desktop planner for an annual social-media plan."""

__version__ = "0.1.0"
