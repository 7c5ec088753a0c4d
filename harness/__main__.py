"""`python -m harness` behaves exactly like the `shousi` command."""

from harness.cli import main

main(prog_name="shousi")
