#!/usr/bin/env bash
# Builds the Debian package with CPack and checks it the way an administrator meets it: the
# files it installs, a Depends line computed by dpkg-shlibdeps, and a program that runs from
# the unpacked package.
set -euo pipefail
build=$1
if ! command -v dpkg-shlibdeps >/dev/null || ! command -v dpkg-deb >/dev/null; then
    echo "skipped: dpkg-shlibdeps (dpkg-dev) not installed"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    exit 1
}
debs=("$work"/out/convstep_*.deb)
[ -f "${debs[0]}" ] || { echo "no convstep_*.deb in $work/out"; ls -l "$work/out"; exit 1; }
deb=${debs[0]}
echo "package: $(basename "$deb")"

info=$(dpkg-deb -I "$deb")
grep -q '^ Package: convstep$' <<<"$info" || { echo "$info"; echo "wrong package name"; exit 1; }
depends=$(sed -n 's/^ Depends: //p' <<<"$info")
echo "Depends: $depends"
for library in libqt6widgets6 libqt6gui6 libqt6svg6 libgif7 libavcodec libavformat libc6; do
    grep -q "$library" <<<"$depends" || { echo "Depends lacks $library"; exit 1; }
done

contents=$(dpkg-deb -c "$deb")
id=io.github.convstep.ConvStep
for file in usr/bin/convstep usr/bin/convstep-cli usr/share/applications/$id.desktop \
    usr/share/metainfo/$id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$id.svg \
    usr/share/convstep/translations/convstep_de.qm usr/share/convstep/translations/convstep_es.qm \
    usr/share/convstep/translations/convstep_zh_CN.qm; do
    grep -q " \./$file$" <<<"$contents" || { echo "package lacks /$file"; exit 1; }
done
if grep -q ' \./usr/\(include\|lib\)/.*\.\(h\|a\)$' <<<"$contents"; then
    echo "package carries development files"
    exit 1
fi

dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/convstep-cli" --version | grep -q '^convstep-cli '
echo '{"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1]]}' |
    "$work/root/usr/bin/convstep-cli" compute - | grep -q '"output":\[\[1,2\],\[3,4\]\]'
# The installed program speaks the packaged languages (the problem is refused: exit 2).
said=$(echo '{"op": "conv2d", "input": [[1]], "kernel": [[1]], "stride": 0}' |
    "$work/root/usr/bin/convstep-cli" --lang de compute - 2>&1 || true)
grep -q 'zwischen 1 und 16' <<<"$said" || { echo "convstep-cli --lang de said: $said"; exit 1; }
echo "package ok"
