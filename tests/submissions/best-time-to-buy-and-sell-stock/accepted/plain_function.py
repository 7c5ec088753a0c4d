"""A plain snake_case function: for each day, the cheapest earlier buy, with explicit comparisons."""


def max_profit(prices):
    best = 0
    cheapest = prices[0]
    for price in prices[1:]:
        if price - cheapest > best:
            best = price - cheapest
        if price < cheapest:
            cheapest = price
    return best
