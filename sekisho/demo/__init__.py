"""`sekisho demo`: the gateway on SQLite with the demo catalog, and a scripted tour."""

from sekisho.demo.tour import run_demo

__all__ = ["run_demo"]
