#!/usr/bin/env bash
# Builds the guide (release) and serves it at http://127.0.0.1:8080, installing what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
# No autoreload: its inline script would be refused by the page's Content-Security-Policy.
exec trunk serve --release --no-autoreload "$@"
