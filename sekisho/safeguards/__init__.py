"""Safeguards: classifiers that look at a request before any model sees it."""
