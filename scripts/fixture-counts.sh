#!/bin/bash
# Imports every real sample in ../shared/fixtures (and the import test cases) through the CLI of
# a checkout, each export into a fresh archive, and counts the entries written by their files'
# `kind:` (not by the importer's report), one line per export:
#   bash scripts/fixture-counts.sh [checkout] > counts.txt
# Run it on two checkouts (e.g. a `git worktree` of an older commit) and diff the outputs to see,
# per export, what a change gained or lost.
set -u
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$repo}
fixtures=$repo/../shared/fixtures
archive=$(mktemp -d)
trap 'rm -rf "$archive"' EXIT
count() { # source export
  rm -rf "$archive"/*; rm -rf "$archive"/.inhale*
  printf 'title: Count\ntimeZone: UTC\n' > "$archive/inhale.yaml"
  (cd "$dir" && timeout 300 node bin/inhale.js import "$1" "$2" -a "$archive" > /dev/null 2>&1)
  local rc=$?
  local kinds total
  kinds=$(grep -rh --include='*.md' -m1 '^kind:' "$archive" 2>/dev/null | sort | uniq -c | awk '{printf "%s=%s ", $3, $1}')
  total=$(find "$archive" -name '*.md' -not -path '*/.inhale*' | wc -l)
  echo "$1 ${2#"$repo"/} rc=$rc total=$total $kinds"
}
each() { # source folder
  for e in "$2"/*; do
    case "$e" in *.md | *.txt | *LICENSE* | *.tar.gz) continue ;; esac
    [ -e "$e" ] && count "$1" "$e"
  done
}
each twitter "$fixtures/twitter"
each mastodon "$fixtures/mastodon"
each mail "$fixtures/email"
each flickr "$fixtures/flickr"
each photos "$fixtures/photos-exif"
each google-photos "$fixtures/google-takeout"
for s in bookmarks:bookmarks pocket:pocket books:goodreads bluesky:bluesky-car dayone:dayone \
  calendar:icalendar contacts:vcard location:google-location-history tracks:gpx-tcx \
  whatsapp:whatsapp telegram:telegram messenger:facebook-messenger spotify:spotify; do
  each "${s%%:*}" "$fixtures/${s#*:}"
done
for s in facebook instagram google-photos twitter mastodon letterboxd youtube reddit; do
  for e in "$repo"/tests/import/cases/$s/*/input; do count "$s" "$e"; done
done
find "$fixtures/feeds" -type f | sort | while read -r e; do count feed "$e"; done
