"""The KPI chart pane: targets against monthly actuals and early warnings."""
