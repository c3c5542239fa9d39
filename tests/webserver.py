"""Serve a deployed site with the nginx configuration we ship (deploy/nginx/so-tay.conf).

Used by the end-to-end tests and by tests/bench/page_weight.py.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def deploy(deploy_root: Path, repo: Path = ROOT, reload_command: str | None = None) -> subprocess.CompletedProcess:
    """Run deploy/deploy.sh of `repo` into `deploy_root`, with this Python; `reload_command`
    tells it how to reload the nginx that serves `deploy_root`."""
    env = dict(os.environ, PYTHON=sys.executable, NO_MKDOCS_2_WARNING="1")
    if reload_command:
        env["SO_TAY_NGINX_RELOAD"] = reload_command
    return subprocess.run(["bash", str(repo / "deploy/deploy.sh"), str(deploy_root)],
                          env=env, capture_output=True, text=True, timeout=300)


def fetch(url: str) -> str:
    """A page's text, or "" while the server does not answer."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    """nginx in the foreground of its own prefix folder, serving `deploy_root`/current."""

    def __init__(self, deploy_root: Path, workdir: Path, accounts: Path | None = None,
                 tls: tuple[Path, Path] | None = None, extra: str = ""):
        """The shipped server block with the intranet = 127.0.0.1 only (127.0.0.2 is a stranger);
        with `accounts` (a password file), the two account lines uncommented as the file says;
        with `tls` (certificate, key), its TLS lines uncommented in place of the plain listen;
        `extra` (test-only directives) added to the server block, before its own locations."""
        self.port = free_port()
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        server = (ROOT / "deploy/nginx/so-tay.conf").read_text(encoding="utf-8")
        server = (server.replace("@ROOT@", str(deploy_root)).replace("@LISTEN@", f"127.0.0.1:{self.port}")
                  .replace("@MANG@", "127.0.0.1"))
        if accounts:
            server = (server.replace("    # auth_basic ", "    auth_basic ")
                      .replace("    # auth_basic_user_file /etc/nginx/so-tay.htpasswd;",
                               f"    auth_basic_user_file {accounts};"))
            assert f"auth_basic_user_file {accounts};" in server
        if tls:
            lines = server.splitlines()
            first = next(i for i, line in enumerate(lines) if line.startswith("#   listen 443 ssl"))
            last = next(i for i, line in enumerate(lines) if line.startswith("#   add_header Strict-Transport"))
            block = "\n".join("    " + line[4:] for line in lines[first:last + 1])
            block = (block.replace("listen 443", f"listen 127.0.0.1:{self.port}")
                     .replace("/etc/nginx/tls/so-tay.crt", str(tls[0]))
                     .replace("/etc/nginx/tls/so-tay.key", str(tls[1])))
            server = server.replace(f"    listen 127.0.0.1:{self.port};", block, 1)
        if extra:
            assert server.count("\n    location / {") == 1
            server = server.replace("\n    location / {", f"\n    {extra}\n    location / {{")
        (workdir / "so-tay.conf").write_text(server, encoding="utf-8")
        self.conf = workdir / "nginx.conf"
        user = "user root;\n" if os.geteuid() == 0 else ""
        self.conf.write_text(
            f"{user}worker_processes 1;\npid {workdir}/nginx.pid;\nerror_log {workdir}/error.log;\n"
            "events { worker_connections 64; }\n"
            "http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n"
            f"  access_log off;\n  client_body_temp_path {workdir}/tmp;\n  proxy_temp_path {workdir}/tmp;\n"
            f"  fastcgi_temp_path {workdir}/tmp;\n  uwsgi_temp_path {workdir}/tmp;\n  scgi_temp_path {workdir}/tmp;\n"
            f"  include {workdir}/so-tay.conf;\n}}\n",
            encoding="utf-8",
        )
        (workdir / "tmp").mkdir(exist_ok=True)
        self.reload_command = f"{NGINX} -p {workdir} -c {self.conf} -s reload"

    def start(self, expect_status: int = 200) -> "Nginx":
        subprocess.run([NGINX, "-p", str(self.workdir), "-c", str(self.conf)], check=True,
                       capture_output=True, text=True)
        context = ssl._create_unverified_context() if self.url.startswith("https") else None
        for _ in range(100):
            try:
                urllib.request.urlopen(self.url + "/", timeout=1, context=context)
                return self
            except urllib.error.HTTPError as err:
                if err.code == expect_status:
                    return self
                raise
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"nginx did not answer on {self.url}: {(self.workdir / 'error.log').read_text()}")

    def stop(self) -> None:
        subprocess.run([NGINX, "-p", str(self.workdir), "-c", str(self.conf), "-s", "stop"],
                       capture_output=True, text=True)


@contextlib.contextmanager
def served_release():
    """Deploy this repository into a temporary root and serve it with nginx, for the
    benchmarks; yields the running Nginx, stopped and removed on exit."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "srv"
        result = deploy(root)
        if result.returncode:
            sys.exit(result.stderr)
        nginx = Nginx(root, Path(tmp) / "nginx").start()
        try:
            yield nginx
        finally:
            nginx.stop()
