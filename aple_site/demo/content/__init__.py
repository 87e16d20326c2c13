"""The demo content, as data: one YAML file per section, each text with its English and Khmer side by side
(`en:` and `km:`). `load_demo --content FOLDER` reads another folder of files in the same format, such as an
export of the organisation's own content.

- pages.yaml: the home page and the tree of standard pages (a node's `children: takeaction.yaml` means the
  pages of that file)
- news.yaml: tags and articles; resources.yaml: audiences, types, topics, publications, courses
- takeaction.yaml: the Take Action pages, help services, ways to give, the volunteer form, vacancies
- consent.yaml: cookie categories and consent settings; search.yaml: promoted results and old addresses
"""

from pathlib import Path

import yaml

CONTENT_DIR = Path(__file__).resolve().parent
SECTIONS = ("pages", "news", "resources", "takeaction", "consent", "search")


def load_content(folder=CONTENT_DIR):
    """{section: its data} for every section file in `folder`, page trees joined up."""
    folder = Path(folder)
    data = {name: yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8")) for name in SECTIONS}

    def join(nodes):
        for node in nodes:
            children = node.get("children")
            if isinstance(children, str):
                node["children"] = data[children.removesuffix(".yaml")]["pages"]
            join(node.get("children") or [])

    join(data["pages"]["pages"])
    return data
