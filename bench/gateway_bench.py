"""Sekisho and the LiteLLM proxy side by side, in one run, against one stub upstream.

    uv run python bench/gateway_bench.py [--seconds 10] [--sequential 1000] [--rounds 3]
        [--classifiers allow-all,cyber-v1] [--no-litellm] [--portkey]

Measures, for direct-to-stub, Sekisho once per classifier (default: `allow-all` and the
shipped linear `cyber-v1`), LiteLLM and optionally the Portkey gateway (one worker each):
  sequential latency p50/p99 (non-streaming), streaming time to first and last byte,
  wrk throughput at 16 connections, server CPU per request, and resident memory;
then prints a Markdown table with ratios to LiteLLM and the issue-2 targets met or not,
and writes bench/results/gateway-*.json and *.md. Every target is measured `--rounds` times,
interleaved (the order rotates each round), and the table gives the median per figure.

All servers are started before the first measurement and stay up to the end, so each one
is measured while the others sit idle; they are measured one after another, not at once.
LiteLLM is installed on first use into .bench/venv-litellm (pinned below), Portkey with
`--portkey` into .bench/portkey (npm); wrk comes from Debian (`apt-get install wrk`).
Everything runs on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LITELLM_VERSION = "1.106.2"
PORTKEY_VERSION = "1.15.2"
SCRATCH = ROOT / ".bench"
BODY = {"model": "bench-model", "max_tokens": 32,
        "messages": [{"role": "user", "content": "Write a function that reverses a string."}]}
WARM_UP = 20
CONNECTIONS = 16


@dataclass
class Target:
    name: str
    port: int
    path: str
    headers: dict[str, str]
    pids: list[int] = field(default_factory=list)


@dataclass
class Result:
    name: str
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    stream_ttfb_p50_ms: float = 0.0
    stream_ttfb_p99_ms: float = 0.0
    stream_last_p50_ms: float = 0.0
    rps: float = 0.0
    requests: int = 0
    non_2xx: int = 0
    cpu_ms_per_request: float = 0.0
    rss_mb: float = 0.0
    peak_rss_mb: float = 0.0
    processes: int = 0
    sekisho_headers: dict[str, str] = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(port: int, path: str, proc: subprocess.Popen[bytes] | None = None,
              log: Path | None = None, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:] if log else ""
            raise RuntimeError(f"server on port {port} exited with {proc.returncode}:\n{tail}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing answered on port {port} within {timeout:.0f}s")


def process_tree(pid: int) -> list[int]:
    out = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return out
    for child in children:
        out += process_tree(int(child))
    return out


def cpu_seconds(pids: list[int]) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def status_mb(pids: list[int], key: str) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith(key + ":"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def sequential(target: Target, n: int, stream: bool) -> tuple[list[float], list[float], dict[str, str]]:
    """Latencies (ms) to the first body byte and to the last, over one keep-alive connection,
    and the x-sekisho-* headers of the last response."""
    body = json.dumps({**BODY, "stream": stream}).encode()
    headers = {"content-type": "application/json", **target.headers}
    conn = http.client.HTTPConnection("127.0.0.1", target.port, timeout=30)
    first: list[float] = []
    last: list[float] = []
    seen: dict[str, str] = {}
    for i in range(n + WARM_UP):
        t0 = time.perf_counter()
        conn.request("POST", target.path, body, headers)
        resp = conn.getresponse()
        if stream:
            resp.read1(1)
        t1 = time.perf_counter()
        data = resp.read()
        t2 = time.perf_counter()
        if resp.status != 200:
            raise RuntimeError(f"{target.name}: HTTP {resp.status}: {data[:300]!r}")
        if stream and b"w19" not in data:
            raise RuntimeError(f"{target.name}: the stream lost chunks: {data[-300:]!r}")
        if i >= WARM_UP:
            first.append((t1 - t0) * 1000)
            last.append((t2 - t0) * 1000)
        seen = {k.lower(): v for k, v in resp.getheaders() if k.lower().startswith("x-sekisho-")}
    conn.close()
    return first, last, seen


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def wrk(target: Target, seconds: int, connections: int = CONNECTIONS) -> tuple[float, int, int]:
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
    lua_headers = "".join(f'wrk.headers["{k}"] = "{v}"\n' for k, v in target.headers.items())
    script.write(f'wrk.method = "POST"\nwrk.body = {json.dumps(json.dumps(BODY))}\n'
                 f'wrk.headers["Content-Type"] = "application/json"\n{lua_headers}')
    script.close()
    try:
        out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", script.name,
                              f"http://127.0.0.1:{target.port}{target.path}"],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(script.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    if errors:
        print(f"  wrk socket errors against {target.name}: {errors.group(1)}", flush=True)
    return rps, total, int(bad.group(1)) if bad else 0


def measure(target: Target, n: int, seconds: int) -> Result:
    _, last, seen = sequential(target, n, stream=False)
    s_first, s_last, _ = sequential(target, max(n // 2, 50), stream=True)
    pids = [p for pid in target.pids for p in process_tree(pid)]
    cpu0 = cpu_seconds(pids)
    rps, total, bad = wrk(target, seconds)
    time.sleep(1.0)  # let batched work (audit writes) that the load caused finish
    cpu = cpu_seconds(pids) - cpu0
    return Result(
        name=target.name,
        p50_ms=statistics.median(last), p99_ms=p99(last),
        stream_ttfb_p50_ms=statistics.median(s_first), stream_ttfb_p99_ms=p99(s_first),
        stream_last_p50_ms=statistics.median(s_last),
        rps=rps, requests=total, non_2xx=bad,
        cpu_ms_per_request=(cpu / total * 1000) if target.pids and total else 0.0,
        rss_mb=status_mb(pids, "VmRSS") if target.pids else 0.0,
        peak_rss_mb=status_mb(pids, "VmHWM") if target.pids else 0.0,
        processes=len(pids) if target.pids else 0,
        sekisho_headers=seen,
    )


def ensure_litellm() -> Path:
    venv = SCRATCH / "venv-litellm"
    exe = venv / "bin" / "litellm"
    if not exe.exists():
        print(f"installing litellm[proxy]=={LITELLM_VERSION} into {venv} (once)", flush=True)
        subprocess.run(["uv", "venv", "-q", "-p", "3.11", str(venv)], check=True)
        subprocess.run(["uv", "pip", "install", "-q", "--python", str(venv / "bin" / "python"),
                        f"litellm[proxy]=={LITELLM_VERSION}"], check=True)
    return exe


def ensure_portkey() -> Path:
    folder = SCRATCH / "portkey"
    entry = folder / "node_modules" / "@portkey-ai" / "gateway" / "build" / "start-server.js"
    if not entry.exists():
        print(f"installing @portkey-ai/gateway@{PORTKEY_VERSION} into {folder} (once)", flush=True)
        folder.mkdir(parents=True, exist_ok=True)
        # Streaming needs @hono/node-server pinned (offline-resources.md).
        (folder / "package.json").write_text(json.dumps({
            "name": "bench-portkey", "private": True, "version": "0.0.0",
            "dependencies": {"@portkey-ai/gateway": PORTKEY_VERSION},
            "overrides": {"@hono/node-server": "1.13.5"}}))
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=folder,
                       check=True)
    return entry


def start(stack: ExitStack, cmd: list[str], label: str, env: dict[str, str] | None = None,
          cwd: Path | None = None) -> tuple[subprocess.Popen[bytes], Path]:
    path = SCRATCH / f"{label}.log"
    log = open(path, "wb")  # noqa: SIM115
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, cwd=cwd, stdout=log,
                            stderr=subprocess.STDOUT)

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
    stack.callback(stop)
    return proc, path


def start_stub(stack: ExitStack) -> int:
    port = free_port()
    proc, log = start(stack, [sys.executable, str(ROOT / "bench" / "stub_server.py"), str(port)],
                      "stub")
    wait_http(port, "/", proc, log)
    return port


def start_sekisho(stack: ExitStack, stub_port: int, classifier: str, work: Path) -> Target:
    port = free_port()
    here = work / f"sekisho-{classifier}"
    here.mkdir()
    (here / "catalog.yaml").write_text(
        "models:\n  - name: bench-model\n    kind: openai\n"
        f"    base_url: http://127.0.0.1:{stub_port}/v1\n    tier: frontier\n"
        "    origin: US\n    licence: closed\n")
    (here / "sekisho.yaml").write_text(
        f"catalog: catalog.yaml\ndatabase_url: sqlite:///{here / 'bench.db'}\n"
        f"server: {{host: 127.0.0.1, port: {port}}}\nsafeguard: {{classifier: {classifier}}}\n")
    sekisho = str(Path(sys.executable).parent / "sekisho")
    key = json.loads(subprocess.run(
        [sekisho, "keys", "create", "--config", str(here / "sekisho.yaml"), "--org", "bench",
         "--json"], capture_output=True, text=True, check=True).stdout)["api_key"]
    proc, log = start(stack, [sekisho, "serve", "--config", str(here / "sekisho.yaml")],
                      f"sekisho-{classifier}")
    wait_http(port, "/healthz", proc, log)
    return Target(f"sekisho[{classifier}]", port, "/v1/chat/completions",
                  {"Authorization": f"Bearer {key}"}, [proc.pid])


def start_litellm(stack: ExitStack, stub_port: int, work: Path) -> Target:
    exe = ensure_litellm()
    port = free_port()
    master = "sk-" + secrets.token_hex(16)
    # A price in model_info: without one about 13% of LiteLLM's CPU goes to cost diagnostics.
    (work / "litellm.yaml").write_text(
        "model_list:\n  - model_name: bench-model\n    litellm_params:\n"
        f"      model: openai/bench-model\n      api_base: http://127.0.0.1:{stub_port}/v1\n"
        "      api_key: stub\n    model_info:\n      input_cost_per_token: 0.000001\n"
        "      output_cost_per_token: 0.000002\n")
    proc, log = start(stack, [str(exe), "--config", str(work / "litellm.yaml"), "--port", str(port),
                              "--num_workers", "1"], "litellm",
                      env={"LITELLM_MASTER_KEY": master, "LITELLM_LOCAL_MODEL_COST_MAP": "True"},
                      cwd=work)
    wait_http(port, "/health/liveliness", proc, log, timeout=180)
    return Target("litellm", port, "/v1/chat/completions", {"Authorization": f"Bearer {master}"},
                  [proc.pid])


def start_portkey(stack: ExitStack, stub_port: int) -> Target:
    entry = ensure_portkey()
    port = free_port()
    proc, log = start(stack, ["node", str(entry), f"--port={port}", "--headless"], "portkey",
                      env={"NODE_ENV": "production"})
    wait_http(port, "/", proc, log)
    return Target("portkey", port, "/v1/chat/completions",
                  {"Authorization": "Bearer stub", "x-portkey-provider": "openai",
                   "x-portkey-custom-host": f"http://127.0.0.1:{stub_port}/v1"}, [proc.pid])


# (label, attribute, relative to direct?, better when "low" or "high", format)
ROWS = [
    ("added latency p50, non-streaming (ms)", "p50_ms", True, "low", "{:.2f}"),
    ("added latency p99, non-streaming (ms)", "p99_ms", True, "low", "{:.2f}"),
    ("added streaming time to first byte p50 (ms)", "stream_ttfb_p50_ms", True, "low", "{:.2f}"),
    ("added streaming time to first byte p99 (ms)", "stream_ttfb_p99_ms", True, "low", "{:.2f}"),
    ("added streaming time to last byte p50 (ms)", "stream_last_p50_ms", True, "low", "{:.2f}"),
    (f"throughput, wrk {CONNECTIONS} connections (req/s)", "rps", False, "high", "{:,.0f}"),
    ("server CPU per request (ms)", "cpu_ms_per_request", False, "low", "{:.2f}"),
    ("memory, RSS after load (MB)", "rss_mb", False, "low", "{:.0f}"),
    ("memory, peak RSS (MB)", "peak_rss_mb", False, "low", "{:.0f}"),
]


def value(results: dict[str, Result], name: str, attr: str, relative: bool) -> float:
    v = float(getattr(results[name], attr))
    return v - float(getattr(results["direct"], attr)) if relative else v


def ratio(sv: float, lv: float, better: str) -> str:
    """How many times better Sekisho is than LiteLLM on this row (>1: Sekisho better)."""
    if sv <= 0 or lv <= 0:
        return "n/a"
    return f"{(lv / sv if better == 'low' else sv / lv):.1f}×"


def table(results: dict[str, Result]) -> str:
    gateways = [n for n in results if n != "direct"]
    sekishos = [n for n in gateways if n.startswith("sekisho")]
    has_litellm = "litellm" in results
    head = ["metric", "direct to stub", *gateways]
    if has_litellm:
        head += [f"{n} vs LiteLLM (× better)" for n in sekishos]
    lines = ["| " + " | ".join(head) + " |", "|---" + "|---:" * (len(head) - 1) + "|"]
    for label, attr, relative, better, fmt in ROWS:
        d = getattr(results["direct"], attr)
        cells = [label, "–" if relative or not d else fmt.format(d)]
        cells += [fmt.format(value(results, n, attr, relative)) for n in gateways]
        if has_litellm:
            lv = value(results, "litellm", attr, relative)
            cells += [ratio(value(results, n, attr, relative), lv, better) for n in sekishos]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def targets(results: dict[str, Result]) -> list[str]:
    """The issue-2 targets, checked for every Sekisho configuration measured."""
    out = []
    lite = results.get("litellm")
    for name in (n for n in results if n.startswith("sekisho")):
        r, d = results[name], results["direct"]
        added = r.p50_ms - d.p50_ms
        ttfb = r.stream_ttfb_p50_ms - d.stream_ttfb_p50_ms
        out.append(f"- {name}: added latency p50 ≤ 1 ms: "
                   f"{'met' if added <= 1 else 'NOT met'} ({added:.2f} ms)")
        if lite:
            x = r.rps / lite.rps
            out.append(f"- {name}: throughput ≥ 10× LiteLLM: "
                       f"{'met' if x >= 10 else 'NOT met'} ({x:.1f}×: {r.rps:,.0f} vs {lite.rps:,.0f} req/s)")
        out.append(f"- {name}: streaming TTFB added ≤ 2 ms: "
                   f"{'met' if ttfb <= 2 else 'NOT met'} ({ttfb:.2f} ms)")
        out.append(f"- {name}: memory ≤ 150 MB per worker: "
                   f"{'met' if r.peak_rss_mb <= 150 else 'NOT met'} "
                   f"({r.rss_mb:.0f} MB after load, {r.peak_rss_mb:.0f} MB peak)")
    return out


def busy_processes(window: float = 2.0, at_least: float = 10.0) -> list[str]:
    """Other processes' CPU use (% of one core) over a short window before the run."""
    def sample() -> dict[int, float]:
        out = {}
        for d in Path("/proc").iterdir():
            if d.name.isdigit() and int(d.name) != os.getpid():
                out[int(d.name)] = cpu_seconds([int(d.name)])
        return out
    a = sample()
    time.sleep(window)
    b = sample()
    rows = []
    for pid, t in b.items():
        pct = (t - a.get(pid, t)) / window * 100
        if pct >= at_least:
            try:
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            rows.append((pct, f"{cmd.strip()[:70]} ({pct:.0f}%)"))
    return [r for _, r in sorted(rows, reverse=True)[:5]]


