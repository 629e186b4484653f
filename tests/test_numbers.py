"""TQ2xx: numbers, currency and dates in source-language conventions.

Expected English values are computed here with plain integer/Decimal arithmetic and
Python's own formatting, independently of the Babel code the rules use.
"""
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck import fix
from tqcheck.api import check_text
from tqcheck.config import Config

from conftest import overlaps

TQ2 = Config(select=("TQ2",))


def tq2(text, config=TQ2):
    return [f for f in check_text(text, config).findings if f.rule.startswith("TQ2")]


def short_scale(value: int | Decimal) -> str:
    """English value of an amount with the largest of trillion/billion/million."""
    value = Decimal(value)
    for name, exp in (("trillion", 12), ("billion", 9), ("million", 6)):
        if value >= Decimal(10) ** exp:
            coef = (value / Decimal(10) ** exp).normalize()
            return f"{coef:,f} {name}"
    return f"{value.normalize():,f}"


def apply_fixes(text, findings):
    """The text with the non-overlapping safe fixes applied (one pass of `--fix`)."""
    return fix.apply_fixes(text, findings).text


def only(text, code):
    found = tq2(text)
    assert [f.rule for f in found] == [code], (text, [(f.rule, f.text) for f in found])
    return found[0]


# --- TQ201 long scale -------------------------------------------------------------------
@pytest.mark.parametrize("text,span,millions,currency", [
    ("Last year they exported 150,000 million dollars", "150,000 million dollars", 150_000, "$"),
    ("A gap of 2,300 million pesos opened.", "2,300 million pesos", 2_300, " pesos"),
    ("Some $4,750 million in aid.", "$4,750 million", 4_750, "$"),
])
def test_long_scale_amount_value_is_computed(text, span, millions, currency):
    f = only(text, "TQ201")
    amount = short_scale(millions * 10**6)
    want = f"${amount}" if currency == "$" else f"{amount}{currency}"
    assert f.text == span
    assert f.suggestions == (want,) and f.fix == want
    assert f"reads as {amount}" in f.message and f"write `{want}`" in f.message
    assert f.severity.value == "error" and f.source_lang is None   # long scale: es/fr/pt/it/de


def test_dot_grouped_millions_are_ambiguous_no_fix():
    f = only("Imports fell to 2.500 million dollars in May.", "TQ201")
    assert f.fix is None
    assert f.suggestions == ("$" + short_scale(2_500 * 10**6),)
    assert "reads in English as " + short_scale(Decimal("2.5") * 10**6) in f.message


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1_000, max_value=999_999_999))
def test_long_scale_any_amount(millions):
    text = f"Exports reached {millions:,} million dollars last year."
    f = only(text, "TQ201")
    assert f.fix == "$" + short_scale(millions * 10**6)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=999))
def test_short_scale_million_is_quiet(millions):
    assert tq2(f"Some {millions} million people voted, and ${millions} billion was spent.") == []


# --- TQ202 currency ------------------------------------------------------------------------
def test_reales_votes_spanish():
    assert only("Brazil lent them 3 million reales.", "TQ202").source_lang == "es"


# --- TQ203 decimal comma / dot thousands ------------------------------------------------------
def test_dot_thousands_message_explains_the_english_reading():
    f = only("About 1.200 workers were laid off.", "TQ203")
    assert f"reads in English as {Decimal('1.2')}" in f.message


# --- TQ206 / TQ209 dates ---------------------------------------------------------------------
def test_ordinal_in_date_is_info():
    f = only("The strike ends on February 11th.", "TQ209")
    assert (f.text, f.fix, f.severity.value) == ("February 11th", "February 11", "info")


