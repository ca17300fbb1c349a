"""How far an import of many pages is: a line on the terminal with the count and the time left.

On a terminal the line is rewritten in place; in a log (stderr not a terminal) a plain
line is written every `every` pages and at the end, so a CI log stays short.
"""

import sys
import time


def duration(seconds):
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class Progress:
    def __init__(self, total, stream=None, every=100, clock=time.monotonic):
        self.total = total
        self.stream = stream or sys.stderr
        self.every = every
        self.clock = clock
        self.start = clock()
        self.done = 0
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._shown = float("-inf")

    def line(self):
        elapsed = self.clock() - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        share = 100 * self.done // self.total if self.total else 100
        text = f"Đã xử lý {self.done}/{self.total} trang ({share}%)"
        if rate:
            text += f", {rate:.1f} trang/giây"
            if self.done < self.total:
                text += f", còn khoảng {duration((self.total - self.done) / rate)}"
            else:
                text += f", hết {duration(elapsed)}"
        return text

    def step(self, count=1):
        self.done += count
        if self.tty:
            now = self.clock()
            if now - self._shown >= 0.2 or self.done >= self.total:
                self._shown = now
                self.stream.write("\r\x1b[K" + self.line())
                self.stream.flush()
        elif self.done % self.every == 0 and self.done < self.total:
            print(self.line(), file=self.stream, flush=True)

    def clear(self):
        """Make room for a message on a terminal (the line is drawn again on the next step)."""
        if self.tty:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = float("-inf")

    def finish(self):
        if self.tty:
            self.stream.write("\r\x1b[K" + self.line() + "\n")
        else:
            print(self.line(), file=self.stream)
        self.stream.flush()
