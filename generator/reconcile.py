"""Re-extraction without losing a human edit.

Every statement the extractor writes carries a ``fingerprint`` of the fields as it
wrote them. A record whose fields no longer match its fingerprint (or that has
none) was touched by a person: re-extraction never overwrites, deletes or
resurrects it, and reports where the extractor now disagrees with it. Untouched
machine records are updated to the new proposal, or withdrawn when it is gone.
Rewritten files keep editors' comments (ruamel.yaml round-trip).
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedSeq

from .model import STATEMENT_FIELDS

MACHINE_FIELDS = tuple(f for f in STATEMENT_FIELDS if f != "fingerprint")


def fingerprint(record: Mapping[str, Any]) -> str:
    """A hash of a statement's fields as written (the fingerprint field excluded)."""
    values = {k: _plain(record.get(k)) for k in MACHINE_FIELDS}
    blob = json.dumps(values, sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:12]


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()  # an unquoted date an editor typed
    return value


def touched(record: Mapping[str, Any]) -> bool:
    """Whether a person edited this record since the extractor wrote it."""
    return record.get("fingerprint") != fingerprint(record)


@dataclass
class Outcome:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.withdrawn)


def reconcile(existing: list[Any], proposed: list[dict[str, Any]]) -> tuple[list[Any], Outcome]:
    """The new list of statements for one source, and what changed.

    ``existing`` items are kept as the very objects given (so their comments
    survive); ``proposed`` are fresh machine records with fingerprints.
    """
    out = Outcome()
    old = {item["id"]: item for item in existing}
    kept = [item for item in existing if item.get("status") == "rejected" or touched(item)]
    guarded = [(item["span"][0], item["span"][1], item["id"]) for item in kept]
    result = list(kept)
    for new in proposed:
        item = old.get(new["id"])
        if item is not None and item in kept:
            if item.get("status") != "rejected" and item.get("fingerprint") != new["fingerprint"]:
                out.conflicts.append(f"{new['id']}: edited by a person; the extractor now "
                                     f"proposes {_differences(item, new)}; the edit is kept")
            continue
        clash = _overlap(new, guarded)
        if clash is not None:
            out.conflicts.append(f"{new['id']}: proposed words overlap {clash!r}, which a "
                                 "person edited or rejected; not added")
            continue
        if item is None:
            out.added.append(new["id"])
            result.append(new)
        elif item["fingerprint"] != new["fingerprint"]:
            out.updated.append(new["id"])
            result.append(new)
        else:
            result.append(item)
    proposed_ids = {p["id"] for p in proposed}
    out.withdrawn = [i for i, item in old.items() if i not in proposed_ids and item not in kept]
    result.sort(key=lambda item: (item["span"][0], item["span"][1], item["id"]))
    return result, out


def _overlap(new: Mapping[str, Any], guarded: list[tuple[int, int, str]]) -> str | None:
    start, end = new["span"]
    for g_start, g_end, g_id in guarded:
        if start < g_end and g_start < end and g_id != new["id"]:
            return g_id
    return None


def _differences(item: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    fields = [k for k in MACHINE_FIELDS if _plain(item.get(k)) != _plain(new.get(k))
              and k != "status"]
    return ", ".join(f"{k}={new.get(k)!r}" for k in fields) or "no change to its fields"


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 100
    yaml.indent(mapping=2, sequence=2, offset=0)
    yaml.preserve_quotes = True
    return yaml


def load_round_trip(text: str) -> Any:
    return _yaml().load(text)


def dump_round_trip(doc: Any) -> str:
    buffer = io.StringIO()
    _yaml().dump(doc, buffer)
    return buffer.getvalue()


def update_file(text: str, proposed: list[dict[str, Any]]) -> tuple[str | None, Outcome]:
    """The statements file with ``proposed`` reconciled in, or None when nothing changed."""
    doc = load_round_trip(text)
    items = list(doc.get("statements") or [])
    result, outcome = reconcile(items, proposed)
    if not outcome.changed:
        return None, outcome
    seq = CommentedSeq(result)
    doc["statements"] = seq
    return dump_round_trip(doc), outcome
