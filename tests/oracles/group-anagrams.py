"""Group Anagrams by comparing every pair of words letter by letter: two words are anagrams when each letter
occurs as often in one as in the other. Small inputs over a few letters, so that groups and near misses abound."""


def inputs(rng):
    while True:
        letters = rng.choice(["ab", "abc", "abcd", "adbc", "az"])
        n = rng.randint(1, 10)
        yield {"strs": ["".join(rng.choice(letters) for _ in range(rng.randint(0, 4))) for _ in range(n)]}


def anagrams(a, b):
    if len(a) != len(b):
        return False
    return all(a.count(ch) == b.count(ch) for ch in a + b)


def solve(strs):
    groups = []
    for word in strs:
        for group in groups:
            if anagrams(group[0], word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
