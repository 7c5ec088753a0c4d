class Solution:
    def findAnagrams(self, s: str, p: str) -> list[int]:
        """Slide a window of len(p) letters over s, keeping its 26 letter counts; a window whose counts equal p's
        is an anagram."""
        width = len(p)
        if width > len(s):
            return []
        need = [0] * 26
        for c in p:
            need[ord(c) - 97] += 1
        window = [0] * 26
        starts = []
        for i, c in enumerate(s):
            window[ord(c) - 97] += 1
            if i >= width:
                window[ord(s[i - width]) - 97] -= 1
            if i >= width - 1 and window == need:
                starts.append(i - width + 1)
        return starts
