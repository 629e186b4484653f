"""Currency words, signs and ISO-code prefixes shared by the TQ2 amount rules, and the way an
amount is written back with its currency in house style."""
from __future__ import annotations

from .helpers import lazy

# Currency words that may follow an amount. Dollars become `$` (AP/Reuters style);
# the others keep their word (house style may ask for `€`).
CURRENCY_WORDS = (r"(?:(?:US|U\.S\.|American)\s+)?dollars|euros|pesos|reais|reales|soles|pounds(?:\s+sterling)?|"
                  r"yuan|yen|rupees|roubles|rubles|francs|bolivars|bol[ií]vares|colones|quetzales|"
                  r"guaran[ií]es|lempiras|c[oó]rdobas|dirhams|rand|lira|lire|zlotys")
CUR_RE = rf"(?:\s+(?P<cur>{CURRENCY_WORDS})(?![\w'’]))?(?![\w])"
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
SIGN = r"(?:US|U\.S\.|R|C|A|HK|NZ|S)?\$[ \u00a0]?|[€£¥][ \u00a0]?"   # `$`, `US$`, `€ `...
PREFIX = rf"(?P<pre>{SIGN}|(?P<iso>[A-Z]{{3}})[ \u00a0])?"


def currency_out(amount: str, pre: str | None, cur: str | None, ctx) -> str:
    """`amount` (``150 billion``) written with its currency in house style."""
    pre = (pre or "").strip()
    if pre and pre[:3].isalpha():                      # ISO code: accepted as it is
        return f"{pre} {amount}" + (f" {cur}" if cur else "")
    if cur and cur.lower().endswith("dollars"):
        return f"{pre or '$'}{amount}"
    if pre:
        return f"{pre}{amount}" + (f" {cur}" if cur else "")
    if cur and cur.lower() == "euros" and ctx is not None and ctx.house_style.get("euro", "word") == "symbol":
        return f"€{amount}"
    if cur and cur.lower() == "reales":
        cur = "reais"
    return amount + (f" {cur}" if cur else "")


# An amount with a sign and a currency word (`$2,100 pesos`, `US$ 50 million dollars`): TQ214
# reports it, and TQ202/TQ213 leave it to TQ214.
SIGN_WORD_RE = lazy(
    r"(?<![\w$€£¥])(?P<sign>(?:US|U\.S\.|R|C|A|HK|NZ|S|MX|Mex|COP|CLP|ARS)?\$|€|£)[ \u00a0]?"
    r"(?P<num>\d[\d,.]*\d|\d)(?P<scale>[ \u00a0]+(?:thousand|million|billion|trillion))?[ \u00a0]+"
    r"(?P<word>(?:US[ \u00a0]|U\.S\.[ \u00a0])?dollars|pesos|soles|reais|reales|bolivars|colones|quetzales|"
    r"lempiras|c[oó]rdobas|guaran[ií]es|euros|pounds)(?![a-z'’])"
)
