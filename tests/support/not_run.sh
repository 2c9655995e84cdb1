#!/usr/bin/env bash
# The placeholder CTest of tests that cannot run for want of a tool
# (pa730_not_run in tests/CMakeLists.txt): says what is missing and exits 77,
# which CTest reports as skipped.  Under CI=true it fails instead, so a green
# CI means everything ran.
# usage: not_run.sh TEST WHAT-IS-MISSING
echo "NOT RUN: $1 stands for tests that need $2 (scripts/install-deps.sh installs it)"
if [ "${CI:-}" = true ]; then
  echo "CI=true: a test that cannot run is an error"
  exit 1
fi
exit 77
