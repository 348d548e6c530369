/** Every message about nnlab's Python helpers and the protocol they speak on stdout. */
const shown = (line: string) => line.slice(0, 200);

export const messages = {
  notJson: (line: string) => `a Python helper wrote a line that is not JSON to stdout: ${shown(line)}`,
  notProtocol: (line: string) =>
    `a Python helper wrote a line that is not a protocol message (an object with kind "result" or "error") to stdout: ${shown(line)}`,
  errorWithoutMessage: (line: string) => `a Python helper's error has no message: ${shown(line)}`,
  couldNotRun: (python: string, script: string, problem: string) => `could not run ${python} ${script}: ${problem}`,
};
