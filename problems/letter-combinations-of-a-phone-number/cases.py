"""Hidden tests for letter-combinations-of-a-phone-number: the empty input ([] and not [""]), every key alone (7
and 9 have four letters, 8 starts at t), repeated digits, orders that a reversed or a set-based walk gets wrong,
the maximum 4^4 = 256 strings, then inputs again in a shuffled order, so that an answer must not depend on
earlier calls (a result kept on the class)."""

from itertools import product

from harness.catalogue.cases import Case

KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
N_MAX = 4


def every(digits):
    """The pinned answer, by the standard library's product (the grader checks the reference agrees)."""
    return ["".join(p) for p in product(*(KEYS[d] for d in digits))] if digits else []


def hidden_cases(rng):
    yield Case({"digits": ""}, [], "empty input: no combination, [] and not [\"\"]",
               note_zh="空输入：没有组合，是 [] 而不是 [\"\"]")
    for d in "2345689":
        yield Case({"digits": d}, list(KEYS[d]), f"the key {d} alone", note_zh=f"只有键 {d}")
    yield Case({"digits": "7"}, list("pqrs"), "7 alone: four letters, pqrs", note_zh="只有 7：四个字母 pqrs")
    yield Case({"digits": "22"}, every("22"), "a repeated digit: 9 strings, not 3 (a set of digits loses one)",
               note_zh="重复的数字：9 个字符串，而不是 3 个（数字集合会丢掉一个）")
    yield Case({"digits": "92"}, every("92"), "9 then 2: the letters in the digits' order, not reversed",
               note_zh="先 9 后 2：字母按数字的顺序，而不是反过来")
    yield Case({"digits": "78"}, every("78"), "7 and 8: a three-letters-per-key formula gets both wrong",
               note_zh="7 和 8：按每键三个字母推算的公式两个都会算错")
    yield Case({"digits": "234"}, every("234"), "three digits", note_zh="三个数字")
    yield Case({"digits": "2222"}, every("2222"), "max length, one digit repeated four times",
               note_zh="最大长度，一个数字重复四次")
    yield Case({"digits": "7979"}, every("7979"), "max: 7979, 256 strings", note_zh="最大：7979，共 256 个字符串")
    yield Case({"digits": "9999"}, note="max: 9999, 256 strings", note_zh="最大：9999，共 256 个字符串")
    yield Case({"digits": "5432"}, note="four digits, descending", note_zh="四个数字，降序")
    for _ in range(3):
        yield Case({"digits": "".join(rng.choice("23456789") for _ in range(N_MAX))}, note="four random digits",
                   note_zh="四个随机数字")
    again = ["", "8", "29", "777", "".join(rng.choice("23456789") for _ in range(N_MAX))]
    rng.shuffle(again)
    for digits in again:
        yield Case({"digits": digits}, note=f"\"{digits}\" again, after other calls: no state may carry over",
                   note_zh=f"再测 \"{digits}\"，前面已有其他调用：不能有状态残留")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    digits = given["digits"]
    assert isinstance(digits, str) and 0 <= len(digits) <= N_MAX, "0 <= digits.length <= 4"
    assert all(d in KEYS for d in digits), "digits[i] is a digit in the range ['2', '9']"


SIZES = (1, 2, 3, N_MAX)  # for `compare`: the number of digits, all 7s and 9s: 4^n strings


def sized_input(rng, n):
    return {"digits": "".join(rng.choice("79") for _ in range(n))}
