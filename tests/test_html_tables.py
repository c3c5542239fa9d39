"""Table cells labelled with their column heading, for the card layout on phones."""

from __future__ import annotations

from macros.html_tables import label_table_cells

THREE = ("<table>\n<thead>\n<tr>\n<th>Văn bản</th>\n<th>Trạng <em>thái</em></th>\n<th>Ban \"hành\"</th>\n</tr>\n</thead>\n"
         "<tbody>\n<tr>\n<td><a href=\"x\">A</a></td>\n<td>B</td>\n<td>C</td>\n</tr>\n"
         "<tr>\n<td>D</td>\n<td>E</td>\n<td>F</td>\n</tr>\n</tbody>\n</table>")


def test_cells_get_their_column_heading_escaped():
    out = label_table_cells("<p>x</p>" + THREE)
    assert out.startswith("<p>x</p><table data-the>")
    assert out.count('data-nhan="Văn bản"') == 2
    assert out.count('data-nhan="Trạng thái"') == 2  # markup in the heading dropped
    assert out.count('data-nhan="Ban &quot;hành&quot;"') == 2
    assert "<td>" not in out


def test_narrow_tables_and_document_tables_stay_as_they_are():
    two = THREE.replace("<th>Ban \"hành\"</th>\n", "").replace("<td>C</td>\n", "").replace("<td>F</td>\n", "")
    assert label_table_cells(two) == two
    document = THREE.replace("<table>", '<table class="bang-mau">')
    assert label_table_cells(document) == document
    assert label_table_cells("<p>no table</p>") == "<p>no table</p>"


# --- Quiet markers (macros/html_markers.py) -------------------------------------------------

from macros.html_markers import quiet_markers  # noqa: E402

REPLACED = '<span class="thay-the-boi" data-van-ban="ct-10"> (đã được thay thế bởi <a href="x">CT 50</a> <a class="can-kiem-chung" href="q" title="Lý do &quot;A&quot;">cần kiểm chứng</a>)</span>'


def test_replaced_by_once_per_document_per_section_with_a_note_of_reasons():
    page = (f"<p>CT 10{REPLACED} và CT 10{REPLACED}</p>"
            f'<h2 id="b">B</h2><p>CT 10{REPLACED}<a class="can-kiem-chung" href="q" title="Lý do B">cần kiểm chứng</a></p>')
    out = quiet_markers(page, "cần kiểm chứng")
    first, second = out.split('<h2 id="b">')
    assert first.count("đã được thay thế bởi") == 1 and second.count("đã được thay thế bởi") == 1
    assert first.count("ghi-chu-kiem-chung") == 1 and "<li>Lý do &quot;A&quot;</li>" in first
    assert second.count("<li>") == 2  # both reasons of the second section, each once
    assert "<strong>Cần kiểm chứng</strong>" in out


def test_pages_of_model_documents_are_left_alone():
    page = f'<div class="van-ban-mau"><p>CT 10{REPLACED} và CT 10{REPLACED}</p></div>'
    assert quiet_markers(page, "cần kiểm chứng") == page
