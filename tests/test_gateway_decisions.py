"""Fallback, refusal and failover are always disclosed: headers, notices, refusal shapes."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable, Sequence
from typing import Any

import anthropic
import openai
import pytest

from sekisho.safeguards.base import TEST_REFUSAL_TRIGGER, make_classifier
from sekisho.values import Message, Tier, Verdict
from tests.conftest import Running

GW = Callable[..., Running]


def user(text: str) -> Any:
    return [{"role": "user", "content": text}]


def test_high_risk_is_answered_by_the_fallback_with_a_notice(make_gateway: GW) -> None:
    gw = make_gateway()
    raw = gw.openai().chat.completions.with_raw_response.create(
        model="gpt-ok", messages=user("[[tier:high_risk]] scan"))
    content = raw.parse().choices[0].message.content or ""
    assert raw.headers["x-sekisho-decision"] == "fallback"
    assert raw.headers["x-sekisho-model-served"] == "small-ok"
    assert raw.headers["x-sekisho-reason"] == "safeguard:high_risk"
    first_line, _, rest = content.partition("\n\n")
    assert "answered by small-ok instead of gpt-ok" in first_line
    assert rest.startswith("echo: ")


def test_notice_is_in_the_principals_language(make_gateway: GW) -> None:
    gw = make_gateway()
    content = gw.openai("hanako").chat.completions.create(
        model="gpt-ok", messages=user("[[tier:high_risk]] x")).choices[0].message.content or ""
    assert content.startswith("[関所]") and "small-ok" in content


def test_fallback_notice_arrives_first_in_an_anthropic_stream(make_gateway: GW) -> None:
    gw = make_gateway()
    with gw.anthropic("hanako").messages.stream(
            model="claude-fb", max_tokens=32, messages=user("[[tier:high_risk]] x")) as s:
        final = s.get_final_message()
        headers = s.response.headers
    assert headers["x-sekisho-model-served"] == "small-claude"
    assert final.content[0].type == "text" and final.content[0].text.startswith("[関所]")


def test_prohibited_is_refused_in_the_anthropic_shape(make_gateway: GW) -> None:
    gw = make_gateway()
    raw = gw.anthropic().messages.with_raw_response.create(
        model="claude-ok", max_tokens=32, messages=user("[[tier:prohibited]] x"))
    msg = raw.parse()
    assert raw.status_code == 200 and msg.stop_reason == "refusal" and msg.content == []
    assert msg.stop_details is not None and msg.stop_details.category == "cyber"
    assert "cyber safeguard" in (msg.stop_details.explanation or "")
    assert raw.headers["x-sekisho-decision"] == "refuse"
    assert len(gw.stub.received) == 0 or all(
        "[[tier:prohibited]]" not in str(b) for b in gw.stub.received)


def test_prohibited_is_refused_in_the_openai_shape(make_gateway: GW) -> None:
    gw = make_gateway()
    choice = gw.openai("hanako").chat.completions.create(
        model="gpt-ok", messages=user("[[tier:prohibited]] x")).choices[0]
    assert choice.finish_reason == "content_filter"
    assert choice.message.content is None and (choice.message.refusal or "").startswith("[関所]")


def test_streamed_refusal_ends_with_refusal_stop_details(make_gateway: GW) -> None:
    gw = make_gateway()
    with gw.anthropic().messages.stream(model="claude-ok", max_tokens=32,
                                        messages=user("[[tier:prohibited]] x")) as s:
        final = s.get_final_message()
    assert final.stop_reason == "refusal"
    assert final.stop_details is not None and final.stop_details.category == "cyber"


def test_streamed_refusal_in_openai_dialect(make_gateway: GW) -> None:
    gw = make_gateway()
    chunks = list(gw.openai().chat.completions.create(
        model="gpt-ok", messages=user("[[tier:prohibited]] x"), stream=True))
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    refusal = "".join(c.choices[0].delta.refusal or "" for c in chunks if c.choices)
    assert "content_filter" in finishes and "refused" in refusal


def test_opting_out_of_fallback_returns_the_refusal(make_gateway: GW) -> None:
    gw = make_gateway()
    raw = gw.openai().chat.completions.with_raw_response.create(
        model="gpt-ok", messages=user("[[tier:high_risk]] x"),
        extra_headers={"x-sekisho-fallback": "off"})
    assert raw.parse().choices[0].finish_reason == "content_filter"
    assert raw.headers["x-sekisho-reason"] == "safeguard:high_risk:fallback-declined"


def test_anthropic_fallbacks_field_names_the_fallback_model(make_gateway: GW) -> None:
    gw = make_gateway()
    raw = gw.anthropic().messages.with_raw_response.create(
        model="claude-ok", max_tokens=32, messages=user("[[tier:high_risk]] x"),
        extra_body={"fallbacks": [{"model": "small-claude"}]})
    assert raw.parse().model == "small-claude"
    assert raw.headers["x-sekisho-model-served"] == "small-claude"
    assert "fallbacks" not in gw.stub.received[-1]


def test_a_request_in_a_language_the_safeguard_cannot_read_is_disclosed(make_gateway: GW) -> None:
    gw = make_gateway()
    raw = gw.openai("hanako").chat.completions.with_raw_response.create(
        model="gpt-ok", messages=user("[[unread:es]] escribe un programa"))
    content = raw.parse().choices[0].message.content or ""
    assert raw.headers["x-sekisho-decision"] == "fallback"
    assert raw.headers["x-sekisho-reason"] == "safeguard:unread:es"
    assert raw.headers["x-sekisho-safeguard"].endswith(";unread=es")
    assert content.startswith("[関所]") and "スペイン語" in content
    record = gw.audit()[-1]
    assert record["verdict"]["unread"] == "es" and record["rule_ids"] == ["safeguard.unread_language"]


def test_documented_test_trigger_always_refuses(make_gateway: GW) -> None:
    gw = make_gateway(classifier=make_classifier("allow-all"))
    msg = gw.anthropic().messages.create(model="claude-ok", max_tokens=16,
                                         messages=user(f"please {TEST_REFUSAL_TRIGGER}"))
    assert msg.stop_reason == "refusal"


class Exploding:
    version = "exploding-1"

    def classify(self, messages: Sequence[Message]) -> Verdict:
        raise RuntimeError("model file corrupted")


class Slow:
    version = "slow-1"

    def classify(self, messages: Sequence[Message]) -> Verdict:
        time.sleep(0.5)
        return Verdict(Tier.BENIGN)


@pytest.mark.parametrize("classifier", [Exploding(), Slow()], ids=["fails", "times-out"])
def test_classifier_failure_fails_closed_to_the_fallback_and_is_audited(
        make_gateway: GW, classifier: Any) -> None:
    gw = make_gateway(classifier=classifier,
                      settings_extra={"safeguard": {"timeout_ms": 100}})
    raw = gw.openai().chat.completions.with_raw_response.create(model="gpt-ok", messages=user("hi"))
    assert raw.headers["x-sekisho-decision"] == "fallback"
    assert raw.headers["x-sekisho-reason"] == "safeguard:error:high_risk"
    record = gw.audit()[-1]
    assert record["verdict"]["error"] and "safeguard.error" in record["rule_ids"]


class SlowOnLongText:
    """Takes `seconds_per_100k` per 100,000 characters; prohibited if the text says so."""

    version = "slow-long-1"

    def __init__(self, seconds_per_100k: float) -> None:
        self.rate = seconds_per_100k

    def classify(self, messages: Sequence[Message]) -> Verdict:
        text = "".join(m.text for m in messages)
        time.sleep(self.rate * len(text) / 100_000)
        return Verdict(Tier.PROHIBITED if "[[tier:prohibited]]" in text else Tier.BENIGN)


def test_a_padded_request_gets_the_time_it_needs_not_a_timeout(make_gateway: GW) -> None:
    # 300,000 characters take 0.6 s here: over the 100 ms base, within the budget for its length
    # (100 ms + 2,000 ms per million characters = 700 ms). Padding must not buy the fallback.
    padded = "[[tier:prohibited]] " + "x = 1\n" * 50_000
    gw = make_gateway(classifier=SlowOnLongText(0.2), settings_extra={"safeguard": {"timeout_ms": 100}})
    raw = gw.openai().chat.completions.with_raw_response.create(model="gpt-ok", messages=user(padded))
    assert raw.headers["x-sekisho-decision"] == "refuse"
    assert gw.audit()[-1]["verdict"]["error"] is None
    strict = make_gateway(classifier=SlowOnLongText(0.2), settings_extra={
        "safeguard": {"timeout_ms": 100, "timeout_ms_per_million_chars": 0}})
    raw = strict.openai().chat.completions.with_raw_response.create(model="gpt-ok", messages=user(padded))
    assert raw.headers["x-sekisho-reason"] == "safeguard:error:high_risk"  # the budget is what saved it


def test_a_huge_request_does_not_hold_up_the_classification_of_others(make_gateway: GW) -> None:
    gw = make_gateway(classifier=SlowOnLongText(0.15), settings_extra={"safeguard": {"timeout_ms": 300}})
    client = gw.openai()
    huge = "y = 2\n" * 200_000  # 1.2 million characters: 1.8 s on the bulk worker (budget 2.7 s)
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(client.chat.completions.with_raw_response.create,
                              model="gpt-ok", messages=user(huge))
        time.sleep(0.3)  # the huge one is being classified
        raw = client.chat.completions.with_raw_response.create(
            model="gpt-ok", messages=user("[[tier:prohibited]] " + "z = 3\n" * 1_000))
        assert raw.headers["x-sekisho-decision"] == "refuse"  # classified, not timed out
        assert pending.result().headers["x-sekisho-decision"] == "serve"


@pytest.mark.parametrize("model", ["gpt-down", "gpt-429"])
def test_5xx_and_429_fail_over_along_the_chain(make_gateway: GW, model: str) -> None:
    gw = make_gateway()
    raw = gw.openai().chat.completions.with_raw_response.create(model=model, messages=user("hi"))
    assert raw.headers["x-sekisho-model-served"] == "claude-ok"
    assert raw.headers["x-sekisho-decision"] == "failover"
    assert (raw.parse().choices[0].message.content or "").startswith("[Sekisho]")


def test_connection_refused_fails_over(make_gateway: GW) -> None:
    gw = make_gateway()
    raw = gw.anthropic().messages.with_raw_response.create(
        model="dead", max_tokens=16, messages=user("hi"))
    assert raw.headers["x-sekisho-model-served"] == "small-ok"
    attempts = gw.audit()[-1]["attempts"]
    assert [a["outcome"] for a in attempts] == ["unavailable", "ok"]


def test_upstream_4xx_is_returned_not_failed_over(make_gateway: GW) -> None:
    gw = make_gateway()
    with pytest.raises(openai.BadRequestError, match="stub upstream error 400"):
        gw.openai().chat.completions.create(model="gpt-400", messages=user("hi"))
    assert gw.audit()[-1]["model_served"] == "gpt-400"


def test_upstream_4xx_is_translated_into_the_callers_dialect(make_gateway: GW) -> None:
    gw = make_gateway()
    with pytest.raises(anthropic.BadRequestError, match="stub upstream error 400"):
        gw.anthropic().messages.create(model="gpt-400", max_tokens=16, messages=user("hi"))


def test_circuit_opens_and_skips_the_dead_upstream(make_gateway: GW) -> None:
    gw = make_gateway()
    client = gw.openai()
    for _ in range(3):
        client.chat.completions.create(model="gpt-down", messages=user("hi"))
    before = sum(b["model"] == "err500-x" for b in gw.stub.received)
    client.chat.completions.create(model="gpt-down", messages=user("hi"))
    assert sum(b["model"] == "err500-x" for b in gw.stub.received) == before
    assert gw.audit()[-1]["decision"] == "failover"


def test_streaming_fails_over_before_the_first_byte(make_gateway: GW) -> None:
    gw = make_gateway()
    raw = gw.openai().chat.completions.with_raw_response.create(
        model="gpt-down", messages=user("hi"), stream=True)
    text = "".join(c.choices[0].delta.content or "" for c in raw.parse() if c.choices)
    assert raw.headers["x-sekisho-model-served"] == "claude-ok"
    assert text.endswith("Sekisho checks every traveller.") and text.startswith("[Sekisho]")


def test_broken_openai_stream_ends_with_an_error_not_a_clean_end(make_gateway: GW) -> None:
    gw = make_gateway()
    stream = gw.openai().chat.completions.create(model="gpt-broken", messages=user("hi"), stream=True)
    with pytest.raises(openai.APIError, match="truncated"):
        for _ in stream:
            pass
    record = gw.audit()[-1]
    assert "stream broke" in record["error"]
    assert record["attempts"][-1]["outcome"] == "stream_broken"


def test_broken_anthropic_stream_ends_with_an_error_event(make_gateway: GW) -> None:
    gw = make_gateway()
    with pytest.raises(anthropic.APIError, match="truncated"):
        with gw.anthropic().messages.stream(model="claude-broken", max_tokens=16,
                                            messages=user("hi")) as s:
            for _ in s.text_stream:
                pass


def test_nothing_left_in_the_chain_is_a_503_in_the_callers_dialect(make_gateway: GW) -> None:
    gw = make_gateway()
    with pytest.raises(anthropic.APIStatusError) as err:
        gw.anthropic().messages.create(model="lonely-down", max_tokens=16, messages=user("hi"))
    assert err.value.status_code == 503
    assert "unavailable" in str(err.value) and "lonely-down" in str(err.value)