def machine() -> str:
    """The machine and what else was using its CPUs when the run started."""
    load = os.getloadavg()
    busy = busy_processes()
    return (f"{os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}, "
            f"load average before the run {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1/5/15 min), "
            f"other processes using ≥10% of a core: {'; '.join(busy) or 'none'}")


def report(results: dict[str, Result], args: argparse.Namespace, before: str) -> str:
    d = results["direct"]
    setup = (f"{before}; wrk {args.seconds} s at {CONNECTIONS} connections, {args.sequential} "
             f"sequential requests ({max(args.sequential // 4, 100)} for LiteLLM), medians of {args.rounds} round(s).")
    baseline = (f"Direct to stub: p50 {d.p50_ms:.2f} ms, p99 {d.p99_ms:.2f} ms, "
                f"stream TTFB p50 {d.stream_ttfb_p50_ms:.2f} ms, {d.rps:,.0f} req/s.")
    lines = [setup, baseline, "", table(results), "", "Targets (issue 2, on the medians):",
             *targets(results)]
    for name, r in results.items():
        if r.sekisho_headers:
            lines.append(f"- {name} answered with decision={r.sekisho_headers.get('x-sekisho-decision')}"
                         f", safeguard={r.sekisho_headers.get('x-sekisho-safeguard', '-')}")
    errors = {r.name: r.non_2xx for r in results.values() if r.non_2xx}
    if errors:
        lines.append(f"\nNon-2xx responses under load: {errors}")
    return "\n".join(lines)


