#!/usr/bin/env bash
# Release check: build the sdist and wheel, `twine check` them, install the wheel in a
# clean virtual environment and run `tqcheck check` on the seed with it.
# Usage: scripts/release_check.sh [python]   (needs `build` and `twine`: pip install '.[test]')
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-python3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$py" -m build --quiet --outdir "$out/dist" . >/dev/null
"$py" -m twine check --strict "$out"/dist/*
"$py" -m venv "$out/venv"
"$out/venv/bin/pip" install --quiet "$out"/dist/tqcheck-*.whl
(cd "$out" && "$out/venv/bin/tqcheck" --version && \
  "$out/venv/bin/tqcheck" check --fail-on never -q "$OLDPWD/seeds/efe-2022-02-04.txt" | tail -1)
echo "release check: OK"
