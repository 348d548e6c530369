import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, expect, test } from "vitest";
import { packagePaths } from "../../src/paths";
import { parseMessage, readMessages, runHelper } from "../../src/python";

const work = mkdtempSync(path.join(os.tmpdir(), "nnlab-protocol-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A helper in a temporary folder that finds nnlab_protocol.py the way scripts/ helpers do (on sys.path). */
function helper(name: string, body: string): string {
  const file = path.join(work, name);
  writeFileSync(file, `import sys\nsys.path.insert(0, ${JSON.stringify(packagePaths().scripts)})\nimport nnlab_protocol as protocol\n${body}`);
  return file;
}
const env = { ...process.env, PYTHONDONTWRITEBYTECODE: "1" };

test("parseMessage(line) reads a result or an error, and refuses anything else", () => {
  expect(parseMessage('{"kind": "result", "html": "<p>x</p>"}')).toEqual({ kind: "result", html: "<p>x</p>" });
  expect(parseMessage('{"kind": "error", "message": "no", "path": "a.ipynb"}')).toEqual({ kind: "error", message: "no", path: "a.ipynb" });
  expect(() => parseMessage("Kernel started")).toThrow("not JSON");
  expect(() => parseMessage("[1, 2]")).toThrow("not a protocol message");
  expect(() => parseMessage('{"path": "a"}')).toThrow("not a protocol message");
  expect(() => parseMessage('{"kind": "error"}')).toThrow("has no message");
});

test("readMessages(stdout) keeps results and errors apart, in order, skipping blank lines", () => {
  const stdout = '{"kind": "result", "n": 1}\n\n{"kind": "error", "message": "bad"}\n{"kind": "result", "n": 2}\n';
  expect(readMessages<{ n: number }>(stdout)).toEqual({ results: [{ kind: "result", n: 1 }, { kind: "result", n: 2 }], errors: [{ kind: "error", message: "bad" }] });
});

test("a helper under serve(): print(), C-level writes and child processes reach stderr, only messages reach stdout", () => {
  const script = helper("noisy.py", `
import os, subprocess
def main():
    print("print() goes to stderr")
    os.write(1, b"fd 1 goes to stderr\\n")
    subprocess.run(["echo", "a child's stdout goes to stderr"], check=True)
    for item in protocol.read_input():
        protocol.result(item=item, double=item * 2)
    protocol.error("item 3 was skipped", item=3)
protocol.serve(main)
`);
  const answer = runHelper<{ item: number; double: number }>("python3", script, [], { input: "[1, 2]", env });
  expect(answer.status).toBe(0);
  expect(answer.results).toEqual([{ kind: "result", item: 1, double: 2 }, { kind: "result", item: 2, double: 4 }]);
  expect(answer.errors).toEqual([{ kind: "error", message: "item 3 was skipped", item: 3 }]);
  for (const noise of ["print() goes to stderr", "fd 1 goes to stderr", "a child's stdout goes to stderr"]) expect(answer.stderr).toContain(noise);
});

test("a helper whose main() raises: the results so far, then an error object with type and traceback, exit 1", () => {
  const script = helper("raises.py", `
def main():
    protocol.result(n=1)
    raise KeyError("missing")
protocol.serve(main)
`);
  const answer = runHelper<{ n: number }>("python3", script, [], { env });
  expect(answer.status).toBe(1);
  expect(answer.results).toEqual([{ kind: "result", n: 1 }]);
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors[0]).toMatchObject({ kind: "error", message: "KeyError: 'missing'", type: "KeyError" });
  expect(answer.errors[0].traceback).toContain('raise KeyError("missing")');
});

test("runHelper(python, script) throws when a helper writes to stdout outside the protocol", () => {
  const script = helper("rogue.py", `sys.stdout.write("not a message\\n")\n`);
  expect(() => runHelper("python3", script, [], { env })).toThrow("not JSON to stdout: not a message");
});
