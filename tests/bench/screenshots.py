"""Screenshots of what a person sees, into one folder, to look at before resolving anything
visible (a script, not a test).

Deploys the site with deploy/deploy.sh, serves it with our nginx configuration, and writes:
- every page type (tests/test_screens.py, PAGE_TYPES) at 1366×768 and 390×844: the first
  screen and the whole page;
- the projector view of a training module, one PNG per screen, at 1366×768;
- print: a model document, a training handout and the registry as A4 PDF, and each PDF page
  as PNG (pdftoppm, Debian package poppler-utils);
- the site's own PDFs (macros/pdf/), one of each kind, as served: the first and the last page
  as PNG.

    .venv/bin/python tests/bench/screenshots.py [FOLDER]      (default: ./anh-chup)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))

from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from test_screens import PAGE_TYPES, SIZES  # noqa: E402
from webserver import served_release  # noqa: E402
from macros.paths import COURSE_PDF, SINH_HOAT_PDF, document_pdf, module_pdf, template_docx, variant_docx  # noqa: E402

PROJECTOR = "/tap-huan/sinh-hoat-chi-bo/"
PRINTED = {
    "in-quy-che": "/mau/quy-che-lam-viec/chi-bo-co-so/doanh-nghiep-tu-nhan/",
    "in-tai-lieu-tap-huan": PROJECTOR,
    "in-danh-muc-van-ban": "/van-ban/",
}
SITE_PDFS = {
    "pdf-quy-che": "/" + document_pdf(variant_docx("quy-che-lam-viec", "dang-uy-co-ban-thuong-vu", "doanh-nghiep-tu-nhan")),
    "pdf-bien-ban": "/" + document_pdf(template_docx("bien-ban-thuong-ky")),
    "pdf-phat-tay": "/" + module_pdf("kiem-tra-chat-van"),
    "pdf-dap-an": "/" + module_pdf("kiem-tra-chat-van", answers=True),
    "pdf-ca-khoa": "/" + COURSE_PDF,
    "pdf-sinh-hoat": "/" + SINH_HOAT_PDF,
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
        for name, path in SITE_PDFS.items():
            with urllib.request.urlopen(nginx.url + path) as response:
                (out / f"{name}.pdf").write_bytes(response.read())
    if shutil.which("pdftoppm"):
        for name in PRINTED:
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(out / f"{name}.pdf"), str(out / name)], check=True)
        for name in SITE_PDFS:
            pdf = out / f"{name}.pdf"
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
            last = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
            for number in sorted({1, last}):
                subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(number), "-l", str(number),
                                str(pdf), str(out / f"{name}-trang-{number}")], check=True)
    else:
        print("Chưa có pdftoppm: cài gói Debian poppler-utils để có ảnh PNG của bản in (tệp PDF đã có).")
    print(f"Đã ghi {len(list(out.glob('*.png')))} ảnh vào {out}")


if __name__ == "__main__":
    main()
