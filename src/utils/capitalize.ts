/** The first letter in upper case, the Vietnamese way: "đặc khu Vân Đồn" → "Đặc khu Vân Đồn" (a heading starts with a capital). */
export function capitalize(text: string): string {
  const nfc = text.normalize('NFC');
  return nfc.charAt(0).toLocaleUpperCase('vi') + nfc.slice(1);
}
