"""The maintainer's preview (`mkdocs serve`, as the README runs it) survives bad edits: the
Vietnamese error appears on the page concerned, and the next good save brings the page back."""

from __future__ import annotations

import html
import os
import subprocess
import sys
import time

from webserver import fetch, free_port

PAGE = "docs/van-ban/hd-15-2008.md"


def wait_for(url: str, text: str, serve: subprocess.Popen, seconds: float = 90, gone: str = "") -> str:
    """The page once it shows `text` (and no longer shows `gone`)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        assert serve.poll() is None, "mkdocs serve stopped"
        page = fetch(url)
        if text in page and not (gone and gone in page):
            return page
        time.sleep(0.5)
    raise AssertionError(f"{text!r} never appeared on {url}" + (f" without {gone!r}" if gone else ""))


def test_preview_survives_bad_macro_calls_and_recovers_on_the_next_save(project):
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    serve = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-strict", "-a", f"127.0.0.1:{port}"],
                             cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/van-ban/hd-15-2008/"
    page = project / PAGE
    good = page.read_text(encoding="utf-8")
    try:
        wait_for(url, "Hướng dẫn 15-HD/", serve, seconds=120)
        bad_edits = {
            'ten_van_ban("khong-co-id")': "khong-co-id",          # unknown id
            "khong_co_ham()": "khong_co_ham",                    # undefined name
            'ten_van_ban("hd-15-2008"': "Dòng 1",                # unclosed call
        }
        for call, named in bad_edits.items():
            page.write_text(good.replace('ten_van_ban()', call, 1), encoding="utf-8")
            shown = wait_for(url, "Trang này có lỗi, chưa thể xuất bản", serve)
            assert named in shown and "docs/van-ban/hd-15-2008.md" in shown, call
            # the block once, in the page; a short window title and navigation entry
            assert shown.count("Trang này có lỗi, chưa thể xuất bản") == 1, call
            assert "<title>Trang có lỗi - " in shown, call
            page.write_text(good, encoding="utf-8")
            # (the page's head names the document even while its body shows the error)
            shown = wait_for(url, "Hướng dẫn 15-HD/", serve, gone="Trang này có lỗi")
            assert "Trang này có lỗi" not in shown
    finally:
        serve.terminate()
        serve.wait(timeout=30)


def test_preview_shows_data_and_configuration_errors_on_every_page_and_recovers(project):
    """A bad save of data/ (a YAML slip, then an impossible date) or of mkdocs.yml (a
    misspelt option): every page says so in Vietnamese, naming file, line, entry or key, over
    the last good content; the fix brings the pages back. The server never stops."""
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    serve = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-strict", "-a", f"127.0.0.1:{port}"],
                             cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    urls = [f"http://127.0.0.1:{port}/van-ban/hd-15-2008/", f"http://127.0.0.1:{port}/gioi-thieu/"]
    data, config = project / "data/van_ban.yml", project / "mkdocs.yml"
    good_data, good_config = data.read_text(encoding="utf-8"), config.read_text(encoding="utf-8")
    data_error, config_error = "Dữ liệu có lỗi, chưa thể xuất bản", "Cấu hình mkdocs.yml có lỗi, chưa thể xuất bản"
    bad_saves = [
        (data, good_data.replace('    so_hieu: "15-HD/UBKTTW"', '    so_hieu: "15-HD/UBKTTW', 1),
         data_error, "data/van_ban.yml, dòng"),
        (data, good_data.replace("ngay: 2007-03-30", "ngay: 2007-02-30", 1),
         data_error, 'mục "ct-10-2007", trường "ngay"'),
        (config, good_config.replace("on_error_fail: true", "on_eror_fail: true", 1),
         config_error, 'mkdocs.yml, mục plugins › macros: tùy chọn "on_eror_fail" không có'),
    ]
    try:
        wait_for(urls[0], "Hướng dẫn 15-HD/", serve, seconds=120)
        for file, text, title, named in bad_saves:
            good = file.read_text(encoding="utf-8")
            assert text != good
            file.write_text(text, encoding="utf-8")
            for url in urls:
                shown = html.unescape(wait_for(url, title, serve))
                assert named in shown and shown.count(title) == 1, named
            assert "Hướng dẫn 15-HD/" in fetch(urls[0])  # the page, from the last good content
            file.write_text(good, encoding="utf-8")
            for url in urls:
                for _ in range(120):
                    if title not in fetch(url):
                        break
                    time.sleep(0.5)
                assert title not in fetch(url)
            assert "Hướng dẫn 15-HD/" in fetch(urls[0])
    finally:
        serve.terminate()
        serve.wait(timeout=30)


def without_pango(tmp_path) -> dict:
    """The environment of a machine where WeasyPrint cannot load Pango: a stand-in module
    that fails to import the way WeasyPrint does there."""
    stand_in = tmp_path / "khong-co-pango"
    stand_in.mkdir()
    (stand_in / "weasyprint.py").write_text(
        'raise OSError("cannot load library \'libpango-1.0-0\': libpango-1.0-0: cannot open shared object file")\n')
    return dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(stand_in))


def test_preview_runs_without_pdfs_and_says_so(project, tmp_path):
    """README command 1 on a machine without Pango: the preview serves every page, says once
    in the terminal that it makes no PDF, and each PDF link says so on the page."""
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        serve = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-strict", "-a", f"127.0.0.1:{port}"],
                                 cwd=project, env=without_pango(tmp_path), stdout=out, stderr=subprocess.STDOUT, text=True)
        try:
            shown = wait_for(f"http://127.0.0.1:{port}/mau/bien-ban-thuong-ky/", "Tải bản in", serve, seconds=120)
            assert ('Tải bản in<span class="kich-thuoc" data-pdf="mau/bien-ban-thuong-ky.pdf"> '
                    "(PDF: chưa dựng ở bản xem trước)") in shown
            module = wait_for(f"http://127.0.0.1:{port}/tap-huan/dang-vien/", "Tài liệu phát tay", serve)
            assert module.count("(PDF: chưa dựng ở bản xem trước)") == 3
        finally:
            serve.terminate()
            serve.wait(timeout=30)
    said = log.read_text(encoding="utf-8")
    assert said.count("Bản xem trước không dựng tệp PDF") == 1, said[-2000:]
    assert "Traceback" not in said


def test_build_without_pango_stops_with_a_vietnamese_message(project, tmp_path):
    """`mkdocs build` (the deploy, the folder edition, CI) always makes the PDFs: on a machine
    where it cannot, it stops and says what to install."""
    site = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)], cwd=project,
                          env=without_pango(tmp_path), capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert "Không dựng được tệp PDF: thiếu thư viện WeasyPrint hoặc thư viện hệ thống Pango" in done.stderr
    assert "libpango-1.0-0" in done.stderr and "bash tests/setup.sh" in done.stderr
