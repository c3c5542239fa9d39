"""Search relevance benchmark (a script, not a test): the queries of tests/search_queries.py
run with the site's engine under Node on a fresh build of the real site.

    .venv/bin/python tests/bench/search_relevance.py

Prints, for the queries used while tuning the ranking and for those kept out of it: the share
with a wanted page or section in the first three results, the mean reciprocal rank (a wanted
result first counts 1, second 1/2...; none in the first ten, 0), and every miss with what came
first instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from search_queries import HELD_OUT, QUERIES, rank_of, run  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)], cwd=ROOT, check=True,
                       capture_output=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        results = run(site / "search/search_index.json", [query for query, _ in QUERIES])
    rows = []
    for (query, targets), groups in zip(QUERIES, results):
        rank = rank_of(groups[:10], targets)
        rows.append((query in HELD_OUT, query, rank, [g["items"][0]["location"] for g in groups[:3]]))
    print(f"{'':<22}{'queries':>8}{'top 3':>9}{'MRR':>7}")
    for label, held in (("used for tuning", False), ("kept out of tuning", True), ("all", None)):
        part = [r for r in rows if held is None or r[0] == held]
        top3 = sum(1 for r in part if r[2] and r[2] <= 3) / len(part)
        mrr = sum(1 / r[2] for r in part if r[2]) / len(part)
        print(f"{label:<22}{len(part):>8}{top3:>8.0%}{mrr:>8.2f}")
    misses = [r for r in rows if not r[2] or r[2] > 3]
    print(f"\nMisses ({len(misses)}):" if misses else "\nNo misses.")
    for held, query, rank, first in misses:
        where = f"rank {rank}" if rank else "not in the first ten"
        print(f'  "{query}"{" (kept out)" if held else ""}: {where}; first: {", ".join(first)}')


if __name__ == "__main__":
    main()
