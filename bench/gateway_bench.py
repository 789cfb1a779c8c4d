"""Sekisho and the LiteLLM proxy side by side, in one run, against one stub upstream.

    uv run python bench/gateway_bench.py [--seconds 10] [--sequential 1000] [--classifier NAME]

Measures, for direct-to-stub, Sekisho and LiteLLM (one worker each):
  sequential latency p50/p99 (non-streaming), streaming time to first and last byte,
  wrk throughput at 16 connections, server CPU per request, and resident memory;
then prints a Markdown table with Sekisho/LiteLLM ratios and writes bench/results/*.json.

LiteLLM is installed on first use into .bench/venv-litellm (pinned below); wrk comes from
Debian (`apt-get install wrk`). Everything runs on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LITELLM_VERSION = "1.106.2"
SCRATCH = ROOT / ".bench"
BODY = {"model": "bench-model", "max_tokens": 32,
        "messages": [{"role": "user", "content": "Write a function that reverses a string."}]}


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
    stream_last_p50_ms: float = 0.0
    rps: float = 0.0
    non_2xx: int = 0
    cpu_ms_per_request: float = 0.0
    rss_mb: float = 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(port: int, path: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
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


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def sequential(target: Target, n: int, stream: bool) -> tuple[list[float], list[float]]:
    """Latencies (ms) to the first body byte and to the last, over one keep-alive connection."""
    body = json.dumps({**BODY, "stream": stream}).encode()
    headers = {"content-type": "application/json", **target.headers}
    conn = http.client.HTTPConnection("127.0.0.1", target.port, timeout=30)
    first: list[float] = []
    last: list[float] = []
    for i in range(n + 20):  # 20 warm-up requests
        t0 = time.perf_counter()
        conn.request("POST", target.path, body, headers)
        resp = conn.getresponse()
        resp.read1(1) if stream else None
        t1 = time.perf_counter()
        resp.read()
        t2 = time.perf_counter()
        if resp.status != 200:
            raise RuntimeError(f"{target.name}: HTTP {resp.status}")
        if i >= 20:
            first.append((t1 - t0) * 1000)
            last.append((t2 - t0) * 1000)
    conn.close()
    return first, last


def wrk(target: Target, seconds: int, connections: int = 16) -> tuple[float, int, int]:
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    lua_headers = "".join(f'wrk.headers["{k}"] = "{v}"\n' for k, v in target.headers.items())
    script.write(f'wrk.method = "POST"\nwrk.body = {json.dumps(json.dumps(BODY))}\n'
                 f'wrk.headers["Content-Type"] = "application/json"\n{lua_headers}')
    script.close()
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", script.name,
                          f"http://127.0.0.1:{target.port}{target.path}"],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, total, int(bad.group(1)) if bad else 0


def measure(target: Target, n: int, seconds: int) -> Result:
    first, last = sequential(target, n, stream=False)
    s_first, s_last = sequential(target, max(n // 2, 50), stream=True)
    pids = [p for pid in target.pids for p in process_tree(pid)]
    cpu0 = cpu_seconds(pids)
    rps, total, bad = wrk(target, seconds)
    cpu = cpu_seconds(pids) - cpu0
    return Result(
        name=target.name,
        p50_ms=statistics.median(last), p99_ms=statistics.quantiles(last, n=100)[98],
        stream_ttfb_p50_ms=statistics.median(s_first), stream_last_p50_ms=statistics.median(s_last),
        rps=rps, non_2xx=bad,
        cpu_ms_per_request=(cpu / total * 1000) if target.pids and total else 0.0,
        rss_mb=rss_mb(pids) if target.pids else 0.0,
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


def start(stack: ExitStack, cmd: list[str], env: dict[str, str] | None = None,
          cwd: Path | None = None) -> subprocess.Popen[bytes]:
    log = open(SCRATCH / f"{Path(cmd[0]).name}-{len(stack._exit_callbacks)}.log", "wb")
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, cwd=cwd, stdout=log,
                            stderr=subprocess.STDOUT)
    stack.callback(lambda: (proc.terminate(), proc.wait(10), log.close()))
    return proc


def start_stub(stack: ExitStack) -> int:
    port = free_port()
    start(stack, [sys.executable, str(ROOT / "bench" / "stub_server.py"), str(port)])
    wait_http(port, "/")
    return port


def start_sekisho(stack: ExitStack, stub_port: int, classifier: str, work: Path) -> Target:
    port = free_port()
    (work / "catalog.yaml").write_text(
        "models:\n  - name: bench-model\n    kind: openai\n"
        f"    base_url: http://127.0.0.1:{stub_port}/v1\n    tier: frontier\n"
        "    origin: US\n    licence: closed\n")
    (work / "sekisho.yaml").write_text(
        f"catalog: catalog.yaml\ndatabase_url: sqlite:///{work / 'bench.db'}\n"
        f"server: {{host: 127.0.0.1, port: {port}}}\nsafeguard: {{classifier: {classifier}}}\n")
    sekisho = str(Path(sys.executable).parent / "sekisho")
    key = json.loads(subprocess.run(
        [sekisho, "keys", "create", "--config", str(work / "sekisho.yaml"), "--org", "bench",
         "--json"], capture_output=True, text=True, check=True).stdout)["api_key"]
    proc = start(stack, [sekisho, "serve", "--config", str(work / "sekisho.yaml")])
    wait_http(port, "/healthz")
    return Target("sekisho", port, "/v1/chat/completions", {"Authorization": f"Bearer {key}"},
                  [proc.pid])


def start_litellm(stack: ExitStack, stub_port: int, work: Path) -> Target:
    exe = ensure_litellm()
    port = free_port()
    master = "sk-" + secrets.token_hex(16)
    (work / "litellm.yaml").write_text(
        "model_list:\n  - model_name: bench-model\n    litellm_params:\n"
        f"      model: openai/bench-model\n      api_base: http://127.0.0.1:{stub_port}/v1\n"
        "      api_key: stub\n    model_info:\n      input_cost_per_token: 0.000001\n"
        "      output_cost_per_token: 0.000002\n")
    proc = start(stack, [str(exe), "--config", str(work / "litellm.yaml"), "--port", str(port),
                         "--num_workers", "1"],
                 env={"LITELLM_MASTER_KEY": master, "LITELLM_LOCAL_MODEL_COST_MAP": "True"},
                 cwd=work)
    wait_http(port, "/health/liveliness", timeout=180)
    return Target("litellm", port, "/v1/chat/completions", {"Authorization": f"Bearer {master}"},
                  [proc.pid])


def report(results: dict[str, Result], args: argparse.Namespace) -> str:
    d, s, l = results["direct"], results["sekisho"], results.get("litellm")
    def added(r: Result, attr: str) -> float:
        return getattr(r, attr) - getattr(d, attr)
    rows = [
        ("added latency p50 (ms)", added(s, "p50_ms"), added(l, "p50_ms") if l else None, "low"),
        ("added latency p99 (ms)", added(s, "p99_ms"), added(l, "p99_ms") if l else None, "low"),
        ("added streaming TTFB p50 (ms)", added(s, "stream_ttfb_p50_ms"),
         added(l, "stream_ttfb_p50_ms") if l else None, "low"),
        ("added streaming last byte p50 (ms)", added(s, "stream_last_p50_ms"),
         added(l, "stream_last_p50_ms") if l else None, "low"),
        ("throughput, 16 conns (req/s)", s.rps, l.rps if l else None, "high"),
        ("server CPU per request (ms)", s.cpu_ms_per_request, l.cpu_ms_per_request if l else None, "low"),
        ("memory, RSS after load (MB)", s.rss_mb, l.rss_mb if l else None, "low"),
    ]
    lines = [f"direct to stub: p50 {d.p50_ms:.2f} ms, p99 {d.p99_ms:.2f} ms, "
             f"stream TTFB {d.stream_ttfb_p50_ms:.2f} ms, {d.rps:.0f} req/s "
             f"(classifier: {args.classifier}, wrk {args.seconds}s, {args.sequential} sequential)",
             "", "| metric | Sekisho | LiteLLM | Sekisho vs LiteLLM |", "|---|---:|---:|---:|"]
    for name, sv, lv, better in rows:
        if lv is None:
            lines.append(f"| {name} | {sv:.2f} | – | – |")
            continue
        ratio = (lv / sv if better == "low" else sv / lv) if sv > 0 and lv > 0 else float("nan")
        lines.append(f"| {name} | {sv:.2f} | {lv:.2f} | {ratio:.1f}× better |")
    errors = {r.name: r.non_2xx for r in results.values() if r.non_2xx}
    if errors:
        lines.append(f"\nnon-2xx responses under load: {errors}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--sequential", type=int, default=1000)
    parser.add_argument("--classifier", default="allow-all")
    parser.add_argument("--no-litellm", action="store_true")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")
    SCRATCH.mkdir(exist_ok=True)
    results: dict[str, Result] = {}
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        stub_port = start_stub(stack)
        targets = [Target("direct", stub_port, "/v1/chat/completions", {}),
                   start_sekisho(stack, stub_port, args.classifier, work)]
        if not args.no_litellm:
            targets.append(start_litellm(stack, stub_port, work))
        for target in targets:
            print(f"measuring {target.name} ...", flush=True)
            n = args.sequential if target.name != "litellm" else max(args.sequential // 4, 100)
            results[target.name] = measure(target, n, args.seconds)
    table = report(results, args)
    print(table)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (out / f"gateway-{stamp}.json").write_text(json.dumps(
        {"args": vars(args), "results": {k: asdict(v) for k, v in results.items()}}, indent=2))
    (out / f"gateway-{stamp}.md").write_text(table + "\n")


if __name__ == "__main__":
    main()
