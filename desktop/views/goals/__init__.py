"""The goals screen: goals, KPIs and their item models."""
