"""The bad-input corpus (tests/bad_inputs.py) through the real deploy, counted (a script, not a test).

Each case: a copy of the project with one bad edit (data, a page or mkdocs.yml), deployed with
deploy/deploy.sh onto a release being served. Prints, per kind and in all: inputs tried,
stopped clearly (the expected Vietnamese message, naming file and line/entry/field, in the
summary printed last), stopped without it, published broken (a new release went live),
crashed (stopped on something no check foresaw), data lost (a file of the served release or
of the maintainer's sources changed or gone). Then each case that was not stopped clearly.

    .venv/bin/python tests/bench/bad_inputs.py [--jobs 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parents[2])]

from bad_inputs import CORPUS, run_case  # noqa: E402

KINDS = {"du-lieu": "dữ liệu (data/)", "trang": "trang (docs/)", "cau-hinh": "cấu hình (mkdocs.yml)"}
COLUMNS = ("tried", "stopped clearly", "stopped, unclear", "published broken", "crashed", "data lost")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(args.jobs) as pool:
        runs = [pool.submit(run_case, case, Path(tmp) / str(n)) for n, case in enumerate(CORPUS.values())]
        outcomes = [run.result() for run in runs]
    counts: dict[str, Counter] = {kind: Counter() for kind in [*KINDS, "all"]}
    misses = []
    for outcome in outcomes:
        row = {
            "tried": True,
            "stopped clearly": outcome.said_clearly,
            "stopped, unclear": outcome.stopped and not outcome.said_clearly,
            "published broken": outcome.published,
            "crashed": outcome.crashed,
            "data lost": bool(outcome.lost),
        }
        for kind in (outcome.case.name.partition("/")[0], "all"):
            counts[kind].update(column for column, hit in row.items() if hit)
        if not outcome.said_clearly or outcome.published or outcome.lost:
            misses.append(outcome)
    print(f"{'':24}" + "".join(f"{c:>18}" for c in COLUMNS))
    for kind, label in [*KINDS.items(), ("all", "all")]:
        print(f"{label:24}" + "".join(f"{counts[kind][c]:>18}" for c in COLUMNS))
    print(f"\n{len(outcomes)} deploys in {time.perf_counter() - started:.0f} s ({args.jobs} at a time)")
    for outcome in misses:
        print(f"\n--- {outcome.case.name}: expected {outcome.expected!r}\n{outcome.output[-1500:]}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
