"""problemtools-style: every known submission gets exactly the verdict its folder names."""

from __future__ import annotations

import importlib.util

import pytest

from harness import catalogue
from harness.catalogue import check

from conftest import VERDICT_FOLDERS, known_submissions

pytestmark = pytest.mark.shared_cache  # each problem prepared once for its dozens of submissions


@pytest.mark.parametrize("problem_id, verdict, path", known_submissions())
def test_known_submission_gets_its_folders_verdict(problem_id, verdict, path):
    """Graded as `shousi check` grades it: the folder's verdict, a message for a rejection, and no case run
    for a compile error."""
    assert verdict in VERDICT_FOLDERS, f"unknown verdict folder {verdict}"
    if check.uses_torch(path) and importlib.util.find_spec("torch") is None:
        pytest.skip("torch is not installed (pip install -e '.[torch]')")
    finding = check.submission_finding(catalogue.resolve(problem_id), path)
    if finding and (library := check.lacks_library(finding)):
        pytest.skip(f"{library} is not installed (pip install -e '.[oracles]')")
    assert finding is None, finding
