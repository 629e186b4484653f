"""TQ1xx: punctuation and typography — real artefacts fire, correct English stays quiet."""
import pytest

from tqcheck.api import check_text
from tqcheck.config import Config
from tqcheck.document import Document
from tqcheck.fix import apply_fixes
from tqcheck.nlp.quotes import apostrophe_like, document_marks

from conftest import overlaps

TQ1 = Config(select=("TQ1",))


def tq1(text, config=TQ1):
    return [f for f in check_text(text, config).findings if f.rule.startswith("TQ1")]


def fixed(text, config=TQ1):
    return apply_fixes(text, tq1(text, config)).text


# Every real artefact quoted in the issue, in a sentence like the one it came from:
# (text, rule that must fire, the text after the safe fixes or None when there is no safe fix)
REAL = [
    ("“We will confront threats to region security“Xi said.", "TQ101",
     "“We will confront threats to region security,” Xi said."),
    ("Putin said the ties are ” a model of what relations should be”.", "TQ101",
     "Putin said the ties are “a model of what relations should be”."),
    ("“We safeguard justice.” and international fairness,” Xi said.", "TQ102",
     "“We safeguard justice and international fairness,” Xi said."),
    ("They agreed to expand trade -which last year reached a record figure of 150,000 million dollars-, "
     "as well as cooperation.", "TQ111",
     "They agreed to expand trade—which last year reached a record figure of 150,000 million dollars—, "
     "as well as cooperation."),
    ("“We will go ahead with the plan, ”she said.", "TQ103", "“We will go ahead with the plan,” she said."),
    ("“We thank the voters ”, the mayor said.", "TQ103", "“We thank the voters”, the mayor said."),
    ("“The economy will recover slowly“Asked why, the minister smiled.", "TQ101", None),
    ("“We back the Reform“, the minister said.", "TQ101", "“We back the Reform”, the minister said."),
    ("“Prices will continue to decline ”.", "TQ103", "“Prices will continue to decline”."),
    ("”Chile’s economy will recover,” the minister said.", "TQ101",
     "“Chile’s economy will recover,” the minister said."),
    ("\"We agree on the terms,” – the spokesman said.", "TQ106", "“We agree on the terms,” the spokesman said."),
    ("\"We agree on the terms,” the spokesman said.", "TQ104", "“We agree on the terms,” the spokesman said."),
    ("The farmers , which protested, went home.", "TQ121", "The farmers, which protested, went home."),
    ("The talks ended in the session .", "TQ121", "The talks ended in the session."),
    ("\"We will win\" , he said.", "TQ121", "\"We will win\", he said."),
    ("Who will pay?they asked.", "TQ123", "Who will pay? they asked."),
    ("He arrived in Lima.Asked why, he smiled.", "TQ123", "He arrived in Lima. Asked why, he smiled."),
    ("They will vote  that day.", "TQ124", "They will vote that day."),
    ("The Shanghai Cooperation Organization ( SCO ) met.", "TQ125", "The Shanghai Cooperation Organization (SCO) met."),
    ("¿Why did the talks fail? he asked.", "TQ126", "Why did the talks fail? he asked."),
    ("Pérez´s government fell.", "TQ107", "Pérez’s government fell."),
    ("The minister called it « a historic day » on Friday.", "TQ105",
     "The minister called it “a historic day” on Friday."),
    ("The minister called it „a historic day“ on Friday.", "TQ105",
     "The minister called it “a historic day” on Friday."),
    ("The minister said : the talks will resume.", "TQ122", "The minister said: the talks will resume."),
    ("The plan was approved，the minister said.", "TQ127", "The plan was approved, the minister said."),
    ("The pressure has shown signs of escalating - first, the Netherlands joined.", "TQ112",
     "The pressure has shown signs of escalating—first, the Netherlands joined."),
]


@pytest.mark.parametrize("text,code,after", REAL, ids=[r[1] + ":" + r[0][:30] for r in REAL])
def test_real_artefact_fires_and_fixes(text, code, after):
    found = tq1(text)
    assert any(f.rule == code for f in found), (code, [(f.rule, f.text) for f in found])
    if after is None:
        assert all(f.fix is None for f in found if f.rule == code)
    else:
        assert fixed(text) == after
        assert not tq1(after), [(f.rule, f.text) for f in tq1(after)]


