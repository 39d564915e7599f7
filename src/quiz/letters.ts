/** The letter an option is known by on the page, the worksheet and the slides: A, B, C… */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
