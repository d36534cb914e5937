/** Numbers as Vietnamese read them: 91,16 and 2.143. */
export function numberVi(n: number, decimals = 2): string {
  return n.toLocaleString("vi-VN", { maximumFractionDigits: decimals });
}

export function percentVi(rate: number, decimals = 2): string {
  return `${numberVi(rate, decimals)}%`;
}
