/**
 * Topsort states its format rules for "listing" and "banner" campaigns; reads add more formats.
 * As the spec schema assumes (adFormat's `x-assumed`), the banner family is banner,
 * exclusive_banner and sponsored_brand; every other format counts as listing.
 */
const BANNER_FAMILY: ReadonlySet<string> = new Set(['banner', 'exclusive_banner', 'sponsored_brand']);

export function isBannerFormat(adFormat: unknown): boolean {
  return typeof adFormat === 'string' && BANNER_FAMILY.has(adFormat);
}
