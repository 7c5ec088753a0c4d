"""shousi (手撕): practise the hand-written coding questions of LLM/ML interviews offline."""

__version__ = "0.1.0"


def load_ipython_extension(ip) -> None:
    """`%load_ext harness` in IPython or Jupyter: the `%%shousi grade ID` cell magic (see harness.notebook)."""
    from harness.notebook import load  # only now: `import harness` stays fast

    load(ip)