# The bare fragments the issue quotes must draw a TQ1 finding even without their sentence.
FRAGMENTS = ["security“Xi said", "are ” a model", "justice.” and international fairness,”",
             "trade -which last year reached dollars-,", "the plan, ”she said", "the voters ”,",
             "slowly“Asked why", "Reform“,", "decline ”.", "”Chile’s",
             "\"We agree ... terms,” – the spokesman said", "farmers , which", "session .", "?they",
             "vote  that", "Lima.Asked", "Pérez´s", "¿Qué?", "¡Basta!"]


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_issue_fragments_fire(fragment):
    assert tq1(fragment), fragment


GOOD = [
    "“We will win,” she said.",
    "“We will win,” she said. “Then we rest.”",
    "She said: “We will win.”",
    "He called the ties “a model” for the region.",
    "China and Russia will deepen their “strategic coordination” “relentlessly”.",
    "They set out their “common positions” on “democracy, order, development and security.”",
    "“Is it over?” she asked.",
    "“Stop!” the crowd shouted.",
    "The report, titled “Trade in 2023”, was published (in English) on Friday.",
    "“He told me ‘never again’,” she said.",
    "“The first paragraph of a long quotation runs on.\n\n“And the second closes it,” he said.",
    "\"We agree on the terms,\" the spokesman said.",
    "We respect each other’s sovereignty.",
    "It was a hit in the ’90s and the '80s.",
    "They played rock ’n’ roll all night.",
    "The farmers’ union and the workers' party met.",
    "Don’t worry, it’s fine, isn’t it?",
    "The economy grew 3.5 percent to 1,200.75 billion yuan.",
    "The meeting starts at 10:30 a.m. and ends at 4 p.m.",
    "The ratio was 2 : 1 in favour.",
    "Read more at https://www.example.com/news?id=42&lang=en today.",
    "Write to press@efe.com or visit efe.com for details.",
    "He paused... then spoke.",
    "He paused … then spoke.",
    "Wait . . . what?",
    "The U.S. and the U.K. met the E.U. on Jan. 5 in Washington, D.C., and Mr. Smith spoke.",
    "The long-term plan, which is well-known, was approved.",
    "The two- and three-year bonds rose.",
    "It was -5 degrees in Moscow.",
    "Scores ranged from 10 - 20 points.",
    "The plan—which was approved—failed.",
    "The plan – which was approved – failed.",
    "In 1990–1995 the economy grew.",
    "The Shanghai Cooperation Organization (SCO) met.",
    "He is 6'2\" tall.",
    "He backs the \"consensus of '92\" and the \"1992 Consensus\".",
    "Why? Because the plan failed!",
    "It ended.  Then the count began.",
    "The company, Node.js and Vue.js developers said, grew.",
    "He scored 7.5/10.",
    "Ms. O’Brien’s team won.",
    "“Xi and Putin,” the statement said, “agreed to meet again.”",
    "The sign read 北京，上海。",
    "Taiwan's economy starts the year poorly - China News Network",
    "The agenda:\n-   trade\n-   energy\n1.  health",
    "Name      Age\nAna  34",
]


@pytest.mark.parametrize("text", GOOD)
def test_correct_english_is_quiet(text):
    found = tq1(text)
    assert not found, [(f.rule, f.text, f.message) for f in found]


def test_at_least_thirty_good_sentences():
    assert len(GOOD) >= 30


# --- the seed ------------------------------------------------------------------------

def test_seed_gold_punctuation_items_found(seed_text, seed_gold):
    found = tq1(seed_text)
    gold = {g["id"]: g for g in seed_gold}
    for item in (4, 14, 17, 18):
        g = gold[item]
        assert seed_text[g["start"]:g["end"]] == g["span"]
        assert any(overlaps(f.start, f.end, g["start"], g["end"]) for f in found), f"gold item {item} missed"


