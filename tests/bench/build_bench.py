"""Build-speed and page-size benchmark (a script, not a test).

Builds, side by side in one run, our configuration and bare Material (search plugin,
pruned navigation, no macros, no hooks) on: the real pages, and synthetic sites of 200
and 1,000 Vietnamese pages (the same pages added to both). Prints seconds, ms per page,
the ratio ours/bare, and the median and largest HTML size per page. On the real pages, also
ours without the print files (the PDF hook left out), and the size of every PDF.

    .venv/bin/python tests/bench/build_bench.py [--runs 2]
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
from datetime import date
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load  # reads !ENV like MkDocs does

ROOT = Path(__file__).resolve().parents[2]
PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")
SECTION = 100  # synthetic pages per nav section

PARAGRAPH = (
    "Chi bộ tổ chức sinh hoạt thường kỳ mỗi tháng một lần; chi ủy chuẩn bị nội dung, dự thảo "
    "nghị quyết và thông báo cho đảng viên trước khi họp. Nội dung sinh hoạt gắn với nhiệm vụ "
    "sản xuất, kinh doanh của doanh nghiệp, đề cao tự phê bình và phê bình, bảo đảm tính lãnh "
    "đạo, tính giáo dục, tính chiến đấu. "
)


def synthetic_page(n: int) -> str:
    # Every page of ours carries its review date (macros/reviews.py); bare Material ignores it.
    body = ["---", f"ra_soat: {date.today().isoformat()}", "---", "",
            f"# Trang tổng hợp số {n}: sinh hoạt chi bộ và quy chế làm việc", ""]
    for k in range(1, 4):
        body += [f"## Mục {k}. Đảng ủy và chi bộ trực thuộc", "", PARAGRAPH * 3, ""]
        body += ["- Chuẩn bị nội dung và tài liệu", "- Tiến hành sinh hoạt", "- Kết luận, ra nghị quyết", ""]
    body += ["| Việc | Người làm | Thời hạn |", "|---|---|---|",
             "| Họp chi ủy | Bí thư | Trước 5 ngày |", "| Gửi tài liệu | Chi ủy viên | Trước 1 ngày |", ""]
    return "\n".join(body)


def add_synthetic(docs: Path, count: int) -> list:
    folder = docs / "tong-hop"
    folder.mkdir()
    sections = []
    for start in range(1, count + 1, SECTION):
        items = []
        for n in range(start, min(start + SECTION, count + 1)):
            (folder / f"trang-{n:04d}.md").write_text(synthetic_page(n), encoding="utf-8")
            items.append(f"tong-hop/trang-{n:04d}.md")
        sections.append({f"Phần {start // SECTION + 1}": items})
    return sections


PDF_HOOK = "overrides/hooks/ban_pdf.py"


def prepare(kind: str, count: int, dest: Path) -> Path:
    dest.mkdir(parents=True)
    if kind.startswith("ours"):
        for part in PARTS:
            src = ROOT / part
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, dest / part)
        config = yaml_load((dest / "mkdocs.yml").read_text(encoding="utf-8"))
        if kind == "ours-no-pdf":
            config["hooks"].remove(PDF_HOOK)
    else:
        shutil.copytree(ROOT / "docs", dest / "docs")
        # Same navigation as ours, with the document pages our macros add listed by hand.
        nav = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
        documents = sorted(p.name for p in (dest / "docs/van-ban").glob("*.md") if p.name != "index.md")
        next(item["Văn bản"] for item in nav if "Văn bản" in item).extend(f"van-ban/{d}" for d in documents)
        config = {
            "site_name": "Bare Material",
            "theme": {"name": "material", "language": "vi", "features": ["navigation.prune"]},
            "plugins": ["search"],
            "nav": nav,
        }
    if count:
        sections = add_synthetic(dest / "docs", count)
        if "nav" in config:
            config["nav"].append({"Tổng hợp": sections})
    (dest / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return dest


def build(project: Path, runs: int) -> tuple[float, Path]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    best = float("inf")
    for _ in range(runs):
        out = project / "out"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)],
                       cwd=project, env=env, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best, out


def sizes(site: Path) -> list[int]:
    return [p.stat().st_size for p in site.rglob("*.html") if p.name != "404.html"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2, help="builds per variant; the fastest counts")
    args = parser.parse_args()
    print(f"{'site':<16}{'config':<13}{'pages':>6}{'seconds':>9}{'ms/page':>9}{'ratio':>7}{'median KB':>11}{'max KB':>8}")
    totals: dict[tuple[str, str], tuple[float, int]] = {}
    pdfs: list[tuple[str, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, count in (("real", 0), ("synthetic-200", 200), ("synthetic-1000", 1000)):
            timings = {}
            for kind in ("bare", "ours-no-pdf", "ours") if label == "real" else ("bare", "ours"):
                project = prepare(kind, count, Path(tmp) / f"{label}-{kind}")
                seconds, site = build(project, args.runs)
                html = sizes(site)
                pages = len(html)
                totals[label, kind] = (seconds, pages)
                timings[kind] = seconds / pages
                ratio = f"{timings[kind] / timings['bare']:.2f}" if kind != "bare" else ""
                if label == "real" and kind == "ours":
                    pdfs = sorted((p.relative_to(site).as_posix(), p.stat().st_size) for p in site.rglob("*.pdf"))
                print(f"{label:<16}{kind:<13}{pages:>6}{seconds:>9.2f}{1000 * seconds / pages:>9.1f}"
                      f"{ratio:>7}{statistics.median(html) / 1024:>11.1f}{max(html) / 1024:>8.1f}")
    # Cost of one more page, without the fixed start-up (plugin imports, loading data/).
    marginal = {}
    for kind in ("bare", "ours"):
        (t0, n0), (t1, n1) = totals["real", kind], totals["synthetic-1000", kind]
        marginal[kind] = (t1 - t0) / (n1 - n0)
        startup = t0 - marginal[kind] * n0
        print(f"marginal {kind:<5}{1000 * marginal[kind]:>6.1f} ms/page, start-up {startup:.2f} s")
    print(f"marginal ratio ours/bare: {marginal['ours'] / marginal['bare']:.2f}")
    real, no_pdf = totals["real", "ours"][0], totals["real", "ours-no-pdf"][0]
    print(f"\nPrint files on the real site: {len(pdfs)} PDFs, {sum(s for _, s in pdfs) / 1024:.0f} KB in all; "
          f"they add {real - no_pdf:.2f} s to the build ({no_pdf:.2f} s without, {real:.2f} s with)")
    for path, size in pdfs:
        print(f"  {size / 1024:>6.0f} KB  {path}")


if __name__ == "__main__":
    main()
