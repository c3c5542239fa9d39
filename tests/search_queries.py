"""Realistic search queries, each with the pages or sections a careful editor would want
first. Used by test_search_relevance.py (at least 90 % must have one of them in the first
three results) and tests/bench/search_relevance.py (share, mean reciprocal rank, misses).

A target without "#" is a page: a result group for that page matches. A target with "#" is a
section: the group must land on it (its best entry is that section). REGULATION is the model
regulation's first variant and enterprise type, where the search sends an article.

Every third query (HELD_OUT) is kept out of tuning: the ranking was adjusted looking only at
the others' misses; the benchmark reports both halves.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

REGULATION = "mau/quy-che-lam-viec/dang-uy-co-ban-thuong-vu/doanh-nghiep-nha-nuoc/"

QUERIES: list[tuple[str, list[str]]] = [
    # party dues, meeting length, the meeting itself
    ("đảng phí", ["sinh-hoat-chi-bo/#trinh-tu", "van-ban/hd-09-2012/", "mau/bien-ban-thuong-ky/"]),
    ("dang phi", ["sinh-hoat-chi-bo/#trinh-tu", "van-ban/hd-09-2012/", "mau/bien-ban-thuong-ky/"]),
    ("90 phut", ["sinh-hoat-chi-bo/#con-so", "van-ban/hd-42-2025/"]),
    ("sinh hoat chi bo", ["sinh-hoat-chi-bo/", "tap-huan/sinh-hoat-chi-bo/", "van-ban/hd-42-2025/"]),
    ("sinh hoạt chi bộ bao lâu một lần", ["sinh-hoat-chi-bo/#con-so", "sinh-hoat-chi-bo/", "van-ban/hd-42-2025/"]),
    ("nghị quyết chi bộ hằng tháng", ["mau/nghi-quyet-chi-bo/"]),
    ("thể thức văn bản của Đảng", ["van-ban/hd-36-2018/", "van-ban/hd-05-2026/", "mau/quy-che-lam-viec/#the-thuc"]),
    ("sinh hoạt chuyên đề", ["sinh-hoat-chi-bo/#chuyen-de", "mau/ke-hoach-chuyen-de/", "mau/bien-ban-chuyen-de/"]),
    ("sinh hoat chuyen de moi quy may lan", ["sinh-hoat-chi-bo/#chuyen-de", "sinh-hoat-chi-bo/#con-so",
                                             "mau/ke-hoach-chuyen-de/"]),
    ("chuan bi buoi sinh hoat", ["sinh-hoat-chi-bo/#chuan-bi", "tap-huan/sinh-hoat-chi-bo/"]),
    ("trình tự buổi sinh hoạt", ["sinh-hoat-chi-bo/#trinh-tu"]),
    ("xep loai chat luong sinh hoat", ["sinh-hoat-chi-bo/#con-so", "sinh-hoat-chi-bo/#tu-danh-gia",
                                       "van-ban/hd-42-2025/"]),
    # the model regulation, its articles and variants
    ("Điều 10", [REGULATION + "#dieu-10"]),
    ("trách nhiệm của bí thư", [REGULATION + "#dieu-5"]),
    ("trach nhiem cua bi thu", [REGULATION + "#dieu-5"]),
    ("người đứng đầu", [REGULATION + "#dieu-5", "tap-huan/vai-tro-cap-uy-vien/"]),
    ("chất vấn", [REGULATION + "#dieu-15", REGULATION + "#dieu-16", "tap-huan/kiem-tra-chat-van/",
                  "van-ban/qd-158-2008/"]),
    ("chat van trong hoi nghi cap uy", [REGULATION + "#dieu-15", REGULATION + "#dieu-16",
                                        "mau/bao-cao-kiem-diem-quy-che/#muc-chat-van", "van-ban/qd-158-2008/"]),
    ("mẫu quy chế làm việc", ["mau/quy-che-lam-viec/"]),
    ("quy che lam viec chi bo doanh nghiep tu nhan", ["mau/quy-che-lam-viec/chi-bo-co-so/doanh-nghiep-tu-nhan/",
                                                      "mau/quy-che-lam-viec/chi-bo-co-so/"]),
    ("đảng ủy không có ban thường vụ", ["mau/quy-che-lam-viec/dang-uy-khong-co-ban-thuong-vu/"]),
    ("BTV", [REGULATION + "#dieu-4", "mau/quy-che-lam-viec/dang-uy-co-ban-thuong-vu/"]),
    ("ủy ban kiểm tra", [REGULATION + "#dieu-8", "van-ban/hd-15-2008/"]),
    ("quan he voi hoi dong quan tri va giam doc", [REGULATION + "#dieu-19"]),
    ("công đoàn, đoàn thanh niên", [REGULATION + "#dieu-20", "mau/chuong-trinh-toan-khoa/#muc-doan-the"]),
    ("hội nghị đảng ủy", [REGULATION + "#dieu-9"]),
    ("tu ra soat du thao quy che", ["mau/quy-che-lam-viec/quy-trinh/#tu-ra-soat"]),
    ("quy trình ban hành quy chế làm việc", ["mau/quy-che-lam-viec/quy-trinh/"]),
    # document numbers and names
    ("10-CT/TW", ["van-ban/ct-10-2007/"]),
    ("42-HD", ["van-ban/hd-42-2025/"]),
    ("7619", ["van-ban/cv-7619-2024/"]),
    ("158-QĐ/TW", ["van-ban/qd-158-2008/"]),
    ("chi thi 50", ["van-ban/ct-50-2025/"]),
    ("huong dan 12", ["van-ban/hd-12-2018/", "van-ban/hd-12-2022/"]),
    ("kết luận 18", ["van-ban/kl-18-2017/"]),
    ("điều lệ đảng", ["van-ban/dieu-le-dang/"]),
    ("nghi quyet trung uong 4", ["van-ban/nq-tw4-khoa-xi/", "tap-huan/tu-phe-binh/", "van-ban/nq-04-2016/",
                                 "van-ban/kl-21-2021/"]),
    ("nâng cao chất lượng sinh hoạt chi bộ", ["van-ban/ct-10-2007/", "van-ban/kl-18-2017/", "van-ban/ct-50-2025/"]),
    ("giam sat quy che lam viec 2019", ["van-ban/tb-giam-sat-quy-che-2019/"]),
    ("hạn chế của quy chế làm việc", ["van-ban/tb-giam-sat-quy-che-2019/#han-che"]),
    # templates
    ("biên bản sinh hoạt chi bộ", ["mau/bien-ban-thuong-ky/", "mau/bien-ban-chuyen-de/", "sinh-hoat-chi-bo/#bien-ban"]),
    ("bien ban hop chi bo", ["mau/bien-ban-thuong-ky/", "mau/bien-ban-chuyen-de/", "sinh-hoat-chi-bo/#bien-ban"]),
    ("chuong trinh cong tac nam", ["mau/chuong-trinh-nam/"]),
    ("chương trình công tác toàn khóa", ["mau/chuong-trinh-toan-khoa/"]),
    ("ke hoach sinh hoat chuyen de", ["mau/ke-hoach-chuyen-de/"]),
    ("kiểm điểm việc thực hiện quy chế", ["mau/bao-cao-kiem-diem-quy-che/", REGULATION + "#dieu-21"]),
    ("phông chữ, lề, khổ giấy", ["mau/quy-che-lam-viec/#the-thuc", "van-ban/hd-36-2018/"]),
    # a trainee's questions
    ("đảng viên dự bị có được biểu quyết không", ["mau/nghi-quyet-chi-bo/#phan-3", "mau/bien-ban-thuong-ky/#phan-4",
                                                 "mau/bien-ban-chuyen-de/#phan-4"]),
    ("bao nhieu dang vien tan thanh thi nghi quyet co gia tri", ["mau/nghi-quyet-chi-bo/#phan-3",
                                                                 "mau/bien-ban-thuong-ky/#phan-4",
                                                                 "mau/bien-ban-chuyen-de/#phan-4"]),
    ("phat trien dang vien", ["tap-huan/dang-vien/"]),
    ("kết nạp đảng viên", ["tap-huan/dang-vien/", "mau/chuong-trinh-toan-khoa/#muc-to-chuc-can-bo"]),
    ("tự phê bình và phê bình", ["tap-huan/tu-phe-binh/"]),
    ("cap uy vien moi can biet gi", ["tap-huan/", "tap-huan/vai-tro-cap-uy-vien/"]),
    ("thuat ngu viet tat", ["tra-cuu/"]),
    ("doanh nghiệp nhà nước nắm giữ 50% vốn", ["van-ban/qd-47-2021/",
                                              "mau/quy-che-lam-viec/chi-bo-co-so/#doanh-nghiep-nha-nuoc-nam-giu-tu-50-von-dieu-le-tro-xuong"]),
]

HELD_OUT = {query for number, (query, _) in enumerate(QUERIES) if number % 3 == 2}


def run(index: Path, queries: list[str]) -> list[list[dict]]:
    """The result groups of each query, from the site's engine under Node (tests/tim_kiem.js)."""
    runner = Path(__file__).with_name("tim_kiem.js")
    done = subprocess.run(["node", str(runner), str(index)], input=json.dumps(queries), capture_output=True,
                          text=True, check=True, timeout=300)
    return json.loads(done.stdout)


def rank_of(groups: list[dict], targets: list[str]) -> int | None:
    """The position (from 1) of the first result group that a target matches, or None."""
    for position, group in enumerate(groups, start=1):
        best = group["items"][0]["location"]
        if any(best == t if "#" in t else group["page"] == t for t in targets):
            return position
    return None
