#!/usr/bin/env bash
# Installs what Parallax's builds and tests need and is not yet on the
# machine. Assumes only the Rust toolchain (rustup), Python 3, Node/npm and
# apt. Every step checks first, so a second run does nothing and takes well
# under a second.
#
#   scripts/setup.sh          what `make test`, `make demo` and `make dist` need
#   scripts/setup.sh eval     also the Python ROUGE scorer (make eval)
#   scripts/setup.sh fuzz     also the nightly toolchain and cargo-fuzz (make fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

command -v cargo >/dev/null || die "cargo is not on PATH; install Rust with rustup first"
command -v rustup >/dev/null || die "rustup is not on PATH; install Rust with rustup first"

# Run a command as root: directly when we are root, else through sudo.
as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif have sudo; then
        sudo "$@"
    else
        die "need root to run: $* (no sudo found); install it by hand"
    fi
}

# Debian packages, installed together after one `apt-get update`.
apt_install() {
    [ $# -gt 0 ] || return 0
    have apt-get || die "missing $* and apt-get is not available; install them by hand"
    say "installing Debian packages: $*"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
wasm_bindgen_version() {
    awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/^version = "|"$/, ""); print; exit }' Cargo.lock
}

setup_base() {
    if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        say "adding the wasm32-unknown-unknown target"
        rustup target add wasm32-unknown-unknown
    fi

    local want
    want=$(wasm_bindgen_version)
    [ -n "$want" ] || die "could not read the wasm-bindgen version from Cargo.lock"
    local got="" got_runner=""
    have wasm-bindgen && got=$(wasm-bindgen --version | awk '{print $2}')
    have wasm-bindgen-test-runner && got_runner=$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')
    if [ "$got" != "$want" ] || [ "$got_runner" != "$want" ]; then
        say "installing wasm-bindgen-cli $want (have: ${got:-none}); this takes a few minutes"
        # Not --locked: the CLI's own lock file pins crates that no longer build.
        cargo install wasm-bindgen-cli --version "$want" --force
    fi

    local missing=()
    have wasm-opt || missing+=(binaryen)
    have chromium || missing+=(chromium)
    have chromedriver || missing+=(chromium-driver)
    apt_install "${missing[@]+"${missing[@]}"}"

    have node || die "node is not on PATH; install Node.js 20 or later"
    have npm || die "npm is not on PATH; install Node.js 20 or later"
    # tests/: playwright-core; www/: what the build bundles (Readability)
    # and minifies it with (terser).
    npm_ci tests
    npm_ci www
}

# npm ci in folder $1, when node_modules is missing or was installed from
# another lock file.
npm_ci() {
    local dir=$1
    if [ -f "$dir/package-lock.json" ]; then
        local sum stamp=$dir/node_modules/.parallax-lock-sha256
        sum=$(sha256sum "$dir/package-lock.json" "$dir/package.json" | sha256sum | cut -d' ' -f1)
        if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
            say "npm ci in $dir/"
            (cd "$dir" && npm ci --no-audit --no-fund)
            printf '%s\n' "$sum" >"$stamp"
        fi
    else
        say "warning: $dir/package-lock.json does not exist yet; skipping npm ci"
    fi
}

setup_eval() {
    have python3 || die "python3 is not on PATH"
    if ! python3 -c 'import rouge_score' 2>/dev/null; then
        say "installing rouge-score from PyPI"
        python3 -m pip install --quiet rouge-score
    fi
}

setup_fuzz() {
    if ! rustup toolchain list | grep -q '^nightly'; then
        say "installing the nightly toolchain"
        rustup toolchain install nightly --profile minimal
    fi
    if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
        say "installing cargo-fuzz"
        cargo install cargo-fuzz
    fi
}

case "${1:-base}" in
    base) setup_base ;;
    eval) setup_eval ;;
    fuzz) setup_fuzz ;;
    *) die "unknown part ${1:-}; use base, eval or fuzz" ;;
esac
