"""`sekisho classify` and `sekisho safeguard ...` (filled in by the safeguard work)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the safeguard commands to the top-level CLI."""
