"""The problem packages, one folder per id; shipped inside the wheel as `harness.problems` (package data)."""
