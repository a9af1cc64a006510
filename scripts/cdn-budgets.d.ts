import type { OutputBundle, Plugin } from 'rollup';

export interface BudgetOptions {
  /** What the build is, printed above its table. */
  title?: string;
  /** Limits in bytes by entry file name, e.g. `{ 'care-elements.js': 20 * 1024 }`. */
  budgets?: Record<string, number>;
  /** The limit of every other entry. */
  defaultBudget?: number;
  /** What an entry should cost a page, printed beside its budget, by entry file name. */
  aims?: Record<string, number>;
  /** The aim of every other entry. */
  defaultAim?: number;
}

export interface EntryRow {
  file: string;
  own: number;
  total: number;
  files: number;
  budget?: number;
  over: boolean;
  aim?: number;
}

export interface Measurement {
  entries: EntryRow[];
  lazy: { file: string; own: number; adds: number; merged: number; by: string[] }[];
  shared: { file: string; own: number }[];
  all: number;
  /** What the smallest chunk loaded on demand would add made static, merged into the chunk that imports it. */
  smallestLazy?: number;
  /** Entries whose headroom is not below it. */
  loose: EntryRow[];
}

export function gzipSizes(bundle: OutputBundle): Record<string, number>;
export function staticClosure(bundle: OutputBundle, fileName: string): Set<string>;
export function measure(bundle: OutputBundle, options?: BudgetOptions): Measurement;
export function formatTable(measurement: Measurement, title?: string): string;
/** Prints the table on every build and fails the build past a budget. */
export function cdnBudgets(options: BudgetOptions): Plugin;
