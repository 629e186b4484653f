#!/usr/bin/env bash
# Run by action.yml: check the article files that this push or pull request changed
# (or every file under TQ_PATHS when TQ_CHANGED_ONLY is not "true" or no base is known).
set -euo pipefail

paths=${TQ_PATHS:-.}
pattern=${TQ_PATTERN:-'\.(txt|md|markdown|html?|nitf)$'}
read -r -a extra <<< "${TQ_ARGS:-}"
read -r -a roots <<< "$paths"

base=""
case "${GITHUB_EVENT_NAME:-}" in
  pull_request|pull_request_target)
    git fetch --no-tags --quiet origin "${GITHUB_BASE_REF}" 2>/dev/null || true
    base=$(git merge-base "origin/${GITHUB_BASE_REF}" HEAD 2>/dev/null || true) ;;
  push)
    before=${TQ_BEFORE:-}
    if [ -n "$before" ] && ! [[ "$before" =~ ^0+$ ]] && git cat-file -e "${before}^{commit}" 2>/dev/null; then
      base=$before
    fi ;;
esac

if [ "${TQ_CHANGED_ONLY:-true}" = "true" ] && [ -n "$base" ]; then
  mapfile -t -d '' files < <(git diff -z --name-only --diff-filter=ACMR "$base" HEAD -- "${roots[@]}" \
                              | grep -zE "$pattern" || true)
  if [ "${#files[@]}" -eq 0 ]; then
    echo "tqcheck: no changed article files"
    exit 0
  fi
else
  files=("${roots[@]}")
fi

echo "tqcheck: checking ${#files[@]} path(s)"
if [ -n "${TQ_SARIF:-}" ]; then
  tqcheck check --format sarif --fail-on never "${extra[@]}" -- "${files[@]}" > "$TQ_SARIF" || true
fi
status=0
tqcheck check --format "${TQ_FORMAT:-github}" "${extra[@]}" -- "${files[@]}" || status=$?
exit "$status"
