#!/usr/bin/env bash
# Builds the small local image edgefleet's examples and tests run: a rootfs holding Debian's
# busybox-static with its applets linked, imported with `docker import` (no registry needed).
# Usage: build-busybox.sh [TAG ...]   (default tag: edgefleet/busybox:local)
set -euo pipefail
tags=("$@")
[ ${#tags[@]} -gt 0 ] || tags=(edgefleet/busybox:local)

# Debian's busybox-static puts a statically linked /bin/busybox in place: it runs in an empty rootfs.
if ! dpkg -s busybox-static >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends busybox-static >/dev/null
  else
    echo "busybox-static is missing: sudo apt-get install -y busybox-static" >&2; exit 1
  fi
fi
bb=/bin/busybox

all_present=1
for t in "${tags[@]}"; do docker image inspect "$t" >/dev/null 2>&1 || all_present=0; done
if [ "$all_present" = 1 ] && [ -z "${FORCE:-}" ]; then
  echo "[build-busybox] ${tags[*]} present" >&2; exit 0
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/bin "$root"/tmp "$root"/etc "$root"/www "$root"/data
cp "$bb" "$root/bin/busybox"
for applet in $("$root/bin/busybox" --list); do
  [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
done
echo 'root:x:0:0:root:/:/bin/sh' > "$root/etc/passwd"
echo 'root:x:0:' > "$root/etc/group"
echo 'edgefleet test image' > "$root/www/index.html"
chmod 1777 "$root/tmp"

first=${tags[0]}
tar -C "$root" -c . | docker import \
  --change 'ENV PATH=/bin' --change 'CMD ["sh"]' - "$first" >/dev/null
for t in "${tags[@]:1}"; do docker tag "$first" "$t"; done
echo "[build-busybox] built ${tags[*]}" >&2