def combine(name: str, rounds: list[Result]) -> Result:
    """The median of each figure over the rounds; peak memory is the highest seen."""
    out = Result(name=name, sekisho_headers=rounds[-1].sekisho_headers)
    for attr in ("p50_ms", "p99_ms", "stream_ttfb_p50_ms", "stream_ttfb_p99_ms",
                 "stream_last_p50_ms", "rps", "cpu_ms_per_request", "rss_mb"):
        setattr(out, attr, statistics.median(getattr(r, attr) for r in rounds))
    out.peak_rss_mb = max(r.peak_rss_mb for r in rounds)
    out.requests = sum(r.requests for r in rounds)
    out.non_2xx = sum(r.non_2xx for r in rounds)
    out.processes = rounds[-1].processes
    return out


def spread(per_round: list[dict[str, Result]]) -> list[str]:
    """Per-round range of the two headline figures, to show how noisy the machine was."""
    if len(per_round) < 2:
        return []
    lines = []
    for name in (n for n in per_round[0] if n.startswith("sekisho")):
        added = [r[name].p50_ms - r["direct"].p50_ms for r in per_round]
        line = f"- {name}: added p50 {min(added):.2f}–{max(added):.2f} ms"
        if "litellm" in per_round[0]:
            x = [r[name].rps / r["litellm"].rps for r in per_round]
            line += f", throughput {min(x):.1f}–{max(x):.1f}× LiteLLM"
        lines.append(line)
    return [f"Range over the {len(per_round)} rounds:", *lines]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per target")
    parser.add_argument("--sequential", type=int, default=1000,
                        help="sequential requests per target (a quarter for LiteLLM)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="measure every target this many times, interleaved; report medians")
    parser.add_argument("--classifiers", default="allow-all,cyber-v1",
                        help="comma-separated: one Sekisho per safeguard classifier")
    parser.add_argument("--no-litellm", action="store_true")
    parser.add_argument("--portkey", action="store_true", help="also measure the Portkey gateway")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")
    SCRATCH.mkdir(exist_ok=True)
    before = machine()
    per_round: list[dict[str, Result]] = []
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        stub_port = start_stub(stack)
        targets_ = [Target("direct", stub_port, "/v1/chat/completions", {})]
        targets_ += [start_sekisho(stack, stub_port, c, work) for c in args.classifiers.split(",")]
        if not args.no_litellm:
            targets_.append(start_litellm(stack, stub_port, work))
        if args.portkey:
            targets_.append(start_portkey(stack, stub_port))
        for i in range(args.rounds):
            this: dict[str, Result] = {}
            # Rotate the order so no target always runs first (or last) in a round.
            for target in targets_[i % len(targets_):] + targets_[:i % len(targets_)]:
                print(f"round {i + 1}/{args.rounds}: measuring {target.name} ...", flush=True)
                n = args.sequential if target.name != "litellm" else max(args.sequential // 4, 100)
                this[target.name] = measure(target, n, args.seconds)
            per_round.append({t.name: this[t.name] for t in targets_})
    after = os.getloadavg()
    before += f"; load average after {after[0]:.2f} / {after[1]:.2f} / {after[2]:.2f}"
    results = {name: combine(name, [r[name] for r in per_round]) for name in per_round[0]}
    text = report(results, args, before) + "\n\n" + "\n".join(spread(per_round))
    print(text)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (out / f"gateway-{stamp}.json").write_text(json.dumps(
        {"args": vars(args), "machine": before,
         "results": {k: asdict(v) for k, v in results.items()},
         "rounds": [{k: asdict(v) for k, v in r.items()} for r in per_round]}, indent=2))
    (out / f"gateway-{stamp}.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
