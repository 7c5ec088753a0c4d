"""A plain function: a recursive parser that decodes until the matching `]` and returns where it stopped."""


def decode_string(s):
    def parse(i):
        out = []
        num = 0
        while i < len(s):
            c = s[i]
            if c.isdigit():
                num = num * 10 + int(c)
            elif c == "[":
                inner, i = parse(i + 1)
                out.append(inner * num)
                num = 0
            elif c == "]":
                return "".join(out), i
            else:
                out.append(c)
            i += 1
        return "".join(out), i

    return parse(0)[0]
