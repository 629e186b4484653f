"""TQ305's cognate table: built from the shipped word lists by scripts/build_cognates.py,
current, and every entry well formed. The rule's behaviour is in cases/TQ305.toml."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tqcheck" / "rules" / "tq3_calques" / "data" / "cognates.json"


def _builder():
    spec = importlib.util.spec_from_file_location("build_cognates", ROOT / "scripts" / "build_cognates.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_table_is_current():
    assert TABLE.read_text("utf-8") == _builder().render(_builder().build()), \
        "run: python scripts/build_cognates.py"


def test_entries_are_well_formed():
    table = json.loads(TABLE.read_text("utf-8"))
    assert len(table) > 1000
    for word, twins in table.items():
        assert word.isascii() and word.isalpha() and word.islower(), word
        for lang, twin, src_band, en_band in twins:
            assert lang in {"es", "fr", "pt", "it", "de"}
            assert src_band >= 30 and en_band < 30 and twin != word


def test_suffix_mapping():
    b = _builder()
    assert "efficacity" in b.english_forms("fr", "efficacité")
    assert "mobilization" in b.english_forms("es", "movilización")
    assert "aktivity" in b.english_forms("de", "aktivität") and "activity" in b.english_forms("de", "aktivität")
    assert b.english_forms("es", "casa") == set()


def test_common_english_and_its_variants_are_not_listed():
    table = json.loads(TABLE.read_text("utf-8"))
    for word in ("activity", "mobilization", "mobilisation", "mobilizations", "efficacy",
                 "tourist", "society", "university", "position"):
        assert word not in table, word


def test_confidence_tiers():
    from tqcheck.rules.tq3_calques.tq305_cognate_overuse import confidence

    assert confidence([["fr", "efficacité", 40, 0]]) == 0.8
    assert confidence([["fr", "x", 33, 0]]) == 0.6
    assert confidence([["fr", "touristique", 40, 20]]) == 0.4


def test_trigger_words_read_off_the_lines_are_the_table_keys():
    from tqcheck.rules.tq3_calques import tq305_cognate_overuse as m

    assert m.words() == list(m.table())
    assert len(m._KEY_RE.findall(m._raw())) == len(m.table())   # no fallback to decoding
