"""`sekisho cjs ...`: score findings, keep the registry, run verifications, export.

Errors are `CJSError` (a ValueError): `sekisho.cli.main` prints them and exits 2.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import typer
import yaml
from rich.console import Console
from rich.table import Table

from sekisho.cjs.errors import CJSError

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

ConfigOpt = typer.Option(None, "--config", "-c", help="Config file (YAML).")
DbOpt = typer.Option(None, "--database-url", help="sqlite:///PATH or postgresql+psycopg://…")
ActorOpt = typer.Option("cli", "--actor", help="Who makes the change (kept in the history).")
JsonOpt = typer.Option(False, "--json", help="Print JSON.")


def _now() -> datetime:
    return datetime.now(UTC)


def _engine(config: Path | None, database_url: str | None) -> Any:
    from sekisho.db import open_database
    from sekisho.settings import load_settings
    settings = load_settings(config, overrides={"database_url": database_url})
    return open_database(settings.database_url)


def _echo_json(data: Any) -> None:
    typer.echo(orjson.dumps(data).decode())


def _read_doc(path: Path) -> Any:
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CJSError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CJSError(f"{path}: not YAML or JSON: {exc}") from exc


def score_cmd(gain: str = typer.Option(..., "--gain", help="Capability gain: 0, 1, 2, 3, 4."),
              breadth: str | None = typer.Option(None, "--breadth", help="0, 1, 1.5, 2."),
              ease: str | None = typer.Option(None, "--ease",
                                                 help="Ease of weaponisation: 0, 1, 1.5, 2."),
              disc: str | None = typer.Option(None, "--disc", help="Discoverability: 0, 1, 2."),
              json_out: bool = JsonOpt) -> None:
    """Score one finding on the CJS draft (gain 0 stops scoring: CJS-0)."""
    from sekisho.cjs.score import score
    s = score(gain, breadth, ease, disc)
    if json_out:
        _echo_json(s.to_json())
    else:
        typer.echo(s.text())


def intake_cmd(file: Path = typer.Argument(..., help="Report as YAML or JSON (- for stdin)."),
               actor: str = ActorOpt, config: Path | None = ConfigOpt,
               database_url: str | None = DbOpt, json_out: bool = JsonOpt) -> None:
    """Take in a new report (title, reporter, received_at, affected_models, technique,
    sample_prompts, evidence; optional id)."""
    from sekisho.cjs import registry
    from sekisho.cjs.report import parse_intake
    doc = _read_doc(file)
    if isinstance(doc, dict) and isinstance(doc.get("report"), dict):
        doc = doc["report"]  # a demo file: report plus assessment
    if not isinstance(doc, dict):
        raise CJSError(f"{file}: a report is a mapping of fields")
    now = _now()
    r = registry.intake(_engine(config, database_url),
                        parse_intake(doc, now=now, new_id=registry.new_report_id(now)), actor, now)
    if json_out:
        _echo_json(r.to_json())
    else:
        console.print(f"report [bold]{r.id}[/] taken in ({r.status.value})")


def _clock_cell(clock: Any) -> str:
    if clock.answered:
        return "answered"
    when = clock.deadline.isoformat()[:16]
    return f"[red]OVERDUE[/] since {when}" if clock.overdue else f"due {when}"


def list_cmd(status: list[str] = typer.Option([], "--status", help="Only this status (repeat)."),
             overdue: bool = typer.Option(False, "--overdue", help="Only overdue reports."),
             config: Path | None = ConfigOpt, database_url: str | None = DbOpt,
             json_out: bool = JsonOpt) -> None:
    """Reports with their level, status and response clock; overdue ones are flagged."""
    from sekisho.cjs import registry
    from sekisho.cjs.clocks import clock_of
    from sekisho.cjs.report import status_value
    engine = _engine(config, database_url)
    now = _now()
    targets = registry.clock_targets(engine)
    rows = [(r, clock_of(r, targets, now))
            for r in registry.list_reports(engine, [status_value(s) for s in status])]
    rows = [(r, c) for r, c in rows if c.overdue or not overdue]
    if json_out:
        for r, c in rows:
            _echo_json({**r.to_json(), "clock": c.to_json()})
        return
    table = Table("id", "received", "level", "status", "clock", "response", "title")
    for r, c in rows:
        table.add_row(r.id, r.received_at.isoformat()[:16], r.level.label if r.level is not None
                      else "unscored", r.status.value, f"{c.key}: {c.target}", _clock_cell(c),
                      r.title)
    console.print(table)
    late = sum(c.overdue for _, c in rows)
    if late:
        err_console.print(f"[red]{late} report(s) overdue[/]")


def show_cmd(report_id: str, config: Path | None = ConfigOpt,
             database_url: str | None = DbOpt) -> None:
    """One report with its assessments, verifications, history and clock (JSON)."""
    from sekisho.cjs import registry
    from sekisho.cjs.export import dossier_json
    engine = _engine(config, database_url)
    typer.echo(orjson.dumps(dossier_json(registry.dossier(engine, report_id),
                                         registry.clock_targets(engine), _now()),
                            option=orjson.OPT_INDENT_2).decode())


def edit_cmd(report_id: str,
             title: str | None = typer.Option(None, "--title"),
             technique: str | None = typer.Option(None, "--technique"),
             model: list[str] = typer.Option([], "--model", help="Affected model (repeat; "
                                                                 "replaces the list)."),
             add_prompt: list[str] = typer.Option([], "--add-prompt", help="Add a sample prompt."),
             add_evidence: list[str] = typer.Option([], "--add-evidence", help="Add evidence."),
             actor: str = ActorOpt, config: Path | None = ConfigOpt,
             database_url: str | None = DbOpt) -> None:
    """Change a report's descriptive fields; old and new values are kept in its history."""
    from sekisho.cjs import registry
    from sekisho.cjs.report import parse_edit
    engine = _engine(config, database_url)
    current = registry.get(engine, report_id)
    doc: dict[str, Any] = {}
    if title is not None:
        doc["title"] = title
    if technique is not None:
        doc["technique"] = technique
    if model:
        doc["affected_models"] = model
    if add_prompt:
        doc["sample_prompts"] = [*current.sample_prompts, *add_prompt]
    if add_evidence:
        doc["evidence"] = [*current.evidence, *add_evidence]
    r = registry.edit(engine, report_id, parse_edit(doc), actor, _now())
    console.print(f"report [bold]{r.id}[/] edited")


