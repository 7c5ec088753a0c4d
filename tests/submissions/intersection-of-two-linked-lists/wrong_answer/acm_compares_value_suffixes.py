"""ACM mode: ignores skipA and skipB and answers with the lists' values alone: the first index of list A from
which list A's values equal list B's last values. Equal tails of values are not shared nodes."""
import json

meet, list_a, list_b, skip_a, skip_b = (json.loads(input()) for _ in range(5))
answer = -1
for i in range(len(list_a)):
    if len(list_a) - i <= len(list_b) and list_a[i:] == list_b[len(list_b) - len(list_a) + i:]:
        answer = i
        break
print(answer)
