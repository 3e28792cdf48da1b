"""The demo's sources file: the bundled sites, each given only what a user would
write for a site never seen before (name and URL), plus its province and kind."""

from __future__ import annotations

import json

from crawler.demo.server import site_info


def demo_sources_toml(base_urls: dict[str, str]) -> str:
    blocks = []
    for name, url in sorted(base_urls.items()):
        info = site_info(name)
        lines = ["[[source]]", f"name = {json.dumps(name)}", f"url = {json.dumps(url)}"]
        for key in ("title", "province", "legacy_province", "kind"):
            if info.get(key):
                lines.append(f"{key} = {json.dumps(info[key], ensure_ascii=False)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
