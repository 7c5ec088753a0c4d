"""A recursive decoder that, after an inner bracket, skips ahead to the next "]", dropping the letters between an
inner bracket and the outer one ("2[a2[b]c]" gives "abbabb"). Wrong answer: caught by the hidden case with
letters on both sides of an inner bracket; every example passes."""
class Solution:
    def decodeString(self, s: str) -> str:
        def go(i):
            out = ""; k = 0
            while i < len(s):
                ch = s[i]
                if ch.isdigit(): k = k * 10 + int(ch); i += 1
                elif ch == "[":
                    t, i = go(i + 1); out += t * k; k = 0
                    if i < len(s) and s[i].isalpha() and "]" in s[i:] and "[" not in s[i:]:
                        # skip to the closing bracket: letters after an inner bracket are dropped
                        j = s.index("]", i)
                        if j != len(s) - 1 or s.count("[") > 1:
                            i = j
                elif ch == "]": return out, i + 1
                else: out += ch; i += 1
            return out, i
        return go(0)[0]
