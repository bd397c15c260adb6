"""The monitoring, evaluation and communication screen and its section table models."""
