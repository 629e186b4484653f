"""End to end: machine-translated stories from French, Portuguese, Italian and German
draw findings from their own lexicon and are guessed as coming from that language.

The stories are written in the style of real MT output (one paragraph each); every
artefact in them is an entry of corpora/<src>-en/calques.toml.
"""
import pytest

from tqcheck.api import check_text
from tqcheck.config import Config

STORIES = {
    "fr": ("The tenant of the Elysée evoked the possibility of a referendum this Tuesday, in the frame of the "
           "great national debate. It acts of a first since 2005, and the Elysée precised that the vote would be binding. The intersyndicale "
           "called a new day of mobilisation. In the night from Wednesday to Thursday, a hundred of manifestants "
           "were interpellated by the forces of order.",
           {"The tenant of the Elysée", "It acts of", "precised that", "manifestants", "interpellated"}),
    "pt": ("The Executive of António Costa approved, in the ambit of the recovery plan, a package of 2 billion euros. "
           "The minister referred that the measures will enter into force in the day 15. In declarations to Lusa, "
           "the holder of the folder defended that the country must make face to rising prices. The fire was fought "
           "by 400 operationals and 120 terrestrial means.",
           {"referred that the", "in the day 15", "holder of the folder", "operationals", "terrestrial means"}),
    "it": ("The Premier held a speech in the Senate on the budget manoeuvre. In these hours, the Colle is examining "
           "the DDL, while the crisis table with the unions continues. The Region Lombardy said itself satisfied. "
           "In the night between Tuesday and Wednesday, the Finance Guard seized 2 million euros.",
           {"budget manoeuvre", "the Colle", "the DDL", "The Region Lombardy", "said itself satisfied"}),
    "de": ("The SPD chef said towards the newspaper Bild that pensions must rise. According to own statements, the "
           "ministry becomes money from the EU. The Federal Agency for Work communicated on Monday that 2.9 million "
           "people are jobless. In the night to Sunday, unknown persons set fire to a car.",
           {"SPD chef", "said towards", "According to own statements", "becomes money", "In the night to Sunday"}),
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_story_is_guessed_from_its_lexicon(lang):
    text, expected = STORIES[lang]
    result = check_text(text, Config(select=("TQ3",)))
    found = {f.text for f in result.findings}
    assert expected <= found, expected - found
    assert result.source_language.guess == lang
    assert all(f.source_lang in (lang, None) for f in result.findings)
