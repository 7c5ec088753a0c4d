"""ACM mode: coins then amount on stdin; bottom-up DP; -1 when the amount cannot be made."""
import json
import sys


def main() -> None:
    coins, amount = (json.loads(line) for line in sys.stdin.read().splitlines()[:2])
    inf = amount + 1
    best = [0] + [inf] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value and best[value - coin] + 1 < best[value]:
                best[value] = best[value - coin] + 1
    print(best[amount] if best[amount] < inf else -1)


if __name__ == "__main__":
    main()
