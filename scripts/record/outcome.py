"""Did a client call turn out as its step says: the promised model, or exactly the expected typed error?"""

from __future__ import annotations

import typing
from collections.abc import Callable
from types import ModuleType
from typing import Any

from tactile_crm_client import Page, TactileError

from scripts.record.scenario import Step


class OutcomeError(AssertionError):
    """A call returned or raised something other than what its step expects."""


def promised(module: ModuleType) -> Any:
    """What the operation's `sync()` says it returns, e.g. `Page[Organisation]`, `int`."""
    return typing.get_type_hints(module.sync)["return"]


def describe(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin is None:
        return str(getattr(annotation, "__name__", annotation))
    return f"{origin.__name__}[{', '.join(describe(a) for a in typing.get_args(annotation))}]"


def conforms(value: Any, annotation: Any) -> bool:
    origin = typing.get_origin(annotation) or annotation
    if not isinstance(value, origin):
        return False
    items = value.items if isinstance(value, Page) else value
    return all(isinstance(item, arg) for arg in typing.get_args(annotation)[:1] for item in items)


def check(step: Step, where: str, returns: Any, call: Callable[[], Any]) -> Any:
    """Run `call`; return its value (or the expected error) if it turned out as `step` says, else raise."""
    wanted = step.raises.__name__ if step.raises else describe(returns)
    try:
        value = call()
    except TactileError as err:
        if type(err) is step.raises:
            return err
        raise OutcomeError(
            f"{where}: expected {wanted}, the client raised {type(err).__name__}: {err}"
        ) from err
    if step.raises is not None or not conforms(value, returns):
        raise OutcomeError(f"{where}: expected {wanted}, the client returned {str(value)[:300]}")
    return value
