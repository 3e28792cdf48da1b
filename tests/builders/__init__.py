"""Builders of the committed test and benchmark fixtures (run from the repository root).

- `python -m tests.builders.demo_sites`: the demo sites of `soyte demo`
  (`crawler/demo/sites/`, `crawler/demo/expected.json`);
- `python -m tests.builders.corpus`: the extraction corpus (`bench/corpus/`).

`common.py` is what they share, and what tests import (`to_cp1258`, `Story`,
`load_stories`); their markup is in `templates/`.
"""
