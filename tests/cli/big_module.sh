#!/usr/bin/env bash
# big_module.sh PA730 DIR: a boot module larger than the simulated RAM (a
# sparse 6 GB file in DIR) is refused at once, in one line, with status 2,
# without reading the file.
set -uo pipefail
pa730=$1 file=$2/six_gb_module.elf
trap 'rm -f "$file"' EXIT
truncate -s 6G "$file" || exit 1
EXPECT_ONE_LINE=1 bash "$(dirname "$0")/expect.sh" 2 \
  "^pa730: --workload .*six_gb_module.elf: .* is 6291456 KB, larger than the simulated RAM \(65536 KB; memory.size_mb\)$" \
  -- timeout $((20 * ${PA730_TIMEOUT_SCALE:-1})) "$pa730" boot --workload "$file"
