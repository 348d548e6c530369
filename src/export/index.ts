/** The export room: a notebook as one self-contained HTML page with interactive charts. */
export { exportNotebook, exportNotebooks, hasNoOutputs, titleOf } from "./exportNotebook";
export { renderPage, VEGALITE_MIME } from "./page";
export { markdownToHtml } from "./markdown";
export { escapeHtml, scriptJson, stripAnsi } from "./html";
