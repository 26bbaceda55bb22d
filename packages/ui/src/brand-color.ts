import type { CSSProperties } from "react";

/** Inline styles that may set CSS custom properties, which React passes through as written. */
export type BrandStyle = CSSProperties & { [customProperty: `--${string}`]: string };

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const DARK_TEXT = "#1c1917";
const LIGHT_TEXT = "#ffffff";

/** The 0–255 channels of `#rgb` or `#rrggbb`, or null for anything else. */
function channelsOf(hex: string): [number, number, number] | null {
  if (!HEX_COLOR.test(hex)) return null;
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d) : hex.slice(1).match(/../g);
  if (!digits) return null;
  const [r = 0, g = 0, b = 0] = digits.map((pair) => Number.parseInt(pair, 16));
  return [r, g, b];
}

/** WCAG 2 relative luminance of an sRGB colour. */
function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * CSS variables that repaint the components in a business's own colour. A business picks any
 * colour, so the text on it is chosen for contrast (white on dark colours, near-black on light).
 * Only hex colours are accepted: the value lands in a style attribute and nothing else may.
 * Returns undefined when the colour is missing or not a hex colour, leaving Aizalo's palette.
 */
export function brandColorStyle(color: string | null | undefined): BrandStyle | undefined {
  const channels = color ? channelsOf(color.trim()) : null;
  if (!color || !channels) return undefined;
  const luminance = relativeLuminance(channels);
  const onLight = contrastRatio(luminance, relativeLuminance([28, 25, 23]));
  const onDark = contrastRatio(luminance, 1);
  return {
    "--color-primary": color.trim().toLowerCase(),
    "--color-primary-foreground": onDark >= onLight ? LIGHT_TEXT : DARK_TEXT,
    "--color-ring": color.trim().toLowerCase(),
  };
}
