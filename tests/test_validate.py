"""``factsite check``: one broken file per error case, with the exact message."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.validate import load_and_check, text_hash

from .conftest import write_files

TEXT = 'SEOUL, March 2 (Wire) -- "We will talk," the envoy said.\n\nNothing else happened.'
QUOTE = "We will talk"
START = TEXT.index(QUOTE)


def source_yaml(text: str = TEXT, **over: str) -> str:
    fields = {"id": "2021-03-02-talks", "file": "talks.txt", "title": "Talks",
              "content_hash": text_hash(text)}
    fields.update(over)
    head = "".join(f"{k}: {v}\n" for k, v in fields.items())
    body = "".join(f"  {line}\n" if line else "\n" for line in text.split("\n"))
    return head + "text: |-\n" + body


ACTOR = "id: kim-envoy\nname: Kim Envoy\nkind: person\naliases: [the envoy]\n"


def statements_yaml(**over: object) -> str:
    fields: dict[str, object] = {
        "id": "2021-03-02-talks-1", "status": "extracted", "speaker": "kim-envoy",
        "kind": "direct", "said_on": "2021-03-02", "text": QUOTE,
        "span": f"[{START}, {START + len(QUOTE)}]"}
    fields.update(over)
    lines = [f"  {k}: {v}" for k, v in fields.items()]
    lines[0] = "- " + lines[0][2:]
    return "source: 2021-03-02-talks\nstatements:\n" + "\n".join("  " + x for x in lines) + "\n"


def project(tmp_path: Path, **files: str) -> Path:
    base = {"sources/2021-03-02-talks.yaml": source_yaml(),
            "actors/kim-envoy.yaml": ACTOR,
            "statements/2021-03-02-talks.yaml": statements_yaml()}
    base.update({k.replace("__", "/").replace("_yaml", ".yaml"): v for k, v in files.items()})
    return write_files(tmp_path / "data", base)


def messages(data: Path) -> list[str]:
    return [str(p) for p in load_and_check(data).problems]


def test_valid_project_has_no_problems(tmp_path: Path) -> None:
    assert messages(project(tmp_path)) == []


CASES = [
    ("unknown speaker", {"statements__2021-03-02-talks_yaml": statements_yaml(speaker="kim-envy")},
     "data/statements/2021-03-02-talks.yaml:5: statements[0].speaker: 'kim-envy' is not a "
     "known actor (did you mean 'kim-envoy'?)"),
    ("text not at span", {"statements__2021-03-02-talks_yaml": statements_yaml(
        span=f"[{START + 1}, {START + 1 + len(QUOTE)}]")},
     f"data/statements/2021-03-02-talks.yaml:8: statements[0].text: is not the source's words "
     f"at span [{START + 1}, {START + 13}] ('e will talk,'); the text is at [{START}, "
     f"{START + 12}]"),
    ("quote not in source", {"statements__2021-03-02-talks_yaml": statements_yaml(
        text="We will walk")},
     f"data/statements/2021-03-02-talks.yaml:8: statements[0].text: is not the source's words "
     f"at span [{START}, {START + 12}] ('We will talk'); the text does not occur in the source "
     "at all"),
    ("bad date", {"statements__2021-03-02-talks_yaml": statements_yaml(said_on="2021-02-30")},
     "data/statements/2021-03-02-talks.yaml:7: statements[0].said_on: '2021-02-30' is not a "
     "real date"),
    ("unknown field", {"actors__kim-envoy_yaml": ACTOR + "countyr: South Korea\n"},
     "data/actors/kim-envoy.yaml:5: countyr: unknown field (did you mean 'country'?)"),
    ("wrong kind", {"actors__kim-envoy_yaml": ACTOR.replace("person", "human")},
     "data/actors/kim-envoy.yaml:3: kind: must be one of person, organization, government, "
     "country, media, group, not 'human'"),
    ("unsafe id", {"actors__kim-envoy_yaml": ACTOR.replace("id: kim-envoy", "id: ../etc")},
     "data/actors/kim-envoy.yaml:1: id: '../etc' is not a safe id (lowercase letters, digits "
     "and single hyphens)"),
    ("yaml syntax", {"actors__kim-envoy_yaml": "id: kim-envoy\nname: [Kim\n"},
     "data/actors/kim-envoy.yaml:3: YAML syntax error, column 1: did not find expected ',' "
     "or ']'"),
    ("not utf-8", {"actors__kim-envoy_yaml": "name: Caf\xe9\n"}, None),
    ("bad url", {"sources__2021-03-02-talks_yaml": source_yaml(url="javascript:alert(1)")},
     "data/sources/2021-03-02-talks.yaml:5: url: 'javascript:alert(1)' is not an http(s) URL"),
    ("hash mismatch", {"sources__2021-03-02-talks_yaml": source_yaml(content_hash="sha256:00")},
     "data/sources/2021-03-02-talks.yaml:4: content_hash: does not match the stored text "
     f"(text hashes to {text_hash(TEXT)}); statement spans may point at the wrong words"),
    ("unknown source", {"statements__2021-03-02-talks_yaml": statements_yaml().replace(
        "source: 2021-03-02-talks", "source: 2021-03-02-talk")},
     "data/statements/2021-03-02-talks.yaml:1: source: '2021-03-02-talk' is not a known source "
     "(did you mean '2021-03-02-talks'?)"),
    ("reserved id", {"actors__index_yaml": ACTOR.replace("id: kim-envoy", "id: index")},
     "data/actors/index.yaml:1: id: 'index' is reserved for the list of actors; choose "
     "another id"),
    ("duplicate key", {"actors__kim-envoy_yaml": ACTOR + "name: Kim Envy\n"},
     "data/actors/kim-envoy.yaml:5: duplicate key 'name' (first on line 2); YAML would keep "
     "only the last value"),
    ("alias", {"actors__kim-envoy_yaml": "id: kim-envoy\nname: &n Kim\nkind: person\n"
                                         "description: *n\n"},
     "data/actors/kim-envoy.yaml:2: anchor '&n' is not allowed in records"),
    ("tab indentation", {"actors__kim-envoy_yaml": ACTOR + "roles:\n\t- title: Envoy\n"},
     "data/actors/kim-envoy.yaml:6: a tab is used for indentation; indent with spaces"),
    ("wrong type", {"actors__kim-envoy_yaml": ACTOR.replace("aliases: [the envoy]",
                                                           "aliases: the envoy")},
     "data/actors/kim-envoy.yaml:4: aliases: must be a list, not text"),
    ("same statement twice", {"statements__2021-03-02-talks_yaml": statements_yaml() + "".join(
        line + "\n" for line in statements_yaml(id="2021-03-02-talks-2").split("\n")[2:]
        if line)},
     "data/statements/2021-03-02-talks.yaml:16: statements[1].span: the same words are already "
     "recorded as statement '2021-03-02-talks-1'"),
    ("missing field", {"actors__kim-envoy_yaml": "id: kim-envoy\nkind: person\n"},
     "data/actors/kim-envoy.yaml:1: name: is required"),
]


@pytest.mark.parametrize(("case", "files", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_problem_is_reported_with_file_line_and_field(
        tmp_path: Path, case: str, files: dict[str, str], expected: str | None) -> None:
    if case == "not utf-8":
        data = project(tmp_path)
        (data / "actors" / "kim-envoy.yaml").write_bytes(b"id: kim-envoy\nname: Caf\xe9\n")
        expected = "data/actors/kim-envoy.yaml: is not UTF-8 (byte 23); save it as UTF-8"
        found = messages(data)
        assert expected in found
        return
    found = messages(project(tmp_path, **files))
    assert expected in found, found


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    data = project(tmp_path, **{"actors__copy_yaml": ACTOR})
    found = messages(data)
    assert ("data/actors/kim-envoy.yaml:1: id: duplicate id 'kim-envoy', already used in "
            "actors/copy.yaml") in found


def test_every_problem_in_one_run(tmp_path: Path) -> None:
    data = project(tmp_path, **{
        "actors__kim-envoy_yaml": ACTOR.replace("person", "human"),
        "statements__2021-03-02-talks_yaml": statements_yaml(said_on="2021-13-01")})
    assert len(messages(data)) >= 2
