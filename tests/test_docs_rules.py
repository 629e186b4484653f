"""docs/rules.md is generated from the registry and the case files, and kept current."""
import os
import runpy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_rules_doc_is_current():
    build = runpy.run_path(os.path.join(ROOT, "scripts", "build_rules_doc.py"))
    with open(os.path.join(ROOT, "docs", "rules.md"), encoding="utf-8") as fh:
        assert fh.read() == build["render"](), "docs/rules.md is stale: run python scripts/build_rules_doc.py"


def test_rules_doc_lists_every_rule_with_its_examples():
    from tqcheck.rules import all_rules

    text = open(os.path.join(ROOT, "docs", "rules.md"), encoding="utf-8").read()
    for r in all_rules():
        assert f"### {r.code}" in text
        assert r.summary.split("`")[0][:30] in text
