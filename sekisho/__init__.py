"""Sekisho: the checkpoint between an organisation's people and AI models."""

__version__ = "0.1.0"
