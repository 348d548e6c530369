/** The `kernel_info_reply` content of the nnlab kernel. */
import { readFileSync } from "fs";
import path from "path";
import { PROTOCOL_VERSION } from "./wire";
import { packagePaths } from "../paths";

function versionOf(packageJson: string): string {
  try {
    return JSON.parse(readFileSync(packageJson, "utf8")).version;
  } catch {
    return "unknown";
  }
}

export function kernelInfo() {
  const tslab = path.dirname(require.resolve("tslab/package.json"));
  const typescript = versionOf(require.resolve("@tslab/typescript-for-tslab/package.json", { paths: [tslab] }));
  const nnlab = versionOf(packagePaths().packageJson);
  return {
    status: "ok",
    protocol_version: PROTOCOL_VERSION,
    implementation: "nnlab",
    implementation_version: nnlab,
    language_info: {
      name: "typescript",
      version: typescript,
      mimetype: "text/typescript",
      file_extension: ".ts",
      pygments_lexer: "typescript",
      // JupyterLab reads `mode`; classic Notebook needs name + typescript.
      codemirror_mode: { mode: "typescript", name: "javascript", typescript: true },
    },
    banner: `nnlab ${nnlab} — TypeScript ${typescript} on tslab ${versionOf(path.join(tslab, "package.json"))}, Node.js ${process.version}`,
    help_links: [],
  };
}
