"""Training: module pages, self-check quizzes in the browser, projector view, handouts."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

MODULE = "sinh-hoat-chi-bo"


def test_every_module_has_a_page_with_its_quiz_and_a_case_from_the_notice(site, data):
    path_page = BeautifulSoup((site / "tap-huan/index.html").read_text(encoding="utf-8"), "html.parser")
    listed = [a["href"] for a in path_page.select("article table a")]
    assert listed == [f"{m}/" for m in data.tap_huan]
    assert len(data.tap_huan) >= 6
    for module in data.tap_huan.values():
        soup = BeautifulSoup((site / "tap-huan" / module.id / "index.html").read_text(encoding="utf-8"), "html.parser")
        fieldsets = soup.select("form.trac-nghiem fieldset.cau-hoi")
        assert [f["data-cau"] for f in fieldsets] == [q.id for q in module.cau_hoi]
        for fieldset, question in zip(fieldsets, module.cau_hoi, strict=True):
            assert fieldset["data-dap-an"] == ",".join(map(str, question.dap_an))
            kind = "checkbox" if len(question.dap_an) > 1 else "radio"
            assert [i["type"] for i in fieldset.select("input")] == [kind] * len(question.lua_chon)
        assert soup.select_one("#tinh-huong").find_next("a", href=re.compile("tb-giam-sat-quy-che-2019/#han-che"))
        assert len(soup.select(".giai-thich[data-cau]")) == len(module.cau_hoi)


def test_quiz_marks_right_and_wrong_answers_and_gives_the_score(server, page, data):
    module = data.tap_huan[MODULE]
    page.goto(f"{server.url}/tap-huan/{MODULE}/")
    first, second = module.cau_hoi[0], module.cau_hoi[1]
    wrong = next(i for i in range(1, len(second.lua_chon) + 1) if i not in second.dap_an)
    page.locator(f'input[name="{MODULE}-{first.id}"][value="{first.dap_an[0]}"]').check()
    page.locator(f'input[name="{MODULE}-{second.id}"][value="{wrong}"]').check()
    page.get_by_role("button", name="Kiểm tra").click()

    q1 = page.locator(f'fieldset[data-cau="{first.id}"]')
    q2 = page.locator(f'fieldset[data-cau="{second.id}"]')
    assert q1.locator(".nhan-xet").inner_text() == "Đúng."
    assert q2.locator(".nhan-xet").inner_text().startswith("Chưa đúng. Đáp án:")
    assert q2.locator(".giai-thich").is_visible()
    assert q2.locator(".giai-thich a").first.get_attribute("href").startswith("../../van-ban/")
    assert page.locator(".ket-qua").inner_text() == f"Kết quả: đúng 1/{len(module.cau_hoi)} câu."
    assert page.evaluate("document.activeElement.classList.contains('ket-qua')")

    page.get_by_role("button", name="Làm lại").click()
    assert page.locator(".ket-qua").inner_text() == ""
    assert not q2.locator(".giai-thich").is_visible()
    assert page.errors == []


def test_quiz_works_with_the_keyboard_alone(server, page, data):
    module = data.tap_huan[MODULE]
    page.goto(f"{server.url}/tap-huan/{MODULE}/")
    first = module.cau_hoi[0]
    page.locator(f'input[name="{MODULE}-{first.id}"]').first.focus()
    for _ in range(first.dap_an[0] - 1):
        page.keyboard.press("ArrowDown")  # radio groups move and select with the arrows
    page.get_by_role("button", name="Kiểm tra").focus()
    page.keyboard.press("Enter")
    assert page.locator(f'fieldset[data-cau="{first.id}"] .nhan-xet').inner_text() == "Đúng."


def test_projector_view_moves_with_the_keyboard(server, browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(f"{server.url}/tap-huan/{MODULE}/")
    page.get_by_role("button", name="Trình chiếu").click()
    stage = page.locator(".san-khau")
    visible = lambda: stage.locator("section.trang-chieu:not([hidden])")  # noqa: E731
    assert visible().locator("h1").inner_text().startswith("Chuẩn bị và điều hành")
    total = int(stage.locator(".so-trang").inner_text().split("/")[1])
    assert total >= 4
    page.keyboard.press("ArrowRight")
    assert visible().locator("h2").inner_text() == "Mục tiêu"
    assert stage.locator(".so-trang").inner_text() == f"2/{total}"
    page.keyboard.press("PageDown")
    assert visible().locator("h2").inner_text() == "Ý chính"
    page.keyboard.press("ArrowLeft")
    assert visible().locator("h2").inner_text() == "Mục tiêu"
    page.keyboard.press("End")
    assert stage.locator(".so-trang").inner_text() == f"{total}/{total}"
    # large type, nothing wider than the projector
    assert page.evaluate("parseFloat(getComputedStyle(document.querySelector('.san-khau')).fontSize)") >= 30
    assert page.evaluate("document.querySelector('.san-khau').scrollWidth <= 1366")
    page.keyboard.press("Escape")
    assert stage.count() == 0
    context.close()


def test_projector_every_screen_fits_and_the_quiz_is_played_with_keys_only(server, browser, data):
    module = data.tap_huan[MODULE]
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(f"{server.url}/tap-huan/{MODULE}/")
    page.keyboard.press("t")
    stage = page.locator(".san-khau")
    total = int(stage.locator(".so-trang").inner_text().split("/")[1])
    headings, questions_seen = [], 0
    for i in range(total):
        shown = stage.locator("section.trang-chieu:not([hidden])")
        assert shown.count() == 1
        # the screen's content fits the projector: nothing below the bottom edge, no scrolling
        assert page.evaluate("(() => { const s = document.querySelector('.san-khau');"
                             " return s.scrollHeight <= s.clientHeight + 1; })()"), i
        headings.append(shown.locator("h1, h2").first.inner_text())
        visible = stage.locator("fieldset.cau-hoi:not([hidden])")
        if visible.count():
            assert visible.count() == 1  # one question a screen
            questions_seen += 1
            radio = visible.locator("input").first.bounding_box()
            assert radio["width"] >= 24 and radio["height"] >= 24  # controls sized for a room
        if i < total - 1:
            page.keyboard.press("PageDown")
    assert questions_seen == len(module.cau_hoi)
    assert headings[-1] == "Thực hành" and any(h.endswith("(tiếp)") for h in headings)
    # keys only: back to the first question, choose the right answer, then check on the last quiz screen
    first = module.cau_hoi[0]
    while not stage.locator(f'fieldset[data-cau="{first.id}"]:not([hidden])').count():
        page.keyboard.press("PageUp")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == f"{MODULE}-{first.id}"
    for _ in range(first.dap_an[0] - 1):
        page.keyboard.press("ArrowDown")  # inside the quiz the arrows choose an answer
    assert page.evaluate("document.activeElement.checked")
    for _ in range(len(module.cau_hoi)):
        page.keyboard.press("PageDown")  # the remote's key still moves from inside the form
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Kiểm tra"
    page.keyboard.press("Enter")
    assert stage.locator(".ket-qua").inner_text().startswith("Kết quả: đúng 1/")
    page.keyboard.press("Escape")
    assert page.locator("article form.trac-nghiem fieldset.cau-hoi:not([hidden])").count() == len(module.cau_hoi)
    context.close()


def test_handout_prints_questions_without_answers_and_a_separate_key(server, page):
    page.goto(f"{server.url}/tap-huan/{MODULE}/")
    assert not page.locator(".dap-an-in").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".dap-an-in").is_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('.dap-an-in')).breakBefore") == "page"
    for hidden in (".giai-thich", ".nut-trac-nghiem", ".nut-trinh-chieu", ".md-sidebar--primary"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator("form.trac-nghiem legend").first.is_visible()
    assert page.locator("#y-chinh").is_visible()


def test_quiz_explanations_and_answer_key_stay_out_of_search(site, data):
    import json

    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    for module in data.tap_huan.values():
        text = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith(f"tap-huan/{module.id}/"))
        assert text
        for question in module.cau_hoi:
            head = re.sub(r"\[\[[a-z0-9-]+\]\]", "", question.giai_thich)[:40]
            assert head not in text, (module.id, question.id)
        assert "Đáp án (dành cho giảng viên)" not in text


def test_handout_prints_the_exercise_before_the_answer_key_on_its_own_page(server, page):
    page.goto(f"{server.url}/tap-huan/{MODULE}/")
    page.emulate_media(media="print")
    key = page.locator(".dap-an-in")
    assert key.is_visible()
    assert key.evaluate("e => getComputedStyle(e).breakBefore") == "page"
    exercise = page.locator("#thuc-hanh").bounding_box()
    last_question = page.locator(".cau-hoi").last.bounding_box()
    assert exercise["y"] < key.bounding_box()["y"] and last_question["y"] < key.bounding_box()["y"]
