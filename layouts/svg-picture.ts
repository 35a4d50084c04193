/** What the maps drawn at build time share: an SVG picture of a frame, and coordinates to a tenth. */
import type { Frame } from '../src/places/projection.ts';
import { html, type Html } from '../src/shared/html.ts';

/** A coordinate to a tenth of a pixel: enough for a map, and a tenth of the bytes. */
export const round = (value: number) => Math.round(value * 10) / 10;

/** An inline SVG of `frame`'s size that reads as one image named `label`. */
export function svgPicture(className: string, frame: Frame, label: string, content: Html): Html {
  return html`<svg
    class="${className}"
    viewBox="0 0 ${frame.width} ${frame.height}"
    width="${frame.width}"
    height="${frame.height}"
    role="img"
    aria-label="${label}"
  >
    ${content}
  </svg>`;
}
