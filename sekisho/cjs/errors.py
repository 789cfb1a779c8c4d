"""What can go wrong in the jailbreak registry, drawn in one place.

    CJSError (ValueError)          the CLI prints it and exits 2; the API answers 4xx
    ├── FieldError                 a field has a value outside its allowed set (400);
    │                              carries the field name and the allowed values
    ├── NotFoundError              no report with that id (404)
    └── TransitionError            the status cannot move that way (409); carries the
                                   statuses it may move to

Being a ValueError, every one of them is turned into `error: ...` by `sekisho.cli.main`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class CJSError(ValueError):
    """Input the registry refuses; the message names the fix."""


class FieldError(CJSError):
    def __init__(self, field: str, message: str, allowed: Sequence[Any] = ()) -> None:
        super().__init__(message)
        self.field = field
        self.allowed = tuple(allowed)


class NotFoundError(CJSError):
    pass


class TransitionError(CJSError):
    def __init__(self, message: str, allowed: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.allowed = tuple(allowed)
