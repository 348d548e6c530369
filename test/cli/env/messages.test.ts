import { expect, test } from "vitest";
import { messages } from "../../../src/cli/env/messages";

test("messages.pipFailed(command) says what to do offline and names the exact pip command", () => {
  const text = messages.pipFailed("/x/.venv/bin/python -m pip install -r /x/python/requirements.txt -c /x/python/constraints.txt");
  expect(text).toContain("offline");
  expect(text).toContain("run npm start again");
  expect(text).toContain("/x/.venv/bin/python -m pip install -r /x/python/requirements.txt -c /x/python/constraints.txt");
});

test("messages.portTaken(8888, 8889) says which port is used instead", () => {
  expect(messages.portTaken(8888, 8889)).toBe("Port 8888 is in use; using port 8889 instead.");
});

test("messages.running(app, url) prints the address with its token and how to stop", () => {
  const text = messages.running("JupyterLab", "http://127.0.0.1:8888/lab?token=t");
  expect(text).toContain("    http://127.0.0.1:8888/lab?token=t\n");
  expect(text).toContain("Ctrl-C");
});
