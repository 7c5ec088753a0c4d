"""ACM mode: echoes the list unchanged."""
print(input())
