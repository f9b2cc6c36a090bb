/** One measured figure, printed beside its budget and, where there is one, its comparison. */
export type BenchRow = {
  suite: string;
  name: string;
  unit: string;
  /** The figure: the median where the work was measured several times, else the one measurement. */
  median: number;
  /** The 95th percentile, where the work was measured several times. */
  p95?: number;
  /** How many measurements the median and p95 are taken over. */
  runs?: number;
  /** The figure (`on`: its median, the default, or its p95) must stay at or below `max` / at or above `min`. */
  budget?: { max?: number; min?: number; on?: 'median' | 'p95' };
  /** What the same work costs without Steady, with the floor extension or with a baseline library, measured in the same run. */
  compare?: string;
};

export type BenchSuite = () => Promise<BenchRow[]>;

/** Sizes are in KB of 1,000 bytes, as the stores and the build report them. */
export const KB = 1000;

export function budgetedValue(row: BenchRow): number | undefined {
  if (!row.budget) return undefined;
  return row.budget.on === 'p95' ? row.p95 : row.median;
}

export function withinBudget(row: BenchRow): boolean | undefined {
  if (!row.budget) return undefined;
  const value = budgetedValue(row);
  if (value === undefined || Number.isNaN(value)) return false;
  if (row.budget.max !== undefined && value > row.budget.max) return false;
  if (row.budget.min !== undefined && value < row.budget.min) return false;
  return true;
}

/** The p-th percentile of a sample (nearest rank); p = 50 is the median. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** Median, p95 and count of a sample, ready to spread into a row. */
export function spread(values: number[]): { median: number; p95: number; runs: number } {
  return { median: percentile(values, 50), p95: percentile(values, 95), runs: values.length };
}

/** A short figure for the compare column: three significant digits, whole numbers from 100 up. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
