/** Whether two texts say the same words, ignoring case, Unicode form and spacing ("Gia đình  không ma túy" = "gia đình không ma túy"). */
export function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}
