"""Suites: the JSONL case format, bundled files and the built-in suites."""

from __future__ import annotations

from pathlib import Path

import pytest

from sekisho.evals.builtin import SUITES_DIR, resolve_suite, sessions
from sekisho.evals.suite import SuiteError, load_suite_file
from sekisho.safeguards.data import SHARED_TEST

needs_shared = pytest.mark.skipif(not SHARED_TEST.is_dir(), reason="shared/data/test is not on this machine")


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "s.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_line_with_text_and_tier_is_a_labelled_case(tmp_path: Path) -> None:
    suite = load_suite_file(write(tmp_path, '{"id": "a", "text": "hello", "tier": "prohibited", "tags": ["x"]}'))
    (case,) = suite.cases
    assert (case.id, case.tier, case.kind, case.tags) == ("a", "prohibited", "attack", ("x",))


def test_expected_action_decides_the_kind_over_the_tier(tmp_path: Path) -> None:
    suite = load_suite_file(write(tmp_path, '{"text": "x", "tier": "high_risk", "expected_action": "serve"}'))
    assert suite.cases[0].kind == "benign"


def test_messages_lines_keep_every_turn(tmp_path: Path) -> None:
    suite = load_suite_file(write(tmp_path, '{"messages": [{"role": "user", "content": "a"}, '
                                            '{"role": "assistant", "content": "b"}], "tier": "benign"}'))
    assert [m.role for m in suite.cases[0].messages] == ["user", "assistant"]


def test_an_unreadable_line_becomes_an_invalid_case_and_the_rest_load(tmp_path: Path) -> None:
    suite = load_suite_file(write(tmp_path, "{not json", '{"text": "ok", "tier": "bogus"}', '{"text": "fine"}'))
    kinds = [c.kind for c in suite.cases]
    assert kinds == ["invalid", "invalid", "unlabelled"]
    assert "tier" in (suite.cases[1].error or "")


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    suite = load_suite_file(write(tmp_path, '{"id": "a", "text": "1"}', '{"id": "a", "text": "2"}'))
    assert [c.id for c in suite.cases] == ["a", "a#2"]


def test_fingerprint_changes_when_a_label_changes(tmp_path: Path) -> None:
    a = load_suite_file(write(tmp_path, '{"id": "a", "text": "1", "tier": "benign"}')).fingerprint()
    b = load_suite_file(write(tmp_path, '{"id": "a", "text": "1", "tier": "low_risk"}')).fingerprint()
    assert a != b


def test_bundled_suites_are_found_by_name() -> None:
    suite = resolve_suite("smoke")
    assert suite.name == "smoke" and all(c.error is None for c in suite.cases)
    assert {c.lang for c in suite.cases} == {"en", "ja"}


def test_every_bundled_suite_file_reads_without_invalid_lines() -> None:
    for path in SUITES_DIR.glob("*.jsonl"):
        assert all(c.error is None for c in load_suite_file(path).cases), path


def test_unknown_suite_names_the_choices() -> None:
    with pytest.raises(SuiteError, match="shared-test"):
        resolve_suite("no-such-suite")


@needs_shared
def test_shared_test_suite_holds_every_held_out_row() -> None:
    suite = resolve_suite("shared-test")
    assert len(suite.cases) == 1050
    assert sum(c.kind == "attack" for c in suite.cases) == 81


def test_benign_conversations_become_one_case_per_user_turn_in_one_session() -> None:
    suite = sessions()
    by_session: dict[str, list[str]] = {}
    for c in suite.cases:
        by_session.setdefault(str(c.session), []).append(c.id)
    benign = [c for c in suite.cases if c.kind == "benign"]
    assert benign and all(len(by_session[str(c.session)]) > 1 for c in benign)
