/** The frame colours of each callout type: shared by Callout.astro and the CMS preview (cms/previews/callout.ts). */
export const calloutStyles = { info: 'border-brand bg-paper', warning: 'border-alert bg-red-50', tip: 'border-green-700 bg-green-50' } as const;

/** A callout type as written; an unknown value is shown as `info`. */
export type CalloutType = keyof typeof calloutStyles;

/** The known type of a written value, else `info`. */
export function calloutType(value: string | undefined): CalloutType {
  return value !== undefined && value in calloutStyles ? (value as CalloutType) : 'info';
}
