import json
import os
from pathlib import Path

import pytest

# Subprocesses started by the tests (`python -m tqcheck`, `python -c ...`) must import
# the installed package, not the source folder in the current directory (whose
# tqcheck.corpora only exists once installed): keep the cwd off their sys.path.
os.environ["PYTHONSAFEPATH"] = "1"

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "efe-2022-02-04.txt"
SEED_GOLD = ROOT / "seeds" / "efe-2022-02-04.gold.jsonl"


def load_gold(path=SEED_GOLD):
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


@pytest.fixture(scope="session")
def seed_text():
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def seed_gold():
    return load_gold()
