"""The model working regulation: one source; a document per variant (kind of party
organisation) and enterprise type (ownership); page = copy = Word file."""

from __future__ import annotations

import io
import re

import pytest
from bs4 import BeautifulSoup
from docx import Document
from docx.shared import Mm

from conftest import REGULATION, norm, regulations, site_data
from macros import paths

DATA = site_data()
VARIANTS = list(DATA.mau[REGULATION].bien_the)
TYPES = list(DATA.mau[REGULATION].loai_hinh)
COMBOS = [(v, t) for v in VARIANTS for t in TYPES]
# The articles on the party's role in the enterprise: the only ones that depend on its type.
ROLE_ARTICLES = {"nguyen-tac", "trach-nhiem-cap-uy", "quan-he-doanh-nghiep"}


def html_of(page: str) -> str:
    return page.removesuffix(".md") + "/index.html"


def page_soup(site, variant, enterprise):
    doc = regulations()[variant, enterprise]
    return BeautifulSoup((site / html_of(doc.page)).read_text(encoding="utf-8"), "html.parser")


def docx_of(site, variant, enterprise) -> Document:
    return Document(io.BytesIO((site / regulations()[variant, enterprise].docx).read_bytes()))


def expected_articles(data, variant, enterprise) -> dict[str, list[str]]:
    """Straight from the YAML source: the articles and clauses this variant and enterprise type
    must have, with the variant's words put in and blanks shown as "[label]"."""
    template = data.mau[REGULATION]
    words = template.bien_the[variant].tu
    labels = data.truong_mau

    def expand(text):
        for _ in range(3):
            text = re.sub(r"\{([a-z_]+)\}", lambda m: words.get(m.group(1), m.group(0)), text)
        return re.sub(r"\{([a-z_]+)\}", lambda m: f"[{labels[m.group(1)].nhan}]", text)

    result = {}
    for chapter in template.phan:
        for article in chapter.muc:
            if article.chi and variant not in article.chi:
                continue
            result[article.id] = [expand(k.chu) for k in article.dong
                                  if (not k.chi or variant in k.chi) and (not k.loai_hinh or enterprise in k.loai_hinh)]
    return result


@pytest.mark.parametrize("variant, enterprise", COMBOS)
def test_variants_differ_only_where_the_source_says(site, variant, enterprise):
    soup = page_soup(site, variant, enterprise)
    on_page = {}
    for article in soup.select(".noi-dung-mau .muc-mau"):
        on_page[article["id"]] = [re.sub(r"^\d+\. ", "", norm(p.get_text(""))) for p in article.select("p.khoan")]
    assert on_page == expected_articles(DATA, variant, enterprise)


def test_variants_really_differ():
    texts = {v: regulations()[v, TYPES[0]].body_lines() for v in VARIANTS}
    assert len({tuple(lines) for lines in texts.values()}) == len(VARIANTS)  # every pair differs
    assert any("Ban Thường vụ" in line for line in texts["co-btv"])
    assert not any("Ban Thường vụ" in line for line in texts["khong-btv"] + texts["chi-bo"])


@pytest.mark.parametrize("variant", VARIANTS)
def test_enterprise_type_changes_the_role_articles_and_no_other(variant):
    docs = {t: regulations()[variant, t] for t in TYPES}
    sections = {t: {s.id: s for s in doc.sections()} for t, doc in docs.items()}
    first = TYPES[0]
    for other in TYPES[1:]:
        assert list(sections[other]) == list(sections[first])  # same articles, same order
        changed = {i for i in sections[first] if sections[first][i].blocks != sections[other][i].blocks}
        assert changed == ROLE_ARTICLES, other
        for article in set(sections[first]) - ROLE_ARTICLES:
            assert sections[first][article] == sections[other][article], article
    # each type's articles on the party's role, and its grounds, cite the rule of its type
    for t, doc in docs.items():
        rule = DATA.mau[REGULATION].loai_hinh[t].van_ban
        others = {DATA.mau[REGULATION].loai_hinh[o].van_ban for o in TYPES if o != t}
        for article in ROLE_ARTICLES:
            cited = set(sections[t][article].documents)
            assert rule in cited and not cited & others, (t, article)
        grounds = " ".join(line.display(DATA.truong_mau) for line in doc.grounds)
        assert DATA.van_ban[rule].so_hieu in grounds
        assert not any(DATA.van_ban[o].so_hieu in grounds for o in others)


