"""Dialect-neutral values: a finished answer (`Completion`) and the events of a stream.

Parsers turn either dialect into these; writers turn these into either dialect, so
translation is parse-then-write and never a dialect-to-dialect special case. The end of
this module is the one place that knows how each dialect names a stop reason and
counts tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sekisho.values import Usage


@dataclass(frozen=True, slots=True)
class TextBlock:
    text: str


@dataclass(frozen=True, slots=True)
class ToolUseBlock:
    id: str
    name: str
    input: dict[str, Any]


Block = TextBlock | ToolUseBlock


class StopReason(StrEnum):
    END_TURN = "end_turn"
    MAX_TOKENS = "max_tokens"
    TOOL_USE = "tool_use"
    STOP_SEQUENCE = "stop_sequence"
    REFUSAL = "refusal"


@dataclass(frozen=True, slots=True)
class Completion:
    id: str
    model: str
    content: tuple[Block, ...]
    stop_reason: StopReason
    usage: Usage


# --------------------------------------------------------------------------- stream events
# `index` is the canonical content-block index: 0, 1, 2... in order of appearance.

@dataclass(frozen=True, slots=True)
class Start:
    id: str
    model: str
    input_tokens: int = 0  # Anthropic knows it at the start; OpenAI only at the end


@dataclass(frozen=True, slots=True)
class TextDelta:
    index: int
    text: str


@dataclass(frozen=True, slots=True)
class ToolStart:
    index: int
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class ToolArgsDelta:
    index: int
    partial_json: str


@dataclass(frozen=True, slots=True)
class BlockStop:
    index: int


@dataclass(frozen=True, slots=True)
class Finish:
    stop_reason: StopReason
    usage: Usage


StreamEvent = Start | TextDelta | ToolStart | ToolArgsDelta | BlockStop | Finish


# --------------------------------------------------------------------------- stop reasons

OPENAI_FINISH_TO_STOP: dict[str, StopReason] = {
    "stop": StopReason.END_TURN,
    "length": StopReason.MAX_TOKENS,
    "tool_calls": StopReason.TOOL_USE,
    "function_call": StopReason.TOOL_USE,
    "content_filter": StopReason.REFUSAL,
}
STOP_TO_OPENAI_FINISH: dict[StopReason, str] = {
    StopReason.END_TURN: "stop",
    StopReason.MAX_TOKENS: "length",
    StopReason.TOOL_USE: "tool_calls",
    StopReason.STOP_SEQUENCE: "stop",
    StopReason.REFUSAL: "content_filter",
}
# Anthropic stop reasons with no neutral counterpart, by what the client should make of them.
_ANTHROPIC_EXTRA_STOPS: dict[str, StopReason] = {
    "pause_turn": StopReason.END_TURN,
    "model_context_window_exceeded": StopReason.MAX_TOKENS,
}


def stop_from_openai(finish_reason: Any) -> StopReason:
    if not isinstance(finish_reason, str):
        return StopReason.END_TURN
    return OPENAI_FINISH_TO_STOP.get(finish_reason, StopReason.END_TURN)


def stop_from_anthropic(stop_reason: Any) -> StopReason:
    if not isinstance(stop_reason, str):
        return StopReason.END_TURN
    try:
        return StopReason(stop_reason)
    except ValueError:
        return _ANTHROPIC_EXTRA_STOPS.get(stop_reason, StopReason.END_TURN)


# --------------------------------------------------------------------------- usage

def usage_from_openai(u: Any) -> Usage:
    if not isinstance(u, dict):
        return Usage()
    return Usage(_int(u.get("prompt_tokens")), _int(u.get("completion_tokens")))


def usage_from_anthropic(u: Any) -> Usage:
    """Anthropic counts cached prompt tokens apart; the neutral input count includes them,
    as OpenAI's prompt_tokens does."""
    if not isinstance(u, dict):
        return Usage()
    return Usage(_int(u.get("input_tokens")) + _int(u.get("cache_creation_input_tokens"))
                 + _int(u.get("cache_read_input_tokens")), _int(u.get("output_tokens")))


def openai_usage(u: Usage) -> dict[str, int]:
    return {"prompt_tokens": u.input_tokens, "completion_tokens": u.output_tokens,
            "total_tokens": u.input_tokens + u.output_tokens}


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
