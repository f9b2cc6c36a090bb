/**
 * L2-regularised logistic regression fitted by Newton's method, each step solved by conjugate
 * gradients: deterministic (it starts from zero and has no learning rate to tune), and quick for
 * the thousand or so features the analyzer uses, because it only ever multiplies by the drafts'
 * few non-zero features instead of building the whole curvature matrix.
 */
export function fitLogistic(x: number[][], y: number[], { l2 = 1, iterations = 25 } = {}): number[] {
  const dims = x[0]?.length ?? 0;
  const weights = new Float64Array(dims);
  // Most features of a draft are zero (words it does not use): only the others are kept.
  const rows = x.map((features) => {
    const index: number[] = [];
    const value: number[] = [];
    features.forEach((feature, position) => {
      if (feature === 0) return;
      index.push(position);
      value.push(feature);
    });
    return { index, value };
  });
  const margins = new Float64Array(rows.length);
  const curvature = new Float64Array(rows.length);
  // The bias (feature 0) is not shrunk; a trace of shrinking keeps the system well posed.
  const shrink = (i: number) => (i === 0 ? 1e-9 : l2);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Float64Array(dims);
    rows.forEach(({ index, value }, row) => {
      let sum = 0;
      for (let k = 0; k < index.length; k++) sum += weights[index[k]] * value[k];
      const p = 1 / (1 + Math.exp(-sum));
      curvature[row] = p * (1 - p);
      for (let k = 0; k < index.length; k++) gradient[index[k]] += (p - y[row]) * value[k];
    });
    for (let i = 0; i < dims; i++) gradient[i] += shrink(i) * weights[i];
    const times = (vector: Float64Array): Float64Array => {
      const product = new Float64Array(dims);
      rows.forEach(({ index, value }, row) => {
        let sum = 0;
        for (let k = 0; k < index.length; k++) sum += vector[index[k]] * value[k];
        margins[row] = sum * curvature[row];
      });
      rows.forEach(({ index, value }, row) => {
        for (let k = 0; k < index.length; k++) product[index[k]] += margins[row] * value[k];
      });
      for (let i = 0; i < dims; i++) product[i] += shrink(i) * vector[i];
      return product;
    };
    const step = conjugateGradient(times, gradient);
    let largest = 0;
    for (let i = 0; i < dims; i++) {
      weights[i] -= step[i];
      largest = Math.max(largest, Math.abs(step[i]));
    }
    if (largest < 1e-6) break;
  }
  return [...weights];
}

/** Solves `A s = b` for a symmetric positive definite A known only by its products. */
function conjugateGradient(times: (vector: Float64Array) => Float64Array, b: Float64Array, { tolerance = 1e-10, limit = 500 } = {}): Float64Array {
  const n = b.length;
  const solution = new Float64Array(n);
  const residual = Float64Array.from(b);
  const direction = Float64Array.from(b);
  let size = dotTyped(residual, residual);
  const target = tolerance * Math.max(size, 1e-300);
  for (let step = 0; step < limit && size > target; step++) {
    const product = times(direction);
    const along = size / dotTyped(direction, product);
    for (let i = 0; i < n; i++) {
      solution[i] += along * direction[i];
      residual[i] -= along * product[i];
    }
    const next = dotTyped(residual, residual);
    for (let i = 0; i < n; i++) direction[i] = residual[i] + (next / size) * direction[i];
    size = next;
  }
  return solution;
}

function dotTyped(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** A reproducible order (mulberry32). */
export function seededShuffle<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  return shuffled;
}
