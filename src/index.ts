/**
 * nnlab: a step-through neural-network library for learning.
 *
 *   import { mlp, train, circle } from "nnlab";
 */
export * from "./core";
export * from "./training";
export * from "./autodiff";
export * from "./data";
export * from "./charts";
export * from "./notebook";
export * from "./lesson";
