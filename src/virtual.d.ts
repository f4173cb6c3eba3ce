// Modules written by the build (vite.config.ts, builtInStory()): the built-in story split into the part the
// first view needs and the details that load when the browser is idle.
declare module 'virtual:built-in-story' {
  const core: unknown;
  export default core;
}
declare module 'virtual:built-in-story-details' {
  const details: unknown;
  export default details;
}
declare module 'virtual:built-in-story-translations' {
  const translations: unknown;
  export default translations;
}
