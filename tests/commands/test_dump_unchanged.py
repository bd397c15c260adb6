"""`plandesk dump` and `dump --content` print byte for byte what they printed before the dump
was made fast (issue 27): the dump is a contract and signed content hashes depend on it.

The digests were taken from the output of the lazy-loading dump, before the change, for the
sample plan (its random uuid written as ``UUID``) and for a 2,000-subtask plan from
``benchmarks/large_plan.py``.
"""

from __future__ import annotations

import hashlib

import pytest

from benchmarks.large_plan import create_large_workspace

SAMPLE = {
    (): "a9c02f7254bbd960b9790c503158d74a1b7880cd012a361aa5cfcd2ff2655eb7",
    ("--content",): "a313f60d2e5bca52565c9c2cf26109c619ee0238e5acf6377479e664eeef0a24",
}
LARGE = {
    (): "c12abaa4c7c24a97db1d07050637ce1c93cc146e00aea90792b428f49a00b550",
    ("--content",): "2447c902587a69ca0dd42ae894dc736a6b2eaf64005731e216866902311028fc",
}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("flags", list(SAMPLE))
def test_sample_dump_is_unchanged(cli, tmp_path, flags):
    db = tmp_path / "sample.sqlite"
    made = cli("sample", "--db", str(db))
    assert made.returncode == 0, made.stderr
    uuid = made.stdout.strip()
    out = cli("dump", "--db", str(db), *flags)
    assert out.returncode == 0, out.stderr
    assert _digest(out.stdout.replace(uuid, "UUID")) == SAMPLE[flags]


def test_large_plan_dump_is_unchanged(cli, tmp_path):
    db = tmp_path / "large.sqlite"
    create_large_workspace(str(db), subtasks=2000, actuals=240)
    for flags, digest in LARGE.items():
        out = cli("dump", "--db", str(db), *flags)
        assert out.returncode == 0, out.stderr
        assert out.stdout.count('"code": "S') == 2000
        assert _digest(out.stdout) == digest, flags
