#!/bin/sh
# A fake claimdiff for score.py: it ignores the article paths score.py appends
# and prints the saved report that sits next to them (in the case directory).
exec cat "$(dirname "$1")/report.json"
