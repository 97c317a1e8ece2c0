"""Reading and writing YAML records: fast loading, located errors, canonical output.

Records are read with PyYAML's C loader when it is available (about 8x faster than
the pure-Python one). Line numbers are only needed when something is wrong, so
they are found on demand by composing the file again (:func:`locate`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, with dates left as text ("2021-02-30" must reach the schema
    check as written, not fail inside the parser), and duplicate keys refused
    (PyYAML would silently keep the last one and lose an editor's value)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if isinstance(key, str | int) and key in seen:
                raise YamlProblem(line, f"duplicate key {key!r} (first on line {seen[key]}); "
                                  "YAML would keep only the last value")
            if isinstance(key, str | int):
                seen[key] = line
        return super().construct_mapping(node, deep=deep)


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


class YamlProblem(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def load(text: str) -> Any:
    """Parse one YAML document; syntax errors become a :class:`YamlProblem` with a line.

    Editors need none of YAML's advanced features: tabs in indentation, anchors and
    aliases (which also close the "billion laughs" expansion) and tags are refused.
    """
    _refuse_tabs(text)
    if "&" in text or "*" in text or "!" in text:  # only then look closer (cheap)
        _refuse_features(text)
    try:
        return yaml.load(text, Loader=Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = f", column {mark.column + 1}" if mark else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlProblem(line, f"YAML syntax error{col}: {problem}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(None, f"YAML error: {exc}") from None


def _refuse_tabs(text: str) -> None:
    for number, line in enumerate(text.split("\n"), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            raise YamlProblem(number, "a tab is used for indentation; indent with spaces")


def _refuse_features(text: str) -> None:
    try:
        for event in yaml.parse(text, Loader=Loader):
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent):
                raise YamlProblem(line, f"alias '*{event.anchor}' is not allowed in records; "
                                  "write the value out")
            if getattr(event, "anchor", None):
                raise YamlProblem(line, f"anchor '&{event.anchor}' is not allowed in records")
            tag = getattr(event, "tag", None)
            if tag and not getattr(event, "implicit", True) and tag != "!":
                raise YamlProblem(line, f"tag {tag!r} is not allowed in records")
    except yaml.MarkedYAMLError:
        return  # reported with its line by the real load


def locate(text: str, path: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the node at ``path`` (keys and list indexes) in ``text``.

    Falls back to the deepest node found along the path.
    """
    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        child = _child(node, step)
        if child is None:
            break
        key_node, node = child
        line = (key_node or node).start_mark.line + 1
    return line


def _child(node: Any, step: str | int) -> tuple[Any, Any] | None:
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        for key, value in node.value:
            if key.value == step:
                return key, value
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return None, node.value[step]
    return None


class _CanonicalDumper(_Dumper):  # type: ignore[misc, valid-type]
    """Block style, multi-line strings as literal blocks, keys in the order given."""


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _list_representer(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = bool(data) and all(isinstance(x, int) and not isinstance(x, bool) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_CanonicalDumper.add_representer(str, _str_representer)
_CanonicalDumper.add_representer(list, _list_representer)


def dump(data: Any) -> str:
    """The one canonical YAML form of a record: stable, diff-friendly, UTF-8."""
    return yaml.dump(
        data,
        Dumper=_CanonicalDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )


def write_atomic(path: Path, content: str) -> bool:
    """Write ``content`` to ``path`` only if it differs; atomically (temp file + rename).

    Returns True when the file changed. A crash leaves either the old or the new file.
    """
    data = content.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    replace_file(path, data)
    return True


def replace_file(path: Path, data: bytes | Iterable[bytes], *, durable: bool = True) -> None:
    """Put ``data`` at ``path`` through a temporary file and a rename, so a reader sees
    the old file or the new one, never part of one. ``data`` may come in pieces (a
    90 MB search index is written as it is joined, not copied into one buffer first).
    ``durable``: flushed to disk first (not for build output, which a rebuild makes
    again)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                fh.writelines(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
