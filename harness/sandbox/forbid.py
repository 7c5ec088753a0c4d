"""Forbidden calls: the library functions that do a problem's work raise `ForbiddenCall` in the worker.

A listed name is a module (`tokenizers`: importing it, or one of its submodules, raises) or an attribute reached
from a module (`torch.nn.functional.softmax`, `torch.Tensor.softmax`, `torch.nn.Softmax`). Once the module that
holds an attribute has been imported, by anyone, the attribute is replaced by a function that raises when called;
a class is patched in place, so that instantiating it through any alias raises. Because the module's own attribute
changes, `import torch.nn.functional as F; F.softmax`, `from torch.nn.functional import softmax` and
`x.softmax(-1)` are all caught. This guards against a shortcut taken in practice, not a determined attacker.

Nothing is imported here: an attribute is patched when its module is imported (an import hook wraps the loader's
`exec_module`), or at once if the module is already loaded. An empty list installs nothing.
"""

from __future__ import annotations

import functools
import sys
import types
from typing import Any

MARK = "__shousi_forbidden__"  # set on every replacement, so that patching twice does nothing


class ForbiddenCall(BaseException):
    """The user's code used a forbidden function, class or module; a BaseException, so `except Exception`
    in the user's code lets it through."""

    def __init__(self, call: str):
        super().__init__(call)
        self.call = call


def install(names: list[str]) -> None:
    """Make every listed module unimportable and every listed function or class raise when called."""
    names = list(dict.fromkeys(name for name in names if name))
    if not names:
        return
    guard = Guard(names)
    for module in [m for m in sys.modules if guard.forbidden_module(m)]:
        del sys.modules[module]  # loaded by the worker before: the user's `import` must still reach the guard
    guard.patch_all()
    sys.meta_path.insert(0, guard)


class Guard:
    """A meta-path finder: refuses forbidden modules, and watches the modules that hold forbidden attributes."""

    def __init__(self, names: list[str]):
        self.names = tuple(names)
        # Every module whose execution may define a listed attribute: each dotted prefix of each name.
        self.watched = {".".join(name.split(".")[:i]) for name in names for i in range(1, name.count(".") + 1)}
        self.executing = 0  # watched modules being executed right now (imports nest)

    def forbidden_module(self, fullname: str) -> str | None:
        """The listed name that forbids importing `fullname`, if any."""
        return next((name for name in self.names if fullname == name or fullname.startswith(name + ".")), None)

    def find_spec(self, fullname: str, path: Any = None, target: Any = None):
        """Refuse a forbidden module; for a watched one, find its spec with the other finders and hook its loader."""
        name = self.forbidden_module(fullname)
        if name is not None:
            raise ForbiddenCall(name)
        if fullname not in self.watched:
            return None
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            if finder is self or find is None:
                continue
            spec = find(fullname, path, target)
            if spec is not None:
                self._hook(spec.loader)
                return spec
        return None

    def _hook(self, loader: Any) -> None:
        """Patch the listed attributes after `loader` has executed its module (and every import it nests)."""
        if loader is None or isinstance(loader, type) or not hasattr(loader, "exec_module"):
            return  # built-in and frozen importers are shared classes: leave them alone
        original = loader.exec_module

        def exec_module(module: types.ModuleType) -> None:
            self.executing += 1
            try:
                original(module)
            finally:
                self.executing -= 1
                if self.executing == 0:  # patch only fully initialised modules: torch rebinds names as it loads
                    self.patch_all()

        try:
            loader.exec_module = exec_module
        except AttributeError:  # a loader with __slots__: its module is patched after the next watched one
            pass

    def patch_all(self) -> None:
        """Replace every listed attribute that can be reached now and is not replaced yet."""
        for name in self.names:
            found = resolve(name)
            if found is not None:
                patch(name, *found)


def resolve(name: str) -> tuple[Any, str, Any] | None:
    """(owner, attribute, value) for a dotted name whose longest importable prefix is loaded, else None."""
    parts = name.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        module = sys.modules.get(".".join(parts[:cut]))
        if module is None:
            continue
        owner = module
        for part in parts[cut:-1]:
            owner = _lookup(owner, part)
            if owner is None:
                return None
        value = _lookup(owner, parts[-1])
        return None if value is None or isinstance(value, types.ModuleType) else (owner, parts[-1], value)
    return None


def _lookup(owner: Any, attribute: str) -> Any:
    """An attribute without side effects: a module's own dictionary (no lazy `__getattr__` imports), except in
    torch.ops, whose namespaces make each operator on first access and import nothing."""
    if isinstance(owner, types.ModuleType) and type(owner).__module__ != "torch._ops":
        return owner.__dict__.get(attribute)
    try:
        return getattr(owner, attribute, None)
    except Exception:
        return None


UFUNC_METHODS = ("reduce", "accumulate", "reduceat", "outer", "at")  # a NumPy ufunc's, refused with it


def patch(name: str, owner: Any, attribute: str, value: Any) -> None:
    """Make `value` raise ForbiddenCall(name): a class when instantiated, anything else when called."""
    if getattr(value, MARK, None) is not None:
        return
    if isinstance(value, type):
        if getattr(value.__init__, MARK, None) is not None:
            return
        try:
            value.__init__ = _refusal(name, value.__init__)
            return
        except TypeError:  # a built-in type: replace the name instead
            pass
    if callable(value):
        refusal = _refusal(name, value)
        overloads = getattr(value, "overloads", None)  # torch.ops.aten.x: its .default and other overloads too
        for overload in overloads() if callable(overloads) else ():
            setattr(refusal, overload, _refusal(f"{name}.{overload}", value))
        for method in UFUNC_METHODS if type(value).__name__ == "ufunc" else ():  # np.logaddexp.reduce is forbidden
            setattr(refusal, method, _refusal(f"{name}.{method}", getattr(value, method)))
        try:
            setattr(owner, attribute, refusal)
        except (AttributeError, TypeError):
            pass


def _refusal(name: str, wrapped: Any):
    """A function that raises ForbiddenCall(name), looking like `wrapped` to help() and to tracebacks."""
    def refuse(*args, **kwargs):
        raise ForbiddenCall(name)

    try:
        functools.update_wrapper(refuse, wrapped, updated=())  # not its __dict__: an op packet's overloads
    except (AttributeError, TypeError):
        pass
    setattr(refuse, MARK, name)
    return refuse
