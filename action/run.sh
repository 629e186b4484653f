#!/usr/bin/env bash
# Run by action.yml. On a pull request (with TQ_CHANGED_ONLY=true) check the article files
# the pull request changed; otherwise (push, schedule, manual) check everything under
# TQ_PATHS, so that a SARIF upload on push describes the whole tree and closes only alerts
# that are really gone. TQ_PATHS and TQ_ARGS take one item per line (no word splitting).
# tqcheck runs once for every output; the SARIF file, when asked for, is always written
# (an empty run when no file changed). The category for upload-sarif is set as the
# step output `sarif-category`.
set -euo pipefail

pattern=${TQ_PATTERN:-'\.(txt|md|markdown|html?|nitf)$'}
lines() { local line; while IFS= read -r line || [ -n "$line" ]; do
            line=${line%$'\r'}; [ -n "${line//[[:space:]]/}" ] && printf '%s\0' "$line"; done; }
mapfile -t -d '' extra < <(printf '%s' "${TQ_ARGS:-}" | lines)
mapfile -t -d '' roots < <(printf '%s' "${TQ_PATHS:-.}" | lines)
[ "${#roots[@]}" -gt 0 ] || roots=(.)

base=""
category=tqcheck
case "${GITHUB_EVENT_NAME:-}" in
  pull_request|pull_request_target)
    if [ "${TQ_CHANGED_ONLY:-true}" = "true" ]; then
      category=tqcheck-pr
      git fetch --no-tags --quiet origin "${GITHUB_BASE_REF}" 2>/dev/null || true
      base=$(git merge-base "origin/${GITHUB_BASE_REF}" HEAD 2>/dev/null || true)
    fi ;;
esac
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "sarif-category=$category" >> "$GITHUB_OUTPUT"
fi

outputs=()
if [ -n "${TQ_SARIF:-}" ]; then
  outputs=(--format "sarif=$TQ_SARIF")
fi

if [ -n "$base" ]; then
  mapfile -t -d '' files < <(git diff -z --name-only --diff-filter=ACMR "$base" HEAD -- "${roots[@]}" \
                              | grep -zE "$pattern" || true)
  if [ "${#files[@]}" -eq 0 ]; then
    echo "tqcheck: no changed article files"
    if [ -n "${TQ_SARIF:-}" ]; then   # the promised file: an empty run (no results)
      tqcheck check --format sarif --fail-on never --output-file "$TQ_SARIF" --input-format txt - < /dev/null
    fi
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
      printf '## tqcheck: no changed article files\n\n' >> "$GITHUB_STEP_SUMMARY"
    fi
    exit 0
  fi
else
  files=("${roots[@]}")
fi

echo "tqcheck: checking ${#files[@]} path(s)"
status=0
tqcheck check --format "${TQ_FORMAT:-github}" "${outputs[@]}" "${extra[@]}" -- "${files[@]}" || status=$?
exit "$status"