# What the rules for enterprises with a minority or no state share do not give the party body:
# to lead the enterprise (the verb; "với lãnh đạo doanh nghiệp" is its management), to give its
# opinion before the owner's or board's decisions.
POWERS = [r"(?<!với )(?<!và )lãnh đạo doanh nghiệp", r"cho ý kiến", r"trước khi .{0,40}quyết định"]


@pytest.mark.parametrize("variant", VARIANTS)
def test_no_power_the_enterprise_types_rule_does_not_give(variant):
    for enterprise in ("von-nha-nuoc-it", "tu-nhan"):
        text = "\n".join(regulations()[variant, enterprise].body_lines())
        for power in POWERS:
            assert not re.search(power, text), (enterprise, power)
    private = "\n".join(regulations()[variant, "tu-nhan"].body_lines())
    assert "tuyên truyền, vận động chủ doanh nghiệp" in private
    state = "\n".join(regulations()[variant, "nha-nuoc"].body_lines())
    assert "lãnh đạo doanh nghiệp" in state


@pytest.mark.parametrize("variant", VARIANTS)
def test_questioning_covers_members_and_the_inspection_committee(variant):
    doc = regulations()[variant, TYPES[0]]
    scope = next(s for s in doc.sections() if s.id == "chat-van-pham-vi")
    clauses = [block.line.display(DATA.truong_mau) for block in scope.blocks]
    assert any(c.startswith("Đảng viên trong") for c in clauses)  # the Quy chế applies to members too
    who = next(c for c in clauses if "có quyền chất vấn" in c)
    if variant in ("co-btv", "khong-btv"):
        assert "Ủy ban Kiểm tra" in who
    assert ("Ban Thường vụ" in who) == (variant == "co-btv")
    assert scope.check  # the members' right is marked: seen only in a secondary copy


def test_every_article_cites_a_document_or_says_it_is_the_editors_wording():
    for doc in regulations().values():
        for section in doc.sections():
            assert section.documents or section.check, (doc.id, section.id)
            if not section.documents:
                assert "nhóm biên soạn" in section.check


def test_the_framework_letter_is_cited_only_where_what_was_read_supports_it():
    """Only the covering letter and the header of Mẫu 1-QCLV of Công văn 7619 have been read:
    it is a ground of the regulation, never the source of an article's content."""
    for doc in regulations().values():
        for section in doc.sections():
            assert "cv-7619-2024" not in section.documents, (doc.id, section.id)
    for template_id, template in DATA.mau.items():
        assert "cv-7619-2024" not in template.van_ban, template_id


def test_variant_page_offers_every_enterprise_type_with_its_rule(site):
    for variant, spec in DATA.mau[REGULATION].bien_the.items():
        soup = BeautifulSoup((site / html_of(paths.variant_page(REGULATION, spec.duong_dan))).read_text(encoding="utf-8"), "html.parser")
        text = norm(soup.select_one("article").get_text(" "))
        for t, kind in DATA.mau[REGULATION].loai_hinh.items():
            assert kind.ten in text and DATA.van_ban[kind.van_ban].so_hieu in text
            doc = regulations()[variant, t]
            hrefs = {a["href"] for a in soup.select("article a")}
            assert any(h.endswith(doc.docx.rsplit("/", 1)[1]) for h in hrefs), doc.docx


@pytest.mark.parametrize("variant, enterprise", COMBOS)
def test_every_blank_is_a_declared_field(site, data, variant, enterprise):
    soup = page_soup(site, variant, enterprise)
    blanks = soup.select(".o-trong")
    assert blanks
    for blank in blanks:
        field = data.truong_mau[blank["data-truong"]]
        assert blank.get_text() == f"[{field.nhan}]"
    leftover = re.findall(r"\{[a-z_]+\}", soup.select_one(".van-ban-mau").get_text())
    assert leftover == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_head_duties_and_questioning_chapter_present(site, data, variant):
    soup = page_soup(site, variant, "tu-nhan")
    head = soup.select_one(".muc-mau#trach-nhiem-bi-thu")
    assert head and "người đứng đầu" in head.get_text()
    assert len(head.select("p.khoan")) >= 5
    chapter = next(h for h in soup.select(".noi-dung-mau h2") if "CHẤT VẤN" in h.get_text())
    questioning = [d for d in soup.select(".muc-mau") if d["id"].startswith("chat-van")]
    assert chapter and len(questioning) >= 2


