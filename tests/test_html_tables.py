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
