/** nnlab's Python helpers (scripts/*.py), seen from TypeScript: their protocol and how to run them. */
export { parseMessage, readMessages, type HelperError, type HelperMessage } from "./protocol";
export { runHelper, type HelperAnswer, type HelperOptions } from "./runHelper";
