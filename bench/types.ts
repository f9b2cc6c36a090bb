/** One measured figure, printed beside its budget and, where there is one, its comparison. */
export type BenchRow = {
  suite: string;
  name: string;
  value: number;
  unit: string;
  /** The figure must stay at or below `max` / at or above `min`. */
  budget?: { max?: number; min?: number };
  /** What the same work costs without Steady or with a baseline library, measured in the same run. */
  compare?: string;
};

export type BenchSuite = () => Promise<BenchRow[]>;

export function withinBudget(row: BenchRow): boolean | undefined {
  if (!row.budget) return undefined;
  if (row.budget.max !== undefined && row.value > row.budget.max) return false;
  if (row.budget.min !== undefined && row.value < row.budget.min) return false;
  return true;
}

/** Median and p-th percentile of a sample. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}
