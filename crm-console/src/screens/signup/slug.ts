/**
 * A suggested tenant slug from the company's name: lower-case Latin letters and digits joined by dashes
 * ("Ningbo Hardware Co., Ltd" is ningbo-hardware-co-ltd). A name in another script suggests nothing: the admin
 * types one. The service checks it again.
 */
export function slugOf(companyName: string): string {
  return companyName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}
