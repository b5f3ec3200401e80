#!/bin/sh
# `npm run demo`: the README's main job (validate, plan, apply the saved plan, plan again) on the
# embedded sandbox, in a scratch copy of the example project, .campaignctl/demo/ (git-ignored).
# Apply writes the ids of the campaigns it creates into their files: in the copy, so that the
# repository's own campaigns/ stay as committed. Each run starts afresh (a new copy, a new sandbox).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
demo="$root/.campaignctl/demo"
rm -rf "$demo"
mkdir -p "$demo"
cp "$root/campaignctl.yaml" "$demo/campaignctl.yaml"
cp -R "$root/campaigns" "$demo/campaigns"
cd "$demo"
echo "A scratch copy of the example project: $demo"

run() {
  printf '\n$ campaignctl %s\n' "$*"
  node "$root/bin/campaignctl.js" "$@"
}

run validate
run plan --out .campaignctl/plan.json
run apply .campaignctl/plan.json
run plan --detailed-exitcode
