/** Campaigns by their place in time: running now, coming, or over. */
import { type CollectionEntry } from 'astro:content';
import { entries } from './entries';
import { today } from '../utils/dates';

export type Campaign = CollectionEntry<'campaigns'>;
export type CampaignStatus = 'current' | 'upcoming' | 'past';

export function campaignStatus(c: Campaign, day = today()): CampaignStatus {
  if (day < c.data.startDate) return 'upcoming';
  if (day > c.data.endDate) return 'past';
  return 'current';
}

/** Newest first. */
export async function getCampaigns(): Promise<Campaign[]> {
  return (await entries('campaigns')).sort((a, b) => b.data.startDate.getTime() - a.data.startDate.getTime());
}

/** The campaign running today, else the next one to start. */
export async function getFeaturedCampaign(): Promise<Campaign | undefined> {
  const all = await getCampaigns();
  const current = all.find((c) => campaignStatus(c) === 'current');
  if (current) return current;
  return all
    .filter((c) => campaignStatus(c) === 'upcoming')
    .sort((a, b) => a.data.startDate.getTime() - b.data.startDate.getTime())[0];
}
