"""A failed build leaves the site folder it was given as it was."""

from __future__ import annotations

from pathlib import Path

from conftest import build


def edit(project: Path, file: str, old: str, new: str) -> None:
    path = project / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")


# The bad inputs themselves (data, pages, mkdocs.yml) are in bad_inputs.py, run through the
# deploy by test_bad_inputs.py. Here: the README's plain build keeps the site folder it had.
def test_data_error_leaves_the_previous_site_untouched(project, tmp_path):
    site = tmp_path / "out"
    assert build(project, site).returncode == 0
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    edit(project, "data/van_ban.yml", "ngay: 2007-03-30", "ngay: 2007-02-30")
    result = build(project, site)
    assert result.returncode != 0 and 'trường "ngay": ngày "2007-02-30" không có thật trên lịch.' in result.stderr
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before


def test_a_server_clock_behind_the_data_warns_in_vietnamese_and_still_builds(project, tmp_path):
    """A document checked "tomorrow" by this machine's clock: the deploy's build goes on and
    says which date is ahead of the clock, so the administrator can fix the clock."""
    import os
    import subprocess
    import sys
    from datetime import date, timedelta

    ahead = (date.today() + timedelta(days=30)).isoformat()
    edit(project, "data/van_ban.yml", "    ngay: 2025-07-23\n", f"    ngay: {ahead}\n")
    path = project / "data/van_ban.yml"  # and the status checks, which cannot precede it
    path.write_text(path.read_text(encoding="utf-8").replace("      ngay: 2026-12-02\n", f"      ngay: {ahead}\n"),
                    encoding="utf-8")
    result = subprocess.run([sys.executable, "deploy/build.py", str(tmp_path / "out")], cwd=project,
                            env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "out" / "index.html").is_file()
    assert f'Cảnh báo: đồng hồ của máy này chỉ ngày {date.today().isoformat()}, sớm hơn ngày ghi trong data/van_ban.yml: ' in result.stderr
    assert f'{ahead} (mục "ct-50-2025", trường "ngay")' in result.stderr
