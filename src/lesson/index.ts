export { checkNumber, checkNumbers, checkThat, type Answer, type CheckOptions } from "./check";
export { Feedback, ExerciseError, type Verdict } from "./feedback";
export { notAnswered, isNotAnswered, NotAnswered, NOT_ANSWERED } from "./notAnswered";
export { measured, Measurement, MEASUREMENT_MIME, type MeasuredValue } from "./measurement";
