/**
 * A data set: inputs `x` (one row per sample), targets `y` (one row per
 * sample; one-hot rows for classes, a single 0/1 for two classes), and a
 * description a learner can read.
 */
export interface Dataset {
  readonly x: number[][];
  readonly y: number[][];
  readonly description: DatasetDescription;
  /** For synthetic regression sets, the noise-free function the data came from. */
  readonly truth?: (x: number[]) => number[];
}

export interface DatasetDescription {
  /** Machine name, e.g. "circle". */
  readonly name: string;
  /** One line for a learner, e.g. "Two classes: points inside vs outside a circle". */
  readonly title: string;
  readonly task: "classification" | "regression";
  /** Names of the input features, e.g. ["x1", "x2"]. */
  readonly features: string[];
  /** Names of the classes (classification only), e.g. ["outside", "inside"]. */
  readonly classes?: string[];
  /** Number of samples. */
  readonly size: number;
  /** The options the generator was called with (seed, noise, …), for reproducing it. */
  readonly options: Readonly<Record<string, unknown>>;
}
