"""What a line of code is, and what a paste is: read by the payload view (`model.py`) and by
the leetspeak decoder (`decode.py`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A line of code, as the classifier tells one: `model.payload_sentences` lets no code line
# decide alone, and `decode.unleet` reads only a paste's other lines (rewritten as leetspeak,
# thousands of code lines such as "x86_64" or "utf8mb4" made a second paste that added noise
# and raised the wrapper score).
_CODE_LINE = re.compile(
    r"^(?:def |class |import |from \S+ import|return\b|if .*:$|elif\b|else:|for .* in .*:$|while .*:$"
    r"|try:|except\b|finally:|with .*:$|raise\b|yield\b|async |await |pass$|@\w|#include|var |let "
    r"|const |function\b|public |private |[{}])|[=!<>]=|->|=>|\w\(|[,;(\[{]$|^[\w.\[\]'\"]+\s*=\s")
_COMMENT_LEAD = re.compile(r"^(?:#+|//+|/\*+|\*+|--+)\s*")
MAX_CODE_LINE = 400  # a longer piece is read as prose (and `_CODE_LINE` stays linear: "for .* in .*:")
CODE_SHARE = 0.3  # a text with at least this share of code lines (or sentences) is a paste


def is_code(line: str) -> bool:
    t = line.strip()
    return len(t) <= MAX_CODE_LINE and not _COMMENT_LEAD.match(t) and bool(_CODE_LINE.search(t))


def is_paste(code: Sequence[bool]) -> bool:
    """Whether pieces of text, `code` telling which of them are code, make a paste."""
    return bool(code) and sum(code) >= CODE_SHARE * len(code)
