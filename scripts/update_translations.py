#!/usr/bin/env python3
"""Update resources/translations/plandesk_{zh_TW,zh_CN}.ts from the sources (``make ts``).

pyside6-lupdate extracts the strings of every ``desktop/**/*.py``; this script then puts each
string in the context where Qt looks it up *at run time*, keeps existing translations, marks
the entries whose string left the sources as ``vanished`` and writes both .ts files.

Why the contexts need fixing: lupdate names the context of ``window.tr("…")`` in a plain
function after the variable (``window``) and of ``tr = self.tr; tr("…")`` as ``""``, while
PySide6 looks a ``tr()`` up under each class of the object's MRO, which always ends with
``QObject``. Such strings therefore go to the ``QObject`` context, found for every widget.
Helpers such as ``def _t(text): return QCoreApplication.translate("PlanEditors", text)`` are
recognised (a second lupdate pass with ``-tr-function-alias``) and their strings go to the
helper's context. Modules that bind their own module-level ``tr`` (the plan-language label
tables in desktop/render) are not Qt translations and are skipped.

Then fill the new entries: ``scripts/fill_translations.py`` (glossary.json).
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TS_DIR = REPO / "resources" / "translations"
LANGS = ("zh_TW", "zh_CN")
FALLBACK_CONTEXT = "QObject"


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"plandesk_{lang}.ts"


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)  # (repo-relative, line)
    translation: str = ""
    finished: bool = False
    vanished: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


# ----- finding lupdate and the sources -----------------------------------------------------
def lupdate_command() -> str:
    for candidate in (
        Path(sys.executable).parent / "pyside6-lupdate",
        REPO / ".venv" / "bin" / "pyside6-lupdate",
    ):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found (install PySide6 into the venv)")
    return found


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(REPO).with_suffix("").parts)


def _binds_own_tr(tree: ast.Module) -> bool:
    """A module-level ``def tr`` or ``import … tr``: its bare ``tr()`` calls are not Qt's."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            return True
        if isinstance(node, ast.ImportFrom) and any(
            (a.asname or a.name) == "tr" for a in node.names
        ):
            return True
    return False


def _helper_context(node: ast.FunctionDef) -> str | None:
    """``def _t(text): return QCoreApplication.translate("Ctx", text)`` -> "Ctx"."""
    if not node.args.args:
        return None
    param = node.args.args[0].arg
    for stmt in node.body:
        if not (isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Call)):
            continue
        call = stmt.value
        if (
            isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) >= 2
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == param
        ):
            return call.args[0].value
    return None


def _explicit_contexts(tree: ast.Module) -> set[str]:
    """The contexts named in ``QCoreApplication.translate("Ctx", …)`` calls."""
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


@dataclass
class SourceInfo:
    files: list[Path]
    skipped: list[Path]
    classes: set[str]  # contexts that exist at run time: classes and translate("Ctx", …)
    helpers: dict[Path, dict[str, str]]  # file -> {helper name: context} usable in that file


def scan_sources(root: Path = REPO / "desktop") -> SourceInfo:
    files, skipped, classes = [], [], set()
    trees: dict[Path, ast.Module] = {}
    defined: dict[str, dict[str, str]] = {}  # module -> {helper: context}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        trees[path] = tree
        if _binds_own_tr(tree):
            skipped.append(path)
            continue
        files.append(path)
        classes.update(n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef))
        classes.update(_explicit_contexts(tree))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and (ctx := _helper_context(node)):
                defined.setdefault(_module_name(path), {})[node.name] = ctx
    helpers: dict[Path, dict[str, str]] = {}
    for path in files:
        usable = dict(defined.get(_module_name(path), {}))
        package = _module_name(path).rsplit(".", 1)[0]
        for node in trees[path].body:
            if not isinstance(node, ast.ImportFrom):
                continue
            module = node.module or ""
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, module] if module else base)
            for alias in node.names:
                if alias.name in defined.get(module, {}):
                    usable[alias.asname or alias.name] = defined[module][alias.name]
        if usable:
            helpers[path] = usable
    return SourceInfo(files, skipped, classes, helpers)


