import { describe, expect, it } from "vitest";
import { disarm, FEEDBACK_CSP, feedbackPages } from "../../../src/assign/grade/feedback";

const hostile = {
  cells: [
    {
      cell_type: "code",
      source: "show()",
      execution_count: 1,
      metadata: {},
      outputs: [
        { output_type: "display_data", metadata: {}, data: { "text/html": "<script>alert('html')</script>", "text/plain": "a table" } },
        { output_type: "display_data", metadata: {}, data: { "image/svg+xml": "<svg><script>alert('svg')</script></svg>" } },
        { output_type: "display_data", metadata: {}, data: { "application/vnd.vegalite.v5+json": { mark: "point" }, "image/png": "iVBORw0KGgo=" } },
        { output_type: "stream", name: "stdout", text: "<script>alert('text')</script>" },
      ],
    },
  ],
  metadata: {},
  nbformat: 4,
  nbformat_minor: 5,
};

describe("feedbackPages", () => {
  it("feedbackPages(inputs) shows only passive outputs of a submission, under a policy that runs no script", () => {
    const [page] = feedbackPages([{ title: "<b>eve</b> — 00", rows: [], notebook: hostile as any, items: [] }]);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${FEEDBACK_CSP}">`);
    expect(FEEDBACK_CSP).toMatch(/default-src 'none'/);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain("<svg");
    expect(page).toContain("a table");
    expect(page).toContain("[image/svg+xml output, not shown in feedback]");
    expect(page).toContain('<img src="data:image/png;base64,iVBORw0KGgo="');
    expect(page).toContain("&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;");
    expect(page).toContain("&lt;b&gt;eve&lt;/b&gt;");
  });

  it("disarm(html) writes the tags that run, load or redirect as text, and leaves the rest", () => {
    expect(disarm('<p>x</p><SCRIPT src=a></script><iframe/><meta http-equiv="refresh"><img src=x onerror=alert(1)><style>*{}</style>')).toBe(
      '<p>x</p>&lt;SCRIPT src=a>&lt;/script>&lt;iframe/>&lt;meta http-equiv="refresh"><img src=x onerror=alert(1)>&lt;style>*{}&lt;/style>',
    );
    expect(disarm("<em>scripted</em> <b>metal</b>")).toBe("<em>scripted</em> <b>metal</b>");
  });
});
