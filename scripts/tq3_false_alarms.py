"""TQ3xx false alarms on English that is not Spanish-sourced.

    python scripts/tq3_false_alarms.py

1. corpora/eval/clean-en.txt (idiomatic English news sentences), through the engine (auto).
2. The WMT 2023 zh-en MQM targets (../shared/data): every distinct MT segment, raw matcher
   hits, split into strong entries (would be reported) and weak ones (only when the source
   language is the entry's language, which a zh->en text never infers).
"""
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from tqcheck.api import check_text  # noqa: E402
from tqcheck.config import Config  # noqa: E402
from tqcheck.lexicon import get_matcher  # noqa: E402

lines = [l for l in (ROOT / "corpora/eval/clean-en.txt").read_text("utf-8").splitlines() if l.strip()]
found = [(f.rule, f.text) for l in lines for f in check_text(l, Config(select=("TQ3",))).findings]
print(f"clean-en: {len(lines)} sentences, {len(found)} TQ3 findings {found}")

try:
    from mqm import load_segments
    segs = list(load_segments())
except (ImportError, OSError) as exc:
    print(f"MQM data not available: {exc}")
    sys.exit(0)
m = get_matcher(())
texts = sorted({s.target for s in segs})
strong, weak = collections.Counter(), collections.Counter()
for t in texts:
    for h in m.scan_text(t):
        e = h.entry.entry
        (weak if e.weak else strong)[(e.id, t[h.start:h.end])] += 1
print(f"MQM zh-en: {len(texts)} distinct segments; strong hits {sum(strong.values())} {dict(strong)}; "
      f"weak hits {sum(weak.values())} {dict(weak)}")
