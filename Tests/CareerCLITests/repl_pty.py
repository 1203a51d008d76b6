#!/usr/bin/env python3
"""Drives the interactive `career` through a pseudo-terminal, as a person at a keyboard would:
tab completion, a bad answer, Ctrl-C clearing the line, history, and Ctrl-D leaving with the
answers saved. Exits 0 when everything behaves, 1 with the transcript otherwise.

    repl_pty.py PATH-TO-CAREER
"""
import os
import shutil
import sys
import tempfile

import pexpect


def main(career):
    scratch = tempfile.mkdtemp(prefix="career-pty-")
    env = dict(os.environ, XDG_DATA_HOME=scratch + "/data", XDG_STATE_HOME=scratch + "/state",
               TERM="dumb", NO_COLOR="1", COLUMNS="100")
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    child = pexpect.spawn(career, cwd=repo, env=env, encoding="utf-8", timeout=20, dimensions=(40, 100))
    log = []
    child.logfile_read = type("Log", (), {"write": lambda self, s: log.append(s), "flush": lambda self: None})()
    try:
        child.expect("1. Which of these is closest to your current job title")
        child.expect("> ")
        # Tab completes a unique choice label.
        child.send("Senior\t")
        child.expect("Senior or Lead Product Manager")
        child.send("\r")
        child.expect("2. How many years have you worked in product")
        child.expect("> ")
        # A bad answer is refused with what was expected, and the question stays open.
        child.send("banana\r")
        child.expect("is not a number; type a number from 0 to 40")
        child.expect("> ")
        # Ctrl-C throws away the half-typed line.
        child.send("12345")
        child.expect("12345")
        child.sendintr()
        child.expect("> ")
        child.send("4\r")
        child.expect("3. How many years have you been in your current role")
        child.expect("> ")
        # Tab completes commands too.
        child.send("stat\t")
        child.expect("status")
        child.send("\r")
        child.expect("Your answers so far:")
        child.expect(r"How many years have you worked in product roles.*\? 4")
        # Ctrl-D leaves and keeps the answers.
        child.expect("> ")
        child.sendeof()
        child.expect("Leaving before the advice is complete \\(2 answers given\\)")
        child.expect("saved as autosave")
        child.expect(pexpect.EOF)
        child.close()
        if child.exitstatus != 1:
            raise AssertionError(f"exit status {child.exitstatus}, expected 1 (advice incomplete)")
        history = open(os.path.join(scratch, "state", "career", "history")).read()
        if "banana" not in history or "4" not in history:
            raise AssertionError("history file lacks the lines typed: " + repr(history))
    except (pexpect.TIMEOUT, pexpect.EOF, AssertionError, OSError) as error:
        sys.stderr.write(f"FAILED: {error}\n--- transcript ---\n{''.join(log)}\n")
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
