"""A small synchronous client for protocol tests: start the nnlab kernel in a
folder, send requests, collect replies and the IOPub messages of each."""
import time
from queue import Empty

import nnlab_env  # noqa: F401  (registers the kernel)
from jupyter_client.manager import start_new_kernel

TIMEOUT = 60


class Kernel:
    def __init__(self, cwd=None):
        kwargs = {"cwd": cwd} if cwd else {}
        self.km, self.kc = start_new_kernel(kernel_name="nnlab", startup_timeout=TIMEOUT, **kwargs)

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)

    def send(self, code, **kw):
        """Sends an execute_request without waiting; returns its msg_id."""
        return self.kc.execute(code, **kw)

    def reply(self, msg_id, timeout=TIMEOUT):
        deadline = time.time() + timeout
        while True:
            msg = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.time()))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    def outputs(self, msg_id, timeout=TIMEOUT):
        """IOPub messages for msg_id up to its idle status (status messages excluded)."""
        out = []
        deadline = time.time() + timeout
        while True:
            try:
                msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
            except Empty:
                raise AssertionError("no idle status for %s" % msg_id)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status":
                if msg["content"]["execution_state"] == "idle":
                    return out
                continue
            out.append(msg)

    def run(self, code, **kw):
        """Executes code; returns (reply content, [(msg_type, content)] without execute_input)."""
        msg_id = self.send(code, **kw)
        reply = self.reply(msg_id)
        outs = [(m["msg_type"], m["content"]) for m in self.outputs(msg_id) if m["msg_type"] != "execute_input"]
        return reply["content"], outs
