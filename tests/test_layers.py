"""The house rules of docs/DESIGN.md ("Layers"), checked on the source.

Every import counts, also those inside functions; imports under ``if TYPE_CHECKING:`` do not
(they never run). A rule broken here is a design decision to take in docs/DESIGN.md first.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "desktop"
MAX_LINES = 400
BASE = {"desktop", "paths", "resources"}
BELOW_VIEWS = {"models", "store", "operations", "signoff", "render", "exchange"}

# layer -> the layers it may import (its own layer is always allowed)
ALLOWED: dict[str, set[str]] = {
    "models": BASE,
    "store": BASE | {"models"},
    "operations": BASE | {"models", "store"},
    "signoff": BASE | {"models", "store", "operations", "exchange/pdf"},
    "render": BASE | {"models"},
    "exchange": BASE | {"models", "store", "render", "signoff"},
    # the PAdES engine (pyHanko: fields, signing, validation) that signoff uses
    "exchange/pdf": BASE | {"models"},
    "commands": BASE | BELOW_VIEWS | {"cli"},
    "views/shared": BASE | BELOW_VIEWS - {"exchange"},
    "views/files": BASE | BELOW_VIEWS | {"views/shared"},
    "views/screen": BASE | BELOW_VIEWS | {"views/shared", "views/files"},
    "views/shell": BASE | BELOW_VIEWS | {"views/shared", "views/files", "views/screen", "app"},
    "app": BASE | BELOW_VIEWS | {"views/shell", "views/shared", "views/files", "views/screen"},
    "cli": BASE | {"app", "commands"},
}
# Modules that stand above their folder's layer, and why (docs/DESIGN.md, "Layers").
MODULE_EXCEPTIONS: dict[str, set[str]] = {
    # An Excel import turns the parsed workbook (exchange's ImportResult) into one change: the
    # one place a file's content is written, so exchange itself never writes.
    "desktop.operations.import_plan": {"exchange"},
}
NO_QT = {"models", "store", "signoff"}
NO_WIDGETS = {"operations", "render", "exchange", "commands"}
WIDGETS = ("PySide6.QtWidgets", "PySide6.QtPrintSupport", "pyqtgraph")
# The mapped classes register together: base.py imports every entity module at its end so that
# string relationships (relationship("Goal")) resolve whichever entity is imported first.
ENTITIES = {f"desktop.models.{name}" for name in ("base", "goals", "people", "plan", "risks")}
ENTITIES |= {"desktop.models.sections", "desktop.models.tasks"}
SCREENS = {"board", "risks", "goals", "kpi", "sections", "overview", "signoff"}


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str:
    """The layer of ``desktop.x.y``; views are split into shell, shared, files and screens."""
    parts = module.split(".")[1:]
    if not parts or parts[0] in ("__main__",):
        return "cli" if parts else "desktop"
    top = parts[0]
    if top == "views":
        sub = parts[1] if len(parts) > 1 else ""
        if sub in ("shared", "files"):
            return f"views/{sub}"
        return f"views/{sub}" if sub in SCREENS else "views/shell"
    if top == "exchange" and len(parts) > 1 and parts[1] == "pdf":
        return "exchange/pdf"
    return top


def general(layer: str) -> str:
    """A screen's layer as the rules name it (``views/board`` -> ``views/screen``)."""
    if layer.startswith("views/") and layer[6:] in SCREENS:
        return "views/screen"
    return "exchange" if layer == "exchange/pdf" else layer


