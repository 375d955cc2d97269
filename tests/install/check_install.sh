#!/usr/bin/env bash
# Installs the build into a scratch prefix and checks what a desktop needs: both programs, the
# launcher, the icon and the AppStream metadata, each passing its validator.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null
id=io.github.convstep.ConvStep
for file in bin/convstep bin/convstep-cli share/applications/$id.desktop \
    share/metainfo/$id.metainfo.xml share/icons/hicolor/scalable/apps/$id.svg; do
    [ -e "$prefix/$file" ] || { echo "missing after install: $file"; exit 1; }
done
"$prefix/bin/convstep" --version | grep -q '^ConvStep '
"$prefix/bin/convstep-cli" --version | grep -q '^convstep-cli '

missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-validate)
command -v appstreamcli >/dev/null || missing+=(appstreamcli)
if [ ${#missing[@]} -gt 0 ]; then
    echo "skipped validation: ${missing[*]} not installed"
    exit 77
fi
desktop-file-validate "$prefix/share/applications/$id.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml" >/dev/null
# The launcher names the installed icon and program.
grep -q "^Icon=$id$" "$prefix/share/applications/$id.desktop"
grep -q '^Exec=convstep %f$' "$prefix/share/applications/$id.desktop"
echo "install ok"