def test_seed_correct_quotations_are_quiet(seed_text, seed_gold):
    # Every TQ1 finding on the seed lies on an annotated punctuation artefact: nothing on
    # the many correct quotations (“strategic coordination”, “relentlessly”, ...).
    punct = [g for g in seed_gold if g["category"] == "punctuation"]
    for f in tq1(seed_text):
        assert any(overlaps(f.start, f.end, g["start"], g["end"]) for g in punct), (f.rule, f.text)
    marks = document_marks(Document(seed_text))
    assert sum(m.role in ("open", "close") for m in marks) >= 40


def test_seed_source_language_evidence(seed_text):
    hyphens = [f for f in tq1(seed_text) if f.rule == "TQ111"]
    assert hyphens and all(f.source_lang == "es" for f in hyphens)


# --- source-language evidence ---------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The minister said : the talks will resume.", "fr"),
    ("Why is the plan late ?", "fr"),
    ("The minister called it « a historic day » on Friday.", "fr"),
    ("The minister called it „a historic day“ on Friday.", "de"),
    ("¿Why did the talks fail? he asked.", "es"),
    ("“We agree on the terms,” – the spokesman said.", "ru"),
])
def test_source_language_hints(text, lang):
    assert lang in {f.source_lang for f in tq1(text)}


def test_unspaced_guillemets_name_no_language():
    found = tq1("The minister called it «a historic day» on Friday.")
    assert [f.rule for f in found] == ["TQ105", "TQ105"] and {f.source_lang for f in found} == {None}


# --- house style ---------------------------------------------------------------------

def test_house_style_straight_quotes_and_en_dash():
    cfg = Config(select=("TQ1",), house_style={"quotes": "straight", "dash": "en"})
    assert fixed("“We agree,” he said. The minister called it \"a success\".", cfg) == \
        "\"We agree,\" he said. The minister called it \"a success\"."
    assert fixed("The plan--which was approved--failed.", cfg) == "The plan – which was approved – failed."
    assert fixed("They agreed to expand trade -which reached a record-, as well as cooperation.", cfg) == \
        "They agreed to expand trade – which reached a record –, as well as cooperation."
    assert fixed("The minister called it « a historic day » on Friday.", cfg) == \
        "The minister called it \"a historic day\" on Friday."
    # Straight-only copy is consistent: not flagged in the curly house style either.
    assert not tq1("\"We agree,\" he said.")


def test_default_house_style_is_curly_and_em_dash():
    assert fixed("The plan--which was approved--failed.") == "The plan—which was approved—failed."
    assert fixed("“We agree,” he said. The minister called it \"a success\".") == \
        "“We agree,” he said. The minister called it “a success”."


# --- the quotation model ----------------------------------------------------------------

def test_quote_roles_and_certainty():
    marks = document_marks(Document("“We confront threats to security“Xi said. “Fine,” he added."))
    assert [m.role for m in marks] == ["open", "close", "open", "close"]
    assert marks[1].wrong_direction and marks[1].certain
    assert not any(m.wrong_direction for i, m in enumerate(marks) if i != 1)


def test_ambiguous_marks_get_no_fix():
    # Two closing marks for one quotation, no sentence around them: no safe edit.
    found = tq1("justice.” and international fairness,”")
    assert found and all(f.fix is None for f in found)


def test_apostrophes_are_not_quotes():
    text = "each other’s ’90s rock ’n’ roll farmers’ union"
    for i, ch in enumerate(text):
        if ch == "’":
            assert apostrophe_like(text, i), i
    assert not apostrophe_like("he said ‘no’ twice", 8)


def test_family_cost_grows_linearly():
    import time

    from tqcheck.context import RuleContext
    from tqcheck.rules.registry import select_rules

    rules = select_rules(("TQ1",))
    ctx = RuleContext(Config())
    unit = ("“We agree,” the minister said, and the talks -which began in May- ended . "
            "They will vote  that day - first, the plan. ")

    def cost(n):
        doc = Document(unit * n)
        doc.paragraphs
        t = time.perf_counter()
        hits = sum(len(list(r.check(doc, ctx))) for r in rules)
        assert hits == 5 * n  # two hyphens, a space before a full stop, a doubled space, a spaced hyphen
        return time.perf_counter() - t

    # best of three, so a busy machine does not fail the test: linear is ×4, quadratic ×16
    small = min(cost(1000) for _ in range(3))
    big = min(cost(4000) for _ in range(3))
    assert big < 10 * small + 0.2, (small, big)
