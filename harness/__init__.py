"""shousi (手撕): practise the hand-written coding questions of LLM/ML interviews offline."""

__version__ = "0.1.0"
