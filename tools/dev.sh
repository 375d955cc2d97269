#!/usr/bin/env bash
# ConvStep developer entry point (Debian 12).
#
#   tools/dev.sh run [--offscreen] [ARGS...]   install what is missing, build (Release) and
#                                             start the program on its default lesson
#   tools/dev.sh test                         install what is missing, then: Release build +
#                                             all tests, ASan/UBSan build + all tests, and a
#                                             bounded libFuzzer run
#
# Packages come from tools/packages.txt; apt-get runs only when one of them is missing
# (through sudo when not root). Builds use CMakePresets.json: build/release,
# build/sanitize and build/fuzz.
#
# Environment: FUZZ_SECONDS (default 60) bounds the fuzzing; CI=true makes apt fully
# non-interactive.
set -euo pipefail

SELF=$(realpath "${BASH_SOURCE[0]}")
ROOT=$(dirname "$(dirname "$SELF")")
cd "$ROOT"

FUZZ_SECONDS=${FUZZ_SECONDS:-60}
GUI=build/release/app/gui/convstep
CLI=build/release/app/cli/convstep-cli

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
warn() { printf 'dev.sh: %s\n' "$*" >&2; }
die() {
    warn "$*"
    exit 1
}

usage() {
    sed -n '2,16s/^# \{0,1\}//p' "$SELF"
}

# ---------------------------------------------------------------------------------------------
# Packages

packages() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' tools/packages.txt
}

install_missing() {
    local missing=() package
    while read -r package; do
        if [[ $(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true) != installed ]]; then
            missing+=("$package")
        fi
    done < <(packages)
    if ((${#missing[@]} == 0)); then
        echo "All $(packages | wc -l) packages from tools/packages.txt are installed."
        return
    fi
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "not root and sudo is not available; as root run: apt-get install ${missing[*]}"
        sudo=(sudo)
    fi
    local env=()
    if [[ ${CI:-} == true || ! -t 0 ]]; then
        env=(env DEBIAN_FRONTEND=noninteractive)
    fi
    "${sudo[@]}" "${env[@]}" apt-get update -q
    "${sudo[@]}" "${env[@]}" apt-get install -y -q "${missing[@]}"
}

# ---------------------------------------------------------------------------------------------
# Builds

configure_and_build() {
    local preset=$1
    say "Configure and build: preset '$preset' → build/$preset"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

test_count() {
    ctest --preset "$1" -N 2>/dev/null | sed -n 's/^Total Tests: *//p'
}

stage_release() {
    configure_and_build release
    say "Tests (Release): $(test_count release) registered"
    ctest --preset release
}

stage_sanitize() {
    configure_and_build sanitize
    say "Tests (ASan + UBSan): $(test_count sanitize) registered"
    # The sanitizer options live in the 'sanitize' test preset.
    ctest --preset sanitize
}

stage_fuzz() {
    configure_and_build fuzz
    local work=build/fuzz/run
    rm -rf "$work/artifacts"
    mkdir -p "$work/corpus" "$work/artifacts"
    say "Fuzzing fuzz_lesson for ${FUZZ_SECONDS} s (new inputs in $work/corpus)"
    # The first corpus folder receives new inputs; fuzz/corpus stays as committed. The log
    # keeps every line; the terminal skips libFuzzer's per-input progress lines.
    set +e
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
        UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
        build/fuzz/fuzz/fuzz_lesson \
        -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=4096 -max_len=4096 \
        -dict=fuzz/lesson.dict -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
        "$work/corpus" fuzz/corpus 2>&1 |
        tee "$work/fuzz.log" | grep --line-buffered -v -E '^(#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)|[[:space:]]+NEW_FUNC)'
    local status=${PIPESTATUS[0]}
    set -e
    if ((status != 0)) || compgen -G "$work/artifacts/*" >/dev/null; then
        warn "the fuzzer stopped with status $status (full log: $work/fuzz.log); reproducer(s):"
        ls -1 "$work/artifacts" >&2 || true
        warn "replay one with: build/fuzz/fuzz/fuzz_lesson $work/artifacts/<file>"
        return 1
    fi
}

# ---------------------------------------------------------------------------------------------
# Commands

cmd_run() {
    local offscreen=false args=() arg
    for arg in "$@"; do
        if [[ $arg == --offscreen ]]; then offscreen=true; else args+=("$arg"); fi
    done
    install_missing
    configure_and_build release

    if [[ ! -x $GUI ]]; then
        say "The GUI program ($GUI) is not part of this build yet: explaining the default lesson in the terminal"
        exec "$CLI" explain "${args[@]}"
    fi
    if $offscreen; then
        say "Starting $GUI under Xvfb (xvfb-run)"
        exec xvfb-run -a -s "-screen 0 1920x1080x24" "$GUI" "${args[@]}"
    fi
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        say "No display (\$DISPLAY and \$WAYLAND_DISPLAY are unset): explaining the default lesson in the terminal instead"
        echo "(Use 'tools/dev.sh run --offscreen' to start the GUI under Xvfb.)"
        exec "$CLI" explain "${args[@]}"
    fi
    say "Starting $GUI"
    exec "$GUI" "${args[@]}"
}

cmd_test() {
    (($# == 0)) || die "'test' takes no arguments"
    local start=$SECONDS
    install_missing

    local names=() results=() times=() failed=0 name begin rc
    local -A label=([release]="release: Release build + ctest"
        [sanitize]="sanitize: ASan/UBSan build + ctest"
        [fuzz]="fuzz: libFuzzer, ${FUZZ_SECONDS} s")
    for name in release sanitize fuzz; do
        begin=$SECONDS
        set +e
        (
            set -e
            "stage_$name"
        )
        rc=$?
        set -e
        names+=("${label[$name]}")
        times+=($((SECONDS - begin)))
        if ((rc == 0)); then results+=(passed); else
            results+=(FAILED)
            failed=1
        fi
    done

    say "Summary"
    local i
    for i in "${!names[@]}"; do
        printf '  %-44s %-7s %5d s\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"
    done
    printf '  %-44s %-7s %5d s\n' "total (with package check)" "$( ((failed)) && echo FAILED || echo passed)" $((SECONDS - start))
    local count
    count=$(test_count release || true)
    if [[ ${count:-0} == 0 ]]; then
        warn "warning: ctest found no tests in build/release"
    fi
    return $failed
}

case ${1:-} in
run)
    shift
    cmd_run "$@"
    ;;
test)
    shift
    cmd_test "$@"
    ;;
-h | --help | help)
    usage
    ;;
*)
    usage >&2
    exit 2
    ;;
esac
