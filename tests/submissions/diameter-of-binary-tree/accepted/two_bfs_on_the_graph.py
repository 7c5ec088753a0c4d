"""The slowest approach LeetCode still accepts: the tree as an undirected graph (adjacency lists of node ids in a
dict), a BFS from the root to the farthest node, then a BFS from that node: the farthest distance is the diameter."""
from collections import defaultdict, deque


class Solution:
    def diameterOfBinaryTree(self, root):
        adjacent, queue = defaultdict(list), deque([root])
        while queue:
            node = queue.popleft()
            for child in (node.left, node.right):
                if child:
                    adjacent[id(node)].append(child)
                    adjacent[id(child)].append(node)
                    queue.append(child)

        def farthest(start):
            distance, queue = {id(start): 0}, deque([start])
            last = start
            while queue:
                last = queue.popleft()
                for other in adjacent[id(last)]:
                    if id(other) not in distance:
                        distance[id(other)] = distance[id(last)] + 1
                        queue.append(other)
            return last, distance[id(last)]

        end, _ = farthest(root)
        return farthest(end)[1]
