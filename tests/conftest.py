"""Shared fixtures: the project root, one strict build of the real site, project copies."""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent

# Test layers, from the fixtures a test needs (the first that applies); tests that need none
# of them are "data" in these modules, "render" elsewhere.
LAYERS = (
    ("browser", {"browser"}),
    ("deploy", {"deployed", "project", "folder_site", "outcomes"}),
    ("site", {"site"}),
)
DATA_MODULES = {"test_data_schema", "test_consistency", "test_bad_inputs", "test_json_schema"}


def pytest_collection_modifyitems(items):
    for item in items:
        needs = set(item.fixturenames)
        layer = next((name for name, fixtures in LAYERS if needs & fixtures), None)
        if layer is None:
            layer = "data" if item.module.__name__ in DATA_MODULES else "render"
        item.add_marker(getattr(pytest.mark, layer))


# What a site build needs; tests copy these to build variants of the real site.
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides", "deploy")


def build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """A strict MkDocs build with its log on (never the quiet flag: MkDocs 1.6 then lets
    warnings such as dead links pass); returns the finished process."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / part)
    return dest


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built once with --strict into a temporary folder."""
    out = tmp_path_factory.mktemp("site") / "site"
    result = build(ROOT, out)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return out


@pytest.fixture
def project(tmp_path) -> Path:
    """A fresh copy of the project, to break on purpose."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def data():
    from macros.registry import load_site_data

    return load_site_data(ROOT)


# --- Served site and browser (end-to-end tests) ------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="session")
def deployed(tmp_path_factory) -> Path:
    """The real site, deployed by deploy/deploy.sh into a temporary deploy root."""
    from webserver import deploy

    root = tmp_path_factory.mktemp("deploy")
    result = deploy(root)
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="session")
def server(deployed, tmp_path_factory):
    """nginx with our configuration, serving the deployed site; yields its Nginx object."""
    from webserver import Nginx

    nginx = Nginx(deployed, tmp_path_factory.mktemp("nginx")).start()
    yield nginx
    nginx.stop()


@pytest.fixture(scope="session")
def folder_site(tmp_path_factory) -> Path:
    """The folder edition, packed by deploy/pack-folder.sh as the README says, then unzipped."""
    import zipfile

    work = tmp_path_factory.mktemp("folder")
    env = dict(os.environ, PYTHON=sys.executable, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(["bash", str(ROOT / "deploy/pack-folder.sh"), str(work / "so-tay.zip")],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(work / "so-tay.zip") as archive:
        archive.extractall(work)
    return work / "so-tay-cap-uy"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page that records every request and every console error."""
    context = browser.new_context()
    page = context.new_page()
    page.requests = []
    page.errors = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


# --- The real data and the model documents (helpers shared by test modules) -----------------


@functools.cache
def site_data():
    """The real data, loaded once (the `data` fixture, for module-level use)."""
    from macros.registry import load_site_data

    return load_site_data(ROOT)


# The model regulation's id in the template catalogue (data/mau_van_ban.yml): its source is
# data/mau/quy-che-lam-viec.yml, built per (variant, enterprise type).
REGULATION = "quy-che-lam-viec"


def regulations(data=None) -> dict:
    """The model regulation's documents by (variant, enterprise type)."""
    return (data or site_data()).models[REGULATION]


def other_models(data=None) -> dict:
    """The templates without variants, by id."""
    from macros.model_documents.build import SINGLE

    return {t: built[SINGLE] for t, built in (data or site_data()).models.items() if SINGLE in built}


def model_documents() -> dict:
    """Every model document (the regulation's variants and the other templates) by its Word file."""
    return {doc.docx: doc for doc in site_data().model_documents()}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def built_page(site, doc) -> BeautifulSoup:
    """The built HTML of a model document's page (directory URLs)."""
    path = doc.page.removesuffix(".md").removesuffix("/index")
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def page_text(soup: BeautifulSoup) -> str:
    """What a reader copies: headings, paragraphs and table cells of the document, without
    the guidance."""
    body = BeautifulSoup(str(soup.select_one(".noi-dung-mau")), "html.parser")
    for guidance in body.select(".huong-dan"):
        guidance.decompose()
    return norm(" ".join(block.get_text("") for block in body.select("p, h2, h3, th, td")))


def word_text(document: Document) -> str:
    """The Word body between the header table and the signature table, paragraph by
    paragraph, tables cell by cell."""
    children = list(document.element.body.iterchildren())
    tables = [i for i, child in enumerate(children) if child.tag.endswith("}tbl")]
    parts = []
    for child in children[tables[0] + 1:tables[-1]]:
        if child.tag.endswith("}p"):
            parts.append(Paragraph(child, document).text)
        elif child.tag.endswith("}tbl"):
            parts += [cell.text for row in Table(child, document).rows for cell in row.cells]
    return norm(" ".join(parts))


def bookmarked_runs(document: Document) -> list[tuple[str, str, bool]]:
    """(field, text, highlighted) of every blank of a Word file, found by its bookmark."""
    xml = document.element.xml
    runs = re.findall(
        r'<w:bookmarkStart w:id="\d+" w:name="_o_([a-z_]+)_\d+"/>\s*(<w:r>.*?</w:r>)', xml, re.S)
    result = []
    for field, run in runs:
        text = re.search(r"<w:t[^>]*>([^<]*)</w:t>", run).group(1)
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        result.append((field, text, "<w:highlight " in run))
    return result


def docx_of(site, doc) -> Document:
    return Document(io.BytesIO((site / doc.docx).read_bytes()))
