"""The lexicon tables in docs/rules/tq3.md are generated from corpora/*-en/*.toml and kept current."""
import runpy

from conftest import ROOT


def _build():
    return runpy.run_path(str(ROOT / "scripts" / "build_lexicon_doc.py"))


def test_lexicon_tables_are_current():
    build = _build()
    text = (ROOT / "docs" / "rules" / "tq3.md").read_text("utf-8")
    assert text == build["render"](), "docs/rules/tq3.md lexicon tables are stale: run python scripts/build_lexicon_doc.py"


def test_tables_list_every_lexicon_file_with_its_count():
    import tomllib

    text = (ROOT / "docs" / "rules" / "tq3.md").read_text("utf-8")
    for path in sorted((ROOT / "corpora").glob("*-en/*.toml")):
        n = len(tomllib.loads(path.read_text("utf-8")).get("entry", []))
        assert f"| `{path.name}` |" in text, path
        assert any(line.startswith(f"| `{path.name}` |") and f"| {n} |" in line for line in text.splitlines()), path


def test_section_is_rendered_from_a_given_tree(tmp_path):
    folder = tmp_path / "corpora" / "xx-en"
    folder.mkdir(parents=True)
    (folder / "a.toml").write_text('[meta]\nsource_language = "xx"\ndescription = "pipes | here"\n'
                                   '[[entry]]\nid = "a"\nweak = true\n[[entry]]\nid = "b"\n', "utf-8")
    section = _build()["render_section"](tmp_path)
    assert "| `a.toml` | pipes \\| here | 2 | 1 |" in section
    assert "**Total: 2 entries** (xx 2), 1 of them weak" in section
