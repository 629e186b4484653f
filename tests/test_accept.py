"""The accept list: terms no rule may flag, from config, an accept file or --accept-file."""
import json

import pytest
from typer.testing import CliRunner

from tqcheck.accept import AcceptFileError, AcceptList, read_accept_file
from tqcheck.api import check_paths, check_text
from tqcheck.cli import app
from tqcheck.config import Config

runner = CliRunner()
TEXT = ("Ella dijo que no, the spokesman said.\n"
        "Mayor Lopezsaid the plan would pass.\n"
        "Reporters waited for the sobremesa, the daily briefing.\n")


def _rules(text=TEXT, **config):
    return [(f.rule, f.text) for f in check_text(text, Config(**config)).findings]


def test_without_accept_list_the_examples_fire():
    found = _rules()
    assert ("TQ501", "Ella dijo que") in found and ("TQ504", "Lopezsaid") in found
    assert any(t == "sobremesa" for _, t in found)


def test_accepted_terms_are_dropped_for_every_rule():
    found = _rules(accept=("sobremesa", "ella dijo que"))
    assert [t for _, t in found] == ["Lopezsaid"]


def test_capitalised_term_is_case_sensitive_lower_case_term_is_not():
    assert ("TQ501", "Ella dijo que") in _rules(accept=("Ella Dijo Que",))
    assert ("TQ501", "Ella dijo que") not in _rules(accept=("ella dijo que",))
    assert not any(t == "sobremesa" for _, t in _rules(accept=("SOBREMESA".lower(),)))


def test_whole_word_only():
    # `Lopezsaid` holds no occurrence of `Lopez`: the glued words stay flagged
    assert ("TQ504", "Lopezsaid") in _rules(accept=("Lopez",))
    acc = AcceptList(("Lopez", "canasta básica"))
    assert acc.covers("Mayor Lopez spoke.", 6, 11)
    assert not acc.covers("Mayor Lopezsaid it.", 6, 11)
    assert not acc.covers("Mayor ALopez spoke.", 7, 12)
    assert not acc.covers("Mayor lopez spoke.", 6, 11)
    # multi-word, any white space between the words, any span inside the occurrence
    text = "the canasta\n  básica rose"
    assert acc.covers(text, 4, 11) and acc.covers(text, 14, 20) and not acc.covers(text, 14, 25)
    # an empty span (an insertion point) only strictly inside
    assert acc.covers("Lopez", 2, 2) and not acc.covers("Lopez", 5, 5)


def test_accept_file_format(tmp_path):
    p = tmp_path / "accept.txt"
    p.write_text("# house words\n\nsobremesa   # the briefing\n  canasta   básica \nC#x\n", "utf-8")
    assert read_accept_file(str(p)) == ("sobremesa", "canasta básica", "C#x")
    p.write_bytes(b"bad \xff\n")
    with pytest.raises(AcceptFileError, match="accept.txt"):
        read_accept_file(str(p))


def _story(tmp_path):
    (tmp_path / "s.txt").write_text(TEXT, "utf-8")
    return str(tmp_path / "s.txt")


def _texts(args):
    r = runner.invoke(app, ["check", "-f", "json", "--fail-on", "never", *args])
    assert r.exit_code == 0, r.output
    return [f["text"] for f in json.loads(r.stdout)["files"][0]["findings"]]


def test_config_accept_and_accept_file_add_up(tmp_path):
    story = _story(tmp_path)
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "house.txt").write_text("# names\nLopezsaid\n", "utf-8")
    (tmp_path / ".tqcheck.toml").write_text('accept = ["sobremesa"]\naccept-file = "words/house.txt"\n', "utf-8")
    assert _texts([story]) == ["Ella dijo que"]
    extra = tmp_path / "extra.txt"
    extra.write_text("ella dijo que\n", "utf-8")
    assert _texts(["--accept-file", str(extra), story]) == []
    (tmp_path / "pyproject.toml").write_text('[tool.tqcheck]\naccept = ["Ella dijo que"]\n', "utf-8")
    (tmp_path / ".tqcheck.toml").unlink()
    assert "Ella dijo que" not in _texts([story])
    run = check_paths([story], overrides={"accept": ("sobremesa",)})
    assert run.files[0].findings and not any(f.text in ("sobremesa", "Ella dijo que") for f in run.files[0].findings)


@pytest.mark.parametrize("setup, where", [
    ('accept-file = "missing.txt"\n', "missing.txt"),
    ('accept-file = "bad.txt"\n', "bad.txt"),
    ('accept = "x"\naccept-file = 3\n', "accept-file"),
    ('accept = [1]\n', "accept"),
])
def test_bad_accept_settings_are_one_line_errors(tmp_path, setup, where):
    story = _story(tmp_path)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    (tmp_path / ".tqcheck.toml").write_text(setup, "utf-8")
    r = runner.invoke(app, ["check", story])
    assert r.exit_code == 2 and where in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr


def test_bad_cli_accept_file_is_a_usage_error(tmp_path):
    r = runner.invoke(app, ["check", "--accept-file", str(tmp_path / "nope.txt"), _story(tmp_path)])
    assert r.exit_code == 2 and r.stderr.strip().startswith(f"tqcheck: error: {tmp_path / 'nope.txt'}: ")
