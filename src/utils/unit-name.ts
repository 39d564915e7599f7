/** "xã Lạc Phượng", "thôn Đông Lạc": the kind of unit in lower case before its name. */
const KINDS: Record<string, string> = { xa: 'xã', phuong: 'phường', thon: 'thôn', 'to-dan-pho': 'tổ dân phố' };

export function unitLabel(kind: string, name: string): string {
  return `${KINDS[kind] ?? ''} ${name}`.trim();
}
