"""Tests here using ``ws``/``sample_ws`` run on SQLite and on PostgreSQL (tests/pg_cluster.py);
mark SQLite-file specific ones ``@pytest.mark.sqlite_only``."""

from tests.pg_cluster import pytest_generate_tests  # noqa: F401
