"""Wrong: only checks that some course has no prerequisites, as if one free start meant everything can be
finished. A cycle elsewhere (hidden 8: course 0 free of nothing, a cycle behind it) makes it answer True."""
from typing import *
import collections
class Solution:
    def canFinish(self, numCourses, prerequisites):
        indeg=[0]*numCourses
        g=collections.defaultdict(list)
        for a,b in prerequisites: g[b].append(a); indeg[a]+=1
        q=[i for i in range(numCourses) if indeg[i]==0]
        return len(q)>0
