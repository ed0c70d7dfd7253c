#!/usr/bin/env bash
# Issue 17: builds the .deb from this build tree (CPack) and checks it as the desktop,
# AppStream, man and systemd tools will see it once installed:
#   package_check.sh SOURCE_DIR BUILD_DIR
# 1. cpack -G DEB into a temporary folder; lintian reports no error;
# 2. dpkg -x into a throwaway root: every file where the tools look for it;
#    desktop-file-validate, appstreamcli validate, man renders without warnings and lists
#    every option of --help, systemd-analyze verify, one version everywhere;
# 3. the extracted binary runs a sandbox call with the build tree out of reach;
# 4. as root (the CI machine), unless PATCHLINE_TEST_NO_APT=1 or a patchline package is
#    already installed: apt-get install ./patchline_*.deb, patchline --version and a headless
#    sandbox call from /usr/bin, man -w patchline, apt-get purge.
set -euo pipefail
src=$1
build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

version=$(sed -n 's/^project(patchline VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
[ -n "$version" ] || fail "no version in $src/CMakeLists.txt"

step "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/patchline_*.deb)
[ "$(basename "$deb")" = "patchline_${version}_$(dpkg --print-architecture).deb" ] ||
    fail "package file name $(basename "$deb")"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "control Version"
deps=$(dpkg-deb -f "$deb" Depends)
for d in libqt6core6 libqt6sql6-sqlite libssl3 gstreamer1.0-plugins-good libsndfile1 libspeexdsp1; do
    grep -q "$d" <<<"$deps" || fail "Depends lacks $d: $deps"
done

step "maintainer scripts"
mkdir -p "$work/control"
dpkg-deb -e "$deb" "$work/control"
for f in postinst prerm postrm; do
    [ -x "$work/control/$f" ] || fail "no executable $f in the control archive"
    sh -n "$work/control/$f" || fail "$f does not parse"
done
grep -q 'deb-systemd-invoke stop patchline-node.service' "$work/control/prerm" ||
    fail "prerm does not stop the node"

step "lintian"
lintian --allow-root --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
! grep -q '^E: ' "$work/lintian.log" || fail "lintian reports errors"

step "dpkg -x"
root="$work/root"
dpkg -x "$deb" "$root"
id=io.patchline.Patchline
for f in usr/bin/patchline usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$id.svg usr/share/icons/hicolor/48x48/apps/$id.png \
    usr/share/icons/hicolor/64x64/apps/$id.png usr/share/icons/hicolor/128x128/apps/$id.png \
    usr/share/icons/hicolor/256x256/apps/$id.png usr/share/man/man1/patchline.1.gz \
    usr/lib/systemd/system/patchline-node.service usr/share/doc/patchline/copyright \
    usr/share/doc/patchline/changelog.gz usr/share/doc/patchline/README.md \
    usr/share/doc/patchline/SECURITY.md usr/share/doc/patchline/CHANGELOG.md \
    usr/share/doc/patchline/examples/node.env.example \
    usr/share/doc/patchline/examples/haproxy.cfg.example; do
    [ -f "$root/$f" ] || fail "missing /$f"
done
for s in 48 64 128 256; do
    [[ $(file "$root/usr/share/icons/hicolor/${s}x${s}/apps/$id.png") == *"$s x $s"* ]] ||
        fail "the ${s}px icon is not ${s}x${s}"
done

step "haproxy -c (the load-balancer example, issue 20 §4)"
if command -v haproxy >/dev/null; then
    # The certificate is the operator's: checked without TLS, everything else as shipped.
    sed 's| ssl crt [^ ]*||' "$root/usr/share/doc/patchline/examples/haproxy.cfg.example" \
        >"$work/haproxy.cfg"
    haproxy -c -f "$work/haproxy.cfg" >"$work/haproxy.out" 2>&1 ||
        fail "haproxy rejects the example: $(cat "$work/haproxy.out")"
else
    fail "haproxy is not installed (packaging/dev installs it)"
fi

step "desktop-file-validate"
desktop=$root/usr/share/applications/$id.desktop
desktop-file-validate "$desktop"
[ "$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)" = patchline ] || fail "Exec is not patchline"
[ "$(sed -n 's/^Icon=//p' "$desktop")" = "$id" ] || fail "Icon is not $id"
grep -q '^Categories=Network;Telephony;Qt;$' "$desktop" || fail "Categories"

step "appstreamcli validate"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$id.metainfo.xml"
appstreamcli validate-tree --no-net "$root"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$id.metainfo.xml" ||
    fail "AppStream has no release $version"
grep -q "^## \[$version\] - " "$src/CHANGELOG.md" || fail "CHANGELOG.md has no $version"
# With a homepage (configure only): the <url> and the screenshots validate too.
cmake -S "$src" -B "$work/home-cfg" -G Ninja -DPATCHLINE_HOMEPAGE=https://patchline.example.org \
    >"$work/home-cfg.log" 2>&1 || { cat "$work/home-cfg.log"; fail "configure with a homepage"; }
homemeta=$work/home-cfg/packaging/$id.metainfo.xml
grep -q '<screenshot type="default">' "$homemeta" || fail "no screenshots with a homepage"
appstreamcli validate --no-net "$homemeta"

step "man page"
man=$root/usr/share/man/man1/patchline.1.gz
warnings=$(MANWIDTH=80 man --warnings -l "$man" 2>&1 >/dev/null || true)
[ -z "$warnings" ] || fail "man warnings: $warnings"
page=$(MANWIDTH=200 man -l "$man" 2>/dev/null | col -b)
for section in NAME SYNOPSIS DESCRIPTION OPTIONS ENVIRONMENT FILES "EXIT STATUS"; do
    grep -q "^$section" <<<"$page" || fail "man page has no $section"
done
# The same option table as --help: every option listed there is in the page.
help=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/patchline" --help)
for opt in $(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
    grep -q -- "$opt" <<<"$page" || fail "man page lacks $opt (in --help)"
done
for var in TWILIO_AUTH_TOKEN ELEVENLABS_API_KEY PATCHLINE_NO_KEYCHAIN; do
    grep -q "$var" <<<"$page" || fail "man page lacks $var"
done

step "systemd-analyze verify"
# Against the host's units (targets), with ExecStart pointing at the extracted binary.
sed "s|/usr/bin/patchline|$root/usr/bin/patchline|" \
    "$root/usr/lib/systemd/system/patchline-node.service" >"$work/patchline-node.service"
systemd-analyze verify --man=no "$work/patchline-node.service"

step "the extracted binary, without the build tree"
v=$(env -i PATH=/usr/bin:/bin HOME="$work/home" "$root/usr/bin/patchline" --version)
[ "$v" = "patchline $version" ] || fail "--version says '$v'"
out=$(cd / && env -i PATH=/usr/bin:/bin HOME="$work/home" PATCHLINE_NO_KEYCHAIN=1 \
    "$root/usr/bin/patchline" --headless --sandbox --demo-call --port 0 \
    --data-dir "$work/data" 2>&1) || { echo "$out"; fail "demo call from the extracted binary"; }
grep -q ' ended: ' <<<"$out" || { echo "$out"; fail "no call summary"; }
ls "$work"/data/recordings/*/*.wav >/dev/null || fail "no recording"

if [ "$(id -u)" -ne 0 ] || [ "${PATCHLINE_TEST_NO_APT:-}" = 1 ]; then
    echo "--- skipped apt-get install (not root, or PATCHLINE_TEST_NO_APT=1)"
    exit 0
fi
if dpkg-query -W -f='${Status}' patchline 2>/dev/null | grep -q "install ok installed"; then
    echo "--- skipped apt-get install: a patchline package is installed already"
    exit 0
fi
step "apt-get install ./$(basename "$deb")"
cp "$deb" "$work/"
export DEBIAN_FRONTEND=noninteractive
(cd "$work" && apt-get install -y -qq --no-install-recommends "./$(basename "$deb")") \
    >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
removed=""
cleanup_pkg() { [ -n "$removed" ] || apt-get purge -y -qq patchline >/dev/null 2>&1 || true; }
trap 'cleanup_pkg; rm -rf "$work"' EXIT
[ "$(command -v patchline)" = /usr/bin/patchline ] || fail "patchline is not /usr/bin/patchline"
# Never enabled on install: it cannot run before /etc/patchline/node.env exists.
wants=/etc/systemd/system/multi-user.target.wants/patchline-node.service
[ ! -e "$wants" ] && [ ! -L "$wants" ] || fail "the install enabled patchline-node.service"
[ "$(env -i PATH=/usr/bin:/bin patchline --version)" = "patchline $version" ] || fail "--version"
# (Images whose dpkg excludes /usr/share/man install no page; nothing to look up there.)
if [ -f /usr/share/man/man1/patchline.1.gz ]; then
    [ "$(man -w patchline)" = /usr/share/man/man1/patchline.1.gz ] || fail "man -w patchline"
else
    echo "--- dpkg excludes /usr/share/man here: man -w not checked"
fi
out=$(cd / && env -i PATH=/usr/bin:/bin HOME="$work/home2" PATCHLINE_NO_KEYCHAIN=1 \
    patchline --headless --sandbox --demo-call --port 0 --data-dir "$work/data2" 2>&1) ||
    { echo "$out"; fail "demo call from /usr/bin/patchline"; }
grep -q ' ended: ' <<<"$out" || fail "no call summary from /usr/bin/patchline"
systemd-analyze verify --man=no /usr/lib/systemd/system/patchline-node.service
apt-get purge -y -qq patchline >/dev/null
removed=1
[ ! -e /usr/bin/patchline ] || fail "/usr/bin/patchline still there after apt-get purge"
! dpkg-query -W patchline >/dev/null 2>&1 || fail "dpkg still lists patchline after the purge"
echo "--- package checks passed ($(basename "$deb"))"
