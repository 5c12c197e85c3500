#!/usr/bin/env bash
# Records what Docusaurus makes of site/blog in expected.json: builds site/ with the Docusaurus
# pinned in oracle/package.json and dumps each post's metadata. Needs node 20+, npm and git, and
# the npm registry; the test suite never runs it.
#
#   core/src/test/resources/docusaurus-compat/regenerate.sh
#
# ORACLE_DIR=/some/folder keeps the scratch site (and its node_modules) for the next run.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="${ORACLE_DIR:-$(mktemp -d)}"
if [ -z "${ORACLE_DIR:-}" ]; then
  trap 'rm -rf "$work"' EXIT
fi
if [ -n "$(ls -A "$work" 2>/dev/null)" ] && [ ! -f "$work/dump-blog-metadata.js" ]; then
  echo "regenerate.sh: $work is not empty and is not a scratch site of this script; choose another ORACLE_DIR" >&2
  exit 2
fi
mkdir -p "$work"
rm -rf "$work/blog" "$work/.git" "$work/.docusaurus" "$work/build"
cp -R "$here/site/." "$work/"
cp "$here/oracle/package.json" "$here/oracle/docusaurus.config.js" "$here/oracle/dump-blog-metadata.js" "$work/"
cd "$work"

# Docusaurus dates a post with no date in its front matter or file name by the commit that added
# it. One commit at a fixed time keeps that date the same on every run.
git init -q
printf 'node_modules/\n' > .gitignore
git add -A
GIT_AUTHOR_DATE=2001-02-03T04:05:06Z GIT_COMMITTER_DATE=2001-02-03T04:05:06Z \
  git -c user.name=fixture -c user.email=fixture@example.org -c commit.gpgsign=false commit -q -m fixture

npm install --no-audit --no-fund --loglevel=error
NODE_ENV=production ORACLE_OUT="$here/expected.json" npx docusaurus build --out-dir "$work/build"
echo "wrote $here/expected.json"
