"""The reference solutions, `<id>.py` each; shipped inside the wheel as `harness.solutions` (package data)."""
