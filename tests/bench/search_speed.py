"""Search speed benchmark (a script, not a test): the first answer, side by side with bare
Material, on 1,000 synthetic Vietnamese pages, and on the real site.

"First answer": in a fresh browser (empty cache), open a page; as soon as it has loaded, enter
a query in the search box (as pasted, with the keyup the theme listens to); the time from the
page's load event to the first result put on the page, both on the page's own clock. It
includes what is left of loading the index and preparing the search after the load (the
theme starts both as the page opens), the query and showing the results: what a reader who
searches at once waits for. The page's own load time is printed beside it.
Both sites are served by the same local static server; the browser is Debian's Chromium.

    .venv/bin/python tests/bench/search_speed.py [--pages 1000] [--runs 3]

Prints, for each site: the median first answer, each run, the page's load, the index size.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")
QUERY = "sinh hoạt chi bộ"
WORDS_PER_PAGE = 1500
SECTIONS = 6


def vocabulary() -> list[str]:
    """Vietnamese words as the site writes them: every word of the real pages' Markdown."""
    text = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|[#*|`\[\]()<>{}=_:;,.!?\"'/\\-]", " ", text)
    return [w for w in text.split() if w.isalpha()]


def synthetic_pages(docs: Path, count: int) -> None:
    """`count` pages of about WORDS_PER_PAGE words in SECTIONS sections, the same every run."""
    words = vocabulary()
    rng = random.Random(2026)
    folder = docs / "tong-hop"
    folder.mkdir()
    per = WORDS_PER_PAGE // SECTIONS
    for n in range(1, count + 1):
        lines = [f"# Trang tổng hợp {n}: {' '.join(rng.choices(words, k=5))}", ""]
        for k in range(1, SECTIONS + 1):
            lines += [f"## {k}. {' '.join(rng.choices(words, k=4)).capitalize()}", ""]
            for _ in range(3):
                lines += [" ".join(rng.choices(words, k=per // 3)) + ".", ""]
        (folder / f"trang-{n:04d}.md").write_text("\n".join(lines), encoding="utf-8")


def build(project: Path, out: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(out)], cwd=project, env=env,
                   check=True, capture_output=True, text=True)


def bare_project(work: Path, count: int) -> Path:
    """Material with its search plugin and nothing else; the synthetic pages."""
    project = work / "bare"
    (project / "docs").mkdir(parents=True)
    (project / "docs/index.md").write_text("# Trang chủ\n", encoding="utf-8")
    synthetic_pages(project / "docs", count)
    config = {"site_name": "Bare", "theme": {"name": "material", "language": "vi"}, "plugins": ["search"]}
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return project


def our_project(work: Path, count: int) -> Path:
    """Our configuration and pages, with the same synthetic pages added (outside the nav:
    the build is not strict here, and the search indexes them all the same)."""
    project = work / "ours"
    project.mkdir()
    for part in PARTS:
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, project / part)
    synthetic_pages(project / "docs", count)
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("strict: true", "strict: false").replace("  omitted_files: warn", "  omitted_files: info")
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")
    return project


class Server:
    """A static server in a thread, the same for both sites."""

    def __init__(self, folder: Path):
        handler = functools.partial(Quiet, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


# Installed in every page the benchmark opens (not part of the site): the time the first
# result is put on the page, on the page's own clock.
WATCH = """
new MutationObserver(function (_, observer) {
  if (document.querySelector(".md-search-result__item")) {
    window.__firstResult = performance.now();
    observer.disconnect();
  }
}).observe(document, { subtree: true, childList: true });
"""

ENTER = """query => {
  const box = document.querySelector(".md-search__input");
  box.focus();
  box.dispatchEvent(new FocusEvent("focus"));  // as a click would: the theme opens the search
  box.value = query;
  box.dispatchEvent(new Event("input", { bubbles: true }));
  box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
}"""


def first_answer(browser, url: str) -> tuple[float, float]:
    """In a fresh context: seconds to open `url` (to its load event), then seconds from that
    load event to the first result on the page, the query entered at once when it fired."""
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    context.add_init_script(WATCH)
    page = context.new_page()
    page.goto(url)
    page.evaluate(ENTER, QUERY)
    page.wait_for_function("() => window.__firstResult !== undefined", timeout=120_000)
    load, first = page.evaluate(
        "() => [performance.getEntriesByType('navigation')[0].loadEventEnd, window.__firstResult]")
    context.close()
    return load / 1000, (first - load) / 1000


def measure(name: str, site: Path, page: str, runs: int, browser) -> None:
    server = Server(site)
    try:
        times = [first_answer(browser, f"{server.url}/{page}") for _ in range(runs)]
    finally:
        server.close()
    size = (site / "search/search_index.json").stat().st_size / 1e6
    answers = [answer for _, answer in times]
    print(f"{name:<30} {statistics.median(answers) * 1000:6.0f} ms"
          f"   runs: {', '.join(f'{a * 1000:.0f}' for a in answers)}"
          f"   (page load {statistics.median(t for t, _ in times) * 1000:.0f} ms)   index {size:5.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        real = work / "real-site"
        build(ROOT, real)
        bare, ours = work / "bare-site", work / "ours-site"
        build(bare_project(work, args.pages), bare)
        build(our_project(work, args.pages), ours)
        print(f'First answer for "{QUERY}" after the page has loaded (median of {args.runs}, fresh browser each time):')
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            measure(f"bare Material, {args.pages} pages", bare, "tong-hop/trang-0001/", args.runs, browser)
            measure(f"ours, {args.pages} pages", ours, "tong-hop/trang-0001/", args.runs, browser)
            measure("ours, the real site", real, "", args.runs, browser)
            browser.close()


if __name__ == "__main__":
    main()
