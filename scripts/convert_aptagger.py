"""Convert textblob-aptagger's averaged-perceptron weights to a plain-text table (run once).

The PyPI package ``textblob-aptagger`` 0.2.0 (MIT, Copyright 2013 Matthew Honnibal)
ships ``trontagger-0.1.0.pickle``: a tuple ``(weights, tagdict, classes)`` in the
feature format that NLTK's ``PerceptronTagger`` uses. We never unpickle it at run time:
this script reads it once with an unpickler that allows only the ``set`` global and
writes ``tqcheck/nlp/data/perceptron_en.tsv``, which ``tqcheck.nlp.tagger`` loads (the
layout is described in ``tqcheck.nlp.tagger.FeatureWeights``).

Usage:
    pip download textblob-aptagger==0.2.0 --no-deps -d /tmp/apt
    python scripts/convert_aptagger.py /tmp/apt/textblob_aptagger-0.2.0-py2.py3-none-any.whl
"""
from __future__ import annotations

import io
import pickle
import sys
import zipfile
from pathlib import Path

from tqcheck.nlp.tagger import MODEL_FORMAT, feature_bucket

OUT = Path(__file__).resolve().parents[1] / "tqcheck" / "nlp" / "data" / "perceptron_en.tsv"
SOURCE = "textblob-aptagger 0.2.0 trontagger-0.1.0.pickle (MIT, (c) 2013 Matthew Honnibal)"
# 4096 buckets: ~23 features (~1.3 KB) per bucket to search, 4097 offsets to read at load.
BUCKETS = 4096
MEMBER = "textblob_aptagger/trontagger-0.1.0.pickle"


class SetOnlyUnpickler(pickle.Unpickler):
    """Refuses every global except the builtin ``set``: no code can run."""

    def find_class(self, module, name):
        if module in ("__builtin__", "builtins") and name == "set":
            return set
        raise pickle.UnpicklingError(f"global {module}.{name} is not allowed")


def _text(x):
    return x.decode("utf-8") if isinstance(x, bytes) else x


def convert(wheel: str) -> dict:
    with zipfile.ZipFile(wheel) as zf:
        raw = zf.read(MEMBER)
    weights, tagdict, classes = SetOnlyUnpickler(io.BytesIO(raw), encoding="latin-1").load()
    class_list = sorted(_text(c) for c in classes)
    index = {c: i for i, c in enumerate(class_list)}
    out_w = {}
    for feat, by_tag in weights.items():
        # Weights rounded to 3 decimals; zero weights dropped (they never change a score).
        pairs = [(index[_text(t)], round(float(w), 3)) for t, w in by_tag.items()]
        pairs = sorted((i, w) for i, w in pairs if w != 0.0)
        if pairs:
            # One string per feature ("class_index:weight ..."), parsed on first use.
            out_w[_text(feat)] = " ".join(f"{i}:{w:g}" for i, w in pairs)
    return {
        "classes": class_list,
        "tagdict": {_text(k): _text(v) for k, v in sorted(tagdict.items())},
        "weights": dict(sorted(out_w.items())),
    }


def table_bytes(model: dict) -> bytes:
    """The model as ``data/perceptron_en.tsv`` (layout: ``tqcheck.nlp.tagger.FeatureWeights``)."""
    buckets: list[list[bytes]] = [[] for _ in range(BUCKETS)]
    for feat, weights in model["weights"].items():
        key = feat.encode("utf-8")
        if any(c in feat for c in "\t\n\r") or any(c.isspace() for c in weights.replace(" ", "")):
            raise ValueError(f"feature {feat!r} cannot be written as one table line")
        buckets[feature_bucket(key, BUCKETS)].append(key + b"\t" + weights.encode("ascii") + b"\n")
    starts, pos = [], 0
    for lines in buckets:
        lines.sort()
        starts.append(pos)
        pos += sum(map(len, lines))
    starts.append(pos)
    pairs = []
    for word, tag in model["tagdict"].items():
        if any(c.isspace() for c in word + tag):
            raise ValueError(f"tag dictionary entry {word!r}: {tag!r} contains a space")
        pairs += [word, tag]
    header = [
        MODEL_FORMAT,
        f"source\t{SOURCE}",
        "weights\tbody lines: feature<TAB>class_index:weight ... (indices into classes)",
        f"features\t{len(model['weights'])}",
        "classes\t" + " ".join(model["classes"]),
        "tagdict\t" + " ".join(pairs),
        "buckets\t" + " ".join(map(str, starts)),
    ]
    return ("\n".join(header) + "\n\n").encode("utf-8") + b"".join(b"".join(lines) for lines in buckets)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    model = convert(argv[1])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(table_bytes(model))
    print(f"{OUT}: {len(model['weights'])} features, {len(model['tagdict'])} tagdict entries, "
          f"{len(model['classes'])} classes, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
