"""The sandbox: the parent side (parent.py) spawns a worker (worker.py) that runs the user's file (usercode.py) under
limits.py, speaking protocol.py (the job, the events, their one consumer); cleanup.py leaves nothing behind; values
travel as wire data."""
