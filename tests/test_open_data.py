"""Open data: the registry as JSON that validates against its published schema and holds every
entry with its relations both ways; each model document's fields and structure; schema.org
JSON-LD in every document page; the same files in the folder edition."""

from __future__ import annotations

import json
import re
from datetime import date

import jsonschema
from bs4 import BeautifulSoup

from conftest import site_data
from macros.open_data import REGISTRY_JSON, REGISTRY_SCHEMA, model_json_path, registry_schema
from macros.paths import doc_page, document_pdf, page_location

DATA = site_data()
RELATIONS = {"thay_the": "bi_thay_the_boi", "tiep_tuc": "duoc_tiep_tuc_boi", "huong_dan": "duoc_huong_dan_boi",
             "can_cu": "la_can_cu_cua"}


def load(site, path):
    return json.loads((site / path).read_text(encoding="utf-8"))


def json_ld(site, src: str, directory_urls: bool = True) -> dict:
    location = page_location(src, directory_urls)
    page = site / (location + "index.html" if directory_urls else location)
    scripts = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select('script[type="application/ld+json"]')
    assert len(scripts) == 1, src
    return json.loads(scripts[0].string)


def test_registry_json_validates_and_holds_every_entry_with_relations_both_ways(site):
    registry = load(site, REGISTRY_JSON)
    schema = load(site, REGISTRY_SCHEMA)
    assert schema == registry_schema()  # the published schema is the models'
    jsonschema.validate(registry, schema)
    records = {r["id"]: r for r in registry["van_ban"]}
    assert list(records) == list(DATA.van_ban)
    assert "không phải sổ đăng ký chính thức" in registry["ghi_chu"]
    for doc_id, doc in DATA.van_ban.items():
        record = records[doc_id]
        assert record["so_hieu"] == doc.so_hieu
        assert record["ngay"] == (doc.ngay.isoformat() if doc.ngay else None)
        assert record["trang_thai"] == DATA.trang_thai(doc_id)
        assert record["can_kiem_chung"] == dict(doc.can_kiem_chung)
        assert [n["url"] for n in record["nguon"]] == [n.url for n in doc.nguon]
        assert (site / record["trang"] / "index.html").is_file()
        for forward, inverse in RELATIONS.items():
            for link in record["quan_he"][forward]:
                assert doc_id in [r["van_ban"] for r in records[link["van_ban"]]["quan_he"][inverse]], (doc_id, forward)
    # a replaced document says by what, and a reason travels with an unverified relation
    assert [r["van_ban"] for r in records["ct-10-2007"]["quan_he"]["bi_thay_the_boi"]] == ["ct-50-2025"]
    assert records["ct-10-2007"]["trang_thai"] == "da-thay-the"


def test_registry_json_rejects_what_the_schema_forbids(site):
    schema = load(site, REGISTRY_SCHEMA)
    registry = load(site, REGISTRY_JSON)
    registry["van_ban"][0]["trang_thai"] = "hieu-luc"
    try:
        jsonschema.validate(registry, schema)
    except jsonschema.ValidationError:
        return
    raise AssertionError("an unknown status passed the published schema")


def test_each_model_json_gives_its_fields_structure_and_versions(site):
    for template_id, built in DATA.models.items():
        published = load(site, model_json_path(template_id))
        assert [v["so"] for v in published["phien_ban"]] == [v.so for v in DATA.mau[template_id].phien_ban]
        assert len(published["van_ban"]) == len(built)
        fields = {f["id"]: f for f in published["truong"]}
        for record, doc in zip(published["van_ban"], built.values()):
            assert record["truong"] == doc.fields() and set(doc.fields()) <= set(fields)
            assert (site / record["word"]).is_file() and (site / record["pdf"]).is_file()
            clauses = [(line["id"], line.get("chu")) for part in record["phan"] for section in part["muc"] for line in section["dong"]]
            expected = [(b.id, b.line.display(doc.labels) if b.line else None) for s in doc.sections() for b in s.blocks]
            assert clauses == expected


def test_every_registry_page_has_legislation_json_ld_with_its_number_and_date(site):
    for doc_id, doc in DATA.van_ban.items():
        node = json_ld(site, doc_page(doc_id))
        assert node["@context"] == "https://schema.org" and node["@type"] == "Legislation"
        unverified = set(doc.can_kiem_chung)
        if doc.so_hieu and "so_hieu" not in unverified:
            assert node["legislationIdentifier"] == doc.so_hieu
        else:
            assert "legislationIdentifier" not in node
        if doc.ngay and not unverified & {"ngay", "nam"}:
            assert date.fromisoformat(node["legislationDate"]) == doc.ngay
        status = DATA.trang_thai(doc_id)
        assert node.get("legislationLegalForce") == {"con-hieu-luc": "https://schema.org/InForce",
                                                     "het-hieu-luc": "https://schema.org/NotInForce",
                                                     "da-thay-the": "https://schema.org/NotInForce"}.get(status)
        successors = [r.van_ban for r in DATA.related(doc_id, "bi_thay_the_boi")]
        reverse = node.get("@reverse", {}).get("legislationChanges", [])
        here = site / page_location(doc_page(doc_id), True)
        assert [(here / r["@id"]).resolve() for r in reverse] == [(site / page_location(doc_page(s), True)).resolve()
                                                                  for s in successors]
        for ref in node.get("isBasedOn", []) + node.get("legislationChanges", []):
            assert (here / ref["@id"] / "index.html").is_file()


def test_model_pages_describe_their_word_and_pdf_files(site):
    for doc in DATA.model_documents():
        node = json_ld(site, doc.page)
        here = site / page_location(doc.page, True)
        urls = {item["encodingFormat"]: (here / item["contentUrl"]).resolve() for item in node["encoding"]}
        assert all(item["@type"] == "LegislationObject" for item in node["encoding"])
        assert urls["application/pdf"] == (site / document_pdf(doc.docx)).resolve()
        assert urls["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] == (site / doc.docx).resolve()


def test_json_ld_cannot_close_its_script(site):
    text = (site / page_location(doc_page("ct-10-2007"), True) / "index.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S).group(1)
    assert "<" not in block


def test_the_integrators_page_links_every_file_and_says_it_is_no_official_register(site):
    page = BeautifulSoup((site / "gioi-thieu/du-lieu-mo/index.html").read_text(encoding="utf-8"), "html.parser")
    article = page.select_one("article")
    assert "Đây không phải sổ đăng ký chính thức" in article.get_text()
    targets = {(site / "gioi-thieu/du-lieu-mo" / a["href"]).resolve() for a in article.select("a[href$='.json']")}
    expected = {(site / p).resolve() for p in [REGISTRY_JSON, REGISTRY_SCHEMA] + [model_json_path(t) for t in DATA.models]}
    assert targets == expected
    keys = [code.get_text() for code in article.select("td code")]
    assert {"so_hieu", "trang_thai", "can_kiem_chung", "quan_he"} <= set(keys)


def test_the_folder_edition_has_the_data_and_the_json_ld(folder_site):
    registry = load(folder_site, REGISTRY_JSON)
    jsonschema.validate(registry, load(folder_site, REGISTRY_SCHEMA))
    for record in registry["van_ban"]:
        assert (folder_site / record["trang"]).is_file(), record["trang"]  # pages are "van-ban/<id>.html" here
    node = json_ld(folder_site, doc_page("ct-10-2007"), directory_urls=False)
    assert node["legislationIdentifier"] == "10-CT/TW"
    reverse = node["@reverse"]["legislationChanges"][0]["@id"]
    assert (folder_site / "van-ban" / reverse).is_file()
