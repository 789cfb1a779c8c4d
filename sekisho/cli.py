"""`sekisho ...`: the command line. Library errors become CLI errors in one place (`main`)."""

from __future__ import annotations

import sys
from datetime import UTC
from pathlib import Path
from typing import Any

import orjson
import typer
from rich.console import Console
from rich.table import Table

from sekisho.catalog.catalog import CatalogError
from sekisho.settings import Settings, SettingsError, load_settings

app = typer.Typer(help="Sekisho: the checkpoint between your people and AI models.",
                  no_args_is_help=True, add_completion=False)
keys_app = typer.Typer(help="Principals and their API keys.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
directive_app = typer.Typer(help="Directives: export controls, suspensions, trusted access.",
                            no_args_is_help=True)
app.add_typer(keys_app, name="keys")
app.add_typer(audit_app, name="audit")
app.add_typer(directive_app, name="directive")
console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

ConfigOpt = typer.Option(None, "--config", "-c", help="Config file (YAML).")
CatalogOpt = typer.Option(None, "--catalog", help="Catalog file (overrides the config).")
DbOpt = typer.Option(None, "--database-url", help="sqlite:///PATH or postgresql+psycopg://…")


def _settings(config: Path | None, catalog: Path | None = None,
              database_url: str | None = None) -> Settings:
    return load_settings(config, overrides={"catalog": catalog, "database_url": database_url})


def _engine(config: Path | None, database_url: str | None) -> Any:
    from sekisho.db import open_database
    return open_database(_settings(config, None, database_url).database_url)


@app.command()
def serve(config: Path | None = ConfigOpt, catalog: Path | None = CatalogOpt,
          database_url: str | None = DbOpt,
          host: str | None = typer.Option(None, help="Bind address (default from config)."),
          port: int | None = typer.Option(None, help="Port (default from config, 8787)."),
          ) -> None:
    """Run the gateway (the production entry point)."""
    import uvicorn

    from sekisho.runtime import build_runtime
    settings = _settings(config, catalog, database_url)
    runtime = build_runtime(settings)
    try:
        uvicorn.run(runtime.app, host=host or settings.server.host,
                    port=port if port is not None else settings.server.port,
                    loop="uvloop", http="httptools", log_level="warning", access_log=False)
    finally:
        runtime.close()


@app.command()
def demo(json_out: bool = typer.Option(False, "--json", help="One JSON object per request."),
         workdir: Path | None = typer.Option(None, help="Where the demo keeps its database."),
         ) -> None:
    """Start the gateway on SQLite with the demo catalog and take a scripted tour through it."""
    from sekisho.demo import run_demo
    raise typer.Exit(run_demo(json_out=json_out, workdir=workdir, console=console))


@keys_app.command("create")
def keys_create(
    org: str = typer.Option(..., help="Organisation the principal belongs to."),
    role: list[str] = typer.Option([], "--role", help="A role (repeat for several)."),
    nationality: list[str] = typer.Option([], "--nationality",
                                          help="ISO country code (repeat for dual nationals)."),
    residence: str | None = typer.Option(None, help="ISO country code of residence."),
    trust_tier: str = typer.Option("standard", help="Trust tier, e.g. standard or vetted."),
    language: str = typer.Option("en", help="Language of notices: en or ja."),
    principal_id: str | None = typer.Option(None, "--id", help="Principal id (default: generated)."),
    config: Path | None = ConfigOpt, database_url: str | None = DbOpt,
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    """Create a principal and print its API key (shown once; only a hash is stored)."""
    from sekisho.policy.keys import create_principal
    principal, key = create_principal(
        _engine(config, database_url), org=org, roles=tuple(role), nationality=tuple(nationality),
        residence=residence, trust_tier=trust_tier, language=language, principal_id=principal_id)
    if json_out:
        typer.echo(orjson.dumps({"principal_id": principal.id, "key_id": principal.key_id,
                                 "api_key": key}).decode())
        return
    console.print(f"principal [bold]{principal.id}[/] (org {principal.org}), key {principal.key_id}")
    console.print("API key (shown once, store it now):")
    typer.echo(key)


@keys_app.command("list")
def keys_list(config: Path | None = ConfigOpt, database_url: str | None = DbOpt) -> None:
    """List principals and their keys (never the keys themselves)."""
    from sekisho.policy.keys import KeyStore
    table = Table("principal", "org", "nationality", "residence", "trust", "lang", "keys")
    for principal, keys in KeyStore(_engine(config, database_url)).list_principals():
        table.add_row(principal.id, principal.org, ",".join(principal.nationality) or "unknown",
                      principal.residence or "-", principal.trust_tier, principal.language.value,
                      ", ".join(_key_label(k) for k in keys))
    console.print(table)


def _key_label(row: Any) -> str:
    def get(k: str) -> Any:
        return row.get(k) if isinstance(row, dict) else getattr(row, k, None)
    return f"{get('id')}{' (revoked)' if get('revoked_at') else ''}"


@keys_app.command("revoke")
def keys_revoke(key_id: str, config: Path | None = ConfigOpt,
                database_url: str | None = DbOpt) -> None:
    """Revoke one API key by its id."""
    from sekisho.policy.keys import KeyStore
    KeyStore(_engine(config, database_url)).revoke_key(key_id)
    console.print(f"revoked {key_id}")


@audit_app.command("verify")
def audit_verify(config: Path | None = ConfigOpt, database_url: str | None = DbOpt) -> None:
    """Check the hash chain; name every edited, deleted or reordered record. Exit 1 if any."""
    from sekisho.audit.log import verify
    report = verify(_engine(config, database_url))
    for seq, kind, message in report.problems:
        err_console.print(f"[red]{kind}[/] {message}")
    if report.ok:
        console.print(f"audit log intact: {report.checked} records, hash chain verified")
    else:
        err_console.print(f"audit log TAMPERED: {len(report.problems)} problem(s) "
                          f"in {report.checked} records")
        raise typer.Exit(1)


@audit_app.command("tail")
def audit_tail(n: int = typer.Option(20, "-n", help="How many records."),
               config: Path | None = ConfigOpt, database_url: str | None = DbOpt,
               json_out: bool = typer.Option(False, "--json")) -> None:
    """Show the newest audit records."""
    from sekisho.audit.log import tail
    rows = tail(_engine(config, database_url), n)
    if json_out:
        for row in rows:
            typer.echo(orjson.dumps(row).decode())
        return
    table = Table("seq", "time", "principal", "requested", "served", "decision", "reason", "status")
    for r in rows:
        table.add_row(str(r["seq"]), str(r["ts"])[:23], r.get("principal_id") or "-",
                      r.get("model_requested") or "-", r.get("model_served") or "-",
                      r.get("decision") or "-", r.get("reason") or "-", str(r.get("status")))
    console.print(table)


@audit_app.command("export")
def audit_export(jsonl: Path = typer.Option(..., "--jsonl", help="Output file, or - for stdout."),
                 since: int = typer.Option(0, help="Only records with seq > SINCE."),
                 config: Path | None = ConfigOpt, database_url: str | None = DbOpt) -> None:
    """Export records with their chain hashes, one JSON object per line."""
    from sekisho.audit.log import export_jsonl
    engine = _engine(config, database_url)
    if str(jsonl) == "-":
        count = export_jsonl(engine, sys.stdout, since)
    else:
        with jsonl.open("w", encoding="utf-8") as out:
            count = export_jsonl(engine, out, since)
    err_console.print(f"exported {count} records")


@app.command("check-catalog")
def check_catalog(catalog: Path) -> None:
    """Validate a catalog file and list its models."""
    from sekisho.runtime import load_checked_catalog
    cat = load_checked_catalog(load_settings(None, overrides={"catalog": catalog}))
    table = Table("model", "kind", "tier", "origin", "licence", "fallback", "continuity")
    for s in cat.models.values():
        table.add_row(s.name + (" (stand-in)" if s.stand_in else ""), s.kind, s.tier.value,
                      s.origin, s.licence.value, s.fallback or "-", " → ".join(s.continuity) or "-")
    console.print(table)


def _now() -> Any:
    from datetime import datetime
    return datetime.now(UTC)


@directive_app.command("issue")
def directive_issue(file: Path, actor: str = typer.Option("cli", help="Who issues it (audited)."),
                    config: Path | None = ConfigOpt, database_url: str | None = DbOpt) -> None:
    """Issue a directive from a YAML or JSON file; it takes effect on every replica at once."""
    from sekisho.policy import directive_store as store
    from sekisho.policy.directives import load_directive_text
    now = _now()
    d = load_directive_text(_read(file), now=now, source=str(file))
    store.issue(_engine(config, database_url), d, actor, at=now)
    console.print(f"issued [bold]{d.id}[/]: {d.effect.value} on {', '.join(d.scope)} "
                  f"from {d.effective_from.isoformat()}")


@directive_app.command("revoke")
def directive_revoke(directive_id: str, reason: str = typer.Option(..., help="Why (audited)."),
                     actor: str = typer.Option("cli"), config: Path | None = ConfigOpt,
                     database_url: str | None = DbOpt) -> None:
    """Revoke a directive (it is kept, stamped revoked; nothing is ever deleted)."""
    from sekisho.policy import directive_store as store
    d = store.revoke(_engine(config, database_url), directive_id, actor, reason, _now())
    console.print(f"revoked {d.id} at {d.revoked_at}")


@directive_app.command("list")
def directive_list(config: Path | None = ConfigOpt, database_url: str | None = DbOpt,
                   json_out: bool = typer.Option(False, "--json")) -> None:
    """All directives, in force or not."""
    from sekisho.policy import directive_store as store
    now = _now()
    ds = store.list_all(_engine(config, database_url))
    if json_out:
        for d in ds:
            typer.echo(orjson.dumps({**d.to_json(), "in_force": d.in_force(now)}).decode())
        return
    table = Table("id", "effect", "scope", "subjects", "from", "until", "status")
    for d in ds:
        status = "revoked" if d.revoked_at else ("in force" if d.in_force(now) else "not in force")
        table.add_row(d.id, d.effect.value + (f" ({d.domain})" if d.domain else ""),
                      ", ".join(d.scope), orjson.dumps(d.subjects.to_json()).decode(),
                      d.effective_from.isoformat()[:19],
                      d.effective_until.isoformat()[:19] if d.effective_until else "-", status)
    console.print(table)


@directive_app.command("show")
def directive_show(directive_id: str, config: Path | None = ConfigOpt,
                   database_url: str | None = DbOpt) -> None:
    """One directive with its history."""
    from sekisho.policy import directive_store as store
    engine = _engine(config, database_url)
    d = store.get(engine, directive_id)
    typer.echo(orjson.dumps({**d.to_json(), "in_force": d.in_force(_now()),
                             "events": store.events(engine, d.id)},
                            option=orjson.OPT_INDENT_2).decode())


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"{path}: cannot read the directive file ({exc.strerror})") from exc


@app.command()
def drill(directive: Path | None = typer.Option(None, "--directive", help="A draft directive."),
          suspend: list[str] = typer.Option([], "--suspend", help="A model to take down (repeat)."),
          config: Path | None = ConfigOpt, catalog: Path | None = CatalogOpt,
          database_url: str | None = DbOpt,
          json_out: bool = typer.Option(False, "--json")) -> None:
    """What-if: who loses which model, what serves them instead, who is left with nothing.

    Principals and the directives in force are read from the database; nothing is
    enforced or stored. Exits 1 when some principal would be left with no model."""
    from sekisho.db import open_database
    from sekisho.policy import directive_store as store
    from sekisho.policy.directives import load_directive_text
    from sekisho.policy.drill import drill as run_drill
    from sekisho.policy.keys import KeyStore
    from sekisho.runtime import load_checked_catalog
    settings = _settings(config, catalog, database_url)
    cat = load_checked_catalog(settings)
    unknown = [name for name in suspend if name not in cat]
    if unknown:
        raise ValueError(f"--suspend: {cat.unknown_model_message(unknown[0])}")
    now = _now()
    draft = (load_directive_text(_read(directive), now=now, source=str(directive))
             if directive else None)
    engine = open_database(settings.database_url)
    people = KeyStore(engine).active_principals()
    if not people:
        raise ValueError(f"no active principals in {engine.url.render_as_string()}: a drill reads "
                         "the principals from the database; point --database-url (or the "
                         "config) at the gateway's database, or create some with "
                         "`sekisho keys create`")
    report = run_drill(cat, people, store.list_all(engine), now, draft=draft,
                       suspend=frozenset(suspend),
                       unknown_nationality=settings.directives.unknown_nationality)
    if json_out:
        typer.echo(orjson.dumps(report.to_json()).decode())
    else:
        _print_drill(report)
    if report.stranded:
        raise typer.Exit(1)


def _print_drill(report: Any) -> None:
    table = Table(title=f"Drill: {report.scenario} (at {report.at[:19]})")
    for col in ("principal", "org", "loses", "tier", "served instead by", "tier then", "drop",
                "because"):
        table.add_column(col, overflow="fold")
    for x in report.losses:
        table.add_row(x.principal, x.org, x.model, x.tier, x.instead or "[red]nothing[/]",
                      x.instead_tier or "-", str(x.tier_drop), ", ".join(x.rules) or "-")
    console.print(table)
    people = Table("principal", "org", "best tier before", "best tier after")
    for s in report.people:
        people.add_row(s.principal, s.org, s.best_before or "nothing",
                       s.best_after or "[red]nothing[/]")
    console.print(people)
    if report.stranded:
        err_console.print(f"[red]left with no model at all:[/] {', '.join(report.stranded)}")
    else:
        console.print(f"{len(report.losses)} lost model(s); nobody is left without a model")


def _register_plugins() -> None:
    from sekisho.safeguards.commands import register
    register(app)
    from sekisho.cjs.commands import register as register_cjs
    register_cjs(app)
    from sekisho.evals.commands import register as register_evals
    register_evals(app)


def main() -> None:
    from sekisho.logs import configure_logging
    configure_logging()
    _register_plugins()
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except (SettingsError, CatalogError, ValueError) as exc:
        err_console.print(f"[red]error:[/] {exc}")
        sys.exit(2)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", getattr(exc, "code", 0))
        sys.exit(code or 0)
    except Exception as exc:  # click's own usage errors and aborts
        import click
        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            sys.exit(130)
        raise


if __name__ == "__main__":
    main()
