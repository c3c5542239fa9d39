"""The maintainer's preview (`mkdocs serve`, as the README runs it) survives bad edits: the
Vietnamese error appears on the page concerned, and the next good save brings the page back."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

from webserver import free_port

PAGE = "docs/van-ban/hd-15-2008.md"


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, serve: subprocess.Popen, seconds: float = 90) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        assert serve.poll() is None, "mkdocs serve stopped"
        page = fetch(url)
        if text in page:
            return page
        time.sleep(0.5)
    raise AssertionError(f"{text!r} never appeared on {url}")


def test_preview_survives_bad_macro_calls_and_recovers_on_the_next_save(project):
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    serve = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                             cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/van-ban/hd-15-2008/"
    page = project / PAGE
    good = page.read_text(encoding="utf-8")
    try:
        wait_for(url, "Hướng dẫn 15-HD/", serve, seconds=120)
        bad_edits = {
            'ten_van_ban("khong-co-id")': "khong-co-id",          # unknown id
            "khong_co_ham()": "khong_co_ham",                    # undefined name
            'ten_van_ban("hd-15-2008"': "dòng 1",                # unclosed call
        }
        for call, named in bad_edits.items():
            page.write_text(good.replace('ten_van_ban("hd-15-2008")', call, 1), encoding="utf-8")
            shown = wait_for(url, "Trang này có lỗi, chưa thể xuất bản", serve)
            assert named in shown and "docs/van-ban/hd-15-2008.md" in shown, call
            # the block once, in the page; a short window title and navigation entry
            assert shown.count("Trang này có lỗi, chưa thể xuất bản") == 1, call
            assert "<title>Trang có lỗi - " in shown, call
            page.write_text(good, encoding="utf-8")
            shown = wait_for(url, "Hướng dẫn 15-HD/", serve)
            assert "Trang này có lỗi" not in shown
    finally:
        serve.terminate()
        serve.wait(timeout=30)
