"""A plain function, right to left: the stack keeps the candidates ahead, popped while not warmer than today, so
its top is today's first warmer day."""


def daily_temperatures(temperatures):
    n = len(temperatures)
    answer = [0] * n
    ahead = []
    for i in range(n - 1, -1, -1):
        while ahead and temperatures[ahead[-1]] <= temperatures[i]:
            ahead.pop()
        if ahead:
            answer[i] = ahead[-1] - i
        ahead.append(i)
    return answer
