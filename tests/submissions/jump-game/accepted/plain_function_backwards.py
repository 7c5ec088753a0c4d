"""A plain snake_case function, backwards: the goal moves to every index that can jump to it."""


def can_jump(nums):
    goal = len(nums) - 1
    for i in range(len(nums) - 2, -1, -1):
        if i + nums[i] >= goal:
            goal = i
    return goal == 0
