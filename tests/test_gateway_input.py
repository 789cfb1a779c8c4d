"""Bad input gets a 4xx in the caller's dialect naming the problem, and is audited."""

from __future__ import annotations

from collections.abc import Callable

import anthropic
import httpx
import openai
import pytest

from tests.conftest import Running

GW = Callable[..., Running]
OPENAI = "/v1/chat/completions"
ANTHROPIC = "/v1/messages"


def post(gw: Running, path: str, content: bytes, key: str | None = "alice",
         headers: dict[str, str] | None = None) -> httpx.Response:
    h = {"content-type": "application/json", **(headers or {})}
    if key is not None:
        h["authorization"] = f"Bearer {gw.keys[key]}"
    return httpx.post(gw.url + path, content=content, headers=h, timeout=10)


CASES: list[tuple[str, bytes, int, str]] = [
    ("malformed-json", b'{"model": "gpt-ok", "messages": [', 400, "not valid JSON"),
    ("not-an-object", b'[1, 2]', 400, "must be a JSON object"),
    ("missing-model", b'{"messages": [{"role": "user", "content": "x"}]}', 400, "`model` is required"),
    ("wrong-type-messages", b'{"model": "gpt-ok", "messages": "hi"}', 400, "`messages` is required"),
    ("wrong-type-stream", b'{"model": "gpt-ok", "stream": "yes", "messages": [{"role": "user", "content": "x"}]}',
     400, "`stream` must be true or false"),
    ("bad-role", b'{"model": "gpt-ok", "messages": [{"role": "wizard", "content": "x"}]}', 400,
     "`messages[0].role` must be one of"),
    ("bad-content", b'{"model": "gpt-ok", "messages": [{"role": "user", "content": 7}]}', 400,
     "`messages[0].content` must be a string"),
    ("unknown-model", b'{"model": "gpt-9", "messages": [{"role": "user", "content": "x"}]}', 404,
     "no model 'gpt-9' in the catalog; models are: gpt-ok"),
    ("invalid-utf8", b'{"model": "gpt-ok", "messages": [{"role": "user", "content": "\xff\xfe"}]}',
     400, "not valid UTF-8"),
    ("empty-body", b"", 400, "body is empty"),
]


@pytest.mark.parametrize(("name", "body", "status", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_openai_input_is_a_4xx_naming_the_problem(make_gateway: GW, name: str, body: bytes,
                                                      status: int, message: str) -> None:
    gw = make_gateway()
    r = post(gw, OPENAI, body)
    assert r.status_code == status
    err = r.json()["error"]
    assert message in err["message"] and err["type"].endswith("_error")
    record = gw.audit()[-1]
    assert record["status"] == status and record["decision"] == "invalid"
    assert record["request_id"] == r.headers["x-sekisho-request-id"]


@pytest.mark.parametrize(("name", "body", "status", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_anthropic_input_is_a_4xx_in_anthropic_shape(make_gateway: GW, name: str, body: bytes,
                                                         status: int, message: str) -> None:
    gw = make_gateway()
    body = body.replace(b'"messages"', b'"max_tokens": 5, "messages"', 1)
    r = post(gw, ANTHROPIC, body)
    assert r.status_code == status
    data = r.json()
    assert data["type"] == "error" and message in data["error"]["message"]


def test_anthropic_requires_max_tokens(make_gateway: GW) -> None:
    gw = make_gateway()
    r = post(gw, ANTHROPIC, b'{"model": "claude-ok", "messages": [{"role": "user", "content": "x"}]}')
    assert r.status_code == 400 and "`max_tokens` is required" in r.json()["error"]["message"]


def test_body_over_the_limit_is_413_and_audited(make_gateway: GW) -> None:
    gw = make_gateway(settings_extra={"max_body_bytes": 1024})
    big = b'{"model": "gpt-ok", "messages": [{"role": "user", "content": "' + b"a" * 2000 + b'"}]}'
    r = post(gw, OPENAI, big)
    assert r.status_code == 413 and "over the limit of 1024 bytes" in r.json()["error"]["message"]
    r = post(gw, ANTHROPIC, big)
    assert r.status_code == 413 and r.json()["error"]["type"] == "request_too_large"
    assert [rec["status"] for rec in gw.audit()] == [413, 413]


def test_missing_key_is_401_in_openai_dialect(make_gateway: GW) -> None:
    gw = make_gateway()
    r = post(gw, OPENAI, b"{}", key=None)
    assert r.status_code == 401 and "missing API key" in r.json()["error"]["message"]
    assert gw.audit()[-1]["decision"] == "unauthenticated"


def test_wrong_key_is_rejected_by_both_sdks(make_gateway: GW) -> None:
    gw = make_gateway()
    with pytest.raises(openai.AuthenticationError, match="invalid API key"):
        openai.OpenAI(base_url=gw.url + "/v1", api_key="sk-sekisho-wrong", max_retries=0) \
            .chat.completions.create(model="gpt-ok", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(anthropic.AuthenticationError, match="invalid API key"):
        anthropic.Anthropic(base_url=gw.url, api_key="sk-sekisho-wrong", max_retries=0) \
            .messages.create(model="claude-ok", max_tokens=5, messages=[{"role": "user", "content": "x"}])


def test_the_gateway_keeps_serving_after_bad_input(make_gateway: GW) -> None:
    gw = make_gateway()
    for body, _, _, _ in [(c[1], 0, 0, 0) for c in CASES]:
        post(gw, OPENAI, body)
    ok = gw.openai().chat.completions.create(model="gpt-ok", messages=[{"role": "user", "content": "x"}])
    assert ok.choices[0].message.content == "echo: x"


def test_health_ready_and_metrics(make_gateway: GW) -> None:
    gw = make_gateway()
    gw.openai().chat.completions.create(model="gpt-ok", messages=[{"role": "user", "content": "x"}])
    assert httpx.get(gw.url + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(gw.url + "/readyz")
    assert ready.status_code == 200 and ready.json()["database"] == "ok"
    metrics = httpx.get(gw.url + "/metrics").text
    assert 'sekisho_requests_total{decision="serve",dialect="openai",status="200"} 1.0' in metrics


def test_models_needs_a_key(make_gateway: GW) -> None:
    gw = make_gateway()
    r = httpx.get(gw.url + "/v1/models")
    assert r.status_code == 401
