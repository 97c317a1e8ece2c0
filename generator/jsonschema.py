"""JSON Schema files for the records, derived from :mod:`generator.schema`.

Editors' tools (VS Code's YAML extension, JetBrains) read them for completion and
inline errors; ``schemas/`` holds the exported files and ``.vscode/settings.json``
maps ``data/`` folders to them. A test keeps the files equal to this output.
"""

from __future__ import annotations

import json
from typing import Any

from .schema import ACTOR, DATE, DAY, ROLE, SLUG, SOURCE, STATEMENT, STATEMENT_FILE, Field

BASE = "https://factsite.github.io/factsite/schemas/"
FILES = {"source": SOURCE, "actor": ACTOR, "statements": STATEMENT_FILE}


def _type(f: Field) -> dict[str, Any]:
    simple: dict[str, dict[str, Any]] = {
        "str": {"type": "string"},
        "slug": {"type": "string", "pattern": SLUG.pattern},
        "date": {"type": "string", "pattern": DATE.pattern},
        "day": {"type": "string", "pattern": DAY.pattern},
        "url": {"type": "string", "pattern": "^https?://"},
        "span": {"type": "array", "items": {"type": "integer", "minimum": 0},
                 "minItems": 2, "maxItems": 2},
        "list[str]": {"type": "array", "items": {"type": "string"}},
        "list[slug]": {"type": "array", "items": {"type": "string", "pattern": SLUG.pattern}},
    }
    nested = {"roles": ROLE, "list": STATEMENT}
    spec = ({"type": "array", "items": _object(nested[f.type])} if f.type in nested
            else dict(simple[f.type]))
    if f.choices:
        spec["enum"] = list(f.choices)
    if f.nullable and not f.required:
        spec = {"anyOf": [spec, {"type": "null"}]}
    spec["description"] = f.description
    return spec


def _object(fields: tuple[Field, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: _type(f) for f in fields},
    }


def json_schema(name: str) -> dict[str, Any]:
    schema = _object(FILES[name])
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"{BASE}{name}.schema.json", "title": f"factsite {name} record", **schema}


def exported() -> dict[str, str]:
    """File name -> JSON text of every schema file."""
    return {f"{name}.schema.json": json.dumps(json_schema(name), indent=2) + "\n"
            for name in FILES}