# ----- running lupdate ---------------------------------------------------------------------
def _run_lupdate(files: list[Path], out: Path, extra: list[str]) -> list[Message]:
    listing = out.with_suffix(".lst")
    listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
    cmd = [
        lupdate_command(),
        "-silent",
        "-locations",
        "absolute",
        "-no-obsolete",
        *extra,
        f"@{listing}",
        "-ts",
        str(out),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed:\n{done.stdout}\n{done.stderr}")
    return read_ts(out)


def extract(info: SourceInfo | None = None) -> list[Message]:
    """The messages of the current sources, in their run-time contexts, without translations."""
    info = info or scan_sources()
    with tempfile.TemporaryDirectory() as tmp:
        plain = _run_lupdate(info.files, Path(tmp) / "plain.ts", [])
        names = sorted({n for h in info.helpers.values() for n in h})
        helper_msgs: list[Message] = []
        if names:
            alias = ",".join(f"tr{'=' if i == 0 else '+='}{n}" for i, n in enumerate(names))
            helper_msgs = _run_lupdate(
                sorted(info.helpers), Path(tmp) / "helpers.ts", ["-tr-function-alias", alias]
            )
    found: dict[tuple[str, str], Message] = {}

    def add(context: str, source: str, location: tuple[str, int]) -> None:
        msg = found.setdefault((context, source), Message(context, source))
        if location not in msg.locations:
            msg.locations.append(location)

    for msg in plain:
        context = msg.context if msg.context in info.classes else FALLBACK_CONTEXT
        for loc in msg.locations:
            add(context, msg.source, loc)
    for msg in helper_msgs:
        for loc in msg.locations:
            contexts = set(info.helpers.get(REPO / loc[0], {}).values())
            # one helper per file in practice; with several, the string goes to each
            for context in sorted(contexts):
                add(context, msg.source, loc)
    for msg in found.values():
        msg.locations.sort()
    return sorted(found.values(), key=lambda m: (m.context, m.locations[:1], m.source))


# ----- reading and writing .ts -------------------------------------------------------------
def read_ts(path: Path) -> list[Message]:
    if not path.exists():
        return []
    messages = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for node in ctx.iter("message"):
            tr = node.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            locations = []
            for loc in node.iter("location"):
                filename = (path.parent / loc.get("filename", "")).resolve()
                try:
                    rel = filename.relative_to(REPO).as_posix()
                except ValueError:
                    rel = loc.get("filename", "")
                locations.append((rel, int(loc.get("line", "0") or 0)))
            messages.append(
                Message(
                    name,
                    node.findtext("source") or "",
                    locations,
                    (tr.text or "") if tr is not None else "",
                    finished=kind == "",
                    vanished=kind in ("vanished", "obsolete"),
                )
            )
    return messages


def write_ts(path: Path, lang: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for msg in messages:
        by_context.setdefault(msg.context, []).append(msg)
    for name in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for msg in by_context[name]:
            node = ET.SubElement(ctx, "message")
            for file, line in msg.locations:
                rel = os.path.relpath(REPO / file, path.parent).replace(os.sep, "/")
                ET.SubElement(node, "location", filename=rel, line=str(line))
            ET.SubElement(node, "source").text = msg.source
            tr = ET.SubElement(node, "translation")
            if msg.vanished:
                tr.set("type", "vanished")
            elif not msg.finished or not msg.translation:
                tr.set("type", "unfinished")
            tr.text = msg.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def merge(current: list[Message], existing: list[Message]) -> list[Message]:
    """Current messages with the existing translations; entries that left the sources stay,
    marked vanished, so that their translations are not lost."""
    old = {m.key: m for m in existing}
    merged = []
    for msg in current:
        before = old.pop(msg.key, None)
        if before is not None:
            msg.translation, msg.finished = before.translation, before.finished
        merged.append(msg)
    for msg in old.values():
        if msg.translation:
            msg.vanished, msg.finished = True, False
            merged.append(msg)
    return merged


def update(folder: Path = TS_DIR, drop_vanished: bool = False) -> dict[str, tuple[int, int]]:
    """Rewrite both .ts files; returns {lang: (messages, unfinished)}."""
    info = scan_sources()
    current = extract(info)
    summary = {}
    for lang in LANGS:
        path = ts_path(lang, folder)
        fresh = [Message(m.context, m.source, list(m.locations)) for m in current]
        merged = merge(fresh, read_ts(path))
        if drop_vanished:
            merged = [m for m in merged if not m.vanished]
        write_ts(path, lang, merged)
        live = [m for m in merged if not m.vanished]
        summary[lang] = (len(live), sum(not (m.finished and m.translation) for m in live))
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--drop-vanished", action="store_true", help="remove entries whose string left the sources"
    )
    args = parser.parse_args(argv)
    for path in scan_sources().skipped:
        print(f"skipped (own tr()): {path.relative_to(REPO)}")
    for lang, (total, unfinished) in update(drop_vanished=args.drop_vanished).items():
        print(f"{ts_path(lang).relative_to(REPO)}: {total} messages, {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
