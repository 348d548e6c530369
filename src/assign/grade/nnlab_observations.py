"""The answers a tests cell's checks recorded while a submission was graded (observe mode).

A check in observe mode sends each answer as a display_data with OBSERVATION_MIME
(src/lesson/observation.ts). nbclient files an output under a cell only when its parent
is that cell's execute_request, so what is read here came while the grader's own request
for that cell ran. The student's code could send such bundles too: they are data, judged
in a trusted kernel against expectations the student's kernel never saw, so a forged one
can at most stand in for an answer the student could have given.
"""
import json

OBSERVATION_MIME = "application/vnd.nnlab.observation+json"
MAX_COUNT = 500  # observations kept per cell
MAX_CHARS = 4_000_000  # characters of JSON kept per cell, in all


def observations_of(cell):
    """The observations in a cell's outputs, in order, within the caps."""
    found, used = [], 0
    for output in cell.get("outputs", []):
        if output.get("output_type") != "display_data":
            continue
        data = output.get("data", {}).get(OBSERVATION_MIME)
        if not isinstance(data, dict):
            continue
        size = len(json.dumps(data))
        if len(found) >= MAX_COUNT or used + size > MAX_CHARS:
            break
        used += size
        found.append(data)
    return found
