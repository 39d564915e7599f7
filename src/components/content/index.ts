/** The allow-list: the only components an MDX body may use. The CMS registers the same set. */
import Callout from './Callout.astro';
import Download from './Download.astro';
import HotlineCard from './HotlineCard.astro';
import KeyDate from './KeyDate.astro';
import ReportSteps from '../ReportSteps.astro';

export const mdxComponents = { Callout, Download, HotlineCard, KeyDate, ReportSteps };
export type ContentComponentName = keyof typeof mdxComponents;
