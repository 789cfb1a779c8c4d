"""Reading parsed SDK objects back into plain values, for assertions."""

from __future__ import annotations

import json
from typing import Any

import openai.types.chat


def calls_of(message: openai.types.chat.ChatCompletionMessage) -> list[tuple[str, str, Any]]:
    """(id, function name, parsed arguments) of each function tool call."""
    return [(tc.id, tc.function.name, json.loads(tc.function.arguments))
            for tc in message.tool_calls or [] if tc.type == "function"]
