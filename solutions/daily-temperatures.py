class Solution:
    def dailyTemperatures(self, temperatures: list[int]) -> list[int]:
        """A stack of the indices still waiting for a warmer day, their temperatures non-increasing from bottom to
        top: each new day answers every waiting day colder than itself, from the top down. O(n): each index is pushed
        and popped once."""
        answer = [0] * len(temperatures)
        waiting: list[int] = []
        for day, t in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < t:
                earlier = waiting.pop()
                answer[earlier] = day - earlier
            waiting.append(day)
        return answer
