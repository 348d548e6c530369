/**
 * The Jupyter wire protocol: a message is a list of ZeroMQ frames
 *
 *   [identities..., "<IDS|MSG>", signature, header, parent_header, metadata, content, buffers...]
 *
 * signed with HMAC-SHA256 over the four JSON frames (an empty key disables
 * signing). https://jupyter-client.readthedocs.io/en/stable/messaging.html#the-wire-protocol
 */
import { createHmac, randomUUID, timingSafeEqual } from "crypto";
import { messages } from "./messages";

export const PROTOCOL_VERSION = "5.3";
const DELIMITER = Buffer.from("<IDS|MSG>");

export interface Header {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
}

export interface Message<Content = Record<string, any>> {
  /** ZeroMQ routing identities (ROUTER sockets) or the topic (IOPub). */
  identities: Buffer[];
  header: Header;
  parent_header: Header | Record<string, never>;
  metadata: Record<string, unknown>;
  content: Content;
  buffers: Buffer[];
}

/** Computes the hex signature of the four JSON frames. */
export function sign(key: string, frames: readonly (Buffer | string)[]): string {
  if (!key) return "";
  const hmac = createHmac("sha256", key);
  for (const frame of frames) hmac.update(frame);
  return hmac.digest("hex");
}

/** Parses and verifies a received message; throws on a bad delimiter or signature. */
export function decode(frames: readonly Buffer[], key: string): Message {
  const at = frames.findIndex((frame) => frame.equals(DELIMITER));
  if (at < 0) throw new Error(messages.noDelimiter());
  const signature = frames[at + 1].toString();
  const json = frames.slice(at + 2, at + 6);
  if (json.length < 4) throw new Error(messages.tooFewFrames());
  const expected = sign(key, json);
  if (key && !sameText(signature, expected)) throw new Error(messages.badSignature());
  return {
    identities: frames.slice(0, at),
    header: JSON.parse(json[0].toString()),
    parent_header: JSON.parse(json[1].toString()),
    metadata: JSON.parse(json[2].toString()),
    content: JSON.parse(json[3].toString()),
    buffers: frames.slice(at + 6),
  };
}

/** Serialises and signs a message into frames. */
export function encode(message: Message<unknown>, key: string): Buffer[] {
  const json = [message.header, message.parent_header, message.metadata, message.content].map((part) =>
    Buffer.from(JSON.stringify(part)),
  );
  return [...message.identities, DELIMITER, Buffer.from(sign(key, json)), ...json, ...message.buffers];
}

/** A new message of `msgType` answering `parent` (same session and username). */
export function reply<C>(parent: Message<unknown>, msgType: string, content: C, identities = parent.identities): Message<C> {
  return {
    identities,
    header: newHeader(msgType, parent.header.session, parent.header.username),
    parent_header: parent.header,
    metadata: {},
    content,
    buffers: [],
  };
}

/** A fresh header with a unique id and the current time. */
export function newHeader(msgType: string, session: string, username = "nnlab"): Header {
  return { msg_id: randomUUID(), session, username, date: new Date().toISOString(), msg_type: msgType, version: PROTOCOL_VERSION };
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
