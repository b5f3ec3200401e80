/**
 * `category` (a name) or `category_id` on writes; reads carry `category` (the name), `category_id` and
 * `categories` (the Category objects; on list reads only with `expand=category`).
 *
 * Documented (create): an unknown category id answers 404 `not_found` with `resource_type` "category".
 * Assumed: the PUT answers the same, and an unknown category NAME too (the sandbox does not create
 * categories on the fly).
 */
import type { FakeResponse, VendorState } from '../fake.js';
import { resourceNotFound } from './errors.js';
import type { JsonObject } from './json.js';
import { type Category, categories } from './project.js';

export function resolveCategory(state: VendorState, body: JsonObject): Category | FakeResponse | undefined {
  const known = categories(state);
  if (typeof body.category_id === 'string') {
    return known.find((c) => c.id === body.category_id) ?? resourceNotFound('category', body.category_id);
  }
  if (typeof body.category === 'string') {
    return known.find((c) => c.name === body.category) ?? resourceNotFound('category', body.category, 'name');
  }
  return undefined;
}

export function setCategory(campaign: JsonObject, category: Category | undefined): void {
  if (category) {
    campaign.category = category.name;
    campaign.category_id = category.id;
    campaign.categories = [{ ...category }];
  } else {
    delete campaign.category;
    campaign.category_id = null;
    campaign.categories = [];
  }
}
