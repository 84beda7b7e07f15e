import type { ReactNode } from 'react';
import type { PackedPage } from './pack';

/** One block of a slide's body: a card, a channel, a talking point, a paragraph, a chart. */
export interface FitItem {
  key: string;
  node: ReactNode;
  group?: number;
  heading?: boolean;
  /** The group's heading repeated at the top of a column that continues it. */
  continued?: ReactNode;
  breakBefore?: boolean;
  /** Space above, in em of the slide's type (default 0.55). */
  gap?: number;
  /** Gets a page of its own at full width (the room's map). */
  wide?: boolean;
}

export interface FitContent {
  /** Shown on every page, full width, above the columns (the statement, the prompt). */
  lead: ReactNode;
  items: FitItem[];
  /** The narrowest readable column, in em; more columns are tried while they stay this wide. */
  minColumnEm: number;
  maxColumns: number;
  minColumns?: number;
}

/**
 * Type sizes tried, largest first, in px of the 1280×720 stage. 18 px is the floor: below it the
 * back of a room cannot read; beyond it the view uses more columns, then pages.
 */
export const FIT_SIZES: readonly number[] = [30, 28, 26, 24, 22, 20, 18];
export const FLOOR = 18;
export const COLUMN_GAP_EM = 1.1;
export const DEFAULT_GAP_EM = 0.55;

export interface FitLayout {
  key: string;
  size: number;
  columns: number;
  pages: PackedPage[];
  overflow: boolean;
}

