"""Live-preview benchmark (a script, not a test): how long after a data file is saved the
page served by `mkdocs serve` (the README's command 1) shows the change.

A copy of the project is served; each run writes a new sentence into data/trang_web.yml
(the site's description, shown on the home page) and times, from the save, until the home
page served has it. Prints each run and the median.

    .venv/bin/python tests/bench/live_preview.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from webserver import fetch, free_port  # noqa: E402
PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")
DESCRIPTION = "Hướng dẫn, văn bản mẫu và tài liệu tập huấn cho cấp ủy cơ sở trong doanh nghiệp."


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "du-an"
        project.mkdir()
        for part in PARTS:
            (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, project / part)
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-strict", "-a", f"127.0.0.1:{port}"],
                                  cwd=project, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.time() + 120
            while DESCRIPTION not in fetch(url):
                if time.time() > deadline:
                    raise SystemExit("mkdocs serve did not start")
                time.sleep(0.2)
            data = project / "data" / "trang_web.yml"
            original = data.read_text(encoding="utf-8")
            times = []
            for run in range(1, args.runs + 1):
                time.sleep(1.5)  # let the previous rebuild settle
                mark = f"Bản xem trước số {run}."
                data.write_text(original.replace(DESCRIPTION, f"{DESCRIPTION} {mark}"), encoding="utf-8")
                start = time.perf_counter()
                while mark not in fetch(url):
                    if time.perf_counter() - start > 60:
                        raise SystemExit(f"run {run}: the change never showed")
                    time.sleep(0.02)
                times.append(time.perf_counter() - start)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"A data edit shows in mkdocs serve after (median of {args.runs}): {statistics.median(times):.2f} s")
    print("runs: " + ", ".join(f"{t:.2f}" for t in times))


if __name__ == "__main__":
    main()
