/**
 * The bids of the create body ("BidCreate"), parsed pydantic-style. The create call needs at least
 * one; afterwards bids are a sub-resource this fake does not serve, so a campaign keeps only their
 * count (`bidCount`).
 *
 * Documented: `amount` is an int64 in minor units; `formatProperties` "is required for banner
 * ads. Should be not set for listing ads"; inside it `bannerAssets` (at least one, each with
 * `url` of 1–2083 characters, `contentType`, `dimensions` {width, height} and `size`) and
 * `deviceType` (desktop or mobile).
 * Assumed: `target` {id, type} is required (the 2022 model required it; every example has one);
 * `formatProperties.adFormat` is required and only `banner` (a docs build says so; the current
 * page shows any string); `amount` is at least 0; `trigger` and `triggers` are only type-checked.
 */
import { dict, int, Issues, list, oneOf, str, type Loc } from './validation.js';

const DEVICE_TYPES = ['desktop', 'mobile'] as const;
const URL_MAX_LENGTH = 2083;

function required(obj: Record<string, unknown>, key: string, loc: Loc, issues: Issues): boolean {
  if (obj[key] !== undefined && obj[key] !== null) return true;
  issues.missing([...loc, key]);
  return false;
}

function bannerAsset(v: unknown, loc: Loc, issues: Issues): void {
  const asset = dict(v, loc, issues);
  if (!asset) return;
  if (required(asset, 'url', loc, issues)) {
    const url = str(asset.url, [...loc, 'url'], issues, 1);
    if (url !== undefined && url.length > URL_MAX_LENGTH) {
      issues.add([...loc, 'url'], `ensure this value has at most ${URL_MAX_LENGTH} characters`, 'value_error.any_str.max_length', {
        limit_value: URL_MAX_LENGTH,
      });
    }
  }
  if (required(asset, 'contentType', loc, issues)) str(asset.contentType, [...loc, 'contentType'], issues, 1);
  if (required(asset, 'dimensions', loc, issues)) {
    const at = [...loc, 'dimensions'];
    const dims = dict(asset.dimensions, at, issues);
    if (dims) {
      if (required(dims, 'width', at, issues)) int(dims.width, [...at, 'width'], issues);
      if (required(dims, 'height', at, issues)) int(dims.height, [...at, 'height'], issues);
    }
  }
  if (required(asset, 'size', loc, issues)) int(asset.size, [...loc, 'size'], issues);
}

function formatProperties(v: unknown, loc: Loc, issues: Issues): void {
  const props = dict(v, loc, issues);
  if (!props) return;
  if (required(props, 'adFormat', loc, issues)) oneOf(props.adFormat, [...loc, 'adFormat'], issues, ['banner'] as const);
  if (required(props, 'bannerAssets', loc, issues)) {
    const assets = list(props.bannerAssets, [...loc, 'bannerAssets'], issues, { minItems: 1 });
    assets?.forEach((a, i) => bannerAsset(a, [...loc, 'bannerAssets', i], issues));
  }
  if (props.deviceType !== undefined && props.deviceType !== null) oneOf(props.deviceType, [...loc, 'deviceType'], issues, DEVICE_TYPES);
  if (props.slotId !== undefined && props.slotId !== null) str(props.slotId, [...loc, 'slotId'], issues);
}

function bid(v: unknown, loc: Loc, issues: Issues, banner: boolean): void {
  const b = dict(v, loc, issues);
  if (!b) return;
  const given = (key: string): boolean => b[key] !== undefined && b[key] !== null;
  if (required(b, 'target', loc, issues)) {
    const at = [...loc, 'target'];
    const target = dict(b.target, at, issues);
    if (target) {
      if (required(target, 'id', at, issues)) str(target.id, [...at, 'id'], issues, 1);
      if (required(target, 'type', at, issues)) str(target.type, [...at, 'type'], issues, 1);
    }
  }
  if (given('amount')) int(b.amount, [...loc, 'amount'], issues, { ge: 0 });
  if (given('location')) str(b.location, [...loc, 'location'], issues);
  if (given('trigger')) dict(b.trigger, [...loc, 'trigger'], issues);
  if (given('triggers')) list(b.triggers, [...loc, 'triggers'], issues)?.forEach((t, i) => dict(t, [...loc, 'triggers', i], issues));
  if (banner) {
    if (required(b, 'formatProperties', loc, issues)) formatProperties(b.formatProperties, [...loc, 'formatProperties'], issues);
  } else if (given('formatProperties')) {
    issues.rule([...loc, 'formatProperties'], 'formatProperties must not be set for listing campaigns');
  }
}

/** The number of bids when every bid is well formed for a campaign of this format (banner or listing). */
export function parseBids(v: unknown, loc: Loc, issues: Issues, banner: boolean): number | undefined {
  const items = list(v, loc, issues, { minItems: 1 });
  if (!items) return undefined;
  const before = issues.list.length;
  items.forEach((item, i) => bid(item, [...loc, i], issues, banner));
  return issues.list.length === before ? items.length : undefined;
}
