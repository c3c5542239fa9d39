#!/usr/bin/env bash
# Build the site into a new release folder and switch the served site to it atomically.
#
#   deploy/deploy.sh /srv/so-tay
#
# Layout under the deploy root: releases/<time>/site (the built site), releases/<time>/
# headers.conf (nginx headers for it), and current -> releases/<time>, the folder nginx
# serves. The build runs with --strict: a data error, a broken link or an unknown macro
# stops it, the half-built release is deleted, and current keeps pointing to the previous
# good release. After the switch, nginx is reloaded to pick up the new headers
# (command in SO_TAY_NGINX_RELOAD; by default "nginx -s reload" when /run/nginx.pid exists). The 5 newest releases are kept.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "Cách dùng: $0 THƯ_MỤC_TRIỂN_KHAI   (ví dụ /srv/so-tay)" >&2
  exit 2
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
root=$(mkdir -p "$1" && cd "$1" && pwd)
python=${PYTHON:-$repo/.venv/bin/python}
release="$root/releases/$(date +%Y%m%d-%H%M%S)-$$"

mkdir -p "$release"
# deploy/build.py: --strict without --quiet (with it a dead link would pass), problems said in Vietnamese
if ! (cd "$repo" && "$python" "$repo/deploy/build.py" "$release/site"); then
  rm -rf "$release"
  echo "Dựng site thất bại (xem lỗi ở trên); site đang chạy không thay đổi." >&2
  exit 1
fi
if ! "$python" "$repo/deploy/headers.py" "$release/site" > "$release/headers.conf"; then
  rm -rf "$release"
  echo "Không tạo được tiêu đề bảo mật cho bản dựng (xem lỗi ở trên); site đang chạy không thay đổi." >&2
  exit 1
fi

# Atomic switch: rename a new symlink over the old one.
ln -sfn "$release" "$root/current.new"
mv -T "$root/current.new" "$root/current"
echo "Đã triển khai: $release"

if [ -n "${SO_TAY_NGINX_RELOAD:-}" ]; then
  $SO_TAY_NGINX_RELOAD || echo "Cảnh báo: không nạp lại được nginx." >&2
elif [ -s /run/nginx.pid ]; then
  nginx -s reload || echo "Cảnh báo: không nạp lại được nginx." >&2
fi

# Keep the five newest releases.
ls -1dt "$root"/releases/*/ | tail -n +6 | xargs -r rm -rf