def allowed(source: str, target: str) -> bool:
    if source == target or target == "desktop" or {source, target} <= {"exchange", "exchange/pdf"}:
        return True
    if general(source) == general(target) == "views/screen":
        return False  # one screen never imports another
    rules = ALLOWED[source if source in ALLOWED else general(source)]
    return target in rules or general(target) in rules


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def runtime_imports(path: Path, typing_too: bool = False) -> list[tuple[int, str]]:
    """(line, module) of every import that can run (``typing_too``: and of those under
    ``if TYPE_CHECKING:``); relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if typing_too:
            break
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for inner in ast.walk(node))
    package = (
        module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    )
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


MODULES = {module_name(p): p for p in sources()}


def desktop_targets(path: Path) -> list[tuple[int, str]]:
    return [(line, name) for line, name in runtime_imports(path) if name in MODULES]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_follow_the_layers(module: str) -> None:
    source = layer_of(module)
    wrong = [
        f"{MODULES[module].relative_to(REPO)}:{line} imports {target} ({layer_of(target)})"
        for line, target in desktop_targets(MODULES[module])
        if not allowed(source, layer_of(target))
        and general(layer_of(target)) not in MODULE_EXCEPTIONS.get(module, set())
    ]
    banned: tuple[str, ...] = ()
    if source in NO_QT:
        banned = ("PySide6", "pyqtgraph")
    elif source in NO_WIDGETS or source == "exchange/pdf":
        banned = WIDGETS
    wrong += [
        f"{MODULES[module].relative_to(REPO)}:{line} imports {name} (not in {source})"
        for line, name in runtime_imports(MODULES[module])
        if banned and name.startswith(banned)
    ]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles() -> None:
    graph = {name: {t for _, t in desktop_targets(path)} - {name} for name, path in MODULES.items()}
    # a package's __init__ importing its own modules is how packages work, not a cycle
    for name in graph:
        graph[name] = {t for t in graph[name] if not name.startswith(t + ".")}
    cycles = [c for c in strongly_connected(graph) if set(c) != ENTITIES]
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(sorted(c)) for c in cycles)


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert [sorted(c) for c in strongly_connected(graph)] == [["a", "b", "c"]]
    assert strongly_connected({"a": {"b"}, "b": set()}) == []


# The packages below the views, each one layer of the package graph (exchange/pdf apart from
# the rest of exchange: signoff uses that engine, the rest of exchange prints sign-offs).
PACKAGES = ("models", "store", "operations", "signoff", "exchange/pdf", "exchange", "render")
# Package pairs that must never import each other in this direction (the knots of issue 26).
ONE_WAY = {
    ("operations", "signoff"): "signoff records through operations (audit chain, find_plan)",
    ("exchange/pdf", "signoff"): "signoff signs and checks PDFs with the engine",
    ("signoff", "exchange"): "exchange prints sign-off records (the painter is handed over)",
    ("render", "store"): "painters take records (models.board_records), never storage",
}


def package_edges(typing_too: bool = False) -> dict[tuple[str, str], list[str]]:
    """(package, package) -> the imports that make the edge, documented exceptions aside.
    ``typing_too`` also counts imports under ``if TYPE_CHECKING:``."""
    edges: dict[tuple[str, str], list[str]] = {}
    for module, path in MODULES.items():
        source = layer_of(module)
        found = runtime_imports(path, typing_too)
        for line, target in found:
            if target not in MODULES:
                continue
            pair = (source, layer_of(target))
            excepted = general(pair[1]) in MODULE_EXCEPTIONS.get(module, set())
            if pair[0] != pair[1] and set(pair) <= set(PACKAGES) and not excepted:
                edges.setdefault(pair, []).append(f"{path.relative_to(REPO)}:{line} {target}")
    return edges


def test_the_packages_import_each_other_one_way() -> None:
    edges = package_edges()
    graph = {name: {b for a, b in edges if a == name} for name in PACKAGES}
    cycles = strongly_connected(graph)
    assert not cycles, "package cycles: " + "; ".join(" <-> ".join(sorted(c)) for c in cycles)


@pytest.mark.parametrize(("source", "target"), sorted(ONE_WAY))
def test_knots_stay_untied(source: str, target: str) -> None:
    imports = package_edges(typing_too=True).get((source, target), [])
    assert not imports, f"{source} imports {target} ({ONE_WAY[source, target]}):\n" + "\n".join(
        imports
    )


def test_layer_rules_catch_an_upward_import() -> None:
    assert not allowed("models", "store")
    assert not allowed("exchange", "operations")
    assert allowed("exchange/pdf", "exchange")
    assert not allowed("views/shared", "views/board")
    assert not allowed("views/overview", "views/signoff")
    assert allowed("views/board", "views/shared")
    assert allowed("signoff", "exchange/pdf")
    assert not allowed("signoff", "exchange")
    assert not allowed("exchange/pdf", "signoff")
    assert not allowed("operations", "signoff")


@pytest.mark.parametrize("folder", ["desktop", "tests", "benchmarks", "scripts"])
def test_no_module_over_400_lines(folder: str) -> None:
    long = [
        f"{path.relative_to(REPO)}: {count} lines"
        for path in sorted((REPO / folder).rglob("*.py"))
        if "migrations" not in path.parts
        and (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert not long, "\n".join(long)
