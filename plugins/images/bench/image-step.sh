#!/usr/bin/env bash
# Measures the time the images plugin adds to a build of a 1,000-post blog, cold (no cache of
# resized copies) and warm (second build of the same site). Compares whole builds with the
# bundled command line against the same jar with the plugin taken out of its service file, and
# prints the plugin's own stages from --metrics.
#
# Usage: plugins/images/bench/image-step.sh [POSTS] [RUNS]      (defaults: 1000 posts, 3 runs)
# Needs only a JDK; writes into a temporary folder that it removes at the end.
set -euo pipefail

posts="${1:-1000}"
runs="${2:-3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$repo/quire" --version >/dev/null
with="$repo/cli/target/quire-cli.jar"
without="$work/quire-cli-without-images.jar"
cp "$with" "$without"
(cd "$work" && unzip -q -o "$without" META-INF/services/dev.quire.plugin.QuirePlugin \
  && grep -v '^dev.quire.plugin.images.ImagesPlugin$' META-INF/services/dev.quire.plugin.QuirePlugin > services.tmp || true \
  && mv services.tmp META-INF/services/dev.quire.plugin.QuirePlugin \
  && jar uf "$without" META-INF/services/dev.quire.plugin.QuirePlugin)

echo "Generating $posts posts with one figure each..."
java "$here/GenerateSite.java" "$work/site" "$posts"
echo "  $(find "$work/site/blog" -type f \( -name '*.png' -o -name '*.jpg' \) | wc -l) images," \
  "$(du -sh "$work/site/blog" | cut -f1) of posts and images"

# build JAR LABEL: one build into $work/out; prints wall-clock and CPU time (user + system, all
# threads: on a shared machine the fairer number) and the images plugin's stages from --metrics.
build() {
  local jar="$1" label="$2" TIMEFORMAT='%R %U %S'
  { time java -jar "$jar" build "$work/site" --out "$work/out" --metrics > "$work/metrics.txt"; } 2> "$work/time.txt"
  awk -v label="$label" '{ printf "%-28s %7.1f s wall %7.1f s CPU", label, $1, $2 + $3 }' "$work/time.txt"
  awk '/plugin images \((siteLoaded|transform|write)\)/ { printf "   %s %.0f ms", $3, $4 }' "$work/metrics.txt"
  echo
}

echo "Whole builds on $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) (plugin transform time is summed over threads):"
for i in $(seq "$runs"); do build "$without" "without the plugin"; done
for i in $(seq "$runs"); do
  rm -rf "$work/site/.quire"
  build "$with" "with the plugin, cold cache"
done
for i in $(seq "$runs"); do build "$with" "with the plugin, warm cache"; done
echo "Published: $(find "$work/out/assets/images" -type f | wc -l) files in assets/images," \
  "$(du -sh "$work/out/assets/images" | cut -f1)"
