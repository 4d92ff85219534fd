// How an indicator is referred to: "(6)" for a numbered one, its code ("1.2") for a component.
export function indicatorNumber(indicator: { number?: number | null; code: string }): string {
  return indicator.number != null ? `(${indicator.number})` : indicator.code;
}
