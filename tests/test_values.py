"""Whatever a solution returns is a verdict with a readable message: never a traceback, an internal error, a hang
or a grader that grows without bound. Each odd value is returned by a real solution file and graded through the
command line; then the pieces (wire, checkers, brief) are pinned down one by one."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from harness import checkers
from harness.brief import brief
from harness.checkers import exact, floats, unordered
from harness.cli import main
from harness.sandbox import wire

HELPERS = '''
import time
import numpy as np


def deep(levels):
    value = []
    for _ in range(levels):
        value = [value]
    return value


def contains_itself():
    value = []
    value.append(value)
    return value


class ReprRaises:
    def __repr__(self):
        raise RuntimeError("no repr for you")


class ReprSleeps:
    def __repr__(self):
        time.sleep(10**6)


class ReprExits:
    def __repr__(self):
        raise SystemExit(3)


class Bytes(bytes):
    def __bytes__(self):
        raise RuntimeError("bytes() of me fails")


class Liar(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__

    def __int__(self):
        return 0

    def __index__(self):
        return 0


class Text(str):
    def __len__(self):
        raise RuntimeError("no len")

    def __getitem__(self, index):
        raise RuntimeError("no items")


class PosesAsList:
    __class__ = property(lambda self: list)

    def __iter__(self):
        raise RuntimeError("not a list after all")


class Meta(type):
    __name__ = property(lambda cls: 1 / 0)


class Strange(metaclass=Meta):
    pass
'''

# Each value is returned by two-sum's Solution.twoSum and coin-change's Solution.coinChange; none is right.
ODD_VALUES = {
    "set_of_frozensets": "{frozenset({1, 2}), frozenset({3})}",
    "dict_keyed_by_frozensets": "{frozenset({1}): 2, frozenset(): [3]}",
    "dict_keyed_by_tuples": "{(0, 1): 'pair', (1, (2, 3)): [3]}",
    "numpy_inside_dicts_and_lists": "{'a': [np.arange(3), np.float32(1.5)], 'b': {'c': np.int64(2)}, 'd': np.eye(2)}",
    "object_array": "np.array([1, 'a', None, ReprRaises(), 10**5000], dtype=object)",
    "str_array": "np.array(['ab', 'c'])",
    "datetime_array": "np.array(['2020-01-01', 'NaT'], dtype='datetime64[D]')",
    "numpy_scalars": "[np.longdouble(1.5), np.datetime64('2020-01-01'), np.complex64(1j), np.bool_(True)]",
    "float_keys_for_int_keys": "{0.0: 0, 1.0: 1}",
    "ints_past_the_str_limit": "[10**5000, -(10**5000) - 1]",
    "nan_and_infinities": "[float('nan'), float('inf'), -float('inf')]",
    "lone_surrogates": "['\\udc80', {'\\ud800': '\\udfff'}]",
    "complex_numbers": "[1 + 2j, complex('nan')]",
    "larger_than_the_wire_cap": "['x' * 1000] * 40_000",
    "a_million_ints": "list(range(10**6))",
    "nested_10_to_the_5_deep": "deep(10**5)",
    "contains_itself": "contains_itself()",
    "repr_raises": "ReprRaises()",
    "repr_sleeps_forever": "[ReprSleeps(), ReprSleeps(), ReprSleeps()]",
    "repr_raises_system_exit": "ReprExits()",
    "bytes_subclass": "Bytes(b'ab')",
    "int_subclass_equal_to_everything": "[Liar(5), Liar(5)]",
    "str_subclass_without_len": "Text('[/s]')",
    "poses_as_a_list": "PosesAsList()",
    "metaclass_hides_its_name": "Strange()",
    "a_generator": "(i for i in range(3))",
    "markup_string": "'[/s] [bold]x[/bold] :smile:'",
}


def solution(tmp_path, name: str, expression: str):
    path = tmp_path / f"{name}.py"
    path.write_text(HELPERS + f'''

class Solution:
    def twoSum(self, nums, target):
        return {expression}

    def coinChange(self, coins, amount):
        return {expression}
''', encoding="utf-8")
    return path


def named(value) -> str:
    """A short test id (pytest's own would call str() on a 5,000-digit int, which raises)."""
    try:
        return repr(value)[:40]
    except ValueError:
        return type(value).__name__


def refuse_constant(token: str):
    raise ValueError(f"not strict JSON: {token}")


@pytest.fixture
def cli():
    runner = CliRunner()
    return lambda *args: runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("name", ODD_VALUES)
def test_any_returned_value_is_a_wrong_answer_in_strict_json(cli, tmp_path, name):
    """two-sum's own checker, the --json report: one strict JSON object, in UTF-8, with a readable message."""
    result = cli("run", "two-sum", solution(tmp_path, name, ODD_VALUES[name]), "--json")
    assert result.exit_code == 1, result.output
    assert result.stdout_bytes.count(b"\n") == 1
    report = json.loads(result.stdout_bytes.decode("utf-8"), parse_constant=refuse_constant)
    assert report["verdict"] == "wrong_answer", report["message"]
    assert report["failure"]["message"] and "got" in report["failure"]


@pytest.mark.parametrize("name", ODD_VALUES)
def test_any_returned_value_is_a_wrong_answer_for_people(cli, tmp_path, name):
    """coin-change's exact checker, the report for people."""
    result = cli("run", "coin-change", solution(tmp_path, name, ODD_VALUES[name]))
    assert result.exit_code == 1, result.output
    assert "Wrong Answer" in result.stdout and "Traceback" not in result.output
    assert "internal error" not in result.output


def test_what_did_not_travel_is_said_plainly(cli, tmp_path):
    report = json.loads(cli("run", "two-sum", solution(tmp_path, "large", ODD_VALUES["larger_than_the_wire_cap"]),
                            "--json").stdout)
    assert "too large to send back" in report["failure"]["got"]
    report = json.loads(cli("run", "two-sum", solution(tmp_path, "sleepy", "ReprSleeps()"), "--json").stdout)
    assert "its __repr__ ran for over" in report["failure"]["got"]


def test_naive_softmax_nans_are_strings_in_json(cli, tmp_path):
    path = tmp_path / "naive.py"
    path.write_text("import numpy as np\n\ndef softmax(x, axis=-1):\n    e = np.exp(x)\n"
                    "    return e / e.sum(axis=axis, keepdims=True)\n")
    result = cli("run", "softmax", path, "--json")
    report = json.loads(result.stdout, parse_constant=refuse_constant)
    assert report["verdict"] == "wrong_answer"
    assert report["failure"]["got"] == ["NaN", "NaN", "NaN"]


# The pieces, one by one.

def travelled(value):
    """`value` after the trip through a worker's result channel (strict JSON on the way)."""
    return wire.from_wire(json.loads(json.dumps(wire.to_wire(value)), parse_constant=refuse_constant))


class TestWire:
    @pytest.mark.parametrize("value", [
        {frozenset({1, 2}), frozenset()}, {frozenset({1}): {(1, 2): frozenset({(3,)})}}, 10**5000, -(2**20000),
        [math.inf, -math.inf], "\udc80", 1 + 2j, {"$int": "a user's own dict"},
    ], ids=named)
    def test_round_trip_in_strict_json(self, value):
        assert travelled(value) == value

    @pytest.mark.parametrize("value", [
        {frozenset({1, 2}), frozenset()}, {frozenset({1}): {(1, 2): frozenset({(3,)})}}, 10**5000, [math.inf, 1.5],
        "\udc80", 1 + 2j, {"$int": "a user's own dict"}, {"ops": ["put", "get"], "args": [[1, 2], [1], []]},
        [(1, [2, (3,)]), {"k": {4}}, b"\x00raw", None, True],
        {"x": np.arange(6, dtype=np.float32).reshape(2, 3), "o": np.array([1, "a", None], dtype=object),
         "s": np.float64(2.5), "cx": np.array([1 + 2j])},
    ], ids=named)
    def test_the_harness_own_texts_decode_as_from_wire_does(self, value):
        packed = wire.pack([value])
        own, walked = packed.value(0), wire.from_wire(packed.items[0], packed.blob)
        assert exact.canonical(own) == exact.canonical(walked) == exact.canonical(value)
        assert type(own) is type(value)

    @pytest.mark.parametrize("grid", [
        [["a", 'q"uote', "back\\slash", "\n", "\u00e9", "\U0001f600", ""], []], [[1, -2, 10**300], [True, None]],
        [[1.5, -2.25e300], [0.1]], [[], []],
    ], ids=named)
    def test_a_grid_is_charged_at_least_its_encoded_size(self, grid):
        from harness.sandbox.encoding import Encoder

        encoder = Encoder(10**9)
        data = encoder.encode(grid, 0)
        assert data == grid and 10**9 - encoder.left >= len(wire.text_of(data))

    def test_nan_travels(self):
        assert math.isnan(travelled(math.nan))

    @pytest.mark.parametrize("array", [
        np.array([1, "a", None], dtype=object), np.array(["ab", "c"]), np.array([b"x"], dtype="S2"),
        np.array(["2020-01-01", "NaT"], dtype="datetime64[D]"), np.array([1, 2], dtype=">i4"),
        np.arange(6, dtype=np.longdouble).reshape(2, 3),
    ], ids=named)
    def test_arrays_of_any_dtype_travel(self, array):
        back = travelled(array)
        assert back.dtype == array.dtype and back.shape == array.shape
        assert exact.canonical(back) == exact.canonical(array)

    @pytest.mark.parametrize("array", [
        np.array(["ab", "c"]), np.array([b"x"], dtype="S2"), np.array(["2020-01-01", "NaT"], dtype="datetime64[D]"),
        np.array([1, 2], dtype=">i4"), np.arange(6, dtype=np.longdouble).reshape(2, 3), np.zeros((0, 3), np.float32),
        np.arange(24.0).reshape(4, 6)[::2, ::-3], np.array(2.5), np.array([1 + 2j], np.complex64),
    ], ids=named)
    def test_arrays_travel_as_raw_bytes_beside_the_json(self, array):
        packed = wire.pack([{"x": array, "also": [array, 3]}])
        assert "$ndarray" not in json.dumps(packed.items), "no base64 when a blob is given"
        back = wire.from_wire(json.loads(json.dumps(packed.items[0])), packed.blob)
        for got in (back["x"], back["also"][0]):
            assert got.dtype == array.dtype and got.shape == array.shape and got.flags.writeable
            assert exact.canonical(got) == exact.canonical(array)

    @pytest.mark.parametrize("data, blob", [
        ({"$raw": [4, 8], "dtype": "<f8", "shape": [1]}, bytes(8)),  # past the blob's end
        ({"$raw": [0, 8], "dtype": "<f8", "shape": [2]}, bytes(16)),  # fewer bytes than the shape needs
        ({"$raw": [-8, 8], "dtype": "<f8", "shape": [1]}, bytes(16)),
        ({"$raw": [0, 8], "dtype": "|O", "shape": [1]}, bytes(8)),  # no raw objects: they are pointers
        ({"$raw": [0, 8], "dtype": "<f8", "shape": [1]}, b""),  # no blob at all
        ({"$raw": ["0", 8], "dtype": "<f8", "shape": [1]}, bytes(8)),
    ], ids=named)
    def test_a_raw_array_that_does_not_fit_its_blob_is_unsendable(self, data, blob):
        assert isinstance(wire.from_wire(data, blob), wire.Unsendable)

    def test_numpy_scalars_that_python_cannot_hold_stay_numpy(self):
        back = travelled([np.longdouble(1.5), np.datetime64("2020-01-01")])
        assert type(back[0]) is np.longdouble and back[1] == np.datetime64("2020-01-01")

    def test_subclasses_travel_as_their_builtin_without_running_their_methods(self):
        class Liar(int):
            def __eq__(self, other):
                return True

            __hash__ = int.__hash__

            def __int__(self):
                return 0

        class Sneaky(list):
            def __iter__(self):
                raise RuntimeError

        back = travelled([Liar(5), Sneaky([1, 2])])
        assert back == [5, [1, 2]] and type(back[0]) is int and type(back[1]) is list

    def test_too_deep_and_too_large_become_unsendable(self):
        value = []
        for _ in range(10**5):
            value = [value]
        innermost = travelled(value)
        while isinstance(innermost, list):
            innermost = innermost[0]
        assert isinstance(innermost, wire.Unsendable) and "nested more than" in repr(innermost)
        large = travelled(["x" * 1000] * (wire.MAX_BYTES // 1000 + 1))
        assert isinstance(large, wire.Unsendable) and "too large" in repr(large)

    def test_the_catalogues_own_inputs_have_no_size_limit(self):
        large = ["x" * 1000] * (wire.MAX_BYTES // 1000 + 1)
        assert wire.from_wire(wire.to_wire(large, limit=None)) == large

    def test_unsendable_equals_nothing(self):
        a, b = wire.Unsendable("x"), wire.Unsendable("x")
        assert a != b and exact.canonical(a) != exact.canonical(b)

    @pytest.mark.parametrize("line", [
        '{"$tuple": 5}', '{"$set": [[1]]}', '{"$dict": [[1]]}', '{"$int": 5}', '{"$float": "x"}',
        '{"$ndarray": "AA==", "dtype": "O", "shape": [1]}', '{"$ndarray": "AAAA", "dtype": "<f8", "shape": [9]}',
        '{"$objects": [1, 2], "shape": [3]}', '{"$complex": [1]}',
    ])
    def test_malformed_data_decodes_to_unsendable(self, line):
        assert isinstance(wire.loads(line), wire.Unsendable)

    def test_a_repr_that_sleeps_is_cut_short(self):
        import time

        class Sleepy:
            def __repr__(self):
                time.sleep(20)  # not forever: a regression fails this test instead of hanging the suite

        data = wire.to_wire([Sleepy(), Sleepy()])
        assert "ran for over" in data[0]["$opaque"] and data[1]["$opaque"] == "<Sleepy object>"


class TestExact:
    def check(self, expected, got):
        return exact.check({}, expected, travelled(got), {})

    @pytest.mark.parametrize("value", [
        {frozenset({1, 2}), frozenset({3})}, {frozenset({1}): 2}, {"w": np.array([1.0, 2.0]), "b": [np.int64(1)]},
        [np.array([1, 2]), np.array([[math.nan]])], [math.nan], {(1, 2): [math.inf]}, 10**5000,
    ], ids=named)
    def test_equal_odd_values_are_accepted(self, value):
        assert self.check(value, value).ok

    @pytest.mark.parametrize("expected, got, words", [
        ({1: "a", 2: "b"}, {1.0: "a", 2: "b"}, "key 1 is missing"),
        ({"w": np.array([1.0, 2.0])}, {"w": np.array([1.0, 2.5])}, "at key 'w': at (1,): expected 2.0, got 2.5"),
        ([np.array([1, 2])], [np.array([1, 2, 3])], "at index 0: shape"),
        ({frozenset({1}): 2}, {frozenset({1}): 3}, "at key frozenset({1}): expected 2, got 3"),
        ([10**5000], [10**5000 + 10**20], "they differ beyond what is shown"),
        (np.array([0.0]), np.array([-0.0]), None),
        ([1, 2], [1, True], "at index 1: expected 2 (int), got True (bool)"),
    ], ids=named)
    def test_differences_are_named(self, expected, got, words):
        outcome = self.check(expected, got)
        if words is None:
            assert outcome.ok
        else:
            assert not outcome.ok and words in outcome.message, outcome.message

    class Count(int):
        pass

    @pytest.mark.parametrize("a, b", [
        ([1, 2, 3], [1, 2, 3]), ([1, 2], (1, 2)), ([1, 2], [1, True]), ([1, 2], [1, 2.0]), ([None, "a"], [None, "a"]),
        ([math.nan], [math.nan]), ([0.0], [-0.0]), ([Count(3)], [3]), ([[1, 2], [3]], [[1, 2], (3,)]),
        ([["a", "b"], []], [["a", "b"], []]), ([[1], [2]], [[1], [2, 3]]), ([], ()), ([[True]], [[1]]),
        ([1, [2]], [1, [2]]), (["x"], ["y"]), ([1.5, "1.5"], [1.5, "1.5"]), ([{1: 2}], [{1: 2}]),
    ], ids=named)
    def test_the_fast_comparison_decides_as_canonical_does(self, a, b):
        """exact.same (C speed for lists of scalars, grids) and the list fast path of canonical change nothing."""
        walked = lambda value: ("list", tuple(map(exact.canonical, value)))  # noqa: E731 - item by item
        assert exact.canonical(a) == walked(a) and exact.canonical(b) == walked(b)
        assert exact.same(a, b) == exact.same(b, a) == (exact.canonical(a) == exact.canonical(b))

    def test_difference_never_raises(self):
        class Broken:
            def __eq__(self, other):
                raise RuntimeError

            __hash__ = object.__hash__

        assert "expected" in exact.difference({Broken(): 1}, {Broken(): 1})


def test_unordered_and_operations_take_odd_values():
    got = travelled([np.array([1]), {frozenset()}, math.nan])
    assert unordered.check({}, [math.nan, {frozenset()}, np.array([1])], got, {}).ok
    assert not unordered.check({}, [np.array([2])], got, {}).ok
    given = {"operations": ["Thing", "get"], "arguments": [[], [np.array([1])]]}
    check = checkers.load({"name": "operations"}, Path("."))
    outcome = check(given, [None, {"a": np.array([1.0])}], travelled([None, {"a": np.array([2.0])}]))
    assert not outcome.ok and "at key 'a'" in outcome.message


class TestFloatsNonFinite:
    """An expected NaN accepts only NaN; an expected inf only inf of the same sign; a finite answer neither."""

    def check(self, expected, got):
        x = np.zeros(len(expected))
        spec = {"name": "floats", "dtype_of": "x"}
        return checkers.load(spec, Path("."))({"x": x}, expected, np.array(got))

    @pytest.mark.parametrize("expected, got", [
        ([math.nan, 1.0], [math.nan, 1.0]), ([math.inf, -math.inf], [math.inf, -math.inf]),
    ])
    def test_the_same_non_finite_values_pass(self, expected, got):
        assert self.check(expected, got).ok

    @pytest.mark.parametrize("expected, got", [
        ([math.nan], [0.5]), ([math.nan], [math.inf]), ([math.inf], [-math.inf]), ([math.inf], [1e308]),
        ([-math.inf], [math.nan]), ([1.0], [math.nan]), ([1.0], [math.inf]),
    ])
    def test_any_other_value_fails(self, expected, got):
        outcome = self.check(expected, got)
        assert not outcome.ok and ("NaN" in outcome.message or "inf" in outcome.message), outcome.message

    def test_module_states_the_rule(self):
        assert "only NaN passes" in floats.__doc__

    @pytest.mark.parametrize("dtype", ["float64", "float32", "float16"])
    @pytest.mark.parametrize("relative_to_max", [False, True])
    def test_the_quick_pass_decides_as_the_full_rule_does(self, dtype, relative_to_max, monkeypatch):
        """floats._all_close (a few passes over finite values) accepts exactly what the full rule accepts, for
        arrays and for scalar answers (a loss) alike."""
        rng = np.random.default_rng(7)
        options = {**floats.OPTIONS, "relative_to_max": [dtype] if relative_to_max else []}
        rtol, atol = options["tolerance"][dtype]
        specials = np.array([0.0, -0.0, np.nan, np.inf, -np.inf, 1e300, -1e300, 1e-300])

        def both(wanted, got):
            quick = floats._values(np, np.dtype(dtype), wanted, got, options).ok
            with monkeypatch.context() as patch:
                patch.setattr(floats, "_all_close", lambda *args: False)
                return quick, floats._values(np, np.dtype(dtype), wanted, got, options).ok

        with np.errstate(all="ignore"):  # casts of 1e300 to float16 overflow, as they should here
            for trial in range(400):
                wanted = (rng.standard_normal(6) * 10.0 ** rng.integers(-8, 8)).astype(dtype)
                step = rng.choice([0.0, 0.3, 0.9, 1.1, 3.0]) * (atol + rtol * np.abs(wanted.astype(np.float64)))
                got = (wanted.astype(np.float64) + rng.choice([-1, 1], 6) * step).astype(dtype)
                if trial % 4 == 0:
                    index = rng.integers(6)
                    wanted[index] = specials[rng.integers(len(specials))].astype(dtype)
                    got[index] = rng.choice([wanted[index], specials[rng.integers(len(specials))].astype(dtype)])
                quick, full = both(wanted, got)
                assert quick == full, (wanted, got)
                quick, full = both(np.asarray(wanted[0], dtype=np.float64), np.asarray(got[0], dtype=np.float64))
                assert quick == full, (wanted[0], got[0])

    def test_a_scalar_answer_is_judged_within_its_tolerance(self):
        check = checkers.load({"name": "floats"}, Path("."))
        assert check({}, 2.5, 2.5 + 1e-13).ok and check({}, np.float64(2.5), 2.5).ok
        assert not check({}, 2.5, 2.5 + 1e-6).ok and not check({}, 2.5, math.nan).ok


class TestBrief:
    @pytest.mark.parametrize("value", [
        10**5000, [10**5000], {10**5000: 1}, np.array([10**5000], dtype=object), wire.Opaque("X", "x" * 10_000),
        set(range(10**5)), {i: i for i in range(10**5)}, "\udc80",
    ], ids=named)
    def test_never_raises_and_stays_short(self, value):
        text = brief(value)
        assert isinstance(text, str) and len(text) < 400

    def test_a_repr_that_raises_is_described(self):
        class Broken:
            def __repr__(self):
                raise RuntimeError

        assert brief(Broken()) == "<Broken>"

    def test_long_ints_keep_their_size_and_last_digits(self):
        assert brief(10**5000 + 7) == "<int of about 5,001 digits: ...000000000007>"


def test_dict_views_travel_as_lists_as_leetcode_reads_them():
    groups = {"aet": ["eat", "tea"], "b": ["bat"]}
    assert wire.from_wire(wire.to_wire(groups.values())) == [["eat", "tea"], ["bat"]]
    assert wire.from_wire(wire.to_wire(groups.keys())) == ["aet", "b"]
    assert wire.from_wire(wire.to_wire({1: 2}.items())) == [(1, 2)]
