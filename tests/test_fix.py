"""Safe fixes: apply_fixes, `check --fix` / `--diff`, atomic writes, idempotence."""
import json
import os
import stat
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tqcheck.api import check_text
from tqcheck.cli import app
from tqcheck.config import Config
from tqcheck.findings import Category, Finding, Severity
from tqcheck.fix import apply_fixes, unified_diff
from tqcheck.run.fix import fix_source
from tqcheck.readers.base import source_from_bytes

from conftest import ROOT, SEED

runner = CliRunner()
EXPECTED = ROOT / "tests" / "data" / "efe-2022-02-04.tq1-fixed.txt"
TQ1 = Config(select=("TQ1",))


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def finding(text, start, end, fix, rule="TQ999"):
    return Finding(rule=rule, category=Category.PUNCTUATION, severity=Severity.WARNING, start=start, end=end,
                   line=1, column=start + 1, text=text[start:end], message="m", fix=fix)


# --- apply_fixes ---------------------------------------------------------------------

def test_apply_fixes_replaces_exact_spans():
    text = "ab  cd ,ef"
    r = apply_fixes(text, [finding(text, 2, 4, " "), finding(text, 6, 8, ","), finding(text, 0, 0, "X")])
    assert r.text == "Xab cd,ef"
    assert len(r.applied) == 3 and not r.skipped


def test_overlapping_fixes_apply_one_and_report_the_other():
    text = "the the the"
    a, b = finding(text, 0, 7, "the", "TQ605"), finding(text, 4, 11, "the", "TQ605")
    r = apply_fixes(text, [b, a])
    assert r.text == "the the"
    assert r.applied == [a] and r.skipped == [b]
    # two insertions at the same point conflict too
    r = apply_fixes("ab", [finding("ab", 1, 1, "x"), finding("ab", 1, 1, "y")])
    assert r.text == "axb" and len(r.skipped) == 1


def test_stale_and_no_op_fixes_are_ignored():
    text = "abc"
    stale = Finding(rule="TQ999", category=Category.PUNCTUATION, severity=Severity.WARNING, start=0, end=1,
                    line=1, column=1, text="z", message="m", fix="y")
    r = apply_fixes(text, [stale, finding(text, 1, 2, "b")])
    assert r.text == "abc" and not r.applied


# --- the seed ----------------------------------------------------------------------------

def test_fix_seed_copy_matches_expected_file_byte_for_byte(tmp_path):
    p = tmp_path / "seed.txt"
    p.write_bytes(SEED.read_bytes())
    r = run("check", "--fix", "--select", "TQ1", str(p))
    assert r.exit_code == 0, r.output
    assert p.read_bytes() == EXPECTED.read_bytes()
    assert "fixed 5 issues (TQ101 ×2, TQ102, TQ111 ×2)" in r.stderr
    assert "0 findings" in r.stdout  # the report shows what is left: nothing
    # repaired: gold items 4, 14, 17 and the dashes of 18
    fixed = p.read_text("utf-8")
    for s in ("security,” Xi said", "justice and international fairness,”", "are “a model",
              "trade—which last year reached a record figure of 150,000 million dollars—as well"):
        assert s in fixed
    assert not [f for f in check_text(fixed, TQ1).findings]
    # a second run changes nothing
    before = p.read_bytes()
    r2 = run("check", "--fix", "--select", "TQ1", str(p))
    assert r2.exit_code == 0 and "fixed" not in r2.stderr
    assert p.read_bytes() == before


def test_fix_touches_no_byte_outside_the_fixed_spans(tmp_path):
    original = SEED.read_text("utf-8")
    fixed = EXPECTED.read_text("utf-8")
    findings = [f for f in check_text(original, TQ1).findings if f.fix is not None]
    pos = 0
    out = 0
    for f in sorted(findings, key=lambda f: f.start):
        gap = original[pos:f.start]
        assert fixed[out:out + len(gap)] == gap
        out += len(gap)
        assert fixed[out:out + len(f.fix)] == f.fix
        out += len(f.fix)
        pos = f.end
    assert fixed[out:] == original[pos:]


def test_diff_prints_and_does_not_write(tmp_path):
    p = tmp_path / "seed.txt"
    p.write_bytes(SEED.read_bytes())
    r = run("check", "--diff", "--select", "TQ1", str(p))
    assert p.read_bytes() == SEED.read_bytes()
    assert r.stdout.startswith(f"--- {p}\n+++ {p}\n@@")
    assert "+“This is something" in r.stdout and "security,” Xi said" in r.stdout
    assert "would fix 5 issues" in r.stderr
    assert r.exit_code == 0  # only warnings, default --fail-on error


def test_diff_of_relative_path_and_no_newline_at_end():
    d = unified_diff("a.txt", "x ,y", "x,y")
    assert d.splitlines()[:2] == ["--- a/a.txt", "+++ b/a.txt"]
    assert d.endswith("+x,y\n\\ No newline at end of file\n")


def test_stdin_fix_prints_fixed_text():
    r = run("check", "--fix", "-", input="The farmers , which protested, left.\n")
    assert r.stdout == "The farmers, which protested, left.\n"
    assert "-: fixed 1 issue (TQ121)" in r.stderr


