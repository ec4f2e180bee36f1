/** Orientation and the automatic 3:4 crop, as plain arithmetic (no sharp here). */

export interface Size {
  width: number;
  height: number;
}

/** EXIF orientations 5-8 are rotated by 90 or 270 degrees: width and height swap. */
export function orientedSize(width: number, height: number, orientation: number | undefined): Size {
  return orientation !== undefined && orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height };
}

/**
 * How to turn the oriented source into the output frame with one resize and one extract:
 * resize to `resize` (same aspect as the source, covering the frame), then cut `frame`-sized
 * at (left, top). Resizing first lets the decoder shrink on load (JPEG DCT scaling), so a
 * 12 MP photo is never fully decoded.
 */
export interface CropPlan {
  resize: Size;
  left: number;
  top: number;
  /** Share of the source area that the crop removes, 0..1. */
  removedFraction: number;
}

/**
 * Too wide: keep the full height, cut equally left and right (the person is usually centred).
 * Too tall: keep the full width, cut `topBias` of the surplus above and the rest below, so a head
 * near the top of a half-body shot stays in frame.
 */
export function planPortraitCrop(source: Size, frame: Size, topBias: number): CropPlan {
  const tooWide = source.width * frame.height > source.height * frame.width;
  if (tooWide) {
    const width = Math.max(frame.width, Math.round((source.width * frame.height) / source.height));
    const keptWidth = (source.height * frame.width) / frame.height;
    return {
      resize: { width, height: frame.height },
      left: Math.floor((width - frame.width) / 2),
      top: 0,
      removedFraction: 1 - keptWidth / source.width,
    };
  }
  const height = Math.max(frame.height, Math.round((source.height * frame.width) / source.width));
  const keptHeight = (source.width * frame.height) / frame.width;
  return {
    resize: { width: frame.width, height },
    left: 0,
    top: Math.round((height - frame.height) * topBias),
    removedFraction: 1 - keptHeight / source.height,
  };
}
