"""Vietnamese text helpers: dates, folding, heading slugs."""

from datetime import date

import pytest

from macros.formatting import fold, ngay_chu, ngay_so, slugify


@pytest.mark.parametrize(
    "day, short, long",
    [
        (date(2007, 3, 30), "30/3/2007", "ngày 30 tháng 3 năm 2007"),
        (date(2018, 7, 6), "06/7/2018", "ngày 06 tháng 7 năm 2018"),
        (date(2026, 1, 9), "09/01/2026", "ngày 09 tháng 01 năm 2026"),
        (date(2017, 2, 6), "06/02/2017", "ngày 06 tháng 02 năm 2017"),
        (date(2024, 12, 30), "30/12/2024", "ngày 30 tháng 12 năm 2024"),
    ],
)
def test_dates_follow_party_document_style(day, short, long):
    assert ngay_so(day) == short
    assert ngay_chu(day) == long


@pytest.mark.parametrize(
    "heading, slug",
    [
        ("Điều 5. Đảng ủy", "dieu-5-dang-uy"),
        ("Chương I. NHỮNG QUY ĐỊNH CHUNG", "chuong-i-nhung-quy-dinh-chung"),
        ("Trách nhiệm của Bí thư (người đứng đầu)", "trach-nhiem-cua-bi-thu-nguoi-dung-dau"),
        ("Chất vấn trong Đảng", "chat-van-trong-dang"),
        ("Văn bản <code>10-CT/TW</code>", "van-ban-10-ct-tw"),
        ("Ưu điểm, hạn chế", "uu-diem-han-che"),
    ],
)
def test_slugs_are_readable_ascii(heading, slug):
    assert slugify(heading, "-") == slug


def test_slug_of_decomposed_text_equals_slug_of_composed_text():
    import unicodedata

    text = "Điều 12. Quan hệ công tác với Hội đồng quản trị"
    assert slugify(unicodedata.normalize("NFD", text)) == slugify(text)


def test_fold_keeps_letters_and_drops_marks():
    assert fold("Đảng ủy Khối") == "Dang uy Khoi"
    assert fold("sinh hoạt chi bộ") == "sinh hoat chi bo"


VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
)


@pytest.mark.parametrize("letter", VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper())
def test_fold_gives_the_base_letter_for_composed_and_decomposed_input(letter):
    import unicodedata

    base = "d" if letter in "đĐ" else unicodedata.normalize("NFD", letter)[0]
    base = base.upper() if letter.isupper() else base
    assert fold(letter) == base
    assert fold(unicodedata.normalize("NFD", letter)) == base
