"""``paused()``: the cyclic garbage collector off while loading long-lived data.

Importing the rule modules and loading the lexicon trie, langdetect's profiles, Punkt and
the tagger allocate tens of thousands of containers that live as long as the process;
each allocation burst set off collections that walked everything already loaded (about
35 M instructions of a one-file run). Nothing loaded in these steps is garbage, so
pausing the collector frees nothing later than it would have been freed."""
from __future__ import annotations

import gc
from contextlib import contextmanager


# Data loaded once per process (rule modules, lexicon trie, langdetect's profiles, Punkt,
# the tagger: ~50,000 tracked objects) lives as long as the process, yet every full
# collection would walk it again (~10 ms pauses, the slowest articles). ``freeze()`` moves
# what is alive to the permanent generation (``gc.freeze``, a constant-time move): after
# each load below and after the engine's first checks. Set this to False in a host process
# that manages the collector itself.
FREEZE_LOADED_STATE = True


def freeze() -> None:
    """``gc.freeze()``, unless ``FREEZE_LOADED_STATE`` is off. Frozen objects are still
    freed by reference counting."""
    if FREEZE_LOADED_STATE:
        gc.freeze()


@contextmanager
def paused():
    """The collector off for the ``with`` block (left as it was if already off); then what
    is loaded is frozen (``freeze``), so the collections of the first check do not walk it
    either."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        freeze()
        gc.enable()


_held = False


def hold() -> None:
    """The collector off until ``release()``: for a command-line start-up, whose imports
    (typer, click, the API, the rule modules: ~300 modules) are as long-lived as the data
    above; the collections they set off cost ~12 M instructions of a one-file check.
    ``paused()`` blocks inside leave it off."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """After ``hold()``: what is loaded frozen (``freeze``) and the collector back on."""
    global _held
    if _held:
        _held = False
        freeze()
        gc.enable()
