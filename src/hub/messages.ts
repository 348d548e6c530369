/** Every message `nnlab hub` shows a teacher. */
export const messages = {
  noRelease: (release: string) => `nnlab hub: no released lessons in ${release} (run nnlab release first)`,
  lessonIsPath: (lesson: string) => `nnlab hub collect: a lesson is a notebook's name, like 00-getting-started, not a path: ${lesson}`,
};
