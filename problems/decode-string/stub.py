class Solution:
    def decodeString(self, s: str) -> str:
        raise NotImplementedError("write your solution to decode-string here, then run `shousi run decode-string`")
