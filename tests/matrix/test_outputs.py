"""Every output in every state: it succeeds, or it is refused with a one-line reason where
refusing is right (the output's ``refused``), and the workspace is left as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.matrix.outputs import OUTPUTS, Output
from tests.matrix.states import NAMES


def digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.mark.parametrize("output", OUTPUTS, ids=lambda o: o.name)
@pytest.mark.parametrize("state", NAMES)
def test_output(matrix, state: str, output: Output, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PLANDESK_DEBUG", "1")  # an unforeseen error fails with its traceback
    built = matrix[state]
    before = digest(built.db)
    ran = output.run(built, tmp_path)
    reason = output.refused(built)
    if reason is None:
        assert ran.code == 0, f"{output.name} on {state}: {ran.stderr}"
    else:
        assert ran.code == 1, f"{output.name} on {state} should be refused: {reason}"
        assert ran.stderr.count("\n") == 1 and reason in ran.stderr, ran.stderr
        assert ran.stdout == "" and not any(p.is_file() for p in tmp_path.iterdir())
    assert digest(built.db) == before, "a reading command changed the workspace"
