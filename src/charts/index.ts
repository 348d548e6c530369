/**
 * nnlab's charts: pure functions from networks, traces and histories to
 * Vega-Lite v5 specs (plain objects). Nothing here draws or sends; see
 * src/notebook for that.
 */
export { VEGA_LITE_SCHEMA, chart, type ChartSpec, type Row } from "./spec";
export { theme, colors, runColors, classColors, optimizerColors, runColorsFor } from "./theme";
export { limits } from "./limits";
export { extentOf, type Extent } from "./grid";
export { runsOf, type HistoryLike, type Run, type RunsLike } from "./runs";
export { lossCurve, type LossCurveOptions } from "./lossCurve";
export { classOf, type PointsLike } from "./points";
export { decisionBoundary, type DecisionBoundaryOptions } from "./decisionBoundary";
export { neuronMaps, type NeuronMapsOptions } from "./neuronMaps";
export { networkDiagram, type NetworkDiagramOptions } from "./networkDiagram";
export { activationPlot, type ActivationPlotOptions } from "./activationPlot";
export { fit1d, type Fit1dOptions, type ModelsLike } from "./fit1d";
export { weightHistogram, type WeightHistogramOptions } from "./weightHistogram";
export { layerProfile, type LayerProfileOptions } from "./layerProfile";
export { Surfaces, type Surface, type SurfaceName } from "./surfaces";
export { optimizerRace, optimizerPath, type OptimizerRaceOptions } from "./optimizerRace";
export { sideBySide, part } from "./sideBySide";
export { withTooltip } from "./withTooltip";
export { dropoutView, thinned, type DropoutViewOptions } from "./dropoutView";
export { epochScrubber, boundaryFrame, type BoundaryFrame, type EpochScrubberOptions } from "./epochScrubber";
export { neuronSliders, activationExpressions, type NeuronSlidersOptions, type SliderActivation } from "./neuronSliders";
export { imageGrid, weightImages, type ImageGridOptions, type ImagesLike, type WeightImagesOptions } from "./imageGrid";
export { confusionMatrix, confusionCounts, type ConfusionMatrixOptions, type Predictor, type LabelledLike } from "./confusionMatrix";
export { outcomeGrid, type GridRun, type OutcomeGridOptions } from "./outcomeGrid";
