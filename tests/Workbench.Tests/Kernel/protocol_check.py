"""Drives the installed workbench-csharp kernel through Debian's jupyter_client and prints what it answered, as JSON.

Run by KernelProtocolTests (which asserts on the values) with JUPYTER_PATH pointing at a temporary kernelspec.
Every request goes through jupyter_client's own client, so the messages are what a real front end sends.
"""
import json
import os
import signal
import subprocess
import sys
import time
import uuid

from jupyter_client.manager import start_new_kernel

TIMEOUT = 120


class Client:
    def __init__(self, kc):
        self.kc = kc
        self.shell = {}
        self.iopub = {}

    def reply(self, msg_id):
        while msg_id not in self.shell:
            m = self.kc.get_shell_msg(timeout=TIMEOUT)
            self.shell[m["parent_header"].get("msg_id")] = m
        return self.shell.pop(msg_id)

    def iopub_until_idle(self, msg_id):
        def idle(m):
            return m["msg_type"] == "status" and m["content"]["execution_state"] == "idle"

        seen = []
        # Messages of this request may already have arrived while waiting for another one's.
        while not any(idle(m) for m in self.iopub.get(msg_id, [])):
            m = self.kc.get_iopub_msg(timeout=TIMEOUT)
            self.iopub.setdefault(m["parent_header"].get("msg_id"), []).append(m)
        for m in self.iopub.pop(msg_id, []):
            seen.append({"msg_type": m["msg_type"], "content": m["content"]})
        return seen

    def execute(self, code, **kw):
        msg_id = self.kc.execute(code, **kw)
        reply = self.reply(msg_id)
        return {"reply": reply["content"], "iopub": self.iopub_until_idle(msg_id)}


def protocol(out):
    km, kc = start_new_kernel(kernel_name="workbench-csharp", startup_timeout=TIMEOUT)
    try:
        c = Client(kc)
        out["compile_error"] = c.execute('var city = "东州";\nConsole.WriteLine(cty);')
        out["runtime_error"] = c.execute("var list = new List<int> { 1 };\nvar x = list[5];")

        # Three cells sent at once, as Run All does; the first fails, the other two must be aborted.
        ids = [kc.execute('System.Threading.Thread.Sleep(300);\nthrow new InvalidOperationException("故意失败");'),
               kc.execute('Console.WriteLine("不应运行");'),
               kc.execute('Console.WriteLine("也不应运行");')]
        out["aborted"] = [c.reply(i)["content"] for i in ids]
        for i in ids:
            c.iopub_until_idle(i)
        out["after_abort"] = c.execute("1 + 1")

        c.execute('var p = Workbench.Periods.Period.Year(2025);\nvar s = "东州";')
        code = "Workbench.Periods.Period.Year(2024"
        out["inspect_call"] = c.reply(kc.inspect(code, len(code)))["content"]
        out["inspect_property"] = c.reply(kc.inspect("p.DayCount", 4))["content"]
        out["inspect_nothing"] = c.reply(kc.inspect("   ", 1))["content"]
        out["complete_instance"] = c.reply(kc.complete("s.", 2))["content"]
        out["complete_static"] = c.reply(kc.complete("string.", 7))["content"]

        out["history_tail"] = c.reply(kc.history(hist_access_type="tail", n=3))["content"]
        out["history_range"] = c.reply(kc.history(hist_access_type="range", session=0, start=1, stop=3, output=False))["content"]
        out["history_search"] = c.reply(kc.history(hist_access_type="search", pattern="*Period*", n=5))["content"]

        msg = kc.session.msg("comm_info_request", {"target_name": "jupyter.widget"})
        kc.shell_channel.send(msg)
        out["comm_info"] = c.reply(msg["header"]["msg_id"])["content"]
        comm_id = uuid.uuid4().hex
        msg = kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "jupyter.widget", "data": {}})
        kc.shell_channel.send(msg)
        out["comm_open_id"] = comm_id
        out["comm_open"] = c.iopub_until_idle(msg["header"]["msg_id"])
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


CHILD = """
import sys, time
from jupyter_client.manager import KernelManager
km = KernelManager(kernel_name="workbench-csharp")
km.start_kernel()
print(km.provisioner.process.pid, flush=True)
time.sleep(600)
"""


def gone(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1].split()[0] in ("Z", "X")   # a zombie has exited
    except FileNotFoundError:
        return True


def parent_death(out):
    # The kernel's parent is a jupyter_client process; kill it without a word (SIGKILL) and time the kernel's end.
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True)
    kernel = int(child.stdout.readline())
    time.sleep(8)   # the kernel is up and watching
    out["parent_death_alive_before"] = not gone(kernel)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    start = time.monotonic()
    while not gone(kernel) and time.monotonic() - start < 15:
        time.sleep(0.1)
    out["parent_death_exited"] = gone(kernel)
    out["parent_death_seconds"] = round(time.monotonic() - start, 2)
    if not gone(kernel):
        os.kill(kernel, signal.SIGKILL)


def main():
    out = {}
    try:
        protocol(out)
        parent_death(out)
    except Exception as e:   # the test prints this and fails on the missing keys
        out["exception"] = f"{type(e).__name__}: {e}"
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
