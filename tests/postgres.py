"""A throwaway PostgreSQL server for the test session, started from the machine's binaries.

The server lives in a temporary directory, listens only on a Unix socket there, runs with
durability turned off (it is thrown away), and is stopped and deleted when the session ends.
PostgreSQL refuses to run as root, so under root it runs as the `postgres` system user.
"""

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


def _bin_dir():
    override = os.environ.get("PG_BIN")
    if override:
        return Path(override)
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    if not candidates:
        raise RuntimeError("PostgreSQL binaries not found: run `make test`, which installs them.")
    return Path(candidates[-1]).parent


class PostgresServer:
    def __init__(self):
        self.bin = _bin_dir()
        self.dir = Path(tempfile.mkdtemp(prefix="aple-pg-"))
        self.data = self.dir / "data"
        self.socket_dir = self.dir
        self.port = 5432  # only a socket file name: the server listens on no TCP address
        self.run_as = None
        if os.geteuid() == 0:
            self.run_as = "postgres"
            account = pwd.getpwnam(self.run_as)
            os.chown(self.dir, account.pw_uid, account.pw_gid)

    def _run(self, *args):
        command = [str(self.bin / args[0]), *args[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    def start(self):
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        self.resume()
        return self

    def resume(self):
        """Start the server (again, after `pause`), with the same data."""
        options = (
            f"-c listen_addresses='' -c unix_socket_directories={self.socket_dir} -p {self.port} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "server.log"), "-w", "start")

    def pause(self):
        """Stop the server as an outage would (connections cut), keeping its data."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def stop(self):
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
