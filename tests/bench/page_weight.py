"""Page weight and Lighthouse scores per page type (a script, not a test).

Deploys the site with deploy/deploy.sh, serves it with our nginx configuration, then for
each page type prints the bytes transferred on a first, uncached load (compressed, as on
the wire, headers included) and, with Lighthouse from the npm registry run against
Debian's Chromium, the performance and accessibility scores.

    .venv/bin/python tests/bench/page_weight.py [--no-lighthouse]

Lighthouse is installed on first use into tests/bench/node_modules (npm, pinned below).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))

from webserver import Nginx, deploy  # noqa: E402

LIGHTHOUSE_VERSION = "13.5.0"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]
PAGE_TYPES = {
    "home": "/",
    "registry table": "/van-ban/",
    "document": "/van-ban/ct-10-2007/",
    "about": "/gioi-thieu/",
    "template + form": "/mau/bien-ban-thuong-ky/",
}


def first_load_bytes(browser, url: str) -> tuple[int, int]:
    """Bytes on the wire and number of requests for a first load of `url`."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    sizes: dict[str, int] = {}
    cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)
    context.close()
    return sum(sizes.values()), len(sizes)


def lighthouse(url: str) -> dict[str, int]:
    binary = HERE / "node_modules/.bin/lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "install", "--prefix", str(HERE), "--no-audit", "--no-fund", "--no-save",
                        f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True, capture_output=True)
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [str(binary), url, "--quiet", "--output=json", "--output-path=stdout",
             "--only-categories=performance,accessibility", "--preset=desktop",
             f"--chrome-flags={' '.join(FLAGS + ['--user-data-dir=' + profile])}"],
            env=dict(os.environ, CHROME_PATH=CHROMIUM), capture_output=True, text=True, timeout=300)
    report = json.loads(result.stdout)
    return {name: round(100 * cat["score"]) for name, cat in report["categories"].items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "srv"
        result = deploy(root)
        if result.returncode:
            sys.exit(result.stderr)
        nginx = Nginx(root, Path(tmp) / "nginx").start()
        try:
            print(f"{'page type':<16}{'first load KB':>15}{'requests':>10}{'performance':>13}{'accessibility':>15}")
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS[1:])
                for name, path in PAGE_TYPES.items():
                    size, count = first_load_bytes(browser, nginx.url + path)
                    scores = {} if args.no_lighthouse else lighthouse(nginx.url + path)
                    print(f"{name:<16}{size / 1024:>15.1f}{count:>10}"
                          f"{scores.get('performance', '-'):>13}{scores.get('accessibility', '-'):>15}")
                browser.close()
        finally:
            nginx.stop()


if __name__ == "__main__":
    main()
