/** The part of Eleventy's config API the plugins use (Eleventy ships no TypeScript types). */
export interface UserConfig {
  setQuietMode(quiet: boolean): void;
  /** Throws when the running Eleventy's version is outside `range` (a semver range). */
  versionCheck(range: string): void;
  addPlugin<O>(plugin: (config: UserConfig, options: O) => void, options?: O): void;
  addGlobalData(name: string, data: unknown): void;
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
  setFrontMatterParsingOptions(options: Record<string, unknown>): void;
  /** The options so far, with the engines Eleventy registers itself. */
  frontMatterParsingOptions?: { engines?: Record<string, unknown> };
  addLinter(name: string, linter: (this: never, content: string) => void): void;
  setLibrary(name: string, library: unknown): void;
  on(event: string, handler: (event: EleventyEvent) => unknown): void;
  ignores: { add(pattern: string): void };
  directories: { input: string; output: string };
}

export interface EleventyEvent {
  directories: { input: string; output: string };
  runMode: 'build' | 'watch' | 'serve';
  /** The files Eleventy wrote (`eleventy.after` only). */
  results?: { outputPath?: string | false }[];
}
