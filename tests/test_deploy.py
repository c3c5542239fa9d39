"""The intranet set-up: nginx configuration we ship, and the atomic deploy script."""

from __future__ import annotations

import gzip
import os
import urllib.error
import urllib.request

from webserver import Nginx, deploy


def get(url: str, gzip_ok: bool = False):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def test_security_headers_on_every_response(server):
    for path in ("/", "/van-ban/ct-10-2007/", "/assets/stylesheets/so-tay.css", "/khong-co/"):
        status, headers, _ = get(server.url + path)
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'self'" in csp, path
        assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";")[0], path
        assert headers["X-Content-Type-Options"] == "nosniff", path
        assert headers["Referrer-Policy"] == "same-origin", path


def test_text_is_compressed_and_hashed_assets_are_cached(server, deployed):
    status, headers, body = get(server.url + "/van-ban/", gzip_ok=True)
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert "Danh mục văn bản" in gzip.decompress(body).decode("utf-8")
    assert "no-cache" in headers["Cache-Control"]
    bundle = next((deployed / "current/site/assets/javascripts").glob("bundle.*.min.js")).name
    status, headers, _ = get(server.url + f"/assets/javascripts/{bundle}", gzip_ok=True)
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers["Cache-Control"] and "max-age=31536000" in headers["Cache-Control"]
    assert headers["Content-Security-Policy"]  # still there beside the cache header


def test_no_directory_listing(server):
    status, _, body = get(server.url + "/assets/fonts/roboto/")
    assert status == 404 and "Không tìm thấy trang" in body.decode("utf-8")


def test_failed_deploy_keeps_the_running_site(project, tmp_path):
    root = tmp_path / "srv"
    first = deploy(root, repo=project)
    assert first.returncode == 0, first.stderr
    nginx = Nginx(root, tmp_path / "nginx").start()
    try:
        before = get(nginx.url + "/van-ban/ct-10-2007/")
        current = os.readlink(root / "current")
        releases = sorted(p.name for p in (root / "releases").iterdir())

        data = project / "data/van_ban.yml"
        data.write_text(data.read_text(encoding="utf-8").replace("ngay: 2007-03-30", "ngay: 2007-02-30"),
                        encoding="utf-8")
        failed = deploy(root, repo=project, reload_command=nginx.reload_command)

        assert failed.returncode != 0
        assert 'mục "ct-10-2007", trường "ngay": ngày "2007-02-30" không có thật trên lịch.' in failed.stderr
        assert os.readlink(root / "current") == current
        assert sorted(p.name for p in (root / "releases").iterdir()) == releases
        after = get(nginx.url + "/van-ban/ct-10-2007/")
        assert after[0] == 200 and after[2] == before[2]
    finally:
        nginx.stop()


def test_good_deploy_switches_to_the_new_release(project, tmp_path):
    root = tmp_path / "srv"
    assert deploy(root, repo=project).returncode == 0
    nginx = Nginx(root, tmp_path / "nginx").start()
    try:
        page = project / "docs/gioi-thieu/index.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nĐoạn mới để kiểm tra triển khai.\n", encoding="utf-8")
        result = deploy(root, repo=project, reload_command=nginx.reload_command)
        assert result.returncode == 0, result.stderr
        assert "Đoạn mới để kiểm tra triển khai." in get(nginx.url + "/gioi-thieu/")[2].decode("utf-8")
    finally:
        nginx.stop()


def test_dead_link_or_page_outside_the_navigation_stops_the_deploy_in_vietnamese(project, tmp_path):
    """With --quiet, MkDocs 1.6 let these through and the deploy said "Đã triển khai"."""
    root = tmp_path / "srv"
    assert deploy(root, repo=project).returncode == 0
    current = os.readlink(root / "current")
    page = project / "docs/gioi-thieu/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[Trang cũ](trang-khong-co.md)\n", encoding="utf-8")
    result = deploy(root, repo=project)
    assert result.returncode != 0 and "Đã triển khai" not in result.stdout
    assert ('Trang docs/gioi-thieu/index.md: liên kết "trang-khong-co.md" trỏ tới docs/gioi-thieu/trang-khong-co.md, '
            "tệp này không có.") in result.stderr
    assert os.readlink(root / "current") == current
    page.write_text(page.read_text(encoding="utf-8").replace("\n[Trang cũ](trang-khong-co.md)\n", "\n"), encoding="utf-8")
    (project / "docs/gioi-thieu/nhap.md").write_text("---\nra_soat: 2026-12-07\n---\n\n# Bản nháp\n", encoding="utf-8")
    result = deploy(root, repo=project)
    assert result.returncode != 0 and "không có trong mục nav của mkdocs.yml" in result.stderr
    assert "gioi-thieu/nhap.md" in result.stderr
    assert os.readlink(root / "current") == current


