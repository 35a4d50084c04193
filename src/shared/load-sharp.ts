/**
 * sharp, imported the first time an image is encoded or measured: importing it (libvips) costs
 * about 0.1 s of CPU, which a build whose photos are all in the media cache never needs
 * (issue 22).
 */
import type { default as Sharp } from 'sharp';

let loading: Promise<typeof Sharp> | undefined;

/** The sharp module, loaded once; its operation cache is off (each image is read once). */
export function loadSharp(): Promise<typeof Sharp> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    return sharp;
  });
  return loading;
}
