export { checkNumber, checkNumbers, checkThat, type Answer, type CheckOptions, type ThatOptions } from "./check";
export { checkMode, setCheckMode, setJudgeInput, type CheckMode, type JudgeInput } from "./grading";
export { OBSERVATION_MIME, type Observation } from "./observation";
export { Feedback, ExerciseError, type Verdict } from "./feedback";
export { notAnswered, isNotAnswered, NotAnswered, NOT_ANSWERED } from "./notAnswered";
export { measured, Measurement, MEASUREMENT_MIME, type MeasuredValue } from "./measurement";