def move_cmd(report_id: str, to: str = typer.Argument(..., help="triaged, mitigating, mitigated "
                                                                "or closed."),
             note: str | None = typer.Option(None, "--note", help="Why (needed to close)."),
             actor: str = ActorOpt, config: Path | None = ConfigOpt,
             database_url: str | None = DbOpt) -> None:
    """Move a report's status forward (see the transition table in the README)."""
    from sekisho.cjs import registry
    from sekisho.cjs.report import status_value
    r = registry.move(_engine(config, database_url), report_id, status_value(to), actor, _now(),
                      note)
    console.print(f"report [bold]{r.id}[/] is now {r.status.value}")


def assess_cmd(report_id: str,
               gain: str = typer.Option(..., "--gain", help="0, 1, 2, 3, 4."),
               gain_why: str = typer.Option(..., "--gain-why", help="Rationale for gain."),
               breadth: str | None = typer.Option(None, "--breadth", help="0, 1, 1.5, 2."),
               breadth_why: str | None = typer.Option(None, "--breadth-why"),
               ease: str | None = typer.Option(None, "--ease", help="0, 1, 1.5, 2."),
               ease_why: str | None = typer.Option(None, "--ease-why"),
               disc: str | None = typer.Option(None, "--disc", help="0, 1, 2."),
               disc_why: str | None = typer.Option(None, "--disc-why"),
               raise_to: str | None = typer.Option(None, "--raise-to",
                                                      help="Raise the level (never lower)."),
               raise_reason: str | None = typer.Option(None, "--raise-reason"),
               baseline: str | None = typer.Option(None, "--baseline",
                                                      help="Tools the gain was judged against."),
               actor: str = ActorOpt, config: Path | None = ConfigOpt,
               database_url: str | None = DbOpt, json_out: bool = JsonOpt) -> None:
    """Record an assessment (a re-assessment adds one and keeps the old)."""
    from sekisho.cjs import registry
    from sekisho.cjs.score import judge, score
    rationale = {k: v for k, v in {"gain": gain_why, "breadth": breadth_why, "ease": ease_why,
                                   "disc": disc_why}.items() if v is not None}
    j = judge(score(gain, breadth, ease, disc), rationale, raise_to=raise_to,
              raise_reason=raise_reason, baseline=baseline)
    engine = _engine(config, database_url)
    a = registry.assess(engine, report_id, j, actor, _now())
    if json_out:
        _echo_json(a.to_json())
        return
    raised = f", raised to {j.final_level.label} {j.final_level.title}" if j.raised else ""
    console.print(f"assessment {a.number} of {report_id}: {j.score.text()}{raised}; report is "
                  f"{registry.get(engine, report_id).status.value}")


def verify_cmd(report_id: str,
               classifier: str | None = typer.Option(
                   None, "--classifier", help="A registered classifier (default: the shipped "
                                              "cyber-v1 safeguard)."),
               require: float = typer.Option(0.90, "--require",
                                             help="Wilson lower bound a pass needs."),
               out: Path | None = typer.Option(
                   None, "--out", help="Keep the lab's run directory here (for `sekisho evals "
                                       "report`)."),
               actor: str = ActorOpt, config: Path | None = ConfigOpt,
               database_url: str | None = DbOpt, json_out: bool = JsonOpt) -> None:
    """Run the report's prompts and variants through the evaluation lab against the
    safeguard; keep the block rate and its interval on the report.

    Exits 1 when the run does not pass."""
    from sekisho.cjs.verify import load_target, verify
    v, r = verify(_engine(config, database_url), report_id, load_target(classifier), actor,
                  _now(), require, out)
    if json_out:
        _echo_json({**v.to_json(with_results=False), "status": r.status.value})
    else:
        _print_verification(v, r.status.value)
    if not v.passed:
        raise typer.Exit(1)


