"""What every chart a lesson shows must have: a title (or a title on every
panel of a composite), a title on every axis it draws, and a Markdown cell
just before it telling the learner what to look at."""

VEGALITE_MIME = "application/vnd.vegalite.v5+json"


def titled(spec):
    if spec.get("title"): return True
    panels = spec.get("hconcat") or spec.get("vconcat") or spec.get("concat")
    return bool(panels) and all(titled(p) for p in panels)

def problems(spec):
    """What a chart spec lacks, in words (empty when nothing)."""
    found = []
    if not titled(spec): found.append("no title")
    # axes: for each top-level unit/layer group, positional channels need a title somewhere in the group
    def group_titles(s, channel):
        t = []
        enc = s.get("encoding", {}).get(channel)
        if enc is not None: t.append(enc)
        for l in s.get("layer", []): t += group_titles(l, channel)
        return t
    def check(s, path):
        if "layer" in s or "mark" in s:
            for ch in ("x", "y"):
                encs = [e for e in group_titles(s, ch) if isinstance(e, dict) and "field" in e]
                if not encs: continue
                if all(e.get("axis", 1) is None for e in encs): continue
                if not any(e.get("title") for e in encs):
                    found.append("%s: %s axis without a title (field %s)" % (path or "/", ch, encs[0].get("field")))
        for key in ("hconcat", "vconcat", "concat"):
            for i, c in enumerate(s.get(key, [])): check(c, path + "/%s%d" % (key, i))
        if "spec" in s: check(s["spec"], path + "/spec")
    check(spec, "")
    return found



def chart_problems(cells):
    """(cell index, problem) for every chart in a notebook's cells."""
    found = []
    for k, cell in enumerate(cells):
        for output in cell.get("outputs", []):
            spec = output.get("data", {}).get(VEGALITE_MIME)
            if not spec:
                continue
            before = cells[k - 1] if k else None
            said = before is not None and before["cell_type"] == "markdown" and "".join(before["source"]).strip()
            for problem in problems(spec) + ([] if said else ["no sentence before the chart"]):
                found.append((k, problem))
    return found
