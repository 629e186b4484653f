"""Cost of the TQ3xx matcher (CPU time): 200 copies of the seed, with and without a 10,000-entry phrasebook.

    python scripts/bench_calques.py
"""
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqcheck.config import Config  # noqa: E402
from tqcheck.context import RuleContext  # noqa: E402
from tqcheck.document import Document  # noqa: E402
from tqcheck.rules.registry import select_rules  # noqa: E402

WORDS = ("report statement minister agreement growth council region budget policy market energy "
         "court police union border trade vote health school water price office crisis plan").split()


def synthetic_phrasebook(n: int, path: Path) -> None:
    rnd = random.Random(0)
    out = ['[meta]\nsource_language = "es"\n']
    for i in range(n):
        w = rnd.sample(WORDS, 3)
        pattern = f"<{w[0]}> of the|a {w[1]} {w[2]}x{i}"
        out.append(f'''[[entry]]
id = "e{i}"
pattern = "{pattern}"
suggest = ["x"]
kind = "calque"
severity = "warning"
explain = "synthetic"
fire = ["{w[0]} of the {w[1]} {w[2]}x{i}"]
quiet = ["nothing here"]
''')
    path.write_text("\n".join(out), "utf-8")


def run(label: str, config: Config, text: str, copies: int = 200) -> None:
    rules = select_rules(("TQ3",))
    ctx = RuleContext(config=config)
    t0 = time.process_time()
    list(rules[0].check(Document(text), ctx))          # load + compile lexicons (first use)
    t1 = time.process_time()
    docs = [Document(text) for _ in range(copies)]
    for d in docs:
        d.tokens                                        # tokenising is shared with other families
    t2 = time.process_time()
    n = 0
    for d in docs:
        for r in rules:
            n += len(list(r.check(d, ctx)))
    t3 = time.process_time()
    print(f"{label}: load+compile {1000 * (t1 - t0):.0f} ms; {copies} seeds: {1000 * (t3 - t2):.0f} ms "
          f"({1000 * (t3 - t2) / copies:.2f} ms/article), {n} hits")


if __name__ == "__main__":
    seed = (ROOT / "seeds" / "efe-2022-02-04.txt").read_text("utf-8")
    run("built-in lexicons", Config(), seed)
    with tempfile.TemporaryDirectory() as tmp:
        pb = Path(tmp) / "big.toml"
        synthetic_phrasebook(10_000, pb)
        run("built-in + 10,000-entry phrasebook", Config(phrasebooks=(str(pb),)), seed)
