/**
 * The guardrails a plan's actions tripped (`guardrails: [{rule, message}]` on an action; the shape
 * is the plan's, see docs/github.md), read from a plan as saved: the GitHub side judges approvals
 * and sets the commit status from the plan file alone, without the policy that produced them.
 */
import type { Plan } from '../engine/plan-model.js';

export interface TrippedGuardrail {
  readonly rule: string;
  readonly message: string;
}

export interface GuardedAction {
  readonly address: string;
  readonly guardrails: readonly TrippedGuardrail[];
}

/** The actions that need approval, in plan order; a malformed entry counts as a guardrail (never as none). */
export function guardedActions(plan: Pick<Plan, 'actions'>): GuardedAction[] {
  const out: GuardedAction[] = [];
  for (const a of plan.actions) {
    const raw: unknown = a.guardrails;
    if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) continue;
    const list = Array.isArray(raw) ? raw : [raw];
    out.push({
      address: a.address,
      guardrails: list.map((g: unknown) => {
        const o = (typeof g === 'object' && g !== null ? g : {}) as { rule?: unknown; message?: unknown };
        return { rule: typeof o.rule === 'string' ? o.rule : 'unknown', message: typeof o.message === 'string' ? o.message : 'a guardrail the plan names in a form this campaignctl does not read' };
      }),
    });
  }
  return out;
}