# --- TQ207 ordinals ------------------------------------------------------------------------
@pytest.mark.parametrize("text,span,n,lang", [
    ("She won the 11º prize.", "11º", 11, None),
    ("Her 2da attempt failed.", "2da", 2, "es"),
    ("The 1er stage was flat.", "1er", 1, None),
    ("The 3e stage was hilly.", "3e", 3, "fr"),
    ("The 5-я stage was hilly.", "5-я", 5, "ru"),
])
def test_source_ordinals(text, span, n, lang):
    f = only(text, "TQ207")
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    assert (f.text, f.fix, f.source_lang) == (span, f"{n}{suffix}", lang)


# --- TQ208 numeric dates -------------------------------------------------------------------
def test_ambiguous_numeric_date_is_info_not_error():
    f = only("A law dated 04/02/2022 applies.", "TQ208")
    assert f.severity.value == "info" and f.fix is None
    assert "ambiguous" in f.message and "February 4, 2022" in f.message and "April 2, 2022" in f.message
    f = only("The pact of 24.02.2022 holds.", "TQ208")
    assert f.suggestions == ("February 24, 2022",) and "ambiguous" not in f.message


# --- TQ212 mixed groups: values computed with plain integer arithmetic ---------------------
@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=999), st.integers(min_value=1, max_value=999))
def test_thousand_then_digits(thousands, rest):
    f = only(f"The rally drew {thousands} thousand {rest} people.", "TQ212")
    assert f.text == f"{thousands} thousand {rest}" and f.fix == f"{thousands * 1000 + rest:,}"


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_thousand_then_millions(thousands, millions):
    f = only(f"The state owes {thousands} thousand {millions} million pesos.", "TQ212")
    assert f.fix == short_scale((thousands * 1000 + millions) * 10**6)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=999),
       st.integers(min_value=1, max_value=999))
def test_billion_before_thousand_millions_is_the_long_scale(billones, thousands, millions):
    f = only(f"Debt stood at {billones} billion {thousands} thousand {millions} million pesos.", "TQ212")
    assert f.fix == short_scale(billones * 10**12 + (thousands * 1000 + millions) * 10**6)


def test_plural_after_a_year_is_quiet():
    assert tq2("In 1998 millions of people voted and in 2004 thousands marched.") == []


