#!/usr/bin/env bash
# Build the site into a new release folder and switch the served site to it atomically.
#
#   deploy/deploy.sh /srv/so-tay
#
# Layout under the deploy root: releases/<time>/site (the built site), releases/<time>/
# headers.conf (nginx headers for it), releases/<time>/loi (nginx's Vietnamese error pages),
# and current -> releases/<time>, the folder nginx serves. The build runs with --strict: a
# data error, a broken link or an unknown macro stops it, the half-built release is deleted,
# and current keeps pointing to the previous good release. After the switch, nginx is
# reloaded to pick up the new headers (command in SO_TAY_NGINX_RELOAD; by default
# "nginx -s reload" when /run/nginx.pid exists).
#
# Safe against what goes wrong on a server:
# - one deploy at a time (a lock in the deploy root; a second one waits, then gives up);
# - killed, failed or out of disk: the partial release and the build's processes are removed
#   on any exit, and current is untouched;
# - files are written under a temporary name, then renamed; a release counts as complete only
#   with its marker file (.hoan-tat), written last;
# - pruning keeps the five newest complete releases, removes incomplete ones, and only ever
#   removes folders directly under releases/ (names with spaces included).
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "Cách dùng: $0 THƯ_MỤC_TRIỂN_KHAI   (ví dụ /srv/so-tay)" >&2
  exit 2
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
root=$(mkdir -p -- "$1" && cd -- "$1" && pwd)
python=${PYTHON:-$repo/.venv/bin/python}
mkdir -p -- "$root/releases"

exec 9>"$root/.khoa-trien-khai"
if ! flock -w "${SO_TAY_LOCK_WAIT:-600}" 9; then
  echo "Đang có một lần triển khai khác vào $root; thử lại sau." >&2
  exit 1
fi

release="$root/releases/$(date +%Y%m%d-%H%M%S)-$$"
done_ok=""
kill_tree() {
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do
    kill_tree "$child"
    kill "$child" 2>/dev/null || true
  done
}
cleanup() {
  # the build's processes (a killed deploy must not leave mkdocs running), then the partial release
  kill_tree $$
  if [ -z "$done_ok" ] && [ -d "$release" ]; then
    rm -rf -- "$release"
  fi
  rm -f -- "$root/current.new.$$"
}
trap cleanup EXIT
trap 'echo "Triển khai bị dừng; bản dở đã xóa, site đang chạy không thay đổi." >&2; exit 130' INT TERM HUP

mkdir -p -- "$release"
# deploy/build.py: a strict build that keeps MkDocs' log on (a dead link stops it), problems said in Vietnamese
if ! (cd "$repo" && "$python" "$repo/deploy/build.py" "$release/site"); then
  echo "Dựng site thất bại (xem lỗi ở trên); site đang chạy không thay đổi." >&2
  exit 1
fi
if ! "$python" "$repo/deploy/headers.py" "$release/site" > "$release/headers.conf.tmp" \
    || [ ! -s "$release/headers.conf.tmp" ]; then
  echo "Không tạo được tiêu đề bảo mật cho bản dựng (xem lỗi ở trên; ổ đĩa còn chỗ không?); site đang chạy không thay đổi." >&2
  exit 1
fi
mv -- "$release/headers.conf.tmp" "$release/headers.conf"
if ! "$python" "$repo/deploy/error_pages.py" "$release/loi"; then
  echo "Không ghi được các trang báo lỗi (ổ đĩa còn chỗ không?); site đang chạy không thay đổi." >&2
  exit 1
fi
: > "$release/.hoan-tat"

# Atomic switch: rename a new symlink (a name of this deploy only) over the old one.
ln -sfn -- "$release" "$root/current.new.$$"
mv -T -- "$root/current.new.$$" "$root/current"
done_ok=1
echo "Đã triển khai: $release"

if [ -n "${SO_TAY_NGINX_RELOAD:-}" ]; then
  $SO_TAY_NGINX_RELOAD || echo "Cảnh báo: không nạp lại được nginx." >&2
elif [ -s /run/nginx.pid ]; then
  nginx -s reload || echo "Cảnh báo: không nạp lại được nginx." >&2
fi

# Keep the five newest complete releases; remove incomplete ones (never the one being served).
serving=$(readlink -f -- "$root/current")
complete=()
while IFS= read -r -d '' dir; do
  if [ "$(readlink -f -- "$dir")" = "$serving" ]; then
    continue
  elif [ -f "$dir/.hoan-tat" ]; then
    complete+=("$dir")
  else
    rm -rf -- "$dir"
  fi
done < <(find "$root/releases" -mindepth 1 -maxdepth 1 -type d -print0)
if [ ${#complete[@]} -gt 4 ]; then
  mapfile -d '' -t old < <(printf '%s\0' "${complete[@]}" | xargs -0 ls -1dt -- | tail -n +5 | tr '\n' '\0')
  for dir in "${old[@]}"; do
    case "$dir" in
      "$root/releases/"*) rm -rf -- "$dir" ;;
    esac
  done
fi
