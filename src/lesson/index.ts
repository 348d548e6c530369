export { checkNumber, checkNumbers, checkThat, type CheckOptions } from "./check";
export { Feedback, ExerciseError } from "./feedback";
