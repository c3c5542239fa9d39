"""Screenshots of what a person sees, into one folder, to look at before resolving anything
visible (a script, not a test).

Deploys the site with deploy/deploy.sh, serves it with our nginx configuration, and writes:
- every page type (tests/test_screens.py, PAGE_TYPES) at 1366×768 and 390×844: the first
  screen and the whole page;
- the projector view of a training module, one PNG per screen, at 1366×768;
- print: a model document, a training handout and the registry as A4 PDF, and each PDF page
  as PNG (pdftoppm, Debian package poppler-utils).

    .venv/bin/python tests/bench/screenshots.py [FOLDER]      (default: ./anh-chup)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))

from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from test_screens import PAGE_TYPES, SIZES  # noqa: E402
from webserver import served_release  # noqa: E402

PROJECTOR = "/tap-huan/sinh-hoat-chi-bo/"
PRINTED = {
    "in-quy-che": "/mau/quy-che-lam-viec/chi-bo-co-so/doanh-nghiep-tu-nhan/",
    "in-tai-lieu-tap-huan": PROJECTOR,
    "in-danh-muc-van-ban": "/van-ban/",
}


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "anh-chup").resolve()
    out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with served_release() as nginx:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for size, (width, height) in SIZES.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                for kind, path in PAGE_TYPES.items():
                    page.goto(nginx.url + path, wait_until="networkidle")
                    page.screenshot(path=out / f"{kind}-{size}.png")
                    page.screenshot(path=out / f"{kind}-{size}-ca-trang.png", full_page=True)
                page.close()
            page = browser.new_page(viewport={"width": 1366, "height": 768})
            page.goto(nginx.url + PROJECTOR, wait_until="networkidle")
            page.keyboard.press("t")
            total = int(page.locator(".san-khau .so-trang").inner_text().split("/")[1])
            for number in range(1, total + 1):
                page.screenshot(path=out / f"trinh-chieu-{number:02d}.png")
                page.keyboard.press("PageDown")
            page.close()
            page = browser.new_page()
            for name, path in PRINTED.items():
                page.goto(nginx.url + path, wait_until="networkidle")
                page.pdf(path=out / f"{name}.pdf", format="A4", print_background=True)
            page.close()
            browser.close()
    if shutil.which("pdftoppm"):
        for name in PRINTED:
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(out / f"{name}.pdf"), str(out / name)], check=True)
    else:
        print("Chưa có pdftoppm: cài gói Debian poppler-utils để có ảnh PNG của bản in (tệp PDF đã có).")
    print(f"Đã ghi {len(list(out.glob('*.png')))} ảnh vào {out}")


if __name__ == "__main__":
    main()
