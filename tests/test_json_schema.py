"""The JSON Schemas of the data files (docs/schema/, made by macros/json_schema.py): committed
as the models give them, named on each data file's first line, met by every real data file
and failed by broken ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from conftest import ROOT
from macros.formatting import fold
from macros.json_schema import SCHEMA_DIR, schema_line, schema_text, schemas
from macros.loading import read_yaml

DATA_FILES = sorted((ROOT / "data").rglob("*.yml"))
SCHEMAS = ROOT / "docs" / SCHEMA_DIR


def instance(text: str, label: str = "test") -> object:
    """A data file as its schema sees it: the project's YAML reading, as plain JSON values."""
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".yml", encoding="utf-8", delete=False) as f:
        f.write(text)
    return json.loads(json.dumps(read_yaml(Path(f.name), label)))


def validator_for(path: Path) -> Draft202012Validator:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    schema_path = (path.parent / first.partition("$schema=")[2]).resolve()
    return Draft202012Validator(json.loads(schema_path.read_text(encoding="utf-8")),
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_the_committed_schemas_are_what_the_models_give():
    made = schemas()
    assert sorted(p.name for p in SCHEMAS.glob("*.json")) == sorted(f"{name}.schema.json" for name in made)
    for name, schema in made.items():
        assert (SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8") == schema_text(schema), (
            f"docs/schema/{name}.schema.json is out of date: run .venv/bin/python -m macros.json_schema")
        Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_data_file_names_its_schema_and_meets_it(path):
    rel = path.relative_to(ROOT).as_posix()
    assert path.read_text(encoding="utf-8").splitlines()[0] == schema_line(rel)
    errors = list(validator_for(path).iter_errors(instance(path.read_text(encoding="utf-8"), rel)))
    assert errors == [], [e.message for e in errors]


BROKEN = [
    ("van_ban.yml", "    trang_thai: het-hieu-luc\n    ghi_chu_trang_thai: \"Đề án", "    trang_thai: het-hieu-lu\n    ghi_chu_trang_thai: \"Đề án"),  # not a status
    ("van_ban.yml", "  - id: tb-giam-sat-quy-che-2019\n", "  - id: TB-2019\n"),  # an id in capitals
    ("van_ban.yml", "    nam: 2019\n", "    nam: 2019\n    nam_ban_hanh: 2019\n"),  # an unknown field
    ("van_ban.yml", '    ten_goi: "Thông báo kết luận của Ban Thường vụ Đảng ủy Khối về kết quả giám sát Quy chế làm việc"\n',
     '    ten_goi: ["Thông báo kết luận", "giám sát Quy chế làm việc"]\n'),  # a list for a text
    ("thay_doi.yml", "  - ngay: 2026-11-27\n", "  - ngay: 27/11/2026\n"),  # a date as Vietnamese write it
    ("trang_web.yml", "    van_ban: 180\n", "    van_ban: nua nam\n"),  # days as words
    ("mau/nghi-quyet-chi-bo.yml", "    ten_loai: \"NGHỊ QUYẾT\"\n", ""),  # a required field left out
    ("mau_van_ban.yml", "    bao_lau: \"Mỗi nhiệm kỳ một lần; sửa đổi khi cần\"\n", "    bao_lau: \"\"\n"),  # an empty text
]


@pytest.mark.parametrize("file, old, new", BROKEN, ids=[f"{b[0]}:{i}" for i, b in enumerate(BROKEN)])
def test_a_broken_data_file_fails_its_schema(file, old, new):
    path = ROOT / "data" / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    assert list(validator_for(path).iter_errors(instance(text.replace(old, new))))


def test_the_site_publishes_the_schemas_at_a_stable_address(site):
    for schema in SCHEMAS.glob("*.json"):
        assert (site / SCHEMA_DIR / schema.name).read_bytes() == schema.read_bytes()


def test_every_field_has_a_vietnamese_description_and_no_english_one_leaks():
    for name, schema in schemas().items():
        for model, definition in schema["$defs"].items():
            assert definition.get("description"), (name, model)
            for field, prop in definition.get("properties", {}).items():
                text = prop.get("description", "")
                assert text and fold(text) != text, (name, model, field, text)  # Vietnamese, with its marks
