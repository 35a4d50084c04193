/**
 * The one scale of shades that the calendar heatmaps and the people's month strips share: from
 * 0 (none) to LEVELS (most), each drawn by the stylesheet's class `h<level>` (30-views.css),
 * one hue light to dark, the same in every picture of the site.
 */

/** Shades from "none" (0) to "most" (LEVELS). */
export const LEVELS = 4;

/** The class that colours a shade. */
export const shadeClass = (level: number) => `h${level}`;
