"""The shareable JSON export of reports and assessments, and reading one back.

    {
      "format": "sekisho-cjs-export/1",
      "rubric": "cjs-draft-2026-07-02",          the rubric this registry scores with
      "exported_at": "2026-07-03T10:00:00+00:00",
      "exported_by": "alice",
      "redacted": ["sample_prompts"],            fields replaced by "[redacted sha256=… chars=…]"
      "clock_targets": {"unscored": "1bd", "0": "1w", …},
      "reports": [
        {"report": {...}, "assessments": [...], "verifications": [...], "events": [...],
         "clock": {...}}
      ]
    }

Every assessment carries its own `rubric`, the four axes (null when gain 0 stopped
scoring), a rationale per scored axis, the computed and final level and any raise reason.
Every verification carries the safeguard version, case counts, the block rate with its
Wilson 95% interval, and the per-case outcomes (never the case texts). `clock` is computed
at export time and ignored on import. Redaction (`sample_prompts`, `evidence`, `reporter`)
replaces a text by its SHA-256 and length, here and in the edit history, so a partner or a
clearinghouse can match findings without receiving the prompts; a redacted export can still
be imported (the placeholders are kept as the texts).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sekisho.cjs.clocks import ClockTargets, clock_of
from sekisho.cjs.errors import FieldError
from sekisho.cjs.report import (
    Assessment,
    Dossier,
    Event,
    Report,
    Verification,
    check_id,
    iso,
    list_field,
    parse_time,
    status_value,
    text_field,
)
from sekisho.cjs.score import RUBRIC_VERSION, Judgement, Score, Scores, level_value, score

FORMAT = "sekisho-cjs-export/1"
REDACTABLE: tuple[str, ...] = ("sample_prompts", "evidence", "reporter")
T = TypeVar("T")


def redacted(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"[redacted sha256={digest} chars={len(text)}]"


def check_redact(fields: Sequence[str]) -> tuple[str, ...]:
    for f in fields:
        if f not in REDACTABLE:
            raise FieldError("redact", f"cannot redact {f!r}; redactable fields are: "
                                       f"{', '.join(REDACTABLE)}", REDACTABLE)
    return tuple(dict.fromkeys(fields))


def _redact_value(value: Any) -> Any:
    if isinstance(value, str):
        return redacted(value)
    if isinstance(value, list):
        return [_redact_value(v) for v in value]
    return value


def _redact_report(doc: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    return {k: _redact_value(v) if k in fields else v for k, v in doc.items()}


def _redact_event(doc: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    changes = doc["detail"].get("changes")
    if doc["kind"] == "edit" and isinstance(changes, dict):
        changes = {k: {s: _redact_value(x) for s, x in v.items()} if k in fields else v
                   for k, v in changes.items()}
        doc = {**doc, "detail": {**doc["detail"], "changes": changes}}
    if doc["kind"] == "intake" and "reporter" in fields and "reporter" in doc["detail"]:
        doc = {**doc, "detail": {**doc["detail"], "reporter": redacted(doc["detail"]["reporter"])}}
    return doc


def dossier_json(d: Dossier, targets: ClockTargets, now: datetime,
                 redact: Sequence[str] = ()) -> dict[str, Any]:
    return {"report": _redact_report(d.report.to_json(), redact),
            "assessments": [a.to_json() for a in d.assessments],
            "verifications": [v.to_json() for v in d.verifications],
            "events": [_redact_event(e.to_json(), redact) for e in d.events],
            "clock": clock_of(d.report, targets, now).to_json()}


def export_document(dossiers: Sequence[Dossier], targets: ClockTargets, now: datetime,
                    actor: str, redact: Sequence[str] = ()) -> dict[str, Any]:
    fields = check_redact(redact)
    return {"format": FORMAT, "rubric": RUBRIC_VERSION, "exported_at": iso(now),
            "exported_by": actor, "redacted": list(fields), "clock_targets": targets.to_json(),
            "reports": [dossier_json(d, targets, now, fields) for d in dossiers]}


# --- reading an export back -------------------------------------------------------------

def _mapping(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise FieldError(where, f"{where} must be a JSON object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise FieldError(where, f"{where} must be a JSON list")
    return value


def _report(doc: Mapping[str, Any]) -> Report:
    received = parse_time(doc.get("received_at"), "report.received_at")
    return Report(
        id=check_id(doc.get("id")), title=text_field(doc, "title"),
        reporter=text_field(doc, "reporter"), received_at=received,
        affected_models=list_field(doc, "affected_models"), technique=text_field(doc, "technique"),
        sample_prompts=list_field(doc, "sample_prompts"),
        evidence=list_field(doc, "evidence", required=False),
        status=status_value(doc.get("status"), "report.status"),
        level=None if doc.get("level") is None else level_value(doc["level"], "report.level"),
        cycle_started_at=parse_time(doc.get("cycle_started_at") or received,
                                    "report.cycle_started_at"),
        created_by=str(doc.get("created_by") or ""))


def _assessment(doc: Mapping[str, Any], report_id: str, where: str) -> Assessment:
    axes = _mapping(doc.get("axes"), f"{where}.axes")
    rubric = str(doc.get("rubric") or "")
    computed = level_value(doc.get("computed_level"), f"{where}.computed_level")
    final = level_value(doc.get("final_level"), f"{where}.final_level")
    total = doc.get("total")
    if rubric == RUBRIC_VERSION:  # our rubric: the numbers must add up
        s = score(axes.get("gain"), axes.get("breadth"), axes.get("ease"), axes.get("disc"))
        if s.level != computed or s.total != (None if total is None else float(total)):
            raise FieldError(f"{where}.computed_level",
                             f"{where}: axes {dict(axes)} give {s.text()}, not "
                             f"{computed.label} ({total})")
    else:
        s = Score(Scores(float(axes.get("gain") or 0), *(None if axes.get(a) is None
                                                         else float(axes[a])
                                                         for a in ("breadth", "ease", "disc"))),
                  None if total is None else float(total), computed, rubric or "unknown")
    if final < computed:
        raise FieldError(f"{where}.final_level", f"{where}: final level {final.label} is below "
                                                 f"the computed {computed.label}")
    rationale = {str(k): str(v) for k, v in _mapping(doc.get("rationale") or {},
                                                     f"{where}.rationale").items()}
    j = Judgement(s, rationale, final, doc.get("raise_reason"), doc.get("baseline"))
    return Assessment(int(doc.get("number") or 0), report_id,
                      parse_time(doc.get("at"), f"{where}.at"), str(doc.get("assessor") or ""), j)


def _verification(doc: Mapping[str, Any], report_id: str, where: str) -> Verification:
    interval = _mapping(doc.get("interval"), f"{where}.interval")
    by_variant = {str(k): (int(v["blocked"]), int(v["cases"]))
                  for k, v in _mapping(doc.get("by_variant") or {}, f"{where}.by_variant").items()}
    try:
        return Verification(
            int(doc["number"]), report_id, parse_time(doc.get("at"), f"{where}.at"),
            str(doc["actor"]), str(doc["safeguard"]), int(doc["cases"]), int(doc["blocked"]),
            int(doc.get("errors") or 0), float(doc["block_rate"]), float(interval["low"]),
            float(interval["high"]), float(doc["required_lower_bound"]), bool(doc["passed"]),
            by_variant, tuple(doc.get("results") or ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise FieldError(where, f"{where}: missing or bad field {exc}") from None


def _event(doc: Mapping[str, Any], report_id: str, where: str) -> Event:
    def st(key: str) -> Any:
        return None if doc.get(key) is None else status_value(doc[key], f"{where}.{key}")
    return Event(int(doc.get("seq") or 0), report_id, text_field(doc, "kind"),
                 parse_time(doc.get("at"), f"{where}.at"), text_field(doc, "actor"),
                 st("from_status"), st("to_status"),
                 dict(_mapping(doc.get("detail") or {}, f"{where}.detail")))


def _items(entry: Mapping[str, Any], key: str, where: str, report_id: str,
           parse: Callable[[Mapping[str, Any], str, str], T]) -> tuple[T, ...]:
    out = []
    for j, item in enumerate(_list(entry.get(key, []), f"{where}.{key}")):
        at = f"{where}.{key}[{j}]"
        out.append(parse(_mapping(item, at), report_id, at))
    return tuple(out)


def parse_export(doc: Any) -> tuple[Dossier, ...]:
    """Dossiers from an export document; FieldError names the first bad field."""
    top = _mapping(doc, "export")
    if top.get("format") != FORMAT:
        raise FieldError("format", f"not a Sekisho CJS export: format must be {FORMAT!r}, "
                                   f"got {top.get('format')!r}", [FORMAT])
    out = []
    for i, item in enumerate(_list(top.get("reports"), "reports")):
        where = f"reports[{i}]"
        entry = _mapping(item, where)
        r = _report(_mapping(entry.get("report"), f"{where}.report"))
        out.append(Dossier(r, _items(entry, "assessments", where, r.id, _assessment),
                           _items(entry, "verifications", where, r.id, _verification),
                           _items(entry, "events", where, r.id, _event)))
    return tuple(out)
