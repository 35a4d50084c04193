/**
 * Scripts the browser runs (the search page, the unlock page, the service worker) are written in
 * TypeScript beside the code they share with Node, and bundled by esbuild into one file each,
 * once per process; the output is the same every time.
 */
const bundles = new Map<string, Promise<string>>();

/** The bundled, minified script of a TypeScript entry file (an absolute path). */
export function bundleScript(entry: string): Promise<string> {
  let bundled = bundles.get(entry);
  if (!bundled) {
    // esbuild is loaded on the first bundle only: `inhale check` and `--version` never need it.
    bundled = import('esbuild')
      .then(({ build }) =>
        build({
          entryPoints: [entry],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2020',
          write: false,
          legalComments: 'none',
          logLevel: 'silent',
        }),
      )
      .then((result) => result.outputFiles[0]!.text);
    bundles.set(entry, bundled);
  }
  return bundled;
}
