"""Hidden tests for best-time-to-buy-and-sell-stock: one day; flat and falling prices (the answer 0, not a loss);
the maximum before the minimum (max - min is wrong); the best trade before the global minimum, or ending after the
global maximum; rises that must not be summed (LC122) and a run longer than one day; the sale on the last day; a
new minimum after the best trade (resetting the best loses it); the extremes; and maxima of 10^5 prices: random,
falling, a rising trend with noise, and the global maximum first with the global minimum last."""

from harness.catalogue.cases import Case

N_MAX = 10**5
P_MAX = 10**4


def hidden_cases(rng):
    yield Case({"prices": [5]}, 0, "one day: no trade is possible", note_zh="只有一天：无法交易")
    yield Case({"prices": [3, 3, 3]}, 0, "flat prices", note_zh="价格不变")
    yield Case({"prices": [5, 4, 3, 2, 1]}, 0, "falling prices: 0, not a negative profit",
               note_zh="价格下跌：答案是 0，不是负的利润")
    yield Case({"prices": [9, 1, 2]}, 1, "the maximum comes before the minimum: not max - min",
               note_zh="最高价在最低价之前：不是 max - min")
    yield Case({"prices": [3, 10, 1, 2]}, 7, "the best trade lies before the global minimum",
               note_zh="最优交易在全局最低价之前")
    yield Case({"prices": [4, 11, 1, 10]}, 9, "the best trade does not sell at the global maximum",
               note_zh="最优交易不在全局最高价卖出")
    yield Case({"prices": [1, 5, 3, 6]}, 5, "one trade: the rises must not be summed (that is LC122)",
               note_zh="只能交易一次：不能把每次上涨加起来（那是 LC122）")
    yield Case({"prices": [1, 2, 3, 4, 5]}, 4, "a rise over several days, not the best single-day rise",
               note_zh="跨越多天的上涨，不是单日最大涨幅")
    yield Case({"prices": [2, 1, 9]}, 8, "the best sale is on the last day", note_zh="最优的卖出在最后一天")
    yield Case({"prices": [1, 9, 0, 3]}, 8, "a new minimum after the best trade: the best must not be reset",
               note_zh="最优交易之后出现新的最低价：最大利润不能清零")
    yield Case({"prices": [0, P_MAX]}, P_MAX, "the extremes: buy at 0, sell at 10^4", note_zh="极值：0 买入，10^4 卖出")
    yield Case({"prices": [P_MAX, 0]}, 0, "the extremes, falling", note_zh="极值，下跌")
    yield Case({"prices": [2, 4, 1, 3, 0, 2]}, 2, "several trades tie", note_zh="多笔交易利润相同")
    yield Case({"prices": uniform(rng, N_MAX)}, note="max: n = 10^5, random prices",
               note_zh="最大：n = 10^5，随机价格")
    falling = sorted(uniform(rng, N_MAX), reverse=True)
    yield Case({"prices": falling}, 0, "max: n = 10^5, never rising: 0", note_zh="最大：n = 10^5，从不上涨：0")
    trend = [min(P_MAX, max(0, i * P_MAX // N_MAX + rng.randint(-500, 500))) for i in range(N_MAX)]
    yield Case({"prices": trend}, note="max: n = 10^5, a rising trend with noise",
               note_zh="最大：n = 10^5，带噪声的上涨趋势")
    middle = [rng.randint(3000, 7000) for _ in range(N_MAX - 2)]
    yield Case({"prices": [P_MAX] + middle + [0]}, note="max: n = 10^5, the global maximum first, the minimum last",
               note_zh="最大：n = 10^5，全局最高价在最前，最低价在最后")
    yield Case({"prices": [7] * N_MAX}, 0, "max: n = 10^5, flat", note_zh="最大：n = 10^5，价格不变")


def uniform(rng, n):
    return [rng.randint(0, P_MAX) for _ in range(n)]


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    prices = given["prices"]
    assert isinstance(prices, list) and 1 <= len(prices) <= N_MAX, "1 <= prices.length <= 10^5"
    assert all(type(x) is int and 0 <= x <= P_MAX for x in prices), "0 <= prices[i] <= 10^4"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: the length of prices, doubling up to the maximum


def sized_input(rng, n):
    """Random prices: every approach reads every day."""
    return {"prices": uniform(rng, n)}
