"""jupyter_kernel_test's conformance suite for the nnlab kernel. Every test
applies: each sample below is set, none is skipped or expected to fail."""
import unittest

import nnlab_env  # noqa: F401  (registers the kernel)
import jupyter_kernel_test


class NnlabKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "nnlab"
    language_name = "typescript"
    file_extension = ".ts"

    code_hello_world = 'console.log("hello, world")'
    code_stderr = 'console.error("oops")'

    completion_samples = [
        {"text": "const zebraCount = 1; const zebraTotal = 2; zebra", "matches": {"zebraCount", "zebraTotal"}},
    ]
    complete_code_samples = ["1 + 1", "const x = 1;", "function f() { return 1 }"]
    incomplete_code_samples = ["function f() {", "const a = [1, 2,", "if (true) {"]

    code_generate_error = 'throw new Error("boom")'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"nn" + "lab"', "result": "'nnlab'"},
        {"code": "[1, 2, 3].map((x) => x * 2)", "result": "[ 2, 4, 6 ]"},
    ]
    code_display_data = [
        {"code": 'import { send } from "nnlab";\nconst sent = send({ data: { "text/html": "<b>hi</b>", "text/plain": "hi" }, metadata: {} });', "mime": "text/html"},
        {"code": 'import * as tslab from "tslab";\ntslab.display.png(new Uint8Array([137, 80, 78, 71]))', "mime": "image/png"},
    ]
    code_page_something = 'import { kernelSink } from "nnlab/dist/jupyter/display";\nkernelSink()!.page({ "text/plain": "help text" })'
    code_history_pattern = "6 * 7"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Math.max"
    code_clear_output = 'import { kernelSink } from "nnlab/dist/jupyter/display";\nkernelSink()!.clearOutput(false)'


if __name__ == "__main__":
    unittest.main()
