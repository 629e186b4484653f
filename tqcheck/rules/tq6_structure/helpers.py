"""Shared by TQ6xx rules: wire and photo agencies, word repeats English keeps."""
from __future__ import annotations

# News and photo agencies, as they sign a caption or a photo credit.
AGENCIES = ("EFE|AP|AFP|Reuters|REUTERS|Xinhua|XINHUA|ANSA|dpa|DPA|EPA|EPA-EFE|Getty Images|Europa Press|"
            "Télam|Telam|Agência Brasil|Estadão Conteúdo|Estadão Content|Bloomberg|TASS|RIA Novosti|Sputnik|"
            "Anadolu|Notimex|AAP|Kyodo|Yonhap|Andina|Shutterstock|Cuartoscuro|Folhapress|Archivo|Archive|"
            "File|Handout|Presidencia|Presidency")

# Words English repeats on purpose: `had had`, `very very`, `more and more`, `again and again`.
INTENSIFYING = frozenset("""had that is do bye ha knock tut chop very so no yes now there well far many
    much more less fewer again go pretty really over on round through by years months weeks days hours
    minutes miles tons dozens hundreds thousands millions billions layers time times side step bit
    little back forth up down out in off around slowly never please come ever bigger better worse""".split())
