/**
 * The element's manifest (dist/custom-elements.json), generated from its JSDoc by `npm run build`:
 * `@custom-elements-manifest/analyzer` reads the element's module with its Lit plugin.
 */
const SOURCE = 'src/components/alignment-map.ts';
/** What a newsroom installs: the one built module, which registers the element and exports its classes. */
const BUILT = 'dist/alignment-map.js';

/**
 * Describes the published module rather than the source, and only the public surface: the analyzer also lists
 * private members, and an unnamed event for each `dispatchEvent(new X())` that the `@fires` tags already name.
 */
function publicSurface() {
  return {
    name: 'alignment-map-public-surface',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        if (module.path === SOURCE) module.path = BUILT;
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
          declaration.events = declaration.events?.filter((e) => e.name);
        }
        for (const entry of module.exports ?? []) if (entry.declaration.module === SOURCE) entry.declaration.module = BUILT;
      }
    },
  };
}

export default {
  globs: [SOURCE],
  outdir: 'dist',
  litelement: true,
  plugins: [publicSurface()],
};
