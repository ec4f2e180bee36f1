/** Valid Swedish personnummer for generated people: born 1960-1999, birth number from i, Luhn check digit. */
export function personnummer(i: number): string {
  const year = String(60 + (i % 40));
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  const ten = `${year}${month}${day}${String(1 + (Math.floor(i / 840) % 999)).padStart(3, '0')}`;
  const sum = [...ten].reduce((acc, d, k) => {
    const v = Number(d) * (k % 2 === 0 ? 2 : 1);
    return acc + (v > 9 ? v - 9 : v);
  }, 0);
  return `19${ten}${(10 - (sum % 10)) % 10}`;
}
