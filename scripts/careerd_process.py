"""Starting careerd and calling its API, for the scripts that drive it (check-api,
bench-careerd)."""
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start(careerd, scratch, extra=()):
    """Starts careerd on a free loopback port with a scratch database; returns the process and
    its base URL, read from the log line that says where it serves."""
    log = open(os.path.join(scratch, "careerd.log"), "w+")
    process = subprocess.Popen([careerd, "--listen", "127.0.0.1:0", "--db", os.path.join(scratch, "db.sqlite"),
                                "--knowledge", os.path.join(ROOT, "Knowledge"), *extra], stderr=log, stdout=log)
    for _ in range(300):
        log.seek(0)
        found = re.search(r"serving at (http://[0-9.]+:[0-9]+)", log.read())
        if found:
            return process, found.group(1)
        if process.poll() is not None:
            break
        time.sleep(0.1)
    log.seek(0)
    process.kill()
    sys.exit("careerd did not start:\n" + log.read())


def call(base, method, path, token=None, body=None):
    """One JSON call; returns the decoded response body."""
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")
