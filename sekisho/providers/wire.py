"""Dialect-neutral values: a finished answer (`Completion`) and the events of a stream.

Parsers turn either dialect into these; writers turn these into either dialect, so
translation is parse-then-write and never dialect-to-dialect special cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Union

from sekisho.values import Usage


@dataclass(frozen=True, slots=True)
class TextBlock:
    text: str


@dataclass(frozen=True, slots=True)
class ToolUseBlock:
    id: str
    name: str
    input: dict[str, Any]


Block = Union[TextBlock, ToolUseBlock]


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


@dataclass(frozen=True, slots=True)
class Start:
    id: str
    model: str
    input_tokens: int = 0


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


StreamEvent = Union[Start, TextDelta, ToolStart, ToolArgsDelta, BlockStop, Finish]
