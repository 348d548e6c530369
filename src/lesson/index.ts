export { checkNumber, checkNumbers, checkThat, type CheckOptions } from "./check";
export { Feedback, ExerciseError } from "./feedback";
export { measured, Measurement, MEASUREMENT_MIME, type MeasuredValue } from "./measurement";
