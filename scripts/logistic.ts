/**
 * L2-regularised logistic regression fitted by Newton's method: deterministic (it starts from zero
 * and has no learning rate to tune), and quick for the few dozen features the analyzer uses.
 */
export function fitLogistic(x: number[][], y: number[], { l2 = 1, iterations = 25 } = {}): number[] {
  const dims = x[0]?.length ?? 0;
  let weights = new Array<number>(dims).fill(0);
  // Most features of a draft are zero (words it does not use): only the others are visited.
  const nonZero = x.map((features) => features.flatMap((value, index) => (value === 0 ? [] : [index])));
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array<number>(dims).fill(0);
    const hessian = Array.from({ length: dims }, () => new Array<number>(dims).fill(0));
    for (let row = 0; row < x.length; row++) {
      const features = x[row];
      const present = nonZero[row];
      let sum = 0;
      for (const d of present) sum += weights[d] * features[d];
      const p = 1 / (1 + Math.exp(-sum));
      const error = p - y[row];
      const curvature = p * (1 - p);
      for (let a = 0; a < present.length; a++) {
        const i = present[a];
        gradient[i] += error * features[i];
        for (let b = a; b < present.length; b++) {
          const j = present[b];
          hessian[i][j] += curvature * features[i] * features[j];
        }
      }
    }
    // The bias (feature 0) is not shrunk.
    for (let i = 0; i < dims; i++) {
      for (let j = 0; j < i; j++) hessian[i][j] = hessian[j][i];
      if (i > 0) {
        gradient[i] += l2 * weights[i];
        hessian[i][i] += l2;
      }
      hessian[i][i] += 1e-9;
    }
    const step = solve(hessian, gradient);
    weights = weights.map((weight, index) => weight - step[index]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return weights;
}

/** Solves a symmetric positive definite system by Cholesky decomposition. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const lower = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i][j];
      for (let k = 0; k < j; k++) sum -= lower[i][k] * lower[j][k];
      lower[i][j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / lower[j][j];
    }
  }
  const forward = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = vector[i];
    for (let k = 0; k < i; k++) sum -= lower[i][k] * forward[k];
    forward[i] = sum / lower[i][i];
  }
  const result = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = forward[i];
    for (let k = i + 1; k < n; k++) sum -= lower[k][i] * result[k];
    result[i] = sum / lower[i][i];
  }
  return result;
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
