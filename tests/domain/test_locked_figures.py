"""The figure check is not run again on the shipped content when it is byte for byte the locked
content (which passed it when it was locked); on any other content it still runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from decision_aid.domain import documents as documents_module
from decision_aid.domain import integrity
from decision_aid.domain.content import ContentError


@pytest.fixture
def fresh() -> Iterator[None]:
    documents_module.default_documents.cache_clear()
    yield
    documents_module.default_documents.cache_clear()


def _count_checks(monkeypatch: pytest.MonkeyPatch, problems: list[str]) -> list[int]:
    calls: list[int] = []

    def check(*_: object) -> list[str]:
        calls.append(1)
        return problems

    monkeypatch.setattr(documents_module, "figure_problems", check)
    return calls


def test_the_locked_shipped_content_is_not_checked_again(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_checks(monkeypatch, ["evidence.json: x: number(s) 7 listed by no citation"])
    library = documents_module.default_documents()
    assert calls == [] and library.evidence.labels


def test_content_that_differs_from_the_lock_is_checked(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_checks(monkeypatch, ["evidence.json: x: number(s) 7 listed by no citation"])
    monkeypatch.setattr(integrity, "runtime_problem", lambda directory: "differs from the released content")
    with pytest.raises(ContentError, match=r"figure check: evidence\.json: x: number"):
        documents_module.default_documents()
    assert calls == [1]


def test_an_explicit_folder_is_always_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_checks(monkeypatch, [])
    documents_module.load_documents(documents_module.default_content_dir())
    assert calls == [1]
