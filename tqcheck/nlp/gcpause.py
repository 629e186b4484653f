"""``paused()``: the cyclic garbage collector off while loading long-lived data.

Importing the rule modules and loading the lexicon trie, langdetect's profiles, Punkt and
the tagger allocate tens of thousands of containers that live as long as the process;
each allocation burst set off collections that walked everything already loaded (about
35 M instructions of a one-file run). Nothing loaded in these steps is garbage, so
pausing the collector frees nothing later than it would have been freed."""
from __future__ import annotations

import gc
import sys
from contextlib import contextmanager


@contextmanager
def paused():
    """The collector off for the ``with`` block (left as it was if already off); then what
    is loaded goes to the permanent generation (``gc.freeze``, as the engine does after the
    first checks, and only when ``engine.FREEZE_LOADED_STATE``), so the collections of the
    first check do not walk it either. Frozen objects are still freed by reference
    counting."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if _freeze_allowed():
            gc.freeze()
        gc.enable()


def _freeze_allowed() -> bool:
    engine = sys.modules.get("tqcheck.engine")
    return bool(getattr(engine, "FREEZE_LOADED_STATE", True))
