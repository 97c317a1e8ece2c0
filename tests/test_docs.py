"""Meta-tests: every record field, CLI command and plugin setting is documented."""

from __future__ import annotations

import re

from generator import schema
from generator.catalog import Catalog
from generator.cli import _parser
from generator.mkdocs_plugin import FactsiteConfig
from generator.render import render_site

from .conftest import ROOT


def test_every_schema_field_is_in_the_record_reference() -> None:
    page = render_site(Catalog())["reference.md"]
    for name, fields in schema.SCHEMAS.items():
        for field in fields:
            assert f"| `{field.name}` |" in page, f"{name}.{field.name} is undocumented"
            assert field.description.split()[0] in page


def test_every_cli_command_is_in_the_readme_and_editing_page() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    commands = _parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for command in commands:
        assert re.search(rf"factsite {command}\b", readme), f"README lacks 'factsite {command}'"


def test_every_plugin_setting_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in FactsiteConfig._schema:  # type: ignore[attr-defined]
        assert f"`{name[0]}`" in readme, f"plugin setting {name[0]} is undocumented"
