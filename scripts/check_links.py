#!/usr/bin/env python3
"""Every relative link of the repository's Markdown resolves.

usage: check_links.py ROOT

Checks README.md and docs/*.md: a link [text](path) or [text](path#anchor)
that is not a URL must name a file or folder inside ROOT, and an anchor
must name a heading of the Markdown file it points to (GitHub's rule: lower
case, punctuation but '-' and '_' dropped, spaces to '-').  Exit 1 with one
line per broken link."""
import os
import re
import sys

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^(```|~~~)")


def anchors(path):
    out, fenced = set(), False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if FENCE.match(line):
                fenced = not fenced
            if fenced or not line.startswith("#"):
                continue
            title = line.lstrip("#").strip().lower()
            title = re.sub(r"[^\w\- ]", "", title)
            out.add(title.replace(" ", "-"))
    return out


def links(path):
    fenced = False
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if FENCE.match(line):
                fenced = not fenced
                continue
            if not fenced:
                for m in LINK.finditer(line):
                    yield n, m.group(1)


def main(root):
    root = os.path.realpath(root)
    files = [os.path.join(root, "README.md")]
    docs = os.path.join(root, "docs")
    if os.path.isdir(docs):
        files += sorted(os.path.join(docs, f) for f in os.listdir(docs) if f.endswith(".md"))
    bad = 0
    for md in files:
        for n, target in links(md):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # a URL
                continue
            path, _, anchor = target.partition("#")
            dest = os.path.realpath(os.path.join(os.path.dirname(md), path)) if path else md
            where = f"{os.path.relpath(md, root)}:{n}: {target}"
            if not (dest == root or dest.startswith(root + os.sep)):
                print(f"{where}: points outside the repository")
                bad += 1
            elif not os.path.exists(dest):
                print(f"{where}: no such file")
                bad += 1
            elif anchor and (not dest.endswith(".md") or anchor not in anchors(dest)):
                print(f"{where}: no heading #{anchor}")
                bad += 1
    n = sum(1 for md in files for _ in links(md))
    print(f"check_links: {n} links in {len(files)} files, {bad} broken")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
