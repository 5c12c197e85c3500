#!/bin/sh
# Makes the two fonts social cards are drawn with: Noto Sans CJK KR, Regular and Bold, cut down to
# the characters card text needs (Latin, Greek, Cyrillic, punctuation, arrows and common math
# symbols, Hangul), and writes the font's licence beside them. Run it again only to change which
# characters the fonts hold; the output is committed, so builds need neither this script nor its
# tools.
#
# Needs Debian's fonts-noto-cjk (the source fonts) and fonttools (python3-fonttools):
#   apt-get install fonts-noto-cjk python3-fonttools
#   sh tools/card-fonts/make-fonts.sh
set -eu

SOURCE=/usr/share/fonts/opentype/noto
COPYRIGHT=/usr/share/doc/fonts-noto-cjk/copyright
OUT="$(dirname "$0")/../../plugins/cards/src/main/resources/dev/quire/plugin/cards/fonts"
# The collections hold Japanese, Korean, Simplified and Traditional Chinese faces; Korean is
# number 1. Its Latin and Hangul are what the theme's font stack asks for ("Noto Sans CJK KR").
KOREAN=1

# Basic Latin and Latin-1 to Latin Extended-B, Greek, Cyrillic, general punctuation, super- and
# subscripts, currency, letterlike symbols, number forms, arrows, mathematical operators,
# enclosed numbers, geometric shapes, CJK punctuation, Hangul Jamo, compatibility Jamo, Hangul
# syllables, full-width forms.
CHARACTERS="U+0020-007E,U+00A0-024F,U+0370-03FF,U+0400-04FF,U+2000-206F,U+2070-209F,U+20A0-20CF,\
U+2100-214F,U+2150-218F,U+2190-21FF,U+2200-22FF,U+2460-24FF,U+25A0-25FF,U+3000-303F,U+1100-11FF,\
U+3130-318F,U+AC00-D7A3,U+FF01-FF60"

mkdir -p "$OUT"
for weight in Regular Bold; do
  # Cards draw large text without hinting; kerning is the only layout feature Java applies.
  python3 -m fontTools.subset "$SOURCE/NotoSansCJK-$weight.ttc" --font-number=$KOREAN \
    --unicodes="$CHARACTERS" --layout-features=kern --no-hinting --desubroutinize \
    --output-file="$OUT/NotoSansCJKkr-$weight-card.otf"
done

# The licence every copy of the fonts must carry: the copyright and reserved name of the
# original, then the SIL Open Font License 1.1 as the package gives it.
{
  echo "Noto Sans CJK KR, Regular and Bold, reduced to a subset of its characters for Quire's social cards."
  echo
  echo "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'."
  echo
  echo "This Font Software is licensed under the SIL Open Font License, Version 1.1."
  echo "This license is copied below, and is also available with a FAQ at: https://openfontlicense.org"
  echo
  # The licence's own paragraph: the indented lines after its "License: SIL-1.1" heading.
  awk '/^License: SIL-1.1$/ { text = 1; next } text && /^ / { print; next } { text = 0 }' "$COPYRIGHT" \
    | sed 's/^ //; s/^\.$//'
} > "$OUT/OFL.txt"

ls -l "$OUT"

# The plugin keys its cards by the fonts' digest, kept in fonts.digest beside them so that a build
# need not read 3 MB to make it. CardPainterTest fails with the new value until it is written there.
echo "Now run the cards plugin's tests and write the digest they report into $OUT/fonts.digest."
