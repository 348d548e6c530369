/**
 * nnlab: a step-through neural-network library for learning.
 *
 *   import { mlp, train, circle } from "nnlab";
 */
export * from "./core";
export * from "./data";
