/** Request parameters every campaign call shares: the body as parameters, campaign_id, chain scope. */
import type { FakeRequest, FakeResponse, VendorObject, VendorState } from '../fake.js';
import type { Session } from './auth.js';
import { idIndex } from '../kit/id-index.js';
import { isKnownChain } from './catalogue.js';
import { isClear, toInt } from './coerce.js';
import { ERRORS, fail } from './envelope.js';

/** A parameter's value, or the error answer that ends the request. */
export type Param<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly response: FakeResponse };

const value = <T>(v: T): Param<T> => ({ ok: true, value: v });
const refuse = (response: FakeResponse): Param<never> => ({ ok: false, response });

/**
 * The parameters of a POST/PUT: the JSON object or the form. No body is no parameters.
 * Assumed: an unparsable body, or JSON that is not an object, is error 419 parameter_invalid.
 */
export function bodyParams(req: FakeRequest): Param<Record<string, unknown>> {
  if (req.bodyError !== undefined) return refuse(fail(ERRORS.parameterInvalid, `The request body could not be parsed: ${req.bodyError}`));
  if (req.body === undefined) return value({});
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
    return refuse(fail(ERRORS.parameterInvalid, 'The request body must be a JSON object or a form.'));
  }
  return value(req.body as Record<string, unknown>);
}

/** campaign_id: 245 when absent, 244 when not an integer (as alter-campaign documents). */
export function campaignIdParam(raw: unknown): Param<number> {
  if (raw === undefined || isClear(raw)) return refuse(fail(ERRORS.campaignIdNotPresent));
  const id = toInt(raw);
  if (!id.ok || id.value < 1) return refuse(fail(ERRORS.campaignIdInvalid, `campaign_id ${JSON.stringify(raw)} is not an integer.`));
  return value(id.value);
}

/**
 * A chain id parameter. Assumed: Spaaza's code for a missing or malformed chain_id is not
 * captured, so it answers 419 parameter_invalid; a chain the session does not administer is
 * 68 permission_denied_or_non_existent.
 */
export function chainParam(raw: unknown, name: string, required: boolean, state: VendorState): Param<number | undefined> {
  if (raw === undefined || isClear(raw)) {
    return required ? refuse(fail(ERRORS.parameterInvalid, `${name} must be passed as a parameter.`)) : value(undefined);
  }
  const id = toInt(raw);
  if (!id.ok || id.value < 1) return refuse(fail(ERRORS.parameterInvalid, `${name} must be an integer.`));
  if (!isKnownChain(state, id.value)) return refuse(fail(ERRORS.permissionDenied, `This session has no access to chain ${id.value}.`));
  return value(id.value);
}

/**
 * Assumed: the chain a request names (a `chain_id` parameter or the Resources API's
 * `X-Spaaza-Chain-ID` header) must be the campaign's own; a campaign of another chain is, to
 * that request, "insufficient permissions … or the object does not exist": error 68, HTTP 403.
 */
export function checkScope(campaign: VendorObject, chainId: number | undefined, session: Session): FakeResponse | undefined {
  const wrong = (chain: number | string): FakeResponse =>
    fail(ERRORS.permissionDenied, `Campaign ${String(campaign.id)} does not belong to chain ${String(chain)}.`);
  if (chainId !== undefined && chainId !== campaign.chain_id) return wrong(chainId);
  return checkHeaderChain(session, campaign.chain_id as number);
}

/** `X-Spaaza-Chain-ID`, when sent, must be an integer and name `chainId`. */
export function checkHeaderChain(session: Session, chainId: number): FakeResponse | undefined {
  if (session.chainHeader === undefined) return undefined;
  const header = toInt(session.chainHeader);
  if (!header.ok) return fail(ERRORS.parameterInvalid, 'X-Spaaza-Chain-ID must be an integer.');
  if (header.value !== chainId) return fail(ERRORS.permissionDenied, `X-Spaaza-Chain-ID ${header.value} does not match chain ${chainId}.`);
  return undefined;
}

const byId = idIndex<VendorObject>((c) => c.id);

/** An undeleted campaign by id. Assumed: a campaign flagged `is_deleted` reads as not found. */
export function findCampaign(state: VendorState, id: number): { campaign: VendorObject; index: number } | undefined {
  const index = byId.find(state.campaigns, id, (c) => c.is_deleted !== true);
  return index < 0 ? undefined : { campaign: state.campaigns[index]!, index };
}
