"""Passwords for the sign-off commands: from a terminal without echo, or one per stdin line."""

from __future__ import annotations

import getpass
import sys

from desktop.cli import Refused, UsageError


def read_secrets(prompts: list[str], *, confirm_first: bool = False) -> list[str]:
    """One password per prompt. On a terminal each is asked without echo (the first twice when
    ``confirm_first``); otherwise they are the lines of stdin, which must be UTF-8 and hold one
    line per prompt (empty stdin is a usage error, never a wrong password)."""
    if sys.stdin is not None and sys.stdin.isatty():
        answers = [getpass.getpass(p) for p in prompts]
        if confirm_first and getpass.getpass("Again: ") != answers[0]:
            raise Refused("the two passwords differ; nothing changed")
        return answers
    stream = sys.stdin
    try:
        buffer = getattr(stream, "buffer", None)
        text = (
            buffer.read().decode("utf-8-sig")
            if buffer is not None
            else (stream.read() if stream is not None else "")
        )
    except UnicodeDecodeError as exc:
        raise Refused(
            f"stdin is not UTF-8 text (byte {exc.start + 1} cannot be read); give "
            "each password as UTF-8 on its own line"
        ) from None
    lines = [line.rstrip("\r") for line in text.removeprefix("\ufeff").split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) < len(prompts):
        want = " and ".join(p.rstrip(": ").lower() for p in prompts)
        raise UsageError(f"expected {len(prompts)} line(s) on stdin ({want}); got {len(lines)}")
    return lines[: len(prompts)]
