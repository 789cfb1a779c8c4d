"""The HTTP face of Sekisho: OpenAI and Anthropic dialects, streaming, errors."""
