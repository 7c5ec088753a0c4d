"""The practice loop's state: history, settings, review, what the CLI remembers."""
