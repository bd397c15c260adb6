"""``desktop/exchange/**`` reads and converts; it never writes a workspace (issue 18).

Every module under desktop/exchange is parsed (ast): it may import nothing from
``desktop.operations`` (where changes are made) nor ``desktop.views``, and it calls no write
transaction (``workspace.write()``), no commit, no ``session.add/delete/merge/flush`` and none
of the functions that put a plan or sign-offs into a session. Writing an import is
``desktop.operations.import_plan``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

EXCHANGE = REPO / "desktop" / "exchange"
FORBIDDEN_PACKAGES = ("desktop.operations", "desktop.views")
WRITERS = {"load_plan", "replace_plan_content", "record_external_signoffs", "add_sample_plan"}
SESSION_WRITES = {"add", "add_all", "delete", "merge", "bulk_save_objects", "flush", "begin"}
DATABASE_OWNERS = ("session", "conn", "engine")  # names of what may write (a painter may begin)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _forbidden(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in FORBIDDEN_PACKAGES)


def violations(source: str, module: str, *, is_package: bool = False) -> list[str]:
    """What in ``source`` (the module ``module``) imports a writer or writes."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            found += [f"{line}: import {a.name}" for a in node.names if _forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom):
            name = _absolute(node, module, is_package)
            if _forbidden(name) or any(_forbidden(f"{name}.{a.name}") for a in node.names):
                found.append(f"{line}: from {name} import …")
            found += [f"{line}: imports {a.name}" for a in node.names if a.name in WRITERS]
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in WRITERS:
                found.append(f"{line}: calls {func.id}()")
            if isinstance(func, ast.Name) and func.id in ("__import__", "import_module"):
                found += _dynamic(node, line)
            if not isinstance(func, ast.Attribute):
                continue
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            if func.attr == "import_module":
                found += _dynamic(node, line)
            elif func.attr == "write" and not node.args and not node.keywords:
                found.append(f"{line}: {owner or '…'}.write() (a write transaction)")
            elif func.attr == "commit":
                found.append(f"{line}: {owner or '…'}.commit()")
            elif func.attr in SESSION_WRITES and any(o in owner.lower() for o in DATABASE_OWNERS):
                found.append(f"{line}: {owner}.{func.attr}()")
            elif func.attr in WRITERS:
                found.append(f"{line}: calls {func.attr}()")
    return sorted(found, key=lambda f: int(f.split(":")[0]))


def _dynamic(call: ast.Call, line: int) -> list[str]:
    names = [a.value for a in call.args if isinstance(a, ast.Constant)]
    return [f"{line}: imports {n} dynamically" for n in names if _forbidden(str(n))]


MODULES = sorted(EXCHANGE.rglob("*.py"))


def test_every_exchange_module_is_scanned():
    names = {p.relative_to(EXCHANGE).as_posix() for p in MODULES}
    assert {"excel/excel_import.py", "excel/excel_export.py", "calendar_ics.py"} <= names
    assert any(n.startswith("document/") for n in names) and len(names) > 20


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(EXCHANGE).as_posix())
def test_exchange_module_never_writes(path: Path):
    module = _module_name(path)
    found = violations(
        path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py"
    )
    assert found == [], f"{path.relative_to(REPO)} writes or imports a writer: {found}"


def test_the_scan_finds_what_it_looks_for():
    """The checker itself: each way of writing is caught, reading is not."""
    source = """
from desktop.operations import run_change
from desktop import operations
from ...operations.import_plan import import_plan
import desktop.views.main_window
from desktop.models.serialize import dump_plan, load_plan
import importlib

def f(ws, session, path):
    importlib.import_module("desktop.operations.undo")
    with ws.write() as s:
        s.add(1)
    session.add(object())
    session.commit()
    load_plan(session, {})
    painter.begin(device)
    conn.execute(1); conn.begin()
    path.write_text("fine")
    handle.write(b"fine")
    seen = set(); seen.add(1)
    with ws.session() as session2:
        session2.scalar(1)
"""
    found = violations(source, "desktop.exchange.excel.excel_x")
    assert [f.split(":")[0] for f in found] == [
        "2",
        "3",
        "4",
        "5",
        "6",
        "10",
        "11",
        "13",
        "14",
        "15",
        "17",
    ], found
