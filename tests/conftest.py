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


# Hypothesis profiles: property tests without an explicit ``max_examples`` run 2,000
# examples each by default (the CI runs the suite as it is); HYPOTHESIS_PROFILE=dev runs
# 200 for a quicker local loop.
from hypothesis import HealthCheck, settings as _hyp_settings  # noqa: E402

_hyp_settings.register_profile("ci", max_examples=2000, deadline=None,
                               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_hyp_settings.register_profile("dev", max_examples=200, deadline=None,
                               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_hyp_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