# --- correct English stays quiet --------------------------------------------------------------
GOOD_ENGLISH = [
    "Some 1,200 people were evacuated on Tuesday.",
    "Inflation rose 3.5 percent in January.",
    "The 2,000-year-old temple was damaged.",
    "The 2022 Winter Olympics open on Friday.",
    "Real Madrid won 3-1 at the Bernabéu.",
    "Call +34 915 555 123 for details.",
    "The phone number is 555 123 4567.",
    "The meeting starts at 10.30 a.m. in London.",
    "The meeting starts at 10:30 a.m.",
    "Download version 2.1.3 from the website.",
    "She lives at 10 Downing Street.",
    "He lives at 221B Baker Street.",
    "Article 2.1 of the treaty applies.",
    "Under Section 3.2.1, members may vote.",
    "The index closed at 1,234.56 points.",
    "The dollar rose to 1.085 against the euro.",
    "Unemployment fell to 7.5% in March.",
    "The company cut 12,000 jobs in 2023.",
    "The fund has 1 billion euros.",
    "The loan was €1.2 billion.",
    "He earns £35,000 a year.",
    "Prices rose 0.3 percentage points.",
    "It was the 21st century.",
    "The talks took place on March 12, 2022.",
    "The talks took place on 12 March 2022.",
    "He was born on 04/25/1990.",
    "The talks ended on 2022-02-04.",
    "It was the 12th of March when they met.",
    "The temperature reached 40°C on Tuesday.",
    "The vote was 52-48.",
    "The population is 47.4 million.",
    "The 1990s were turbulent.",
    "Some 3,500 people marched on May 1.",
    "The 100-metre race was won in 9.58 seconds.",
    "The bonds yield 4.25%.",
    "The company reported revenue of 2.5 billion yuan.",
    "The convoy travelled 1,500 km.",
    "The COVID-19 pandemic killed millions.",
    "Chapter 11 bankruptcy protection was sought.",
    "Flight 370 disappeared in 2014.",
    "He was jailed for 2 1/2 years.",
    "Resolution 2231 was adopted unanimously.",
    "Tickets cost $20.",
    "The ratio is 3:1.",
    "They will march 10 miles on Sunday.",
    "The meeting is on Monday, Feb. 7.",
    "In 2020 300 people died in the floods.",
    "The Dow fell 1,000 points.",
    "The gold price was $1,850.40 an ounce.",
    "He won the 1st round and the 2nd round.",
    "The loan was 3 million reais and 20 soles.",
    "It is an august 100-year-old institution.",
    "The 737 MAX 8 carried 180 passengers.",
    "The COVID-19 toll rose to 1,100 deaths.",
    "He ran the 1,500 metres in 3:29.",
    "In 2022 people voted in record numbers.",
    "Flight 3701 landed safely.",
    "The Airbus A320 carried 150 passengers.",
    "The shop is open 24 hours a day.",
    "The game is at 3 h.",
    "Phase 2 may begin next year.",
    "Group 4 march on the capital today.",
    "Only 3 of may choose to stay.",
    "Call 915 555 123 and ask for Ana.",
    "The 2 of march on Sunday drew crowds.",
    # near-misses of the rules written from real copy (TQ210-TQ218)
    "Among those over 65, 40 percent said they would vote.",
    "By June 1, 310 workers had returned.",
    "The pound rose to $1.27 and the euro to $1.085 on Friday.",
    "Kick-off is at 19:45 BST on Tuesday.",
    "The 1. FC Köln coach praised the fans.",
    "In 2020 millions of people lost their jobs.",
    "In 2021 two thousand more were laid off.",
    "Hundreds of thousands marched in the capital.",
    "The staples cost 980 pesos (about US $55) last week.",
    "A ticket costs R$5 in São Paulo and €3 in Lisbon.",
    "The Windows 2000 users were told to upgrade.",
    "Scores of 6, 45 and 12 were recorded.",
    "India spent 1.5 lakh crore rupees on roads.",
    "The president spoke on Wednesday (local time) to reporters.",
    "The count reached 12,000 on March 3, 2023, and 15,000 on April 4.",
    "A $5 fee applies to the 30 million users.",
    "The firm sold 3 million-dollar homes in Miami.",
]


def test_enough_good_english():
    assert len(GOOD_ENGLISH) >= 40


@pytest.mark.parametrize("text", GOOD_ENGLISH)
def test_correct_english_stays_quiet(text):
    assert [(f.rule, f.text) for f in tq2(text)] == []


# --- the seed ---------------------------------------------------------------------------------
def test_seed_gold_19_found_with_150_billion_and_nothing_else(seed_text, seed_gold):
    g19 = next(g for g in seed_gold if g["id"] == 19)
    found = tq2(seed_text)
    assert len(found) == 1, [(f.rule, f.text) for f in found]
    f = found[0]
    assert overlaps(f.start, f.end, g19["start"], g19["end"])
    assert g19["fix"] in f.suggestions and f.fix == g19["fix"] == "$150 billion"


def test_seed_fixed_rechecks_clean(seed_text):
    fixed = apply_fixes(seed_text, tq2(seed_text))
    assert "a record figure of $150 billion-" in fixed
    assert tq2(fixed) == []


# --- fixes re-check clean ---------------------------------------------------------------------
ARTEFACT_STORY = (
    "Bilateral trade reached 150,000 million dollars and the deficit 2,300 million pesos. "
    "The fund holds a thousand million euros, and exports were 150 billion dollars. "
    "Tickets cost 150 € and bread 2,5 €; Brazil lent 3 million reales. "
    "Inflation rose 4,7 % and the economy grew 3,5 percent. "
    "Some 1.200 people were evacuated; the city has 1.500.000 inhabitants and 3 500 "
    "police officers. Joblessness fell to 15 %. The summit will be held next 12th March, "
    "the vote on the 12 of March and the count on april 2. He finished 1º, she came 2do. "
    "Talks resume on February 11th and each donor gets 4300 euros. Polls close at 20.00 hours."
)


