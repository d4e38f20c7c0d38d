/** @module Fits a ridge regression by its normal equations. */

// Hand-written: a closed-form solve of a 22x22 system needs no library, and keeps the training script
// dependency-free. Gaussian elimination with partial pivoting; the ridge term keeps the system well posed.

export function fitRidge(rows: readonly ArrayLike<number>[], targets: ArrayLike<number>, l2 = 1e-3, rowWeights?: ArrayLike<number>): number[] {
  const d = rows[0]?.length ?? 0;
  const a = Array.from({ length: d }, () => new Float64Array(d + 1));
  let total = 0;
  for (let k = 0; k < rows.length; k++) {
    const x = rows[k]!;
    const weight = rowWeights?.[k] ?? 1;
    total += weight;
    for (let i = 0; i < d; i++) {
      const xi = x[i]! * weight;
      if (xi === 0) continue;
      const row = a[i]!;
      for (let j = 0; j < d; j++) row[j]! += xi * x[j]!;
      row[d]! += xi * targets[k]!;
    }
  }
  for (let i = 0; i < d; i++) a[i]![i]! += l2 * total;
  for (let i = 0; i < d; i++) {
    let pivot = i;
    for (let r = i + 1; r < d; r++) if (Math.abs(a[r]![i]!) > Math.abs(a[pivot]![i]!)) pivot = r;
    [a[i], a[pivot]] = [a[pivot]!, a[i]!];
    for (let r = 0; r < d; r++) {
      if (r === i) continue;
      const factor = a[r]![i]! / a[i]![i]!;
      if (factor === 0) continue;
      for (let c = i; c <= d; c++) a[r]![c]! -= factor * a[i]![c]!;
    }
  }
  return a.map((row, i) => row[d]! / row[i]!);
}
