"""Hidden tests for median-of-two-sorted-arrays: small cases with pinned answers aimed at each classic mistake
(an integer division, the upper middle taken for an even total, a merge that drops the rest of one array, the
mean of the two medians, the concatenation left unsorted, 0 as the sentinel of a missing neighbour, an empty
array read at index 0), the extremes +-10^6, then seeded arrays at the maxima (1000 + 1000 and 1000 + 999
values, overlapping, interleaved, disjoint, with many repeats, and one array empty).
"""

from harness.catalogue.cases import Case

N_MAX = 1000
V_MAX = 10**6


def sorted_values(rng, n, lo=-V_MAX, hi=V_MAX):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def hidden_cases(rng):
    yield Case({"nums1": [], "nums2": [7]}, 7.0, "nums1 empty, one value", note_zh="nums1 为空，只有一个值")
    yield Case({"nums1": [-4], "nums2": []}, -4.0, "nums2 empty, one negative value", note_zh="nums2 为空，只有一个负数")
    yield Case({"nums1": [], "nums2": [2, 3]}, 2.5, "nums1 empty, an even total: 2.5", note_zh="nums1 为空，总数为偶数：2.5")
    yield Case({"nums1": [1, 2, 3], "nums2": []}, 2.0, "nums2 empty, an odd total", note_zh="nums2 为空，总数为奇数")
    yield Case({"nums1": [1, 4], "nums2": [2, 7]}, 3.0, "an even total: (2 + 4) / 2", note_zh="总数为偶数：(2 + 4) / 2")
    yield Case({"nums1": [1], "nums2": [2]}, 1.5, "1.5, not 1: no integer division", note_zh="1.5 而不是 1：不能整除")
    yield Case({"nums1": [-3], "nums2": [-2]}, -2.5, "-2.5: floor division would give -3", note_zh="-2.5：向下取整的除法会得到 -3")
    yield Case({"nums1": [1, 2, 3, 4], "nums2": [10, 11]}, 3.5, "every value of nums1 below nums2",
               note_zh="nums1 的所有值都小于 nums2")
    yield Case({"nums1": [10, 11, 12], "nums2": [1, 2]}, 10.0, "every value of nums1 above nums2",
               note_zh="nums1 的所有值都大于 nums2")
    yield Case({"nums1": [1, 2], "nums2": [3, 4, 5, 6, 7]}, 4.0, "the median deep in the longer array: the merge "
               "must take its rest", note_zh="中位数在较长数组的深处：合并时必须接上它剩下的部分")
    yield Case({"nums1": [1, 2, 3], "nums2": [4, 5, 6, 7, 8]}, 4.5, "4.5, not the mean 4 of the medians 2 and 6",
               note_zh="4.5，而不是两个中位数 2 和 6 的平均值 4")
    yield Case({"nums1": [4, 5], "nums2": [1, 2, 3, 6]}, 3.5, "unsorted, [4,5,1,2,3,6] has 1 and 2 in the middle",
               note_zh="不排序的话，[4,5,1,2,3,6] 中间是 1 和 2")
    yield Case({"nums1": [8, 9], "nums2": [1, 2, 3]}, 3.0, "an unsorted concatenation puts 1 in the middle",
               note_zh="未排序的拼接会把 1 放在中间")
    yield Case({"nums1": [-5, -3, -1], "nums2": [-4, -2]}, -3.0, "all negative: a sentinel 0 breaks the split",
               note_zh="全为负数：用 0 作哨兵会破坏划分")
    yield Case({"nums1": [-2, -1], "nums2": [-6, -5, -4, -3]}, -3.5, "all negative, an even total",
               note_zh="全为负数，总数为偶数")
    yield Case({"nums1": [1, 1, 1], "nums2": [1, 1]}, 1.0, "all equal", note_zh="所有值都相等")
    yield Case({"nums1": [1, 2, 2], "nums2": [2, 2, 3]}, 2.0, "repeats across both arrays", note_zh="两个数组之间有重复值")
    yield Case({"nums1": [-V_MAX], "nums2": [V_MAX]}, 0.0, "the extremes: -10^6 and 10^6", note_zh="极值：-10^6 和 10^6")
    yield Case({"nums1": [-V_MAX], "nums2": [V_MAX - 1]}, -0.5, "-0.5 between the extremes", note_zh="两个极值之间的 -0.5")
    yield Case({"nums1": [V_MAX] * N_MAX, "nums2": [V_MAX] * N_MAX}, 1_000_000.0, "max: 2000 copies of 10^6",
               note_zh="最大：2000 个 10^6")
    yield Case({"nums1": sorted_values(rng, N_MAX), "nums2": sorted_values(rng, N_MAX)},
               note="max: 1000 + 1000 random values over the whole range", note_zh="最大：1000 + 1000 个取遍整个范围的随机值")
    yield Case({"nums1": sorted_values(rng, N_MAX), "nums2": sorted_values(rng, N_MAX - 1)},
               note="max: 1000 + 999 random values, an odd total", note_zh="最大：1000 + 999 个随机值，总数为奇数")
    yield Case({"nums1": sorted_values(rng, N_MAX, -V_MAX, -1), "nums2": sorted_values(rng, N_MAX, 0, V_MAX)},
               note="max: every value of nums1 below every value of nums2", note_zh="最大：nums1 的每个值都小于 nums2 的每个值")
    yield Case({"nums1": sorted_values(rng, N_MAX, 1, V_MAX), "nums2": sorted_values(rng, N_MAX - 1, -V_MAX, 0)},
               note="max: every value of nums1 above nums2, an odd total",
               note_zh="最大：nums1 的每个值都大于 nums2，总数为奇数")
    yield Case({"nums1": sorted_values(rng, N_MAX, -3, 3), "nums2": sorted_values(rng, N_MAX, -3, 3)},
               note="max: values in [-3, 3], many repeats", note_zh="最大：值取自 [-3, 3]，大量重复")
    yield Case({"nums1": [], "nums2": sorted_values(rng, N_MAX)}, note="max: nums1 empty, 1000 values in nums2",
               note_zh="最大：nums1 为空，nums2 有 1000 个值")
    yield Case({"nums1": sorted_values(rng, 3), "nums2": sorted_values(rng, N_MAX)},
               note="3 values against 1000: the short array's split near an end",
               note_zh="3 个值对 1000 个值：短数组的划分点靠近一端")
    yield Case({"nums1": sorted_values(rng, N_MAX - 1), "nums2": [0]}, note="999 values and one 0",
               note_zh="999 个值和一个 0")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums1, nums2 = given["nums1"], given["nums2"]
    for name, nums in (("nums1", nums1), ("nums2", nums2)):
        assert isinstance(nums, list) and len(nums) <= N_MAX, f"0 <= {name}.length <= 1000"
        assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), f"-10^6 <= {name}[i] <= 10^6"
        assert nums == sorted(nums), f"{name} is sorted in non-decreasing order"
    assert 1 <= len(nums1) + len(nums2) <= 2 * N_MAX, "1 <= m + n <= 2000"


SIZES = (250, 500, 1000, 2000)  # for `compare`: n, m + n, half in each array


def sized_input(rng, n):
    """Two random sorted arrays of n / 2 values each over the whole range."""
    return {"nums1": sorted_values(rng, n // 2), "nums2": sorted_values(rng, n - n // 2)}
