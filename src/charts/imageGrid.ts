import type { Network } from "../core";
import { checkCount, limits } from "./limits";
import { messages } from "./messages";
import { cellMark, chart, type ChartSpec, type Row } from "./spec";

/** Images as flat rows of pixels (row by row), or with a caption each. */
export type ImagesLike = readonly (readonly number[])[] | readonly { readonly pixels: readonly number[]; readonly caption?: string }[];

export interface ImageGridOptions {
  /** Pixels per side (default: the square root of the row length, e.g. 14 for 196). */
  side?: number;
  /** Images per row of the grid (default up to 8). */
  columns?: number;
  /** Drawn size of each image in pixels (default 84). */
  size?: number;
  /**
   * "ink" (default): 0 is white paper, 1 is black ink, like the digits.
   * "diverging": negative red, 0 near white, positive blue, symmetric around 0 — for
   * weights, in the colours the network diagram gives weights.
   */
  colors?: "ink" | "diverging";
  /** A caption under each image (default: each image's own caption, else its position). */
  captions?: readonly string[];
  /** The legend's title: what a pixel's value is (default "ink" or "value"). */
  value?: string;
  title?: string | { text: string; subtitle?: string };
}

/**
 * Images side by side: digits as the network sees them, or any rows of
 * numbers that form a square (a neuron's input weights, see weightImages).
 *
 * Syntax:
 *   imageGrid(rows)
 *   imageGrid([{ pixels, caption }, …], { side, columns, size, colors, captions, value, title })
 *
 * @example
 *   imageGrid(data.x.slice(0, 8), { captions: data.y.slice(0, 8).map((y) => `digit ${argmax(y)}`) });
 */
export function imageGrid(images: ImagesLike, options: ImageGridOptions = {}): ChartSpec {
  const builder = "imageGrid";
  const list: { pixels: readonly number[]; caption?: string }[] = images.map((image: unknown) =>
    isCaptioned(image) ? image : { pixels: image as readonly number[] },
  );
  if (list.length === 0) throw new Error(messages.noImages(builder));
  const length = list[0].pixels.length;
  const side = options.side ?? Math.round(Math.sqrt(length));
  list.forEach((image, k) => {
    if (image.pixels.length !== side * side) throw new RangeError(messages.notSquare(builder, k, image.pixels.length, side));
  });
  checkCount(builder, "pixels", list.length * side * side, limits.rows, "Show fewer images, or smaller ones.");
  const captions = list.map((image, k) => options.captions?.[k] ?? image.caption ?? `image ${k}`);
  const rows: Row[] = [];
  list.forEach((image, k) => {
    image.pixels.forEach((value, p) => rows.push({ image: k, row: Math.floor(p / side), column: p % side, value }));
  });
  const diverging = options.colors === "diverging";
  const largest = Math.max(1e-12, ...list.flatMap((image) => image.pixels.map(Math.abs)));
  const scale = diverging
    ? { scheme: "redblue", domain: [-largest, largest] }
    : { domain: [0, 1], range: ["#ffffff", "#000000"], clamp: true };
  const size = options.size ?? 84;
  return chart({
    ...(options.title !== undefined ? { title: options.title } : {}),
    data: { values: rows },
    facet: {
      field: "image", type: "ordinal", title: null,
      header: { labelExpr: `${JSON.stringify(captions)}[datum.value]`, labelOrient: "bottom", labelFontSize: 11 },
    },
    columns: options.columns ?? Math.min(8, list.length),
    spacing: 8,
    spec: {
      width: size, height: size,
      mark: cellMark,
      encoding: {
        x: { field: "column", type: "ordinal", axis: null },
        y: { field: "row", type: "ordinal", axis: null },
        color: { field: "value", type: "quantitative", title: options.value ?? (diverging ? "value" : "ink"), scale },
        tooltip: [{ field: "row", type: "ordinal" }, { field: "column", type: "ordinal" }, { field: "value", type: "quantitative", format: ".3~g" }],
      },
    },
  });
}

function isCaptioned(image: unknown): image is { pixels: readonly number[]; caption?: string } {
  return typeof image === "object" && image !== null && !Array.isArray(image) && Array.isArray((image as { pixels?: unknown }).pixels);
}

export interface WeightImagesOptions extends Omit<ImageGridOptions, "colors" | "captions"> {
  /** Which neurons of the first layer (default: all, at most 32). */
  neurons?: readonly number[];
}

/**
 * What each neuron of the first layer looks for in an image: its input
 * weights drawn at the pixels they multiply (blue: ink there pushes z up;
 * red: ink there pushes z down; white: ignored) — the network diagram's colours.
 *
 * @example
 *   weightImages(net, { neurons: [0, 1, 2, 3] });
 */
export function weightImages(net: Network, options: WeightImagesOptions = {}): ChartSpec {
  const builder = "weightImages";
  const count = net.layers[0].size;
  const neurons = options.neurons ?? Array.from({ length: Math.min(count, 32) }, (_, j) => j);
  for (const j of neurons) {
    if (!Number.isInteger(j) || j < 0 || j >= count) throw new RangeError(messages.neuronIndex(builder, j, count));
  }
  const { neurons: _, ...rest } = options;
  return imageGrid(
    neurons.map((j) => ({ pixels: net.neuron(0, j).weights, caption: `neuron ${j}` })),
    { value: "weight", title: `First-layer weights of ${neurons.length} neurons, each drawn at the pixel it multiplies`, ...rest, colors: "diverging" },
  );
}
