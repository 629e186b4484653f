"""Every rule's case file (``tqcheck/rules/<family>/cases/CODE.toml``): each fires case
reports exactly its marked spans, with the stated suggestions, fix and fixed text; each
quiet case reports nothing. See tqcheck/rules/cases.py for the format."""
from __future__ import annotations

import glob
import os

import pytest

from tqcheck.api import check_text
from tqcheck.config import DEFAULT_HOUSE_STYLE, Config
from tqcheck.rules import all_rules
from tqcheck.rules.cases import CaseError, load_cases, parse_marked

RULES = all_rules()
WITH_CASES = [r for r in RULES if r.cases_file and os.path.exists(r.cases_file)]
FIRES = [pytest.param(r.code, i, id=f"{r.code}-fires{i}") for r in WITH_CASES for i in range(len(r.cases.fires))]
QUIET = [pytest.param(r.code, i, id=f"{r.code}-quiet{i}") for r in WITH_CASES for i in range(len(r.cases.quiet))]
BY_CODE = {r.code: r for r in RULES}


def _config(code: str, case) -> Config:
    changes = dict(case.config)
    if "house_style" in changes:
        changes["house_style"] = {**DEFAULT_HOUSE_STYLE, **changes["house_style"]}
    if case.source_lang:
        changes["source_lang"] = case.source_lang
    return Config(select=(code,)).replace(**changes)


def _findings(code: str, case):
    if case.source is not None:       # a bilingual rule (TQ7xx): the text checked against its source
        from tqcheck.bitext.read import Bitext
        from tqcheck.bitext.run import check_bitext

        result = check_bitext(Bitext("-", "-", case.source, case.text), _config(code, case), case.source_lang)
    else:
        result = check_text(case.text, _config(code, case))
    return sorted((f for f in result.findings if f.rule == code), key=lambda f: (f.start, f.end))


def test_every_case_file_loads_and_every_rule_has_one_of_each():
    for r in WITH_CASES:
        cases = load_cases(r.cases_file)
        assert cases.fires, f"{r.code}: no [[fires]] case"
        assert cases.quiet, f"{r.code}: no [[quiet]] near-miss"


def test_case_files_belong_to_rules():
    codes = {r.code for r in RULES}
    for path in glob.glob(os.path.join(os.path.dirname(__import__("tqcheck").__file__), "rules", "*", "cases", "*.toml")):
        code = os.path.basename(path)[:-5]
        assert code in codes, f"{path}: no rule {code}"
        assert BY_CODE[code].cases_file == path, f"{path}: rule {code} lives in another family"


@pytest.mark.parametrize("code,index", FIRES)
def test_fires_case(code, index):
    rule = BY_CODE[code]
    case = rule.cases.fires[index]
    found = _findings(code, case)
    spans = [(f.start, f.end) for f in found]
    assert spans == list(case.spans), (
        f"{code} on {case.marked()!r}: expected spans {[case.text[s:e] for s, e in case.spans]}, "
        f"got {[case.text[s:e] for s, e in spans]}")
    for f, want in zip(found, case.suggestions):
        if want is not None:
            assert tuple(f.suggestions[:len(want)]) == want, f"{code}: suggestions {f.suggestions} on {case.marked()!r}"
    if rule.fixable and case.fixes is None:
        pytest.fail(f"{code} offers fixes: its case {case.marked()!r} must state `fix` (or fix = false)")
    if case.fixes is not None:
        assert tuple(f.fix for f in found) == case.fixes, f"{code}: fixes {[f.fix for f in found]} on {case.marked()!r}"
        out, pos = [], 0
        for f in found:
            if f.fix is not None:
                out += [case.text[pos:f.start], f.fix]
                pos = f.end
        out.append(case.text[pos:])
        if any(x is not None for x in case.fixes):
            assert "".join(out) == case.fixed, f"{code}: fixed text of {case.marked()!r}"


@pytest.mark.parametrize("code,index", QUIET)
def test_quiet_case(code, index):
    case = BY_CODE[code].cases.quiet[index]
    found = _findings(code, case)
    assert not found, f"{code} fired on good English {case.text!r}: {[f.text for f in found]}"


def test_no_case_text_is_copied_into_another_test_file():
    """Cases live in one place: other tests must not repeat them by hand."""
    sources = {p: open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(os.path.dirname(__file__), "**", "*.py"),
                                                                      recursive=True)}
    copies = []
    for r in WITH_CASES:
        for case in r.cases.fires + r.cases.quiet:
            if len(case.text) < 20:
                continue
            for path, src in sources.items():
                if case.text in src:
                    copies.append(f"{r.code} {case.text!r} in {os.path.basename(path)}")
    assert not copies, "case texts repeated by hand:\n" + "\n".join(copies)


def test_marker_parsing():
    assert parse_marked("a <marker>b c</marker> d <marker>e</marker>") == ("a b c d e", ((2, 5), (8, 9)))
    with pytest.raises(CaseError):
        parse_marked("a <marker>b")


# `İ` (U+0130) is the one character whose lower case is two code points: a rule that
# searches `text.lower()` and reports those indices drifts after it (TQ404 once wrote
# `Ond World War En` over `Second World war` in an article that named İzmir).
_DOTTED_I = "İzmir and İstanbul.\n\n"


@pytest.mark.parametrize("code,index", FIRES)
def test_fires_case_spans_survive_a_dotted_capital_i_before_them(code, index):
    case = BY_CODE[code].cases.fires[index]
    if case.source is not None:
        pytest.skip("bilingual case: the source pairs with the text as written")
    want = [(f.start, f.end, f.fix) for f in _findings(code, case)]
    result = check_text(_DOTTED_I + case.text, _config(code, case))
    n = len(_DOTTED_I)
    got = sorted((f.start - n, f.end - n, f.fix) for f in result.findings if f.rule == code and f.start >= n)
    assert got == sorted(want), f"{code} on {case.marked()!r} after `İ`: {got} != {want}"


# `\d` in a pattern matches any decimal digit: `３４５６` (full width) and `٣٤٥٦` (Arabic-Indic)
# reach the rules' code too, which once looked them up in ASCII-keyed tables (TQ207 raised
# KeyError on `２do`). Every case, with its digits rewritten, must still be checked.
_OTHER_DIGITS = (str.maketrans("0123456789", "０１２３４５６７８９"), str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


@pytest.mark.parametrize("code", sorted(r.code for r in WITH_CASES))
def test_cases_with_other_decimal_digits_check_without_an_error(code):
    rule = BY_CODE[code]
    for case in rule.cases.fires + rule.cases.quiet:
        if case.source is not None or not any(ch.isdigit() for ch in case.text):
            continue
        for table in _OTHER_DIGITS:
            check_text(case.text.translate(table), _config(code, case))
