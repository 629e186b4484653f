"""Proper names in a source sentence, and whether the English keeps them.

A name is a run of capitalised words (joined by particles such as `de`, `da`, `von`) with
at least one word that does not open the sentence; German, which capitalises every noun,
needs two capitalised words in a row. A name is kept when one of its words (four letters
or more) is in the target, accent-folded (`Bogotá` = `Bogota`), spelled nearly the same
(`Rusia`/`Russia`), or is a known exonym (`Alemania`/`Germany`). A name is translated
as words when a word of it is missing and its common-word meaning is there
(`Pedro Castillo` -> `Peter Castle`)."""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from ...nlp.text import fold

_CAP = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:[-'’][^\W\d_]+)*")
_PARTICLES = frozenset("de del da das do dos di della von van der la le du des y e".split())
# Capitalised words that are not names (sentence openers, titles, days, months...).
_COMMON = frozenset(fold(w) for w in """
El La Los Las Un Una Unos Unas Este Esta Estos Estas Ese Esa Al En Con Por Para Sin Según Tras Desde Hasta Pero
Sin Ya Así Como Cuando Donde También Además Sin Embargo Mientras Aunque Hoy Ayer Según Sobre Entre Ante
Le Les Des Une Ce Cette Ces Dans Avec Pour Selon Après Depuis Mais Ainsi Comme Quand Aussi Lors Il Elle Ils Elles
O A Os As Um Uma Na No Nas Nos Com Pelo Pela Segundo Após Mas Também Ele Ela Eles Elas Isso Isto
Lo Gli Il Nel Nella Con Per Dopo Secondo Ma Anche Quando Questo Questa
Der Die Das Ein Eine Im Am Mit Für Nach Laut Aber Auch Wenn Als Er Sie Es Wir Dies Diese Dieser
Sr Sra Dr Dra Don Doña Presidente Presidenta Ministro Ministra Gobierno Estado Congreso Senado Tribunal
Président Ministre Gouvernement Presidente Governo Ministro Presidente Governo
Präsident Präsidentin Minister Ministerin Regierung Bundesregierung Kanzler Kanzlerin
Lunes Martes Miércoles Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto
Septiembre Octubre Noviembre Diciembre
Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août
Euro Dollar Prozent Milliarden Millionen Milliarde Million Tausend Uhr Jahr Jahre Jahren
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März Juni Juli Oktober Dezember
""".split())
# Exonyms: a source name and the English forms that keep it.
_EXONYMS = {fold(k): tuple(fold(x) for x in v.split("|")) for k, v in (p.split("=") for p in """
España=Spain Espanha=Spain Espagne=Spain Spagna=Spain Spanien=Spain Alemania=Germany Allemagne=Germany
Alemanha=Germany Germania=Germany Deutschland=Germany Francia=France Frankreich=France França=France
Estados=United|States|US|U.S. Unidos=United|States|US|U.S. Unis=United|States|US Unidas=United|Nations|UN
Reino=Kingdom|Britain|UK Unido=Kingdom|Britain|UK Unión=Union|EU Europea=European|EU Union=Union|EU
Européenne=European|EU Europäische=European|EU Europeia=European|EU Europea=European|EU
Naciones=Nations|UN Nations=Nations|UN Nazioni=Nations|UN Nações=Nations|UN
Japón=Japan Japon=Japan Japão=Japan Giappone=Japan Brasil=Brazil Brésil=Brazil Brasile=Brazil Brasilien=Brazil
Moscú=Moscow Moscou=Moscow Mosca=Moscow Moskau=Moscow Londres=London Londra=London Pekín=Beijing Pékin=Beijing
Pequim=Beijing Pechino=Beijing Peking=Beijing Nueva=New York=York Varsovia=Warsaw Varsovie=Warsaw
Ginebra=Geneva Genève=Geneva Ginevra=Geneva Genf=Geneva Múnich=Munich München=Munich Colonia=Cologne Köln=Cologne
Viena=Vienna Vienne=Vienna Wien=Vienna Atenas=Athens Athènes=Athens Atene=Athens Lisboa=Lisbon Lisbonne=Lisbon
Roma=Rome Rom=Rome Milán=Milan Milano=Milan Mailand=Milan Turín=Turin Torino=Turin Florencia=Florence Firenze=Florence
Venecia=Venice Venezia=Venice Nápoles=Naples Napoli=Naples Sevilla=Seville Bruselas=Brussels Bruxelles=Brussels
Brüssel=Brussels Bruxelas=Brussels Bruxelles=Brussels Países=Netherlands Bajos=Netherlands Holanda=Netherlands
Suiza=Switzerland Suisse=Switzerland Schweiz=Switzerland Svizzera=Switzerland Suíça=Switzerland
Grecia=Greece Grèce=Greece Griechenland=Greece Rusia=Russia Russie=Russia Rússia=Russia Russland=Russia
Ucrania=Ukraine Ucraina=Ukraine Ucrânia=Ukraine Polonia=Poland Pologne=Poland Polen=Poland Polônia=Poland
Turquía=Turkey Turquie=Turkey Türkei=Turkey Turchia=Turkey Turquia=Turkey Marruecos=Morocco Maroc=Morocco
Egipto=Egypt Égypte=Egypt Ägypten=Egypt Egitto=Egypt Egito=Egypt Irlanda=Ireland Irlande=Ireland Irland=Ireland
Italia=Italy Italie=Italy Italien=Italy Itália=Italy Portugal=Portugal Perú=Peru Pérou=Peru Méjico=Mexico
México=Mexico Mexique=Mexico Messico=Mexico Mexiko=Mexico Cataluña=Catalonia Catalogne=Catalonia
Otan=NATO OTAN=NATO ONU=UN UE=EU Casa=House Blanca=White Blanche=White Weißen=White Weiße=White Branca=White
Bianca=White Santa=Holy Sede=See Vaticano=Vatican Vatican=Vatican Vatikan=Vatican
""".split())}
# Name words that are also common words: a translation of them in the target, with the name
# gone, means the name was translated (`Castillo` -> `Castle`).
_AS_WORDS = {fold(k): tuple(v.split("|")) for k, v in (p.split("=") for p in """
Pedro=Peter Pierre=Peter|Stone Pietro=Peter Juan=John Jean=John João=John Giovanni=John José=Joseph
Giuseppe=Joseph Miguel=Michael Michel=Michael Guillermo=William Guillaume=William Jorge=George Giorgio=George
Castillo=Castle Castelo=Castle Castello=Castle Blanco=White Blanc=White Bianchi=White Weiß=White Weiss=White
Rosa=Rose Flores=Flowers Paz=Peace Luz=Light Cruz=Cross Iglesias=Churches Iglesia=Church Torres=Towers
Rey=King Reyes=Kings Leroy=King König=King Santos=Saints Campos=Fields Prado=Meadow Moreno=Brown
Fuentes=Fountains|Sources Montes=Mountains|Hills Nieves=Snows Dolores=Pains Bosque=Forest Del=Of
Delgado=Thin Calvo=Bald Rubio=Blond Vidal=Life Herrero=Smith Herrera=Smith Schmidt=Smith Müller=Miller
Schneider=Tailor Fischer=Fisher Koch=Cook Zimmermann=Carpenter Lefebvre=Smith Boulanger=Baker Petit=Small
Legrand=Big Dupont=Bridge Ferrari=Smith Rossi=Red Russo=Red Romano=Roman Esposito=Exposed Colombo=Dove
Leone=Lion León=Lion Lobo=Wolf Lobos=Wolves Toro=Bull Vega=Meadow Ríos=Rivers Río=River Mar=Sea Sol=Sun
Victoria=Victory Ángel=Angel Ángeles=Angels Cielo=Sky Esperanza=Hope Consuelo=Comfort Amparo=Shelter
Soledad=Loneliness Pilar=Pillar Mercedes=Mercies Rocío=Dew Inês=Agnes Oliveira=Olive Pereira=Pear
Carvalho=Oak Ferreira=Blacksmith Silva=Jungle|Forest Costa=Coast Lima=Lime Rocha=Rock Martins=Martins
De=Of Del=Of Da=Of Di=Of Von=Of Van=Of
Bonnet=Hat Blanche=White Verde=Green Schwarz=Black Braun=Brown Klein=Small Lange=Long Wolf=Wolf
""".split())}


# German capitalised words that are common nouns or adjectives by their endings.
_DE_COMMON = re.compile(r"(?:amt|ung|heit|keit|schaft|isch|ische|ischen|isches|ischer|ium|ion|tät|ismus|"
                        r"erei|liche|lichen|licher|bank|rat|tag|gericht|ministerium|verband|partei)$")


# Words that open the names of institutions, which English translates (`Consejo de
# Ministros` -> `cabinet`, `Partido Popular` -> `People's Party`): such a name may be missing
# in its source form without anything being lost.
INSTITUTION = frozenset(fold(w) for w in """
Consejo Partido Ministerio Banco Federación Tribunal Comisión Asamblea Universidad Instituto Fundación
Agencia Policía Guardia Ejército Fuerzas Cámara Parlamento Ayuntamiento Junta Comunidad Audiencia Corte
Congreso Senado Gobierno Estado Oficina Dirección Secretaría Sindicato Confederación Asociación Cruz
Conseil Parti Assemblée Banque Cour Ministère Fédération Syndicat Commission Agence Office Direction Ligue
Conselho Câmara Supremo Polícia Ministério Partido Assembleia Universidade Instituto Fundação Agência
Consiglio Partito Camera Senato Banca Ministero Federazione Corte Protezione Procura Polizia Regione Comune
Bundesamt Bundestag Bundesrat Bundesverfassungsgericht Bundesbank Statistische Deutsche Europäische
Vereinte Nationen Naciones Unión Union Nations Organización Organisation Organização Organizzazione
Plan Programa Programme Plano Piano Ley Loi Lei Legge Gesetz Real Feria Premio Prix Prémio Premio
""".split())


class Name(NamedTuple):
    start: int
    end: int
    words: tuple[tuple[int, int], ...]    # the capitalised words (not the particles)


def names(text: str, start: int, end: int, lang: str) -> list[Name]:
    """The proper names in the sentence(s) ``text[start:end]``."""
    out: list[Name] = []
    run: list[tuple[int, int]] = []
    first = _first_word(text, start, end)

    def flush():
        ws = [w for w in run if fold(text[w[0]:w[1]]) not in _COMMON]
        need = 2 if lang == "de" else 1
        if lang == "de" and any(_DE_COMMON.search(text[a:b]) for a, b in ws):
            ws = []           # German nouns and adjectives (`Statistische Bundesamt`), not names
        if len(ws) >= need and any(w[0] != first for w in ws) and not all(text[a:b].isupper() for a, b in ws):
            out.append(Name(ws[0][0], ws[-1][1], tuple(ws)))
        run.clear()

    pos = start
    for m in _CAP.finditer(text, start, end):
        gap = text[pos:m.start()]
        if run and not _joins(gap, lang):
            flush()
        run.append((m.start(), m.end()))
        pos = m.end()
    if run:
        flush()
    return out


def _joins(gap: str, lang: str) -> bool:
    parts = gap.split()
    return (gap == " " or (lang != "de" and (gap.startswith(" ") and gap.endswith(" ") and len(parts) == 1
                           and parts[0].lower() in _PARTICLES)))


def _first_word(text: str, start: int, end: int) -> int:
    m = re.compile(r"[^\W\d_]").search(text, start, end)
    return m.start() if m else -1


@lru_cache(maxsize=4096)
def _target_words(target: str) -> tuple[frozenset, tuple[str, ...]]:
    ws = [fold(w) for w in re.findall(r"[^\W\d_]+", target)]
    return frozenset(ws), tuple(ws)


_TRANSLIT = (("tsch", "ch"), ("sch", "sh"), ("kh", "h"), ("ch", "h"), ("ck", "k"), ("ph", "f"), ("th", "t"),
             ("w", "v"), ("j", "y"), ("z", "s"), ("ou", "u"), ("ij", "y"), ("ie", "i"), ("c", "k"), ("x", "ks"))


@lru_cache(maxsize=8192)
def _key(w: str) -> str:
    """A spelling key that transliterations share (`Selenskyj`, `Zelensky`; `Wolodymyr`,
    `Volodymyr`)."""
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)
    return w.rstrip("y") or w


def _near(a: str, b: str) -> bool:
    if len(a) < 4 or len(b) < 4:
        return False
    if a[:3] == b[:3] and SequenceMatcher(None, a, b).ratio() >= 0.8:
        return True
    ka, kb = _key(a), _key(b)
    return abs(len(ka) - len(kb)) <= 2 and ka[:2] == kb[:2] and SequenceMatcher(None, ka, kb).ratio() >= 0.85


def kept(word: str, target: str) -> bool:
    """Whether source name word ``word`` is in the English ``target``."""
    w = fold(word)
    have, seq = _target_words(target)
    if w in have or any(x in have for x in _EXONYMS.get(w, ())):
        return True
    return any(_near(w, t) for t in have)


def translated_as(word: str, target: str) -> str | None:
    """The common-word translation of name word ``word`` found capitalised in ``target``."""
    for tr in _AS_WORDS.get(fold(word), ()):
        m = re.search(r"\b" + re.escape(tr) + r"\b", target)
        if m:
            return tr
    return None


def is_keyable(word: str) -> bool:
    """A name word long enough to look for (`de`, initials and short words are not)."""
    return len(word) >= 3 and not word.isupper()
