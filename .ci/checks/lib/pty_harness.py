"""A program on a pty, for the checks that read what a terminal receives: every byte it writes is kept in `data`,
read until a pattern shows or a time is up. Imported by the checks' Python (not run on its own)."""
import fcntl, os, pty, re, select, struct, termios, time


class Pty:
    def __init__(self, argv, env=None, rows=40, cols=140):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execvpe(argv[0], argv, dict(os.environ, **(env or {})))
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.data = bytearray()

    def pump(self, seconds, until=None):
        """Reads for `seconds`, or until the regex `until` (bytes) matches what was read; False when the program
        ended or the pattern never showed (True when there was no pattern)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            r, _, _ = select.select([self.fd], [], [], 0.05)
            if r:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:  # the program ended: its side of the pty is closed
                    return False
                if not chunk:
                    return False
                self.data.extend(chunk)
                if until is not None and re.search(until, bytes(self.data)):
                    return True
        return until is None

    def write(self, keys):
        os.write(self.fd, keys)

    def wait(self):
        """The program's exit status."""
        _, status = os.waitpid(self.pid, 0)
        return os.waitstatus_to_exitcode(status)
