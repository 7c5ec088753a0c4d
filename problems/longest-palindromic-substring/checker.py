"""Longest Palindromic Substring accepts any longest palindrome when several exist: the answer must be a string,
a substring of s (contiguous), a palindrome, and as long as the expected one."""

from harness.brief import brief
from harness.checkers import ACCEPT, reject

OPTIONS: dict = {}


def check(given, expected, got, options):
    s = given["s"]
    if not isinstance(got, str):
        return reject(f"expected a string (a substring of s), got {brief(got)}")
    if got not in s:
        return reject(f"{brief(got)} is not a substring of s (its characters must be contiguous in s); expected "
                      f"{brief(expected)}")
    if got != got[::-1]:
        return reject(f"{brief(got)} is not a palindrome (it reads {brief(got[::-1])} backwards); expected "
                      f"{brief(expected)}")
    if len(got) != len(expected):
        return reject(f"{brief(got)} is a palindrome of length {len(got)}, but the longest has length "
                      f"{len(expected)}: expected {brief(expected)} (or any other of that length)")
    return ACCEPT
