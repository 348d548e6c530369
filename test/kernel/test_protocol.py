"""Protocol tests beyond jupyter_kernel_test: rich results, multi-MIME
display_data, update_display_data, error content, exact stop_on_error,
interrupt, restart, shutdown, and importing nnlab from any folder."""
import base64
import os
import shutil
import signal
import tempfile
import time
import unittest
from queue import Empty

from kernel_client import Kernel

RICH = """({ [Symbol.for("Jupyter.display")]() {
  return { "text/plain": "a chart", "image/png": new Uint8Array([137, 80, 78, 71]),
           "application/vnd.vegalite.v5+json": '{"mark": "point"}' };
} })"""


class Protocol(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.k = Kernel()

    @classmethod
    def tearDownClass(cls):
        cls.k.close()

    def test_kernel_info_reply_has_status_and_language(self):
        self.k.kc.kernel_info()
        reply = self.k.kc.get_shell_msg(timeout=10)
        while reply["msg_type"] != "kernel_info_reply":
            reply = self.k.kc.get_shell_msg(timeout=10)
        content = reply["content"]
        self.assertEqual(content["status"], "ok")
        self.assertEqual(content["implementation"], "nnlab")
        self.assertEqual(content["language_info"]["name"], "typescript")

    def test_execute_result_is_the_values_rich_bundle(self):
        reply, outs = self.k.run(RICH)
        self.assertEqual(reply["status"], "ok")
        [(kind, content)] = outs
        self.assertEqual(kind, "execute_result")
        data = content["data"]
        self.assertEqual(data["text/plain"], "a chart")
        self.assertEqual(base64.b64decode(data["image/png"]), bytes([137, 80, 78, 71]))
        self.assertEqual(data["application/vnd.vegalite.v5+json"], {"mark": "point"})
        self.assertEqual(content["execution_count"], reply["execution_count"])

    def test_execute_result_shows_charts_and_engine_records_through_the_display_registry(self):
        reply, _ = self.k.run("""import { activationPlot, circle, mlp, show, train } from "nnlab";
const shownNet = mlp([2, 2, 1], { output: "sigmoid", seed: 1 });
const shownTrace = shownNet.forward([1, 2]);""")
        self.assertEqual(reply["status"], "ok")
        chart = {"application/vnd.vegalite.v5+json", "image/png", "image/svg+xml", "text/plain"}
        tables = {"text/markdown", "text/plain"}
        for code, mimes in [
            ('activationPlot(["relu"], { samples: 3 })', chart),
            ("shownTrace", tables),
            ("shownNet.backward(shownTrace, [1])", tables),
            ("train(shownNet, circle({ n: 20 }), { epochs: 2 })", chart),
        ]:
            reply, outs = self.k.run(code)
            self.assertEqual(reply["status"], "ok", code)
            [(kind, content)] = outs
            self.assertEqual((kind, set(content["data"])), ("execute_result", mimes), code)
        self.assertIn("| neuron | z | a |", self.k.run("shownTrace")[1][0][1]["data"]["text/markdown"])
        _, outs = self.k.run('show(activationPlot(["tanh"], { samples: 3 }))')
        [(kind, content)] = outs
        self.assertEqual((kind, set(content["data"])), ("display_data", chart))
        self.assertEqual(set(content["metadata"]["image/png"]), {"width", "height"})

    def test_execute_result_text_for_plain_values(self):
        _, outs = self.k.run("({ a: 1, b: [1, 2] })")
        self.assertEqual(outs, [("execute_result", outs[0][1])])
        self.assertEqual(outs[0][1]["data"], {"text/plain": "{ a: 1, b: [ 1, 2 ] }"})

    def test_no_execute_result_for_statements_or_silent(self):
        _, outs = self.k.run("const quiet = 1;")
        self.assertEqual(outs, [])
        _, outs = self.k.run("1 + 1", silent=True)
        self.assertEqual(outs, [])

    def test_display_data_sends_every_mime_type_with_display_id(self):
        code = """import { send } from "nnlab";
const sent = send({ data: { "text/plain": "p", "text/html": "<i>p</i>", "image/svg+xml": "<svg></svg>",
               "application/vnd.vegalite.v5+json": { mark: "bar" } }, metadata: {} }, { id: "d1" });"""
        reply, outs = self.k.run(code)
        self.assertEqual(reply["status"], "ok")
        [(kind, content)] = outs
        self.assertEqual(kind, "display_data")
        self.assertEqual(set(content["data"]), {"text/plain", "text/html", "image/svg+xml", "application/vnd.vegalite.v5+json"})
        self.assertEqual(content["data"]["application/vnd.vegalite.v5+json"], {"mark": "bar"})
        self.assertEqual(content["transient"], {"display_id": "d1"})

    def test_update_display_data_replaces_in_place_across_cells(self):
        first = """import { send } from "nnlab";
const text = (line: string) => ({ data: { "text/plain": line }, metadata: {} });
const live = `live-${Date.now()}`;
send(text("epoch 0"), { id: live });
for (let epoch = 1; epoch <= 3; epoch++) send(text(`epoch ${epoch}`), { id: live, update: true });"""
        _, outs = self.k.run(first)
        kinds = [kind for kind, _ in outs]
        self.assertEqual(kinds, ["display_data", "update_display_data", "update_display_data", "update_display_data"])
        ids = {content["transient"]["display_id"] for _, content in outs}
        self.assertEqual(len(ids), 1)
        self.assertEqual(outs[-1][1]["data"]["text/plain"], "epoch 3")
        _, later = self.k.run('const updated = send(text("done"), { id: live, update: true });')
        self.assertEqual([(k, c["transient"]["display_id"]) for k, c in later], [("update_display_data", ids.pop())])

    def test_compile_error_reports_line_and_column(self):
        reply, outs = self.k.run('const ok = 1;\nconst n: number = "text";\nnoSuchName;')
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "TSError")
        self.assertTrue(reply["evalue"].startswith("2:7 - Type 'string' is not assignable"), reply["evalue"])
        [(kind, content)] = outs
        self.assertEqual(kind, "error")
        text = "\n".join(content["traceback"])
        self.assertIn("2:7", text)
        self.assertIn("3:1", text)
        self.assertIn("Cannot find name 'noSuchName'", text)

    def test_runtime_error_names_the_error_and_the_cell_line(self):
        code = 'function check(x: number) {\n  if (x > 1) throw new RangeError(`x is ${x}`);\n}\nconst x = 5;\ncheck(x);'
        reply, outs = self.k.run(code)
        self.assertEqual((reply["ename"], reply["evalue"]), ("RangeError", "x is 5"))
        [(kind, content)] = outs
        self.assertEqual((kind, content["ename"], content["evalue"]), ("error", "RangeError", "x is 5"))
        text = "\n".join(content["traceback"])
        self.assertIn("cell line 2", text)
        self.assertIn("cell line 5", text)

    def test_errors_from_awaited_code_are_errors(self):
        reply, outs = self.k.run('await Promise.reject(new TypeError("later"))')
        self.assertEqual((reply["status"], reply["ename"]), ("error", "TypeError"))

    def test_stop_on_error_aborts_exactly_the_queued_requests(self):
        failing = self.k.send('throw new Error("first fails")')
        queued = [self.k.send("1 + 1"), self.k.send("2 + 2")]
        self.assertEqual(self.k.reply(failing)["content"]["status"], "error")
        for msg_id in queued:
            self.assertEqual(self.k.reply(msg_id)["content"]["status"], "aborted")
        # sent right after the error was answered: runs, no timing window
        after = self.k.send("3 + 3")
        self.assertEqual(self.k.reply(after)["content"]["status"], "ok")

    def test_stop_on_error_false_keeps_the_queue(self):
        failing = self.k.send('throw new Error("fails")', stop_on_error=False)
        queued = self.k.send("4 + 4")
        self.assertEqual(self.k.reply(failing)["content"]["status"], "error")
        self.assertEqual(self.k.reply(queued)["content"]["status"], "ok")

    def test_runtime_error_points_at_the_exact_line_and_column_of_identical_lines(self):
        self.k.run("let count = 0;\nconst tick = () => { count++; if (count === 2) throw new Error('second'); };")
        reply, outs = self.k.run("tick();\ntick();\ntick();")
        self.assertEqual((reply["status"], reply["evalue"]), ("error", "second"))
        text = "\n".join(outs[0][1]["traceback"])
        self.assertIn("cell line 2:1", text)
        self.assertNotIn("cell line 3", text)
        self.assertIn("line 2:54 of an earlier cell", text)

    def test_declarations_before_a_runtime_error_survive_for_the_next_cell(self):
        reply, _ = self.k.run("const answer = 42;\nfunction helper() { return answer; }\nthrow new Error('exercise failed');\nconst unreached = 1;")
        self.assertEqual(reply["status"], "error")
        _, outs = self.k.run("helper()")
        self.assertEqual(outs[0][1]["data"]["text/plain"], "42")
        reply, _ = self.k.run("unreached")
        self.assertEqual(reply["evalue"], "1:1 - Cannot find name 'unreached'.")

    def test_code_that_is_not_a_string_gets_an_error_reply(self):
        msg = self.k.kc.session.msg("execute_request", {"code": 42, "silent": False, "store_history": True,
                                                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        self.k.kc.shell_channel.send(msg)
        reply = self.k.reply(msg["header"]["msg_id"])["content"]
        self.assertEqual((reply["status"], reply["ename"]), ("error", "TypeError"))
        self.assertIn("must be a string", reply["evalue"])
        self.assertEqual(self.k.run("1 + 2")[0]["status"], "ok")

    def test_an_unanswered_exercise_is_not_an_error(self):
        stub = ("const partial = 3;\n"
                "throw Object.assign(new Error('not answered yet: write your answer above'), "
                "{ [Symbol.for('nnlab.notAnswered')]: true });")
        first = self.k.send(stub)
        queued = self.k.send("partial * 2")
        reply = self.k.reply(first)["content"]
        self.assertEqual(reply["status"], "ok")
        outs = [(m["msg_type"], m["content"]) for m in self.k.outputs(first) if m["msg_type"] != "execute_input"]
        self.assertEqual(outs, [("stream", {"name": "stderr", "text": "not answered yet: write your answer above\n"})])
        self.assertEqual(self.k.reply(queued)["content"]["status"], "ok")
        later = [m["content"] for m in self.k.outputs(queued) if m["msg_type"] == "execute_result"]
        self.assertEqual(later[0]["data"]["text/plain"], "6")

    def test_a_display_method_returning_null_sends_no_execute_result(self):
        reply, outs = self.k.run("({ [Symbol.for('Jupyter.display')]() { return null; } })")
        self.assertEqual((reply["status"], outs), ("ok", []))

    def test_history_records_inputs(self):
        self.k.run("const historic = 7;")
        self.k.kc.history(hist_access_type="tail", n=1, output=False, raw=True)
        reply = self.k.kc.get_shell_msg(timeout=10)
        while reply["msg_type"] != "history_reply":
            reply = self.k.kc.get_shell_msg(timeout=10)
        self.assertEqual(reply["content"]["history"][-1][2], "const historic = 7;")


class LiveOutput(unittest.TestCase):
    """IOPub messages leave while a cell's synchronous loop still runs (a live training display)."""

    @classmethod
    def setUpClass(cls):
        cls.k = Kernel()

    @classmethod
    def tearDownClass(cls):
        cls.k.close()

    def arrivals(self, msg_id):
        """(arrival time, msg_type, content) of each IOPub message of msg_id, read as they come, up to idle."""
        out = []
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                msg = self.k.kc.get_iopub_msg(timeout=0.01)
            except Empty:
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            out.append((time.time(), msg["msg_type"], msg["content"], msg["header"]["date"]))
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return out
        raise AssertionError("no idle status")

    def test_display_updates_arrive_during_a_synchronous_loop(self):
        code = """import { send } from "nnlab";
const step = (line: string) => ({ data: { "text/plain": line }, metadata: {} });
const liveId = `steps-${Date.now()}`;
send(step("step 0"), { id: liveId });
const started = Date.now();
for (let k = 1; k <= 10; k++) {
  while (Date.now() - started < k * 250) {} // 2.5 s of synchronous work
  send(step(`step ${k}`), { id: liveId, update: true });
}"""
        messages = self.arrivals(self.k.send(code))
        updates = [(t, c, d) for t, kind, c, d in messages if kind == "update_display_data"]
        idle = messages[-1][0]
        self.assertEqual([c["data"]["text/plain"] for _, c, _ in updates], ["step %d" % i for i in range(1, 11)])
        times = [t for t, _, _ in updates]
        # queued until the loop ends, all ten would arrive within milliseconds of each other and of idle
        self.assertGreater(times[-1] - times[0], 1.5, times)
        self.assertGreater(idle - times[0], 1.5, (times, idle))
        self.assertTrue(all(b - a > 0.1 for a, b in zip(times, times[1:])), times)
        self.assertEqual(len({d for _, _, d in updates}), 10)

    def test_printed_lines_arrive_during_a_synchronous_loop(self):
        code = """const t0 = Date.now();
for (let i = 1; i <= 6; i++) { while (Date.now() - t0 < i * 300) {} console.log(`line ${i}`); }"""
        messages = self.arrivals(self.k.send(code))
        streams = [(t, c["text"]) for t, kind, c, _ in messages if kind == "stream"]
        self.assertEqual("".join(text for _, text in streams), "".join("line %d\n" % i for i in range(1, 7)))
        self.assertGreater(streams[-1][0] - streams[0][0], 1.0, streams)


class Lifecycle(unittest.TestCase):
    def test_interrupt_stops_a_synchronous_loop(self):
        k = Kernel()
        try:
            msg_id = k.send("while (true) {}")
            time.sleep(1.5)
            k.km.interrupt_kernel()
            reply = k.reply(msg_id, timeout=20)["content"]
            self.assertEqual((reply["status"], reply["ename"]), ("error", "Interrupted"))
            self.assertEqual(k.run("1 + 1")[0]["status"], "ok")
        finally:
            k.close()

    def test_interrupt_stops_an_awaiting_cell(self):
        k = Kernel()
        try:
            msg_id = k.send("await new Promise(() => {})")
            time.sleep(1.5)
            k.km.interrupt_kernel()
            reply = k.reply(msg_id, timeout=20)["content"]
            self.assertEqual((reply["status"], reply["ename"]), ("error", "Interrupted"))
        finally:
            k.close()

    def test_restart_forgets_variables(self):
        k = Kernel()
        try:
            self.assertEqual(k.run("const kept = 1;")[0]["status"], "ok")
            k.km.restart_kernel()
            k.kc.wait_for_ready(timeout=60)
            reply, _ = k.run("kept")
            self.assertEqual(reply["ename"], "TSError")
            self.assertIn("Cannot find name 'kept'", reply["evalue"])
        finally:
            k.close()

    def test_shutdown_request_ends_the_process(self):
        k = Kernel()
        k.kc.stop_channels()
        k.km.shutdown_kernel(now=False)
        self.assertFalse(k.km.is_alive())

    def test_nnlab_imports_by_name_from_any_folder_without_writing_there(self):
        folder = tempfile.mkdtemp(prefix="nnlab-student-")
        k = Kernel(cwd=folder)
        try:
            reply, outs = k.run('import { mlp } from "nnlab";\nmlp([2, 3, 1]).layers.length')
            self.assertEqual(reply["status"], "ok", reply)
            self.assertEqual(outs[-1][1]["data"]["text/plain"], "2")
            # the library's types are checked too
            reply, _ = k.run("mlp(42)")
            self.assertEqual(reply["ename"], "TSError")
            self.assertEqual(os.listdir(folder), [])
        finally:
            k.close()
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
