"""Markdown cells to HTML for `nnlab export`: JSON list of strings on stdin,
JSON list of HTML strings on stdout (nbconvert's mistune renderer, with math
left for MathJax-free display as written)."""
import json
import sys

from nbconvert.filters.markdown_mistune import markdown2html_mistune

sources = json.load(sys.stdin)
json.dump([markdown2html_mistune(s) for s in sources], sys.stdout)
