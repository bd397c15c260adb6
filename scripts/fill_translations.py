#!/usr/bin/env python3
"""Fill the .ts files from resources/translations/glossary.json (run after ``make ts``).

glossary.json holds, for each English source string, its zh_TW and zh_CN translation::

    {"messages": {"&File": {"zh_TW": "檔案(&F)", "zh_CN": "文件(&F)"}, …},
     "contexts": {"RiskRegister": {"Open": {"zh_TW": "待處理", "zh_CN": "待处理"}}},
     "zh_CN_terms": [["預設", "默认"], …]}

``contexts`` overrides ``messages`` for one context (a word with two meanings). The glossary
is the source of truth: correct a translation there (not in the .ts, which this overwrites).
Every translation is checked: the same placeholders ({0}, %1), HTML tags and ``&``
accelerators as the source; a bad one is not written.

Adding the strings a colleague added::

    python scripts/update_translations.py                 # make ts
    python scripts/fill_translations.py --template new.json   # {"source": ""} of the missing
    # write the zh_TW translations into new.json, then
    python scripts/fill_translations.py --add new.json    # zh_CN derived with OpenCC (tw2sp)

OpenCC (``pip install opencc``) is a tool for ``--add`` only, not a project dependency: the
derived zh_CN is stored in the glossary, where it can be reviewed and corrected.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from update_translations import LANGS, TS_DIR, Message, read_ts, ts_path, write_ts

GLOSSARY = TS_DIR / "glossary.json"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n|L\d+)")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
_ACCEL = re.compile(r"&(?![&\s]|[A-Za-z]+;|#\d+;)")


def placeholders(text: str) -> Counter[str]:
    return Counter(_PLACEHOLDER.findall(text))


def tags(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TAG.findall(text))


def accelerators(text: str) -> int:
    return len(_ACCEL.findall(text.replace("&&", "")))


def problems(source: str, translation: str) -> list[str]:
    """What a translation breaks: placeholders, HTML tags or accelerators of the source."""
    found = []
    if not translation.strip():
        found.append("empty")
    if placeholders(source) != placeholders(translation):
        found.append(
            f"placeholders {sorted(placeholders(source).elements())} != "
            f"{sorted(placeholders(translation).elements())}"
        )
    if tags(source) != tags(translation):
        found.append(
            f"HTML tags {sorted(tags(source).elements())} != {sorted(tags(translation).elements())}"
        )
    if accelerators(source) != accelerators(translation):
        found.append(
            f"{accelerators(source)} accelerator(s) in the source, "
            f"{accelerators(translation)} in the translation"
        )
    return found


# ----- glossary ----------------------------------------------------------------------------
def load_glossary(path: Path = GLOSSARY) -> dict:
    if not path.exists():
        return {"messages": {}, "contexts": {}, "zh_CN_terms": []}
    data = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("messages", {})
    data.setdefault("contexts", {})
    data.setdefault("zh_CN_terms", [])
    return data


def save_glossary(data: dict, path: Path = GLOSSARY) -> None:
    data["messages"] = dict(sorted(data["messages"].items(), key=lambda kv: kv[0].lower()))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def lookup(glossary: dict, context: str, source: str, lang: str) -> str | None:
    entry = glossary["contexts"].get(context, {}).get(source) or glossary["messages"].get(source)
    return (entry or {}).get(lang) or None


def to_zh_cn(text: str, terms: list[list[str]]) -> str:
    try:
        import opencc  # a tool, not a dependency: pip install opencc
    except ImportError as exc:  # pragma: no cover - depends on the developer's machine
        raise SystemExit("--add derives zh_CN with OpenCC: pip install opencc") from exc
    converted = opencc.OpenCC("tw2sp").convert(text)
    for old, new in terms:
        converted = converted.replace(old, new)
    return converted


def add(glossary: dict, new: dict[str, str | dict[str, str]]) -> int:
    """Merge {source: zh_TW or {"zh_TW": …, "zh_CN": …}} into the glossary."""
    count = 0
    for source, value in new.items():
        entry = dict(value) if isinstance(value, dict) else {"zh_TW": value}
        if not entry.get("zh_TW"):
            continue
        entry.setdefault("zh_CN", to_zh_cn(entry["zh_TW"], glossary["zh_CN_terms"]))
        for lang in LANGS:
            bad = problems(source, entry[lang])
            if bad:
                raise SystemExit(f"{source!r} -> {entry[lang]!r} ({lang}): {'; '.join(bad)}")
        glossary["messages"][source] = entry
        count += 1
    return count


# ----- filling the .ts files ---------------------------------------------------------------
def fill(glossary: dict, folder: Path = TS_DIR) -> dict[str, list[Message]]:
    """Write the glossary's translations into both .ts files; returns the still missing."""
    missing: dict[str, list[Message]] = {}
    for lang in LANGS:
        path = ts_path(lang, folder)
        messages = read_ts(path)
        for msg in messages:
            if msg.vanished:
                continue
            text = lookup(glossary, msg.context, msg.source, lang)
            if text and not problems(msg.source, text):
                msg.translation, msg.finished = text, True
            elif not (msg.finished and msg.translation):
                missing.setdefault(lang, []).append(msg)
        write_ts(path, lang, messages)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", type=Path, help="merge {source: zh_TW} from this JSON file")
    parser.add_argument(
        "--template", type=Path, help="write the missing sources as {source: ''} to this JSON file"
    )
    args = parser.parse_args(argv)
    glossary = load_glossary()
    if args.add:
        count = add(glossary, json.loads(args.add.read_text(encoding="utf-8")))
        save_glossary(glossary)
        print(f"glossary: {count} entries added or replaced")
    missing = fill(glossary)
    if args.template:
        sources = sorted({m.source for msgs in missing.values() for m in msgs})
        args.template.write_text(
            json.dumps({s: "" for s in sources}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
        print(f"{args.template}: {len(sources)} sources to translate")
    for lang in LANGS:
        print(f"{lang}: {len(missing.get(lang, []))} unfinished")
        for msg in missing.get(lang, [])[:20]:
            print(f"    [{msg.context}] {msg.source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
