"""The exported JSON Schema files are current and accept every record in data/."""

from __future__ import annotations

import json

import jsonschema
import pytest

from generator import yamlio
from generator.jsonschema import exported

from .conftest import ROOT

FOLDERS = {"sources": "source", "actors": "actor", "statements": "statements"}


def test_schema_files_match_the_declared_schema() -> None:
    for name, text in exported().items():
        assert (ROOT / "schemas" / name).read_text("utf-8") == text, (
            f"schemas/{name} is stale: regenerate it from generator.jsonschema.exported()")


@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_every_record_in_data_validates(folder: str) -> None:
    schema = json.loads((ROOT / "schemas" / f"{FOLDERS[folder]}.schema.json").read_text())
    paths = sorted((ROOT / "data" / folder).glob("*.yaml"))
    assert paths
    for path in paths:
        jsonschema.validate(yamlio.load(path.read_text("utf-8")), schema)


def test_schema_rejects_an_unknown_field() -> None:
    schema = json.loads((ROOT / "schemas" / "actor.schema.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": "x", "name": "X", "kind": "person", "countyr": "Y"}, schema)
