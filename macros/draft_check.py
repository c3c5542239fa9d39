"""The draft-check page ("Kiểm tra dự thảo Quy chế"): a committee opens its own draft regulation
(.docx) and gets the self-review checklist answered against the model, in the browser.

Here, at build time: the page's HTML and the configuration its script reads (a JSON data block
in the page, so it works from the folder edition too): every checklist question with its
checks (data/mau/<id>.yml, tu_ra_soat.kiem_tra), the link to the model's article that answers
it, and the registry's replaced documents with their successors. The reading and the checks
are in docs/assets/javascripts/kiem-tra-du-thao.js; nothing leaves the browser.
"""

from __future__ import annotations

from markupsafe import Markup

from .documents import ten_van_ban
from .model_documents.page import template_with_variants
from .paths import variant_folder
from .registry import SiteData
from .render import page_link, render, script_json

MAX_MB = 50  # a bigger file is refused before it is read
FORMAT_QUESTION = "the-thuc"


def replaced_documents(data: SiteData) -> list[dict]:
    """The registry's replaced documents that a draft could cite by number, each with what
    replaced it: "Chỉ thị 10-CT/TW → đã được thay thế bởi Chỉ thị 50-CT/TW"."""
    found = []
    for doc_id, doc in data.van_ban.items():
        if data.trang_thai(doc_id) != "da-thay-the" or not doc.so_hieu:
            continue
        successors = [ten_van_ban(data, data.van_ban[r.van_ban]) for r in data.related(doc_id, "bi_thay_the_boi")]
        found.append({"so_hieu": doc.so_hieu, "ten": ten_van_ban(data, doc), "thay_the_boi": successors})
    return found


def config(data: SiteData, template_id: str, from_page: str) -> dict:
    template = data.mau[template_id]
    doc = next(iter(data.models[template_id].values()))  # links go to the first variant, as the checklist's
    numbers = {s.id: s.number for s in doc.sections()}
    questions = [{"so": n, "noi_dung": item.noi_dung, "dieu": numbers[item.dieu],
                  "lien_ket": page_link(from_page, f"{doc.page}#{item.dieu}"),
                  "kiem_tra": [check.model_dump(exclude_none=True) for check in item.kiem_tra]}
                 for n, item in enumerate(template.tu_ra_soat, start=1)]
    return {"cau_hoi": questions, "thay_the": replaced_documents(data), "toi_da_mb": MAX_MB, "bien_the": doc.name}


def render_page(data: SiteData, *, mau: str | None = None, from_page: str, where: str) -> str:
    """The page: what it does, the file picker, where the reports go, and the configuration."""
    template_id, _ = template_with_variants(data, mau, from_page, where)
    settings = script_json(config(data, template_id, from_page))
    return render("kiem_tra_du_thao.md.j2", data, from_page, settings=Markup(settings), max_mb=MAX_MB,
                  checklist=page_link(from_page, f"{variant_folder(template_id)}/quy-trinh.md#tu-ra-soat"))
