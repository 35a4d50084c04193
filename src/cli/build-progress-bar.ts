/**
 * The progress bar of a build or a check (issue 22): what src/site/build-progress.ts counts,
 * drawn by ./progress.ts. Both are loaded when a build starts, not with the command line.
 */

/**
 * Shows the build's progress on stderr: the entry files read (of those listed), then the images
 * published when they are what is left, then the pages written; returns what stops it.
 */
export async function showBuildProgress(): Promise<() => void> {
  const [{ Progress }, { onBuildProgress }] = await Promise.all([
    import('./progress.ts'),
    import('../site/build-progress.ts'),
  ]);
  const progress = new Progress({ unit: 'entries' });
  onBuildProgress(({ entries, images, pages }) => {
    const imageCount = images.total > 0 ? `${images.done} of ${images.total} images` : '';
    if (pages.done > 0) {
      progress.count('pages');
      progress.update(pages.done, pages.total || undefined);
    } else if (entries.done < entries.total || images.done >= images.total) {
      progress.count('entries');
      progress.update(entries.done, entries.total, imageCount);
    } else {
      progress.count('images');
      progress.update(images.done, images.total, `${entries.done} entries read`);
    }
  });
  return () => {
    onBuildProgress(undefined);
    progress.done();
  };
}
