"""Page weight and Lighthouse scores per page type (a script, not a test).

Deploys the site with deploy/deploy.sh, serves it with our nginx configuration, then for
each page type prints the bytes transferred on a first, uncached load (compressed, as on
the wire, headers included) and, with Lighthouse from the npm registry run against
Debian's Chromium, the performance and accessibility scores and the cumulative layout shift,
with the desktop preset and with Lighthouse's default mobile preset.

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

from webserver import served_release  # noqa: E402

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
    "regulation": "/mau/quy-che-lam-viec/dang-uy-co-ban-thuong-vu/doanh-nghiep-nha-nuoc/",
    "training module": "/tap-huan/sinh-hoat-chi-bo/",
}
PRESETS = {"desktop": ["--preset=desktop"], "mobile": []}  # mobile: Lighthouse's default


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


def lighthouse(url: str, preset: str) -> dict[str, float]:
    binary = HERE / "node_modules/.bin/lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "install", "--prefix", str(HERE), "--no-audit", "--no-fund", "--no-save",
                        f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True, capture_output=True)
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [str(binary), url, "--quiet", "--output=json", "--output-path=stdout",
             "--only-categories=performance,accessibility", *PRESETS[preset],
             f"--chrome-flags={' '.join(FLAGS + ['--user-data-dir=' + profile])}"],
            env=dict(os.environ, CHROME_PATH=CHROMIUM), capture_output=True, text=True, timeout=300)
    report = json.loads(result.stdout)
    scores = {name: round(100 * cat["score"]) for name, cat in report["categories"].items()}
    scores["cls"] = round(report["audits"]["cumulative-layout-shift"]["numericValue"], 3)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with served_release() as nginx:
        head = "".join(f"{p + ' perf':>14}{p + ' a11y':>14}{p + ' CLS':>13}" for p in PRESETS)
        print(f"{'page type':<17}{'first load KB':>14}{'requests':>9}{head}")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS[1:])
            for name, path in PAGE_TYPES.items():
                size, count = first_load_bytes(browser, nginx.url + path)
                cells = ""
                for preset in PRESETS:
                    scores = {} if args.no_lighthouse else lighthouse(nginx.url + path, preset)
                    cells += (f"{scores.get('performance', '-'):>14}{scores.get('accessibility', '-'):>14}"
                              f"{scores.get('cls', '-'):>13}")
                print(f"{name:<17}{size / 1024:>14.1f}{count:>9}{cells}", flush=True)
            browser.close()


if __name__ == "__main__":
    main()
