"""Best Time to Buy and Sell Stock by brute force, for `shousi check`: every buy day with every later sell day,
and no trade (0). Small arrays of prices, often falling or flat."""


def inputs(rng):
    while True:
        n = rng.randint(1, 9)
        kind = rng.choice(["small", "wide", "falling"])
        if kind == "small":
            prices = [rng.randint(0, 4) for _ in range(n)]
        elif kind == "wide":
            prices = [rng.randint(0, 10**4) for _ in range(n)]
        else:
            prices = sorted((rng.randint(0, 20) for _ in range(n)), reverse=True)
        yield {"prices": prices}


def solve(prices):
    profits = [0]
    for buy in range(len(prices)):
        for sell in range(buy + 1, len(prices)):
            profits.append(prices[sell] - prices[buy])
    return max(profits)
