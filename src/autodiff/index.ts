export { Value, value } from "./value";
export { gradCheck, type GradCheckEntry, type GradCheckResult } from "./gradCheck";
