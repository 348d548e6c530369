"""The two ways nnlab's hub runs a student's server (docs/classroom.md):

SystemSpawner ("--users system", root): each student gets a Unix account of
their own (created on first sign-in, no password, no login shell, home
<hub>/home/<student> mode 0700), so students cannot read or change each
other's work and their code does not run as root.

SharedSpawner ("--users shared"): every student's server runs as the account
that started the hub, with a home folder of their own under <hub>/home. No
isolation: any student's code can read and change every other student's
files (and the teacher's). For a trusted group or a test on loopback.

Both copy the released lessons into the student's lessons/ before the server
starts (`nnlab hub sync`, run as the student; nnlab_hub_trust signs them
when the server starts), and put the server in a memory
cgroup of its own when the hub can (nnlab_memory)."""
import asyncio
import hashlib
import os
import pwd
import re
import subprocess

from jupyterhub.spawner import LocalProcessSpawner, SimpleLocalProcessSpawner, set_user_setuid
# Set by jupyterhub_config.py: the settings `nnlab hub` wrote, and the memory
# groups (nnlab_memory.MemoryGroups), or None when limits are not enforced.
SETTINGS = {}
MEMORY_GROUPS = None


def unix_name(student):
    """The Unix account of a hub user: "nn-" + the name when it is a plain one
    (a-z, 0-9, "-"; 29 characters at most), else "nnh-" + the name made safe
    and shortened + a hash of the name. The two prefixes differ in their third
    character, so no plain name can take the account of a hashed one."""
    if re.fullmatch(r"[a-z0-9-]{1,29}", student):
        return "nn-" + student
    safe = re.sub(r"[^a-z0-9-]", "-", student.lower())[:19].rstrip("-")
    return "nnh-%s-%s" % (safe, hashlib.sha256(student.encode()).hexdigest()[:8])


def ensure_account(name, home):
    """Creates Unix account `name` with home `home` (0700) unless it exists; returns its pwd entry."""
    try:
        return pwd.getpwnam(name)
    except KeyError:
        pass
    subprocess.run(["useradd", "--home-dir", home, "--no-create-home", "--shell", "/usr/sbin/nologin", "--user-group", name],
                   check=True, capture_output=True)
    return pwd.getpwnam(name)


class NnlabSpawnerMixin:
    def home(self):
        return os.path.join(SETTINGS["homes"], self.user.name)

    def with_memory_group(self, preexec):
        groups, student = MEMORY_GROUPS, self.user.name

        def run():
            if groups is not None:
                groups.join(student)
            if preexec is not None:
                preexec()
        return run

    async def sync_lessons(self, preexec):
        s = SETTINGS
        home = self.home()
        cmd = [s["node"], s["cli"], "hub", "sync", "--from", s["release"], "--to", home]
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LANG": os.environ.get("LANG", "C.UTF-8")}
        proc = await asyncio.create_subprocess_exec(*cmd, env=env, cwd=home, preexec_fn=preexec,
                                                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        out, _ = await proc.communicate()
        if proc.returncode != 0:
            raise RuntimeError("copying the lessons for %s failed: %s" % (self.user.name, out.decode(errors="replace")))
        self.log.info("lessons for %s: %s", self.user.name, out.decode(errors="replace").strip())

    async def start(self):
        if MEMORY_GROUPS is not None:
            MEMORY_GROUPS.create(self.user.name, SETTINGS["memoryBytes"])
        await self.prepare_home()
        return await super().start()

    async def stop(self, now=False):
        await super().stop(now=now)
        if MEMORY_GROUPS is not None:  # kills leftovers and waits for the group to empty: off the hub's event loop
            await asyncio.get_running_loop().run_in_executor(None, MEMORY_GROUPS.remove, self.user.name)


class SharedSpawner(NnlabSpawnerMixin, SimpleLocalProcessSpawner):
    async def prepare_home(self):
        os.makedirs(self.home(), mode=0o755, exist_ok=True)
        await self.sync_lessons(None)

    def make_preexec_fn(self, name):
        return self.with_memory_group(super().make_preexec_fn(name))


class SystemSpawner(NnlabSpawnerMixin, LocalProcessSpawner):
    def account(self):
        return unix_name(self.user.name)

    async def prepare_home(self):
        home = self.home()
        entry = ensure_account(self.account(), home)
        if not os.path.isdir(home):
            os.makedirs(home, mode=0o700)
            os.chown(home, entry.pw_uid, entry.pw_gid)
        await self.sync_lessons(set_user_setuid(self.account()))

    def make_preexec_fn(self, name):
        return self.with_memory_group(set_user_setuid(self.account()))

    def user_env(self, env):
        entry = pwd.getpwnam(self.account())
        env["USER"] = entry.pw_name
        env["HOME"] = entry.pw_dir
        env["SHELL"] = "/bin/bash"
        return env
