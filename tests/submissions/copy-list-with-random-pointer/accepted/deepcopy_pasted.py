"""`copy.deepcopy`, relying on LeetCode's implicit `import copy`: its memo maps each node to its copy, so shared
randoms stay shared. Accepted (as on LeetCode), though not what an interviewer asks for."""


class Solution:
    def copyRandomList(self, head):
        return copy.deepcopy(head)
