/**
 * Every message the nnlab kernel itself writes (as opposed to a cell's own
 * errors, which it passes on): what a learner or the Jupyter server's log
 * sees when a request, a connection file or a message is wrong.
 */
const kind = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value);

export const messages = {
  codeNotText: (code: unknown) => `execute_request content.code must be a string, got ${kind(code)}.`,
  cellFailed: (error: unknown) => `the kernel failed to run this cell: ${(error as Error)?.message ?? error}`,
  interrupted: () => "The cell was interrupted.",
  browserCells: () => "nnlab kernel: browser cells (//%browser) are not supported.",
  signatureScheme: (scheme: string) => `nnlab kernel: unsupported signature scheme "${scheme}" (expected hmac-sha256)`,
  noDelimiter: () => "wire: message without <IDS|MSG> delimiter",
  tooFewFrames: () => "wire: message with fewer than four JSON frames",
  badSignature: () => "wire: invalid message signature",
  notBase64: (c: string) => `source map: '${c}' is not a base64 digit`,
} as const;
