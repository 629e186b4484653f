"""Convert textblob-aptagger's averaged-perceptron weights to gzipped JSON (run once).

The PyPI package ``textblob-aptagger`` 0.2.0 (MIT, Copyright 2013 Matthew Honnibal)
ships ``trontagger-0.1.0.pickle``: a tuple ``(weights, tagdict, classes)`` in the
feature format that NLTK's ``PerceptronTagger`` uses. We never unpickle it at run time:
this script reads it once with an unpickler that allows only the ``set`` global and
writes ``tqcheck/nlp/data/perceptron_en.json.gz``, which ``tqcheck.nlp.tagger`` loads.

Usage:
    pip download textblob-aptagger==0.2.0 --no-deps -d /tmp/apt
    python scripts/convert_aptagger.py /tmp/apt/textblob_aptagger-0.2.0-py2.py3-none-any.whl
"""
from __future__ import annotations

import gzip
import io
import json
import pickle
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tqcheck" / "nlp" / "data" / "perceptron_en.json.gz"
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
            # One string per feature ("class_index:weight ...") keeps json.loads fast
            # (~0.05 s); tqcheck.nlp.tagger parses a feature's weights on first use.
            out_w[_text(feat)] = " ".join(f"{i}:{w:g}" for i, w in pairs)
    return {
        "source": "textblob-aptagger 0.2.0 trontagger-0.1.0.pickle (MIT, (c) 2013 Matthew Honnibal)",
        "format": "weights: feature -> 'class_index:weight ...' (indices into classes)",
        "classes": class_list,
        "tagdict": {_text(k): _text(v) for k, v in sorted(tagdict.items())},
        "weights": dict(sorted(out_w.items())),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    model = convert(argv[1])
    data = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode("utf-8")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the output byte-identical from run to run.
    with open(OUT, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(data)
    print(f"{OUT}: {len(model['weights'])} features, {len(model['tagdict'])} tagdict entries, "
          f"{len(model['classes'])} classes, {OUT.stat().st_size} bytes gzipped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
