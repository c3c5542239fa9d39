"""Access control and error pages of the shipped nginx configuration, with the real server.

The intranet in these tests is 127.0.0.1 only (tests/webserver.py): a connection bound to
127.0.0.2 is a stranger on the network.
"""

from __future__ import annotations

import base64
import http.client
import socket
import subprocess

import pytest

from webserver import Nginx

# what a stranger must not get: a page, a Word file, the search index (all the site's text)
PROTECTED = ("/", "/van-ban/ct-10-2007/", "/mau/bien-ban-chuyen-de.docx", "/search/search_index.json")
FORGED = ({"X-Forwarded-For": "127.0.0.1"}, {"X-Real-IP": "127.0.0.1"}, {"Forwarded": "for=127.0.0.1"})


def request(nginx: Nginx, path: str, source: str = "127.0.0.1", method: str = "GET",
            headers: dict | None = None, body: bytes | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", nginx.port, timeout=10, source_address=(source, 0))
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def test_the_intranet_gets_the_site_and_a_stranger_gets_a_vietnamese_403(server):
    for path in PROTECTED:
        status, _, _ = request(server, path)
        assert status == 200, path
        status, headers, body = request(server, path, source="127.0.0.2")
        assert status == 403, path
        assert "Không được phép truy cập" in body and "mạng nội bộ" in body, path
        assert "Danh mục văn bản" not in body and "Chỉ thị" not in body, path  # no content leaks
        assert headers["Content-Type"].startswith("text/html"), path


def test_a_forged_forwarding_header_does_not_get_around_the_network_rule(server):
    for forged in FORGED:
        for path in PROTECTED:
            status, _, body = request(server, path, source="127.0.0.2", headers=forged)
            assert status == 403 and "Không được phép truy cập" in body, (path, forged)


def test_the_refusal_page_needs_nothing_else_from_the_server(server):
    _, _, body = request(server, "/", source="127.0.0.2")
    assert "<link" not in body and "<script" not in body and "src=" not in body


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_sending_data_is_refused_with_a_vietnamese_405(server, method):
    status, _, body = request(server, "/van-ban/", method=method, body=b"x=1")
    assert status == 405 and "Thao tác không được hỗ trợ" in body


def test_a_large_upload_is_refused_with_a_vietnamese_413(server):
    status, _, body = request(server, "/van-ban/", method="POST", body=b"x" * 100_000)
    assert status == 413 and "Dữ liệu gửi lên quá lớn" in body


def test_a_too_long_address_gets_a_vietnamese_414(server):
    status, _, body = request(server, "/" + "a" * 20_000)
    assert status == 414 and "Địa chỉ trang quá dài" in body


def test_a_malformed_request_gets_a_vietnamese_400(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")  # two Host headers
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    text = answer.decode("utf-8", "replace")
    assert text.startswith("HTTP/1.1 400") and "Yêu cầu không hợp lệ" in text


@pytest.fixture(scope="module")
def failing(deployed, tmp_path_factory):
    """The shipped configuration plus one test-only address per server fault: a static site
    cannot be made to fail on request, so these answer 500, 502, 503 and 504 the way a broken
    disk or a proxy in front would; the shipped error_page lines decide what the visitor sees."""
    extra = " ".join(f"location = /__thu-{code} {{ return {code}; }}" for code in FAULTS)
    nginx = Nginx(deployed, tmp_path_factory.mktemp("nginx-faults"), extra=extra).start()
    yield nginx
    nginx.stop()


FAULTS = (500, 502, 503, 504)


@pytest.mark.parametrize("code", FAULTS)
def test_a_server_fault_gets_the_vietnamese_5xx_page(failing, code):
    status, headers, body = request(failing, f"/__thu-{code}")
    assert status == code and "Máy chủ đang gặp sự cố" in body and "Hãy thử lại sau ít phút" in body
    assert "nginx" not in body.lower() and headers["Content-Type"].startswith("text/html")
    assert "<link" not in body and "<script" not in body  # needs nothing more from a failing server


def test_a_folder_without_an_index_is_not_found_not_refused(server):
    status, _, body = request(server, "/assets/fonts/roboto/")
    assert status == 404 and "Không tìm thấy trang" in body


@pytest.fixture(scope="module")
def with_accounts(deployed, tmp_path_factory):
    work = tmp_path_factory.mktemp("nginx-accounts")
    hashed = subprocess.run(["openssl", "passwd", "-apr1", "mat-khau-thu"], capture_output=True,
                            text=True, check=True).stdout.strip()
    accounts = work / "so-tay.htpasswd"
    accounts.write_text(f"bi-thu:{hashed}\n", encoding="utf-8")
    nginx = Nginx(deployed, work / "nginx", accounts=accounts).start(expect_status=401)
    yield nginx
    nginx.stop()


def test_with_accounts_on_every_file_needs_a_login(with_accounts):
    good = {"Authorization": "Basic " + base64.b64encode(b"bi-thu:mat-khau-thu").decode()}
    bad = {"Authorization": "Basic " + base64.b64encode(b"bi-thu:doan-bua").decode()}
    for path in PROTECTED:
        status, headers, body = request(with_accounts, path)
        assert status == 401 and "Cần đăng nhập" in body, path
        assert headers["WWW-Authenticate"].startswith("Basic"), path
        assert request(with_accounts, path, headers=bad)[0] == 401, path
        assert request(with_accounts, path, headers=good)[0] == 200, path
        # an account does not open the site to a stranger's network
        status, _, body = request(with_accounts, path, source="127.0.0.2", headers=good)
        assert status == 403 and "Không được phép truy cập" in body, path


def test_forgetting_to_set_the_intranet_stops_nginx_instead_of_opening_the_site(tmp_path):
    from webserver import NGINX, ROOT

    server = (ROOT / "deploy/nginx/so-tay.conf").read_text(encoding="utf-8")
    server = server.replace("@ROOT@", str(tmp_path)).replace("@LISTEN@", "127.0.0.1:9")
    (tmp_path / "current").mkdir()
    (tmp_path / "current/headers.conf").write_text("", encoding="utf-8")
    (tmp_path / "so-tay.conf").write_text(server, encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{ include {tmp_path}/so-tay.conf; }}\n", encoding="utf-8")
    result = subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
                            capture_output=True, text=True)
    assert result.returncode != 0 and '"@MANG@"' in result.stderr


def test_with_tls_on_only_tls_1_3_is_spoken_and_browsers_are_told_to_stay_on_https(deployed, tmp_path):
    import ssl

    cert, key = tmp_path / "so-tay.crt", tmp_path / "so-tay.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   capture_output=True, check=True)
    nginx = Nginx(deployed, tmp_path / "nginx", tls=(cert, key)).start()
    try:
        context = ssl.create_default_context(cafile=str(cert))
        context.check_hostname = False
        conn = http.client.HTTPSConnection("127.0.0.1", nginx.port, timeout=10, context=context)
        conn.request("GET", "/mau/bien-ban-chuyen-de.docx")
        response = conn.getresponse()
        assert response.status == 200 and conn.sock.version() == "TLSv1.3"
        assert response.headers["Strict-Transport-Security"] == "max-age=63072000"
        conn.close()
        old = ssl.create_default_context(cafile=str(cert))
        old.check_hostname = False
        old.maximum_version = ssl.TLSVersion.TLSv1_2
        with pytest.raises(ssl.SSLError):
            with socket.create_connection(("127.0.0.1", nginx.port), timeout=10) as sock:
                old.wrap_socket(sock, server_hostname="127.0.0.1")
        # the network rule holds over TLS too
        conn = http.client.HTTPSConnection("127.0.0.1", nginx.port, timeout=10, context=context,
                                           source_address=("127.0.0.2", 0))
        conn.request("GET", "/")
        assert conn.getresponse().status == 403
        conn.close()
    finally:
        nginx.stop()
