"""Build corpora/eval/code-mixed.jsonl: English news sentences with one to three words
left in the source language (es, fr, pt, it, de), as MT leaves them.

Each template has one slot ``[...]`` holding the English words and their rendering in
each language (hand-written translations). Every line of the output records the
sentence, the language, the character offsets of the source-language span, and the
English sentence it replaces (used to measure false alarms on the clean version).

Run: python scripts/build_code_mixed.py
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "corpora" / "eval" / "code-mixed.jsonl"

# (sentence with [slot], {lang: source words})  — the slot's English is the bracketed text.
TEMPLATES = [
    ("If the bank [raises] the rates again, mortgages will rise.",
     {"es": "sube", "fr": "augmente", "pt": "aumenta", "it": "aumenta", "de": "erhöht"}),
    ("The minister said the reform was [very important] for the country.",
     {"es": "muy importante", "fr": "très importante", "pt": "muito importante", "it": "molto importante", "de": "sehr wichtig"}),
    ("Prices went up in March, [according to] the central bank.",
     {"es": "según", "fr": "selon", "pt": "segundo", "it": "secondo", "de": "laut"}),
    ("The mayor thanked the [neighbours] who came to the meeting.",
     {"es": "vecinos", "fr": "voisins", "pt": "vizinhos", "it": "vicini", "de": "Nachbarn"}),
    ("The talks will resume [tomorrow] in the capital.",
     {"es": "mañana", "fr": "demain", "pt": "amanhã", "it": "domani", "de": "morgen"}),
    ("The company [also] announced new investments in the region.",
     {"es": "también", "fr": "aussi", "pt": "também", "it": "anche", "de": "auch"}),
    ("The opposition rejected the plan [because] it raises taxes.",
     {"es": "porque", "fr": "parce que", "pt": "porque", "it": "perché", "de": "weil"}),
    ("Thousands of [workers] marched through the city centre on Friday.",
     {"es": "trabajadores", "fr": "travailleurs", "pt": "trabalhadores", "it": "lavoratori", "de": "Arbeiter"}),
    ("The government approved the [new law] on housing.",
     {"es": "nueva ley", "fr": "nouvelle loi", "pt": "nova lei", "it": "nuova legge", "de": "neue Gesetz"}),
    ("The president arrived [yesterday] for a two-day visit.",
     {"es": "ayer", "fr": "hier", "pt": "ontem", "it": "ieri", "de": "gestern"}),
    ("The vote was postponed [until] next week.",
     {"es": "hasta", "fr": "jusqu'à", "pt": "até", "it": "fino a", "de": "bis"}),
    ("The [elections] will be held in October.",
     {"es": "elecciones", "fr": "élections", "pt": "eleições", "it": "elezioni", "de": "Wahlen"}),
    ("The police said the suspect fled [without] his documents.",
     {"es": "sin", "fr": "sans", "pt": "sem", "it": "senza", "de": "ohne"}),
    ("Inflation is [still] above the target, the report said.",
     {"es": "todavía", "fr": "encore", "pt": "ainda", "it": "ancora", "de": "noch"}),
    ("The factory will close [next year] after losing its main client.",
     {"es": "el próximo año", "fr": "l'année prochaine", "pt": "no próximo ano", "it": "l'anno prossimo", "de": "nächstes Jahr"}),
    ("The union [said] the strike would continue.",
     {"es": "dijo", "fr": "a déclaré", "pt": "disse", "it": "ha detto", "de": "sagte"}),
    ("Farmers blocked the road [with] tractors and trucks.",
     {"es": "con", "fr": "avec", "pt": "com", "it": "con", "de": "mit"}),
    ("The court ruled that the contract was [not valid].",
     {"es": "no válido", "fr": "pas valable", "pt": "não válido", "it": "non valido", "de": "nicht gültig"}),
    ("The [health minister] visited the hospital on Monday.",
     {"es": "ministro de Sanidad", "fr": "ministre de la Santé", "pt": "ministro da Saúde", "it": "ministro della Salute", "de": "Gesundheitsminister"}),
    ("Exports fell sharply [this month] because of the drought.",
     {"es": "este mes", "fr": "ce mois-ci", "pt": "este mês", "it": "questo mese", "de": "diesen Monat"}),
    ("The fire destroyed [several houses] in the village.",
     {"es": "varias casas", "fr": "plusieurs maisons", "pt": "várias casas", "it": "diverse case", "de": "mehrere Häuser"}),
    ("The negotiators worked through the night, [but] no deal was reached.",
     {"es": "pero", "fr": "mais", "pt": "mas", "it": "ma", "de": "aber"}),
    ("The bridge will be [rebuilt] with European funds.",
     {"es": "reconstruido", "fr": "reconstruit", "pt": "reconstruída", "it": "ricostruito", "de": "wiederaufgebaut"}),
    ("Residents complained about the [noise] from the new airport.",
     {"es": "ruido", "fr": "bruit", "pt": "barulho", "it": "rumore", "de": "Lärm"}),
    ("The results will be published [today] on the ministry's website.",
     {"es": "hoy", "fr": "aujourd'hui", "pt": "hoje", "it": "oggi", "de": "heute"}),
]


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with OUT.open("w", encoding="utf-8") as fh:
        for t_id, (template, subs) in enumerate(TEMPLATES, 1):
            pre, rest = template.split("[", 1)
            english_words, post = rest.split("]", 1)
            english = pre + english_words + post
            for lang, src in subs.items():
                text = pre + src + post
                if text[0].islower():
                    text = text[0].upper() + text[1:]
                start = len(pre)
                rec = {"id": f"{t_id:02d}-{lang}", "lang": lang, "text": text,
                       "spans": [[start, start + len(src)]], "source": src,
                       "english_words": english_words, "english": english}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"wrote {n} sentences to {OUT}")


if __name__ == "__main__":
    main()
