"""`plandesk dump` and `dump --content` print byte for byte what they printed before the dump
was made fast (issue 27): the dump is a contract and signed content hashes depend on it.

The digests were taken from the output of the lazy-loading dump, before the change, for the
sample plan (its random uuid written as ``UUID``) and for a 2,000-subtask plan from
``benchmarks/large_plan.py``.

Content version 2 (issue 26) added a task's budget to the dump: ``SAMPLE_V1`` / ``LARGE_V1``
are the digests before it, which the dump taken back to content version 1
(``content_in_version``) must still give; ``SAMPLE`` / ``LARGE`` are today's, whose only
difference is ``"budget": null`` on each task (pinned again deliberately for that).
"""

from __future__ import annotations

import hashlib
import json

import pytest

from benchmarks.large_plan import create_large_workspace
from desktop.models.fields.versions import content_in_version
from desktop.models.serialize import canonical_json

SAMPLE_V1 = {
    (): "a9c02f7254bbd960b9790c503158d74a1b7880cd012a361aa5cfcd2ff2655eb7",
    ("--content",): "a313f60d2e5bca52565c9c2cf26109c619ee0238e5acf6377479e664eeef0a24",
}
LARGE_V1 = {
    (): "c12abaa4c7c24a97db1d07050637ce1c93cc146e00aea90792b428f49a00b550",
    ("--content",): "2447c902587a69ca0dd42ae894dc736a6b2eaf64005731e216866902311028fc",
}
SAMPLE = {
    (): "3a747e3849cd49ea058db5933a52bc8d7633a90b3d282425b1a549993b9ed294",
    ("--content",): "70dbc5686ebf7270d1c362a8126f8fb6418f81495e841d0038d806bb3417893c",
}
LARGE = {
    (): "a1cadd65f4aac041405231a28066cb178a1101c7bced6908af6f038be65ca073",
    ("--content",): "5fd1c26832bbafdfc43991f4fa5194b6d7e59518f6d8d6bea10c127584dfbaa9",
}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _in_version_1(text: str) -> str:
    """The dump as content version 1 wrote it (no budget key on any task)."""
    data = json.loads(text)
    assert [t["budget"] for t in data["tasks"]] == [None] * len(data["tasks"])
    return canonical_json(content_in_version(data, 1))


@pytest.mark.parametrize("flags", list(SAMPLE))
def test_sample_dump_is_unchanged(cli, tmp_path, flags):
    db = tmp_path / "sample.sqlite"
    made = cli("sample", "--db", str(db))
    assert made.returncode == 0, made.stderr
    uuid = made.stdout.strip()
    out = cli("dump", "--db", str(db), *flags)
    assert out.returncode == 0, out.stderr
    assert _digest(out.stdout.replace(uuid, "UUID")) == SAMPLE[flags]
    assert _digest(_in_version_1(out.stdout).replace(uuid, "UUID")) == SAMPLE_V1[flags]


def test_large_plan_dump_is_unchanged(cli, tmp_path):
    db = tmp_path / "large.sqlite"
    create_large_workspace(str(db), subtasks=2000, actuals=240)
    for flags, digest in LARGE.items():
        out = cli("dump", "--db", str(db), *flags)
        assert out.returncode == 0, out.stderr
        assert out.stdout.count('"code": "S') == 2000
        assert _digest(out.stdout) == digest, flags
        assert _digest(_in_version_1(out.stdout)) == LARGE_V1[flags], flags
