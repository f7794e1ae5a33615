#!/usr/bin/env bash
# Runs the README's two commands as a new user would: in a fresh minimal Debian 12 (bookworm) root, as root,
# in a fresh clone of this repository with shared/ beside it. Reports each command's exit status and duration.
#
#   bash scripts/fresh-debian-check.sh [ROOT]      # ROOT: where the Debian root goes (default /var/tmp/ppsnet-fresh)
#
# Needs root and debootstrap (installed when missing). The root is made with `debootstrap --variant=minbase` from
# the Debian mirror this machine's apt is configured with; the machine's apt sources and trusted CA certificates
# (including local ones in /usr/local/share/ca-certificates) are copied in, so apt and npm reach the same
# registries as here. The clone is of the committed HEAD: commit first. ../shared is copied read-only.
# Not part of CI (about 20 minutes on 2 cores). Run it before resolving an issue that changes setup,
# dependencies or tests. Logs: ROOT/work/readme-1.log and ROOT/work/readme-2.log.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$repo/../shared" 2>/dev/null && pwd) || { echo "fresh-debian-check: $repo/../shared not found" >&2; exit 1; }
root=${1:-/var/tmp/ppsnet-fresh}
[ "$(id -u)" = 0 ] || { echo "fresh-debian-check: run as root (debootstrap and chroot need it)" >&2; exit 1; }

if ! command -v debootstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

# The mirror: the first http(s) URI of a deb822 .sources file or a one-line sources.list entry for bookworm.
mirror=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n 1 || true)
[ -n "$mirror" ] || mirror=$(grep -hE '^deb .* bookworm ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n 1 || true)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian
echo "fresh-debian-check: mirror $mirror, root $root" >&2

cleanup() {
  for m in dev/pts dev proc sys; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
  return 0
}
trap cleanup EXIT
cleanup
rm -rf "$root"
mkdir -p "$root"
start=$(date +%s)
debootstrap --variant=minbase --include=ca-certificates bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1 \
  || { tail -20 "$root.debootstrap.log"; echo "fresh-debian-check: debootstrap failed" >&2; exit 1; }
echo "fresh-debian-check: debootstrap took $(( $(date +%s) - start )) s" >&2

# The machine's apt sources (bookworm-updates, security) and CA certificates.
rm -f "$root/etc/apt/sources.list"
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] && grep -q 'debian' "$f" && cp "$f" "$root/etc/apt/sources.list.d/"
done
[ -f /etc/apt/sources.list ] && grep -qE '^deb ' /etc/apt/sources.list && cp /etc/apt/sources.list "$root/etc/apt/"
if [ -d /usr/local/share/ca-certificates ]; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
chroot "$root" update-ca-certificates >/dev/null 2>&1 || true

# A fresh clone of the committed work, with shared/ beside it (read-only, as in CI).
mkdir -p "$root/work"
git clone -q --no-hardlinks "$repo" "$root/work/main"
cp -r "$shared" "$root/work/shared"
chmod -R a-w "$root/work/shared"

mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

# The README's two commands, as written there (the lines of its first sh block).
mapfile -t commands < <(awk '/^```sh/{inblock=1; next} /^```/{if(inblock) exit} inblock' "$repo/README.md" | head -n 2)
[ ${#commands[@]} = 2 ] || { echo "fresh-debian-check: README.md does not start with two commands" >&2; exit 1; }

status=0
for i in 1 2; do
  cmd=${commands[$((i - 1))]}
  echo "fresh-debian-check: command $i: $cmd" >&2
  t0=$(date +%s)
  set +e
  # The environment of a root login; the machine's CA variables so that Node.js trusts a local CA as here.
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
    bash -c "cd /work/main && $cmd" > "$root/work/readme-$i.log" 2>&1
  rc=$?
  set -e
  dt=$(( $(date +%s) - t0 ))
  printf 'fresh-debian-check: command %d exit %d after %d s (%dm%02ds), log %s\n' \
    "$i" "$rc" "$dt" $((dt / 60)) $((dt % 60)) "$root/work/readme-$i.log"
  if [ "$rc" != 0 ]; then status=1; tail -n 40 "$root/work/readme-$i.log"; fi
done
# Tests that ctest reported as skipped (a skip on a fresh machine means something is not installed).
grep -E 'Not Run|\*\*\*Skipped|tests passed' "$root/work/readme-2.log" | tail -n 20 || true
exit $status