@pytest.mark.parametrize("variant", VARIANTS)
def test_word_file_is_a4_with_the_format_margins(site, data, variant):
    fmt = data.the_thuc
    section = docx_of(site, variant, "von-nha-nuoc-it").sections[0]
    mm = lambda value: round(value / Mm(1))  # noqa: E731
    assert (mm(section.page_width), mm(section.page_height)) == (fmt.kho_giay.rong_mm, fmt.kho_giay.cao_mm)
    assert (mm(section.top_margin), mm(section.bottom_margin), mm(section.left_margin), mm(section.right_margin)) == (
        fmt.le_mm.tren, fmt.le_mm.duoi, fmt.le_mm.trai, fmt.le_mm.phai)
    header = docx_of(site, variant, "von-nha-nuoc-it").tables[0].rows[0].cells[1].text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in header


def test_self_review_checklist_links_articles(site, data):
    soup = BeautifulSoup((site / paths.variant_folder(REGULATION) / "quy-trinh/index.html").read_text(encoding="utf-8"), "html.parser")
    items = soup.select("#tu-ra-soat ~ .viec-can-lam li")
    assert len(items) >= 10
    first = next(iter(regulations(data).values())).page
    target = BeautifulSoup((site / html_of(first)).read_text(encoding="utf-8"), "html.parser")
    for item in items:
        anchor = item.find("a")["href"].split("#")[1]
        assert target.select_one(f".muc-mau#{anchor}"), anchor


def test_print_shows_the_regulation_without_navigation_or_guidance(server, page, data):
    page.goto(f"{server.url}/{regulations(data)['co-btv', 'nha-nuoc'].page.removesuffix('.md')}/")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".huong-dan", ".sao-chep"):
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator(".noi-dung-mau").is_visible()
    assert page.locator(".dau-van-ban").is_visible() and page.locator(".ky-van-ban").is_visible()


def word_whole_text(document) -> str:
    """Every paragraph and table cell of a Word file, in order: header, text, signature."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    parts = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            parts.append(Paragraph(child, document).text)
        elif child.tag.endswith("}tbl"):
            parts += [p.text for row in Table(child, document).rows for cell in row.cells for p in cell.paragraphs]
    return norm(" ".join(parts))


def test_copy_buttons_copy_the_text_without_guidance(server, browser, site, data):
    doc = regulations(data)["co-btv", "tu-nhan"]
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page = context.new_page()
    page.goto(f"{server.url}/{doc.page.removesuffix('.md')}/")
    article = page.locator(".muc-mau#trach-nhiem-bi-thu")
    article.get_by_role("button", name="Sao chép điều này").click()
    article.locator(".sao-chep [role=status]").filter(has_text="Đã sao chép.").wait_for()  # the copy is asynchronous
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Điều ") and "Trách nhiệm và quyền hạn của Bí thư" in copied
    assert "Hướng dẫn" not in copied and "Sao chép" not in copied
    assert "Chịu trách nhiệm trước cấp ủy cấp trên" in copied
    page.get_by_role("button", name="Sao chép toàn văn").click()
    page.locator(".sao-chep [role=status]").first.filter(has_text="Đã sao chép.").wait_for()
    whole = page.evaluate("navigator.clipboard.readText()")
    # the whole document as the Word file has it: header, text, recipients, signature
    assert norm(whole).casefold() == word_whole_text(docx_of(site, "co-btv", "tu-nhan")).casefold()
    assert norm(whole).startswith("[TÊN ĐẢNG BỘ CẤP TRÊN]") and "ĐẢNG CỘNG SẢN VIỆT NAM" in whole
    assert "Nơi nhận" in whole and norm(whole).endswith("BÍ THƯ [Họ và tên]")
    assert "Hướng dẫn cho Điều" not in whole and "Điền thông tin của đơn vị" not in whole
    html = page.evaluate("""async () => {
        const [item] = await navigator.clipboard.read();
        return await (await item.getType('text/html')).text(); }""")
    assert html.count("<table") >= 2  # header and signature side by side, for Word
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in html and "text-align:center" in html and "huong-dan" not in html
    context.close()


def test_print_rules_come_from_the_format_data(site, data):
    css = (site / "assets/stylesheets/the-thuc.css").read_text(encoding="utf-8")
    fmt = data.the_thuc
    m = fmt.le_mm
    assert f"size: {fmt.kho_giay.rong_mm}mm {fmt.kho_giay.cao_mm}mm" in css
    assert f"margin: {m.tren}mm {m.phai}mm {m.duoi}mm {m.trai}mm" in css
    assert fmt.phong_chu in css
    page = (site / html_of(regulations(data)["chi-bo", "nha-nuoc"].page)).read_text(encoding="utf-8")
    assert "assets/stylesheets/the-thuc.css\" media=\"print\"" in page  # not render-blocking on screen
