"""nnlab's JupyterHub configuration, started by `nnlab hub` (src/cli/hub.ts),
which writes the settings this file reads (NNLAB_HUB_SETTINGS, a JSON file;
the shared password, if any, in NNLAB_HUB_PASSWORD). docs/classroom.md.

One machine, one Python environment: JupyterHub, JupyterLab and the nnlab
kernel all come from nnlab's .venv, which is also every student's single-user
environment. A teacher's own configuration files (--config FILE) are loaded
last and may change anything here, e.g. the authenticator."""
import atexit
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nnlab_memory  # noqa: E402
import nnlab_spawners  # noqa: E402

c = get_config()  # noqa: F821 (JupyterHub's config loader provides it)
with open(os.environ["NNLAB_HUB_SETTINGS"]) as f:
    s = json.load(f)
state = os.path.join(s["hubDir"], "state")

# The hub: its public address, its state kept out of the students' reach.
c.JupyterHub.ip = s["ip"]
c.JupyterHub.port = s["port"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = s["hubPort"]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:%d" % s["proxyApiPort"]
c.JupyterHub.db_url = "sqlite:///" + os.path.join(state, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(state, "jupyterhub_cookie_secret")
c.JupyterHub.cleanup_servers = True  # stopping the hub stops every student's server
c.ConfigurableHTTPProxy.command = [s["proxy"]]
c.ConfigurableHTTPProxy.pid_file = os.path.join(state, "proxy.pid")

# Sign-in. "password": one shared password, any name (loopback only; for tests
# and a first try); admins (the teacher) sign in with their own longer one.
# "config": the teacher's --config file sets a real one (docs/classroom.md).
c.Authenticator.admin_users = set(s["admins"])
# Names become folder names (and Unix accounts, --users system): keep them plain.
c.Authenticator.username_pattern = r"^[a-z0-9][a-z0-9._@+-]{0,63}$"
if s["auth"] == "password":
    c.JupyterHub.authenticator_class = "shared-password"
    c.SharedPasswordAuthenticator.user_password = os.environ["NNLAB_HUB_PASSWORD"]
    if s["admins"]:
        c.SharedPasswordAuthenticator.admin_password = os.environ["NNLAB_HUB_ADMIN_PASSWORD"]
    c.Authenticator.allow_all = True

# Each student's server: JupyterLab on their own copy of the lessons, with the
# nnlab kernel, from the hub's environment.
nnlab_spawners.SETTINGS = s
c.JupyterHub.spawner_class = nnlab_spawners.SystemSpawner if s["users"] == "system" else nnlab_spawners.SharedSpawner
c.SharedSpawner.home_dir_template = os.path.join(s["homes"], "{username}")
c.Spawner.cmd = [os.path.join(os.path.dirname(s["python"]), "jupyterhub-singleuser")]
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/lab/tree/lessons"
# nnlab_hub_trust (beside this file) signs the released lessons as the server starts.
c.Spawner.environment = {"JUPYTER_PATH": s["kernelData"], "PYDEVD_DISABLE_FILE_VALIDATION": "1", "PYTHONPATH": os.path.dirname(os.path.abspath(__file__))}
c.Spawner.args = [
    "--MultiKernelManager.default_kernel_name=nnlab",
    "--LanguageServerManager.autodetect=False",  # no `npm prefix -g` scan at each start
    "--ServerApp.jpserver_extensions=nnlab_hub_trust=True",
    # A kernel idle for the culler's timeout is shut down by its own server too.
    # --users shared --allow-root (tests on loopback): the servers run as root too.
    *(["--ServerApp.allow_root=True"] if s["allowRoot"] and os.geteuid() == 0 else []),
    *(["--MappingKernelManager.cull_idle_timeout=%d" % s["cullTimeout"], "--MappingKernelManager.cull_interval=%d" % s["cullEvery"]] if s["cullTimeout"] else []),
]
# A class arriving at once on a small machine: servers may take a while to answer.
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
if s["memoryBytes"]:
    c.Spawner.mem_limit = s["memoryBytes"]  # shown to the server (MEM_LIMIT); enforced below when possible
    base, why_not = nnlab_memory.available()
    if base:
        nnlab_spawners.MEMORY_GROUPS = nnlab_memory.MemoryGroups(base, "nnlab-hub-%d" % s["port"])
        atexit.register(nnlab_spawners.MEMORY_GROUPS.remove_all)
    else:
        print("nnlab hub: the memory limit is not enforced: %s" % why_not, file=sys.stderr)

# Idle servers are stopped by jupyterhub-idle-culler, a hub-managed service
# with only the scopes it needs.
if s["cullTimeout"]:
    c.JupyterHub.services = [{
        "name": "idle-culler",
        "command": [s["python"], "-m", "jupyterhub_idle_culler", "--timeout=%d" % s["cullTimeout"], "--cull-every=%d" % s["cullEvery"]],
    }]
    c.JupyterHub.load_roles = [{
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    }]

for extra in s["configFiles"]:
    load_subconfig(extra)  # noqa: F821