def _print_verification(v: Any, status: str) -> None:
    table = Table("variant", "blocked", "cases")
    for name, (b, n) in v.by_variant.items():
        table.add_row(name, str(b), str(n))
    console.print(table)
    verdict = "[green]passed[/]" if v.passed else "[red]did not pass[/]"
    console.print(f"{v.safeguard}: blocked {v.blocked}/{v.cases} = {v.block_rate:.1%} "
                  f"(Wilson 95% {v.low:.1%}–{v.high:.1%}; needs lower bound ≥ {v.required:.0%}) "
                  f"{verdict}; errors {v.errors}; report is {status}")


def export_cmd(out: Path = typer.Option(Path("-"), "--out", help="Output file, or - for stdout."),
               report: list[str] = typer.Option([], "--report", help="Only this report (repeat)."),
               redact: list[str] = typer.Option([], "--redact", help="sample_prompts, evidence "
                                                                     "or reporter (repeat)."),
               actor: str = ActorOpt, config: Path | None = ConfigOpt,
               database_url: str | None = DbOpt) -> None:
    """Export reports with assessments, verifications and history as one JSON document."""
    from sekisho.cjs import registry
    from sekisho.cjs.export import export_document
    engine = _engine(config, database_url)
    ids = report or [r.id for r in registry.list_reports(engine)]
    doc = export_document([registry.dossier(engine, i) for i in ids],
                          registry.clock_targets(engine), _now(), actor, redact)
    data = orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"
    if str(out) == "-":
        sys.stdout.buffer.write(data)
    else:
        out.write_bytes(data)
    err_console.print(f"exported {len(ids)} report(s)")


def import_cmd(file: Path = typer.Argument(..., help="An export document (- for stdin)."),
               actor: str = ActorOpt, config: Path | None = ConfigOpt,
               database_url: str | None = DbOpt) -> None:
    """Import reports with their history from an export (a partner's, or a backup)."""
    from sekisho.cjs import registry
    from sekisho.cjs.export import parse_export
    engine = _engine(config, database_url)
    dossiers = parse_export(_read_doc(file))
    now = _now()
    for d in dossiers:
        registry.import_dossier(engine, d, actor, now, str(file))
    console.print(f"imported {len(dossiers)} report(s)")


def clocks_cmd(set_: list[str] = typer.Option([], "--set", help="KEY=TARGET, e.g. 2=2h or "
                                                                "unscored=1bd (repeat)."),
               actor: str = ActorOpt, config: Path | None = ConfigOpt,
               database_url: str | None = DbOpt, json_out: bool = JsonOpt) -> None:
    """Show (or set) the response clock target per level."""
    from sekisho.cjs import registry
    engine = _engine(config, database_url)
    if set_:
        pairs = [s.split("=", 1) for s in set_]
        if any(len(p) != 2 for p in pairs):
            raise CJSError("--set takes KEY=TARGET, e.g. --set 2=2h")
        targets = registry.set_clock_targets(engine, dict(pairs), actor, _now())
    else:
        targets = registry.clock_targets(engine)
    if json_out:
        _echo_json(targets.to_json())
        return
    table = Table("level", "target")
    for key, spec in targets.to_json().items():
        table.add_row(key if key == "unscored" else f"CJS-{key}", spec)
    console.print(table)


def demo_cmd(classifier: str | None = typer.Option(None, "--classifier",
                                                      help="Default: the shipped safeguard."),
             workdir: Path | None = typer.Option(None, help="Where the demo database goes."),
             database_url: str | None = DbOpt) -> None:
    """Take the demo report from intake to verified against the safeguard. Exits 1 if the
    verification does not pass (the report then stays mitigated)."""
    import tempfile

    from sekisho.cjs.tour import run_tour
    from sekisho.cjs.verify import load_target
    from sekisho.db import open_database
    url = database_url or f"sqlite:///{(workdir or Path(tempfile.mkdtemp())) / 'cjs-demo.db'}"
    result = run_tour(open_database(url), load_target(classifier), _now)
    console.print(f"report [bold]{result.report.id}[/]: {result.judgement.score.text()}")
    _print_verification(result.verification, result.report.status.value)
    console.print(f"database: {url}")
    if not result.verified:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `sekisho cjs ...` to the top-level CLI."""
    cjs = typer.Typer(help="Jailbreak registry with Cyber Jailbreak Severity (CJS) scoring.",
                      no_args_is_help=True)
    for name, fn in (("score", score_cmd), ("intake", intake_cmd), ("list", list_cmd),
                     ("show", show_cmd), ("edit", edit_cmd), ("move", move_cmd),
                     ("assess", assess_cmd), ("verify", verify_cmd), ("export", export_cmd),
                     ("import", import_cmd), ("clocks", clocks_cmd), ("demo", demo_cmd)):
        cjs.command(name)(fn)
    app.add_typer(cjs, name="cjs")
