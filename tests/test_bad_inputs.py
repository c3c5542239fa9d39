"""Every bad input of the corpus (tests/bad_inputs.py), deployed with deploy/deploy.sh onto a
release being served: the deploy stops, says in Vietnamese what to fix (the file and the line,
entry or field, in the summary it prints last), publishes nothing and loses nothing."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from bad_inputs import CORPUS, LOCATOR, Outcome, run_case


@pytest.fixture(scope="session")
def outcomes(request, tmp_path_factory) -> dict[str, Outcome]:
    """The selected cases, run two at a time (each is a build of its own copy of the project)."""
    wanted = [item.callspec.params["name"] for item in request.session.items
              if item.originalname == "test_bad_input_is_stopped_clearly_and_nothing_is_published"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = {name: pool.submit(run_case, CORPUS[name], tmp_path_factory.mktemp("sai"))
                for name in wanted}
    return {name: run.result() for name, run in runs.items()}


def test_the_corpus_covers_data_pages_and_configuration():
    kinds = [name.partition("/")[0] for name in CORPUS]
    assert len(CORPUS) >= 60
    assert kinds.count("du-lieu") >= 40 and kinds.count("trang") >= 15 and kinds.count("cau-hinh") >= 10


@pytest.mark.parametrize("name", CORPUS)
def test_bad_input_is_stopped_clearly_and_nothing_is_published(outcomes, name):
    outcome = outcomes[name]
    case = outcome.case
    message = outcome.expected
    # the expected message itself is what a maintainer needs: Vietnamese, the file, a place in it
    assert case.file.removeprefix("docs/") in message or case.file in message
    assert LOCATOR.search(message), message
    assert outcome.stopped, outcome.output[-2000:]
    assert outcome.said_clearly, f"expected in the summary: {message}\n---\n{outcome.output[-3000:]}"
    assert not outcome.crashed
    assert "site đang chạy không thay đổi" in outcome.output
    assert not outcome.published and outcome.lost == []
