"""`sekisho ...`: the command line. Library errors become CLI errors in one place (`main`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Optional

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
app.add_typer(keys_app, name="keys")
app.add_typer(audit_app, name="audit")
console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

ConfigOpt = typer.Option(None, "--config", "-c", help="Config file (YAML).")
CatalogOpt = typer.Option(None, "--catalog", help="Catalog file (overrides the config).")
DbOpt = typer.Option(None, "--database-url", help="sqlite:///PATH or postgresql+psycopg://…")


def _settings(config: Optional[Path], catalog: Optional[Path] = None,
              database_url: Optional[str] = None) -> Settings:
    return load_settings(config, overrides={"catalog": catalog, "database_url": database_url})


def _engine(config: Optional[Path], database_url: Optional[str]) -> Any:
    from sekisho.db import open_database
    return open_database(_settings(config, None, database_url).database_url)


@app.command()
def serve(config: Optional[Path] = ConfigOpt, catalog: Optional[Path] = CatalogOpt,
          database_url: Optional[str] = DbOpt,
          host: Optional[str] = typer.Option(None, help="Bind address (default from config)."),
          port: Optional[int] = typer.Option(None, help="Port (default from config, 8787)."),
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
         workdir: Optional[Path] = typer.Option(None, help="Where the demo keeps its database."),
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
    residence: Optional[str] = typer.Option(None, help="ISO country code of residence."),
    trust_tier: str = typer.Option("standard", help="Trust tier, e.g. standard or vetted."),
    language: str = typer.Option("en", help="Language of notices: en or ja."),
    principal_id: Optional[str] = typer.Option(None, "--id", help="Principal id (default: generated)."),
    config: Optional[Path] = ConfigOpt, database_url: Optional[str] = DbOpt,
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
def keys_list(config: Optional[Path] = ConfigOpt, database_url: Optional[str] = DbOpt) -> None:
    """List principals and their keys (never the keys themselves)."""
    from sekisho.policy.keys import KeyStore
    table = Table("principal", "org", "nationality", "residence", "trust", "lang", "keys")
    for principal, keys in KeyStore(_engine(config, database_url)).list_principals():
        table.add_row(principal.id, principal.org, ",".join(principal.nationality) or "unknown",
                      principal.residence or "-", principal.trust_tier, principal.language.value,
                      ", ".join(_key_label(k) for k in keys))
    console.print(table)


def _key_label(row: Any) -> str:
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k, None)
    return f"{get('id')}{' (revoked)' if get('revoked_at') else ''}"


@keys_app.command("revoke")
def keys_revoke(key_id: str, config: Optional[Path] = ConfigOpt,
                database_url: Optional[str] = DbOpt) -> None:
    """Revoke one API key by its id."""
    from sekisho.policy.keys import KeyStore
    KeyStore(_engine(config, database_url)).revoke_key(key_id)
    console.print(f"revoked {key_id}")


@audit_app.command("verify")
def audit_verify(config: Optional[Path] = ConfigOpt, database_url: Optional[str] = DbOpt) -> None:
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
               config: Optional[Path] = ConfigOpt, database_url: Optional[str] = DbOpt,
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
                 config: Optional[Path] = ConfigOpt, database_url: Optional[str] = DbOpt) -> None:
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


def _register_plugins() -> None:
    from sekisho.safeguards.commands import register
    register(app)


def main() -> None:
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
