"""The demo report taken from intake to verified: the steps a real report goes through.

`run_tour` reads `demo/roleplay-ransomware.yaml`, stores the report, triages it, records the
assessment the file carries, marks the mitigation, and runs the verification against the lab
target it is given (`sekisho cjs demo` gives the shipped safeguard); the report reaches
`verified` only if that run passes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml

from sekisho.cjs import registry
from sekisho.cjs.report import Report, Status, Verification, parse_intake
from sekisho.cjs.score import Judgement, judge, score
from sekisho.cjs.verify import DEFAULT_REQUIRED, verify
from sekisho.evals.targets import Target

DEMO_FILE = Path(__file__).parent / "demo" / "roleplay-ransomware.yaml"


@dataclass(frozen=True, slots=True)
class TourResult:
    report: Report
    judgement: Judgement
    verification: Verification

    @property
    def verified(self) -> bool:
        return self.report.status is Status.VERIFIED


def load_demo(path: Path = DEMO_FILE) -> dict[str, Any]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or not isinstance(doc.get("report"), dict):
        raise ValueError(f"{path}: a demo file has `report`, `assessment` and `mitigation`")
    return doc


def demo_judgement(doc: dict[str, Any]) -> Judgement:
    a = doc["assessment"]
    return judge(score(a["gain"], a.get("breadth"), a.get("ease"), a.get("disc")),
                 a.get("rationale") or {}, raise_to=a.get("raise_to"),
                 raise_reason=a.get("raise_reason"), baseline=a.get("baseline"))


def run_tour(engine: sa.Engine, target: Target, now: Callable[[], datetime], *,
             actor: str = "demo", path: Path = DEMO_FILE,
             required: float = DEFAULT_REQUIRED) -> TourResult:
    doc = load_demo(path)
    r = registry.intake(engine, parse_intake(doc["report"], now=now(), new_id="jbr-demo"),
                        actor, now())
    registry.move(engine, r.id, Status.TRIAGED, actor, now(), "reproduced by the red team")
    j = demo_judgement(doc)
    registry.assess(engine, r.id, j, actor, now())
    registry.move(engine, r.id, Status.MITIGATING, actor, now(), "classifier retraining started")
    registry.move(engine, r.id, Status.MITIGATED, actor, now(), str(doc.get("mitigation") or ""))
    v, after = verify(engine, r.id, target, actor, now(), required)
    return TourResult(after, j, v)
