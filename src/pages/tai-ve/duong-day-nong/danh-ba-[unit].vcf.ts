/** "Lưu vào danh bạ": the numbers of each unit's board (the commune's and every village's) as one vCard file. */
import type { APIContext, GetStaticPaths } from 'astro';
import { getSite, getVillages, type Unit } from '../../../data/site';
import { unitContacts } from '../../../vcard/unit-contacts';
import { vcardFile } from '../../../vcard/vcard';
import { contentType } from '../../../safety/content-types';

export const getStaticPaths = (async () => {
  const units = [(await getSite()).commune, ...(await getVillages())];
  return units.map((unit) => ({ params: { unit: unit.id }, props: { unit } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { unit } = context.props as { unit: Unit };
  return new Response(vcardFile(await unitContacts(unit, context.site!)), {
    headers: { 'Content-Type': contentType('danh-ba.vcf') },
  });
}
