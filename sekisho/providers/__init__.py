"""Upstream adapters and the translation between the OpenAI and Anthropic dialects."""
