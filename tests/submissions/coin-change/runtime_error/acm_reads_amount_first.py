"""ACM mode: reads the lines in the wrong order (amount first), so int() gets the list of coins."""
amount = int(input())
coins = eval(input())
print(-1 if amount else 0)