def test_fixes_rewrite_the_artefacts_and_recheck_clean():
    found = tq2(ARTEFACT_STORY)
    codes = {f.rule for f in found}
    assert codes >= {"TQ201", "TQ202", "TQ203", "TQ204", "TQ205", "TQ206", "TQ207", "TQ209", "TQ210", "TQ211"}
    fixed = apply_fixes(ARTEFACT_STORY, found)
    for want in ("$150 billion", "2.3 billion pesos", "1 billion euros", "€150", "€2.50", "reais",
                 "4.7%", "3.5 percent", "1,200 people", "1,500,000", "3,500", "15%.",
                 "held March 12", "on March 12", "on April 2", "1st", "2nd", "on February 11 and",
                 "4,300 euros", "at 8 p.m."):
        assert want in fixed, (want, fixed)
    assert tq2(fixed) == []


def test_unfixable_findings_stay_after_fixing():
    text = "Exports rose to 2.500 million dollars on 04/02/2022."
    fixed = apply_fixes(text, tq2(text))
    assert fixed == text
    assert {f.rule for f in tq2(fixed)} == {"TQ201", "TQ208"}


# --- robustness ----------------------------------------------------------------------------------
_PIECES = ["1", "2", "12", "150", "000", "2022", ",", ".", " ", "\u00a0", "\u202f", "%", "€", "$", "º", "ª",
           " million", " thousand", " dollars", " euros", " reales", " people", " of ", "March", "april",
           "next ", "the ", "/", "-", ":", "h", "e", "do", " hours", "th", "at ", "\n\n", "US$",
           " thousand", " millions", "two", ", ", " percent", "(", ")", "Wednesday", " pesos", " .", "R ", "May"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_any_text_gives_well_formed_findings(text):
    for f in tq2(text):
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start:f.end] and f.message
        assert f.fix is None or (f.fix and f.fix != f.text)


# --- CLDR consistency ---------------------------------------------------------------------------
def test_candidate_patterns_cover_every_cldr_group_symbol():
    from tqcheck.nlp import numbers as N
    from tqcheck.rules.tq2_numbers import helpers as R

    groups = N.source_group_symbols()
    assert {"." , "\u00a0", "\u202f"} <= groups          # es/pt/it/de, ru/pt_PT, fr
    for g in groups:
        assert g == "." or g in R.SPACES, repr(g)
    assert all(N.symbols(loc)[0] == "," for loc in N.SOURCE_LOCALES)
    assert N.symbols("en") == (".", ",")


# --- cost -----------------------------------------------------------------------------------
def test_rule_modules_do_not_import_babel():
    code = ("import sys, pkgutil, importlib, tqcheck.rules.tq2_numbers as P, tqcheck.nlp.numbers; "
            "[importlib.import_module(f'{P.__name__}.{m.name}') for m in pkgutil.iter_modules(P.__path__)]; "
            "print('babel' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_near_linear_on_long_number_heavy_text():
    import time

    from tqcheck.context import RuleContext
    from tqcheck.document import Document
    from tqcheck.rules.registry import select_rules

    rules, ctx = select_rules(("TQ2",)), RuleContext(TQ2)
    unit = "Some 1,200 people paid $150 billion on March 12, 2022, and 3.5% rose. "

    def cost(n):
        doc = Document(unit * n)                     # the family needs no tokens
        t0 = time.perf_counter()
        hits = [h for r in rules for h in r.check(doc, ctx)]
        return time.perf_counter() - t0, hits

    cost(200)                                        # warm up (Babel, patterns)
    small, hits_small = cost(1_500)
    big, hits_big = cost(6_000)
    assert hits_small == hits_big == []
    assert big < 8 * small + 0.5                     # 4x the text: near-linear, not quadratic
