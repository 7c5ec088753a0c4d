"""A plain snake_case function, iterative: extend every string so far by every letter of the next digit."""


def letter_combinations(digits):
    keys = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
    if not digits:
        return []
    combos = [""]
    for d in digits:
        combos = [c + letter for c in combos for letter in keys[int(d)]]
    return combos
