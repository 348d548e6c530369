/** Python versions: what `python --version` prints, and whether one is new enough for the pinned Jupyter. */

/** JupyterLab 4.6, Notebook 7.6 and nbclient 0.11 declare Requires-Python >= 3.10. */
export const MINIMUM_PYTHON: readonly [number, number] = [3, 10];

/** `"Python 3.11.7"` (or `"3.11.7"`, `"3.13.0rc1"`) → `[3, 11, 7]`; undefined if it is not a version. */
export function parseVersion(text: string): [number, number, number] | undefined {
  const match = /(?:^|\s)(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** True when `version` is at least `minimum` (major, then minor). */
export function isSupported(version: readonly number[], minimum: readonly number[] = MINIMUM_PYTHON): boolean {
  if (version[0] !== minimum[0]) return version[0] > minimum[0];
  return version[1] >= minimum[1];
}
