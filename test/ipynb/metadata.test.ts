import { expect, test } from "vitest";
import { notebookMetadata } from "../../src/ipynb";
import { kernelInfo } from "../../src/kernel/info";

test("notebookMetadata.language_info equals the kernel_info_reply's, so opening a notebook does not modify it", () => {
  expect(notebookMetadata.language_info).toEqual(kernelInfo().language_info);
});
