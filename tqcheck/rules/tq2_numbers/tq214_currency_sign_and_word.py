"""TQ214 currency-sign-and-word: An amount with both a currency sign and a currency word
(`$2,100 pesos`, `$50 dollars`, `€20 euros`).

Examples: cases/TQ214.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .currency import SIGN_WORD_RE
from .helpers import scan

# The word an English writer keeps with each sign: `$` is the peso, real, sol... sign in
# Latin America, so with a word other than dollars the word stays and the sign goes.
_SIGN_OF = {"dollars": "$", "euros": "€", "pounds": "£"}


@rule(
    "TQ214", name="currency-sign-and-word", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Amount with both a currency sign and a currency word (`$2,100 pesos`, `$50 dollars`).",
    explanation="""Latin American copy writes pesos, soles and reais with the `$` sign
    (`$2.100`), and machine translation adds the currency word as well: `$2,100 pesos`, `$50
    dollars`. English news writes the amount once, with the sign for dollars, euros and pounds
    (`$50`, `€20`) and with the word for the others (`2,100 pesos`).""",
    fixable=True,
    sources=("AP Stylebook: dollars; cents", "MQM core typology: Locale convention > Currency format"),
)
def currency_sign_and_word(doc, ctx):
    text = doc.text
    if not any(s in text for s in "$€£"):
        return
    for m in scan(SIGN_WORD_RE, doc):
        sign, num, word = m.group("sign"), m.group("num"), m.group("word")
        scale = m.group("scale") or ""
        kind = word.split()[-1].split("\u00a0")[-1]
        if scale.split() == ["million"] and (N.parse_english(num) or 0) >= 1000:
            continue                                   # `$4,750 million dollars`: TQ201
        closed = " ".join(scale.split())
        amount = num + (f" {closed}" if closed else "")
        wanted = _SIGN_OF.get(kind)
        if wanted is not None:
            if not sign.endswith(wanted):
                continue                               # `£5 dollars`: a conversion gone wrong, left alone
            out = f"{sign}{amount}"
        elif sign.endswith("$"):
            out = f"{amount} {'reais' if kind == 'reales' else kind}"
        else:
            continue
        span = m.group()
        yield Hit(m.start(), m.end(), f"`{span}` gives the currency twice, with a sign and a word; "
                  f"write `{out}`.", suggestions=(out,), fix=out)
