/**
 * The connection file Jupyter writes for a kernel: where to bind the five
 * sockets and the key that signs messages.
 */
import { readFileSync } from "fs";
import { messages } from "./messages";

export interface ConnectionInfo {
  transport: "tcp" | "ipc";
  ip: string;
  key: string;
  signature_scheme: string;
  shell_port: number;
  iopub_port: number;
  stdin_port: number;
  control_port: number;
  hb_port: number;
}

export type Channel = "shell" | "iopub" | "stdin" | "control" | "hb";

/** Reads and checks a connection file (only hmac-sha256 signing is supported). */
export function readConnection(path: string): ConnectionInfo {
  const info = JSON.parse(readFileSync(path, "utf8")) as ConnectionInfo;
  const scheme = info.signature_scheme || "hmac-sha256";
  if (info.key && scheme !== "hmac-sha256") {
    throw new Error(messages.signatureScheme(scheme));
  }
  return { ...info, transport: info.transport || "tcp", signature_scheme: scheme };
}

/** The ZeroMQ address of one channel, e.g. `tcp://127.0.0.1:5555` or `ipc://kernel-5`. */
export function address(info: ConnectionInfo, channel: Channel): string {
  const port = info[`${channel}_port`];
  return info.transport === "ipc" ? `ipc://${info.ip}-${port}` : `tcp://${info.ip}:${port}`;
}
