/** Digits of a numeric string as numbers. */
export const digitsOf = (text: string): number[] => [...text].map(Number);

/** Sum of digit × weight; weights shorter than the digits cover only the leading digits. */
export function weightedSum(text: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(text[i]), 0);
}

/** Luhn (modulus 10, weights 2,1,2,1,... from the left for an even-length number): true when valid. */
export function luhnValid(text: string): boolean {
  const sum = digitsOf(text).reduce((acc, digit, i) => {
    const product = digit * (i % 2 === 0 ? 2 : 1);
    return acc + Math.floor(product / 10) + (product % 10);
  }, 0);
  return sum % 10 === 0;
}
