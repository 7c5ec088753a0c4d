"""The sandbox: the parent side (parent.py) spawns a worker (worker.py) that runs the user's file; values travel as wire data."""
