"""The signed content in an older content version (what a signature of that version covers).

A signature records the content version it signed (``fields.CONTENT_VERSION`` of the release
that made it; none recorded means version 1). To check it, the plan's signed content of today
is taken back to that version: the fields introduced later are left out, *if they are empty*.
A later field that holds a value is content the signer never saw, so the content cannot be
written in that version and the signature does not cover it (``None``).
"""

from __future__ import annotations

from typing import Any

from . import CONTENT_VERSION, ENTITIES, FIRST_CONTENT_VERSION, Entity


def _later(entity: Entity, version: int) -> tuple[str, ...]:
    return tuple(f.key for f in entity.fields if f.in_dump and f.since > version)


def _items_at(data: Any, path: tuple[str, ...]) -> list[dict[str, Any]]:
    """The items of the dump at ``path`` (("tasks", "subtasks") walks every task)."""
    level: list[Any] = [data]
    for key in path:
        nxt: list[Any] = []
        for node in level:
            value = node.get(key) if isinstance(node, dict) else None
            if isinstance(value, list):
                nxt.extend(value)
            elif isinstance(value, dict):
                nxt.append(value)
        level = nxt
    return [item for item in level if isinstance(item, dict)]


def content_in_version(content: dict[str, Any], version: int | None) -> dict[str, Any] | None:
    """``content`` (a signed-content dump of this release) as content ``version`` wrote it,
    or None when a field introduced after ``version`` holds a value. Does not change
    ``content``; returns it as it is for the current version."""
    version = FIRST_CONTENT_VERSION if version is None else version
    if version >= CONTENT_VERSION:
        return content
    out = _copy(content)
    for entity in ENTITIES:
        later = _later(entity, version)
        if not later:
            continue
        path = entity.path or (entity.key,)
        for item in _items_at(out, path):
            for key in later:
                if key not in item:
                    continue
                if not entity[key].is_empty(item[key]):
                    return None
                del item[key]
    return out


def content_from_version(content: dict[str, Any], version: int | None) -> dict[str, Any]:
    """``content`` written in content ``version`` (a signature's snapshot) as this release
    writes it: every field introduced later is added, empty. The inverse of
    ``content_in_version`` for content whose later fields are empty."""
    version = FIRST_CONTENT_VERSION if version is None else version
    if version >= CONTENT_VERSION:
        return content
    out = _copy(content)
    for entity in ENTITIES:
        later = [entity[key] for key in _later(entity, version)]
        if not later:
            continue
        for item in _items_at(out, entity.path or (entity.key,)):
            for f in later:
                item.setdefault(f.key, f.empty())
    return out


def _copy(data: Any) -> Any:
    """A deep copy of plain JSON data (faster than ``copy.deepcopy``)."""
    if isinstance(data, dict):
        return {k: _copy(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_copy(v) for v in data]
    return data
