"""The ``plandesk`` command line (a contract: see docs/DESIGN.md).

Without a sub-command it opens the GUI. Sub-commands live in ``desktop.commands``; each
module there has ``register(subparsers, common)``. Non-GUI commands import no Qt widgets.
Building the parser imports nothing heavy (the modules import SQLAlchemy, openpyxl, Qt...
inside their handlers): the GUI's first paint must not wait for them.
Exit status: 0 done, 1 refused (one-line reason on stderr, nothing changed), 2 usage.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import os
import sys

from desktop import __version__

COMMAND_MODULES = (
    "desktop.commands.plan",
    "desktop.commands.excel",
    "desktop.commands.printing",
    "desktop.commands.signoff",
    "desktop.commands.keys",
    "desktop.commands.review",
    "desktop.commands.pdf",
    "desktop.commands.rollover",
    "desktop.commands.revise",
    "desktop.commands.upgrade",
    "desktop.commands.report",
    "desktop.commands.intel",
)
LANGUAGES = ("zh_TW", "zh_CN", "en")


class Refused(Exception):
    """A refusal with a one-line reason (exit status 1)."""


class UsageError(Exception):
    """A command used the wrong way, e.g. nothing on stdin (exit status 2)."""


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: only the GUI's options (no sub-commands)."""
    parser = argparse.ArgumentParser(
        prog="plandesk",
        description="PlanDesk: plan, schedule, track, print and sign off an annual "
        "social-media plan. Without a command, opens the application.",
        exit_on_error=commands,
    )
    parser.add_argument("--version", action="version", version=f"plandesk {__version__}")
    parser.add_argument("--db", help="workspace: a SQLite file path or a database URL")
    parser.add_argument("--lang", choices=LANGUAGES, help="user-interface language")
    if not commands:
        return parser
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", required=True, help="workspace: SQLite file path or URL")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def _utf8_streams() -> None:
    """UTF-8 with LF line ends on every platform: Windows' console and pipes would otherwise
    write the ANSI code page and CRLF, so ``plandesk dump > plan.json`` would not be the
    canonical dump byte for byte."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", newline="\n")


def gui_options(argv: list[str]) -> argparse.Namespace | None:
    """A plain ``plandesk [--db X] [--lang L]`` parsed without loading the sub-commands (the
    GUI path); None when there is more (a command, help, an error): the full parser decides."""
    if any(a.startswith(("-h", "--h")) for a in argv):
        return None
    try:
        args, rest = build_parser(commands=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    argv = sys.argv[1:] if argv is None else argv
    args = gui_options(argv) or build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(db=args.db, lang=args.lang)
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except Refused as exc:
        return _refuse(args.command, str(exc))
    except UsageError as exc:
        print(f"plandesk {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_gone()
    except OSError as exc:  # a file system or device problem no command foresaw
        if exc.errno == errno.EPIPE:
            return _reader_gone()
        where = f"{exc.filename}: " if exc.filename else ""
        return _refuse(args.command, f"{where}{exc.strerror or exc}")
    except Exception as exc:  # last resort: one line, never a traceback
        if type(exc).__module__.startswith("desktop.") and str(exc).strip():
            return _refuse(args.command, str(exc))  # a refusal of ours no command caught
        if os.environ.get("PLANDESK_DEBUG"):
            raise
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return _refuse(
            args.command,
            f"unexpected error: {type(exc).__name__}"
            + (f": {reason}" if reason else "")
            + " (PLANDESK_DEBUG=1 shows the details)",
        )


def _refuse(command: str, reason: str) -> int:
    """One line on stderr, exit status 1."""
    line = " ".join(reason.split())  # one line, whatever the reason holds
    with contextlib.suppress(OSError):
        print(f"plandesk {command}: {line}", file=sys.stderr, flush=True)
    return 1


def _reader_gone() -> int:
    """The reader of our output went away (``plandesk dump | head``): stop quietly."""
    # Python flushes stdout once more at exit: point it at nothing instead
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return 1