def test_bom_crlf_and_mode_are_kept(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffThe farmers , which protested, left.\r\n\r\n“We agree ”, he said.\r\n".encode("utf-8"))
    os.chmod(p, 0o640)
    r = run("check", "--fix", "--select", "TQ1", str(p))
    assert r.exit_code == 0, r.output
    assert p.read_bytes() == "\ufeffThe farmers, which protested, left.\r\n\r\n“We agree”, he said.\r\n".encode("utf-8")
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o640
    assert sorted(x.name for x in tmp_path.iterdir()) == ["bom.txt"]  # no temporary file left


def test_unchanged_file_is_not_rewritten(tmp_path):
    p = tmp_path / "clean.txt"
    p.write_text("A clean sentence.\n", "utf-8")
    os.utime(p, (1_000_000, 1_000_000))
    r = run("check", "--fix", str(p))
    assert r.exit_code == 0 and r.stderr == ""
    assert os.stat(p).st_mtime == 1_000_000


def test_overlapping_fixes_converge_in_passes():
    # TQ605 `the the the` yields two overlapping fixes: one per pass; a re-run has nothing left.
    src = source_from_bytes("They said the the the vote was held.".encode(), "x.txt")
    out = fix_source(src, Config())
    assert out.fixed == "They said the vote was held."
    again = fix_source(source_from_bytes(out.fixed.encode(), "x.txt"), Config())
    assert not again.applied and again.fixed == out.fixed


def test_bad_file_is_reported_and_others_fixed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The farmers , which protested, left.\n", "utf-8")
    r = run("check", "--fix", str(tmp_path / "missing.txt"), str(good))
    assert r.exit_code == 2
    assert "missing.txt" in r.stderr
    assert good.read_text("utf-8") == "The farmers, which protested, left.\n"


# --- properties ------------------------------------------------------------------------

PIECES = ["the", "plan", "Xi", "said", "Lima", "Asked", "they", "vote", "2", "3.5", "trade", "which", "dollars",
          " ", " ", " ", "  ", "\n", "\n\n", "“", "”", '"', "«", "»", "„", "‘", "’", "'", "´", ",", ".", "?", "!",
          ":", ";", "-", "--", "–", "—", "(", ")", "¿", "¡", "，", "…", "\u00a0"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_fixes_change_only_their_spans(text):
    findings = check_text(text, TQ1).findings
    r = apply_fixes(text, findings)
    applied = sorted(r.applied, key=lambda f: (f.start, f.end))
    pos = out = 0
    for f in applied:
        assert f.start >= pos  # applied spans never overlap
        gap = text[pos:f.start]
        assert r.text[out:out + len(gap)] == gap
        out += len(gap)
        assert r.text[out:out + len(f.fix)] == f.fix
        out += len(f.fix)
        pos = f.end
    assert r.text[out:] == text[pos:]
    for f in r.skipped:  # every skipped fix overlaps one that was applied
        assert any(f.start < a.end and a.start < f.end or f.start == a.start for a in applied)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([TQ1, Config(select=("TQ1",), house_style={"quotes": "straight", "dash": "en"})]))
def test_fixing_is_idempotent(text, config):
    first = fix_source(source_from_bytes(text.encode("utf-8"), "t.txt"), config)
    second = fix_source(source_from_bytes(first.fixed.encode("utf-8"), "t.txt"), config)
    assert second.fixed == first.fixed
    assert not second.applied


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 5), st.text(max_size=3)),
                                      max_size=6))
def test_apply_fixes_on_arbitrary_spans(text, raw):
    findings = []
    for start, length, rep in raw:
        start = min(start, len(text))
        end = min(len(text), start + length)
        findings.append(finding(text, start, end, rep))
    r = apply_fixes(text, findings)
    applied = sorted(r.applied, key=lambda f: (f.start, f.end))
    for a, b in zip(applied, applied[1:]):
        assert a.end <= b.start and not (a.start == a.end == b.start == b.end)
    effective = [f for f in findings if f.fix != f.text]
    assert len(r.applied) + len(r.skipped) == len(effective)


def test_expected_file_is_committed():
    assert EXPECTED.exists() and Path(EXPECTED).read_bytes() != SEED.read_bytes()


def test_overlapping_fixes_are_reported_on_stderr():
    r = run("check", "--fix", "-", input="They said the the the vote was held.\n")
    assert r.stdout == "They said the vote was held.\n"
    assert "-: fixed 2 issues (TQ605 ×2); 1 overlapping fix re-checked after the first" in r.stderr


def test_symlink_is_kept_and_its_target_fixed(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("The farmers , which protested, left.\n", "utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert run("check", "--fix", str(link)).exit_code == 0
    assert link.is_symlink()
    assert real.read_text("utf-8") == "The farmers, which protested, left.\n"


def test_cli_fix_rewrites_number_artefacts_and_rechecks_clean(tmp_path):
    """TQ2 fixes go through --fix like any other family; the result re-checks clean."""
    from typer.testing import CliRunner

    from tqcheck.cli import app

    story = tmp_path / "numbers.txt"
    story.write_text("Trade reached a record 150,000 million dollars last year, up 4,7% on the year.\n"
                     "The fire forced 3 500 people from their homes.\n", "utf-8")
    r = CliRunner().invoke(app, ["check", "--fix", "--select", "TQ2", "--fail-on", "never", str(story)])
    assert r.exit_code == 0, r.output
    fixed = story.read_text("utf-8")
    assert "$150 billion" in fixed and "4.7%" in fixed and "3,500 people" in fixed
    again = CliRunner().invoke(app, ["check", "-f", "json", "--select", "TQ2", str(story)])
    assert json.loads(again.stdout)["summary"]["findings"] == 0
