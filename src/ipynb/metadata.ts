/**
 * The notebook metadata every nnlab notebook carries: the nnlab kernel, and
 * exactly the language_info its kernel_info_reply sends — JupyterLab copies
 * the reply into the notebook when the kernel starts, so any difference would
 * mark a freshly opened notebook as modified (a test keeps the two equal).
 */
export const notebookMetadata = {
  kernelspec: { display_name: "TypeScript (nnlab)", language: "typescript", name: "nnlab" },
  language_info: {
    codemirror_mode: { mode: "typescript", name: "javascript", typescript: true },
    file_extension: ".ts",
    mimetype: "text/typescript",
    name: "typescript",
    pygments_lexer: "typescript",
    version: "5.0.4",
  },
} as const;
