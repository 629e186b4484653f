"""The methods ``@dataclass`` writes for tqcheck's classes, compiled ahead of time.

For each class, ``dataclasses`` writes the source of ``__init__``, ``__repr__``, ``__eq__``
(and ``__hash__``, ``__setattr__``, ``__delattr__`` when frozen) and compiles it with
``exec``: parsing and compiling those ~125 small functions was ~80 M instructions of a
one-file check (13 %), more than importing the ~90 rule modules. ``dataclass_code_gen.py``
(written by ``scripts/build_dataclass_code.py``) holds the same sources as ordinary
Python, so the interpreter keeps their byte code in ``__pycache__`` like any module's.
``install()`` lets ``dataclasses`` take a function from there when the source it is about
to ``exec`` is one of them, character for character, and ``exec`` it otherwise: a class
edited since the file was built, another interpreter's ``dataclasses`` or another
package's class simply compile as usual. The function made is the one ``exec`` makes
(same code, names, file name ``<string>`` and line numbers; ``tests/test_startup.py``
compares them).
"""
from __future__ import annotations

import builtins
import dataclasses
from types import FunctionType

_installed = False
_FACTORY = "__create_fn__"   # the name dataclasses gives the function it execs


def install() -> int:
    """Route ``dataclasses``' ``exec`` of a shipped source to its compiled function (once
    per process); returns how many sources are shipped (0: left as it was)."""
    global _installed
    if _installed:
        return 0
    _installed = True
    if "exec" in vars(dataclasses) or not hasattr(dataclasses, "_create_fn"):
        return 0   # another dataclasses (or already routed)
    try:
        from . import dataclass_code_gen as gen
    except ImportError:
        return 0
    factories = dict(gen.FACTORIES)
    dataclasses.exec = _shipped_exec(factories)
    return len(factories)


def _shipped_exec(factories: dict):
    made: dict = {}
    builtin_exec = builtins.exec

    def exec(source, globals=None, locals=None, /):   # noqa: A001  (dataclasses' ``exec``)
        function = factories.get(source) if type(source) is str else None
        if function is None or type(globals) is not dict or type(locals) is not dict:
            return builtin_exec(source, globals, locals)
        code = made.get(source)
        if code is None:
            code = made[source] = as_if_executed(function.__code__)
        if "__builtins__" not in globals:       # what exec() adds to the globals it is given
            globals["__builtins__"] = builtins.__dict__
        locals[_FACTORY] = FunctionType(code, globals)
        return None

    return exec


def as_if_executed(code):
    """The code of a generated factory (``def _dc12(...)`` at some line of the generated
    module) as ``exec`` of its source makes it: named ``__create_fn__``, from ``<string>``,
    at line 1, the method it defines at line 2."""
    consts = tuple(c.replace(co_filename="<string>", co_firstlineno=2,
                             co_qualname=f"{_FACTORY}.<locals>.{c.co_name}")
                   if hasattr(c, "co_code") else c for c in code.co_consts)
    return code.replace(co_name=_FACTORY, co_qualname=_FACTORY, co_filename="<string>",
                        co_firstlineno=1, co_consts=consts)
