"""TQ213 spaced-currency-sign: Space between a currency sign and its amount (`$ 180.50`,
`R $ 2 million`, `€ 150`) or inside the amount (`$212 .40`).

Examples: cases/TQ213.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .currency import SIGN_WORD_RE
from .helpers import lazy, scan

# `R $`: Brazil's sign split in two. `US $61` is some outlets' house style, and a space after
# a lettered sign (`US$ 7`) is common in Latin American English copy: info only. Other
# letters stay outside (`A $5 fee` is an article, not the Australian dollar).
_SPACED_SIGN_RE = lazy(
    r"(?<![\w$€£¥])(?P<sign>(?:R[ \u00a0]?)?\$|(?:US|U\.S\.|C|A|HK|NZ|S|MX)[ \u00a0]?\$|[€£¥])"
    r"(?P<gap>[ \u00a0]*)(?P<num>\d[\d,.]*\d|\d)(?P<split>[ \u00a0]\.\d{2}(?!\d))?(?![\d\w])"
    r"(?P<scale>[ \u00a0]+(?:thousand|million|billion|trillion)\b)?"
)

_ABBR_AFTER = lazy(r"[ \u00a0](?:bi|mi|md[pd]|mmd[pd])\b")


@rule(
    "TQ213", name="spaced-currency-sign", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Space after a currency sign (`$ 180.50`, `R $ 2 million`, `€ 150`) or inside the amount "
            "(`$212 .40`).",
    explanation="""Spanish, Portuguese and French typography put a space between the currency
    sign and the amount (`$ 180,50`, `R$ 2 milhões`, `150 €`), and machine translation often
    splits the sign itself (`R $`) or the decimals (`$212 .40`). English writes the sign
    against the figure: `$180.50`, `R$2 million`, `€150`, `$212.40`.""",
    fixable=True,
    sources=("AP Stylebook: dollars; cents", "MQM core typology: Locale convention > Currency format"),
)
def spaced_currency_sign(doc, ctx):
    text = doc.text
    if not any(s in text for s in "$€£¥"):
        return
    for m in scan(_SPACED_SIGN_RE, doc):
        sign, gap, num, split = m.group("sign"), m.group("gap"), m.group("num"), m.group("split")
        closed_sign = sign.replace(" ", "").replace("\u00a0", "")
        if not gap and not split and (closed_sign == sign or not sign.startswith("R")):
            continue                                   # `$14`, `US $61`
        scale = (m.group("scale") or "").split()
        if scale and scale[0] == "million" and (N.parse_english(num) or 0) >= 1000:
            continue                                   # `$ 4,750 million`: TQ201 rewrites it whole
        if split and ("." in num or "," in num[-3:]):
            split = None                               # `$1.50 .40`: not one amount
        en, src = N.readings(num)
        if en is None and src is not None and not split:
            num = N.english(src)                       # `R$ 36,6`: the decimal comma goes too
        out = closed_sign + num + (split.strip() if split else "")
        end = m.end("split") if split else m.end("num")
        span = text[m.start():end]
        if out == span or SIGN_WORD_RE.match(text, m.start()) or en is None and src is None \
                or _ABBR_AFTER.match(text, end):
            continue                                   # `$ 50 dollars`, `R$ 5 bi`: TQ214/TQ220
        what = "inside the amount" if split and not gap else "between the currency sign and the amount"
        lettered = closed_sign[0] != "R" and closed_sign[0].isalpha()
        yield Hit(m.start(), end, f"`{span}`: English writes no space {what}; write `{out}`.",
                  suggestions=(out,), fix=out, severity=Severity.INFO if lettered else None)