def test_markup_in_names_from_data_shows_as_text_everywhere(project, tmp_path):
    """A name with markup in it, in every kind of name the data has: never raw in a page
    (heading, window title, navigation, citations), always shown as the text written."""
    from bs4 import BeautifulSoup

    from conftest import build

    evil = "<script>alert(9)</script>"
    edits = {
        "data/mau_van_ban.yml": ('ten: "Biên bản sinh hoạt chi bộ thường kỳ"', f'ten: "Biên bản {evil}"'),
        "data/tap_huan.yml": ('ten: "Vai trò, trách nhiệm của cấp ủy viên và người đứng đầu"', f'ten: "Vai trò {evil}"'),
        "data/van_ban.yml": ('ten_goi: "Nghị quyết Trung ương 4 khóa XI"', f'ten_goi: "Nghị quyết {evil}"'),
        "data/mau/quy-che-lam-viec.yml": ('ten: "Doanh nghiệp tư nhân"', f'ten: "Doanh nghiệp {evil}"'),
        "data/trang_web.yml": ('ten: "Sổ tay cấp ủy cơ sở"', f'ten: "Sổ tay {evil}"'),
    }
    for file, (old, new) in edits.items():
        path = project / file
        text = path.read_text(encoding="utf-8")
        assert old in text, file
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    pages = sorted((tmp_path / "site").rglob("*.html"))
    assert not [p for p in pages if "<script>alert(9)" in p.read_text(encoding="utf-8")]
    soup = BeautifulSoup((tmp_path / "site/mau/bien-ban-thuong-ky/index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.select_one("article h1").get_text() == f"Biên bản {evil}"  # shown as written
    assert soup.title.get_text().startswith(f"Biên bản {evil}")
    regulation = BeautifulSoup((tmp_path / "site/mau/quy-che-lam-viec/chi-bo-co-so/doanh-nghiep-tu-nhan/index.html")
                               .read_text(encoding="utf-8"), "html.parser")
    assert any(a.get_text(" ", strip=True) == f"Doanh nghiệp {evil}" for a in regulation.select("nav a"))
    home = BeautifulSoup((tmp_path / "site/index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.select_one("article h1").get_text() == f"Sổ tay {evil}"


def test_content_security_policy_allows_only_the_themes_own_inline_scripts(site, tmp_path):
    import shutil
    import sys

    import pytest

    sys.path.insert(0, str(site.parent.parent))
    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "deploy"))
    import headers

    allowed = headers.inline_script_hashes(site)
    assert 0 < len(allowed) <= 12  # one per script of the theme and page depth, nothing else
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    page = copy / "gioi-thieu/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", "<script>alert(1)</script></body>"),
                    encoding="utf-8")
    with pytest.raises(headers.UnknownScript) as refused:
        headers.inline_script_hashes(copy)
    assert "gioi-thieu/index.html: alert(1)" in str(refused.value)


def test_deploy_root_with_a_space_keeps_five_complete_releases_and_touches_nothing_outside(project, tmp_path):
    outside = tmp_path / "thu muc" / "ngoai"
    outside.mkdir(parents=True)
    root = tmp_path / "thu muc" / "srv"
    for _ in range(6):
        result = deploy(root, repo=project)
        assert result.returncode == 0, result.stderr
    assert outside.is_dir()
    releases = sorted((root / "releases").iterdir())
    assert len(releases) == 5
    assert all((r / ".hoan-tat").is_file() and (r / "headers.conf").stat().st_size > 0 for r in releases)
    assert os.path.realpath(root / "current") == str(releases[-1])


def test_killed_deploy_leaves_no_partial_release_and_no_build_running(project, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    root = tmp_path / "srv"
    assert deploy(root, repo=project).returncode == 0
    current = os.readlink(root / "current")
    env = dict(os.environ, PYTHON=sys.executable, NO_MKDOCS_2_WARNING="1")
    running = subprocess.Popen(["bash", str(project / "deploy/deploy.sh"), str(root)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while len(list((root / "releases").iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)  # until the new release folder exists: the build is under way
    time.sleep(0.5)
    running.send_signal(signal.SIGTERM)
    _, err = running.communicate(timeout=60)
    assert running.returncode != 0 and "bản dở đã xóa" in err
    assert os.readlink(root / "current") == current
    assert [p.name for p in (root / "releases").iterdir()] == [os.path.basename(current)]
    time.sleep(0.5)
    leftovers = subprocess.run(["pgrep", "-f", f"mkdocs build --strict -d {root}"], capture_output=True, text=True)
    assert leftovers.stdout == ""


def test_two_deploys_at_once_take_turns(project, tmp_path):
    import subprocess
    import sys

    root = tmp_path / "srv"
    env = dict(os.environ, PYTHON=sys.executable, NO_MKDOCS_2_WARNING="1")
    runs = [subprocess.Popen(["bash", str(project / "deploy/deploy.sh"), str(root)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for run in runs:
        run.communicate(timeout=300)
        assert run.returncode == 0
    releases = sorted((root / "releases").iterdir())
    assert len(releases) == 2 and all((r / ".hoan-tat").is_file() for r in releases)
    assert os.path.realpath(root / "current") in {str(r) for r in releases}
    assert not list(root.glob("current.new*"))
