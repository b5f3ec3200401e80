#!/usr/bin/env bash
# The last-applied record on an orphan git branch (README: "Write-only fields and the last-applied
# record"), for CI runners that start empty every time.
#
#   state-branch.sh fetch BRANCH NAME FILE   copy the record NAME on the branch to FILE
#   state-branch.sh push  BRANCH NAME FILE   commit FILE to the branch as NAME and push it
#
# NAME is a file name at the branch's root (several configurations may share one branch).
#
# Run inside the caller's checkout, with `origin` as the remote (actions/checkout leaves its
# credentials for it). Nothing here touches the working tree, the index or HEAD: the commit is
# built with plumbing (hash-object, mktree, commit-tree) and pushed by id.
#
# fetch: a branch or file that does not exist yet is no error (the first apply creates them); FILE
#        is then left as it is.
# push:  creates the branch the first time, commits only when the record changed, and when the
#        push races with another one (the apply workflow's concurrency group makes this rare),
#        rebuilds the commit on the new tip and pushes once more.
set -euo pipefail

usage() {
  echo "usage: $0 fetch|push BRANCH NAME FILE" >&2
  exit 2
}
[ "$#" -eq 4 ] || usage
action=$1 branch=$2 inbranch=$3 file=$4
case "$inbranch" in '' | */* | . | .. | README.md) echo "state-branch: PATH_IN_BRANCH must be a file name at the branch's root, not README.md (got '$inbranch')" >&2; exit 2 ;; esac
git check-ref-format --branch "$branch" >/dev/null 2>&1 || { echo "state-branch: '$branch' is not a valid branch name" >&2; exit 2; }

ref="refs/heads/$branch"
tracking="refs/campaignctl-state/$branch"

# Fetches the branch's tip into $tracking; exit status 1 when the branch does not exist yet.
fetch_tip() {
  local found
  found=$(git ls-remote --heads origin "$ref") || { echo "state-branch: cannot reach origin" >&2; exit 1; }
  [ -n "$found" ] || return 1
  git fetch --quiet --no-tags --depth=1 origin "+$ref:$tracking" || { echo "state-branch: cannot fetch '$branch' from origin" >&2; exit 1; }
}

case "$action" in
fetch)
  if ! fetch_tip; then
    echo "state-branch: no branch '$branch' on origin yet; starting without a last-applied record"
    exit 0
  fi
  if ! git cat-file -e "$tracking:$inbranch" 2>/dev/null; then
    echo "state-branch: '$branch' has no $inbranch; starting without a last-applied record"
    exit 0
  fi
  mkdir -p "$(dirname "$file")"
  git cat-file blob "$tracking:$inbranch" >"$file.tmp"
  mv "$file.tmp" "$file"
  echo "state-branch: fetched $inbranch from '$branch' ($(git rev-parse --short "$tracking")) into $file"
  ;;
push)
  if [ ! -f "$file" ]; then
    echo "state-branch: $file does not exist (apply wrote no record); nothing to push"
    exit 0
  fi
  export GIT_AUTHOR_NAME="${GIT_AUTHOR_NAME:-github-actions[bot]}"
  export GIT_AUTHOR_EMAIL="${GIT_AUTHOR_EMAIL:-41898282+github-actions[bot]@users.noreply.github.com}"
  export GIT_COMMITTER_NAME="${GIT_COMMITTER_NAME:-$GIT_AUTHOR_NAME}"
  export GIT_COMMITTER_EMAIL="${GIT_COMMITTER_EMAIL:-$GIT_AUTHOR_EMAIL}"
  blob=$(git hash-object -w "$file")
  readme=$(printf '%s\n' \
    "# campaignctl state" \
    "" \
    "Written by the campaignctl apply workflow; do not edit or merge this branch." \
    "\`$inbranch\` is the last-applied record: a fingerprint of each write-only field apply sent, per campaign." \
    "Deleting it is safe: write-only fields are then sent once more." | git hash-object -w --stdin)
  message="campaignctl apply${GITHUB_SHA:+ of ${GITHUB_SHA:0:7}}${GITHUB_RUN_ID:+ (run $GITHUB_RUN_ID)}"

  for attempt in 1 2; do
    parent=()
    if fetch_tip; then
      if [ "$(git rev-parse "$tracking:$inbranch" 2>/dev/null || true)" = "$blob" ]; then
        echo "state-branch: the record on '$branch' is already up to date"
        exit 0
      fi
      parent=(-p "$(git rev-parse "$tracking")")
      # Keep whatever else the branch holds (records of other configurations), replacing one file.
      tree=$(git ls-tree "$tracking" | awk -v p="$inbranch" -F '\t' '$2 != p && $2 != "README.md"')
    else
      tree=''
    fi
    tree=$(printf '%s\n100644 blob %s\t%s\n100644 blob %s\tREADME.md\n' "$tree" "$blob" "$inbranch" "$readme" | sed '/^$/d' | git mktree --missing)
    commit=$(git commit-tree "$tree" ${parent[@]+"${parent[@]}"} -m "$message")
    if git push --quiet origin "$commit:$ref"; then
      echo "state-branch: pushed $inbranch to '$branch' ($(git rev-parse --short "$commit"))"
      exit 0
    fi
    [ "$attempt" -eq 1 ] && echo "state-branch: the push was refused (another push came first?); retrying on the new tip" >&2
  done
  echo "state-branch: could not push the last-applied record to '$branch'; the next apply sends write-only fields again" >&2
  exit 1
  ;;
*) usage ;;
esac
