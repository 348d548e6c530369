"""Markdown cells to HTML for `nnlab export`, with nbconvert's mistune renderer.

Input: a JSON list of Markdown strings on stdin. Output, in nnlab's helper
protocol (nnlab_protocol.py): one result per string, in order,
{"kind": "result", "html": "..."}; an error object if rendering fails.
"""
from nbconvert.filters.markdown_mistune import markdown2html_mistune

import nnlab_protocol as protocol


def main():
    for source in protocol.read_input():
        protocol.result(html=markdown2html_mistune(source))


if __name__ == "__main__":
    protocol.serve(main)
