/** Every Masivo rule beyond JSON Schema, in the order they are reported. */
import type { MasivoSpec } from '../../generated/masivo.js';
import type { AccountRule, SpecRule } from '../types.js';
import { dateRules } from './date-rules.js';
import { couponRules } from './coupon-rules.js';
import { markerKeyReserved } from './marker.js';

export const specRules: readonly SpecRule<MasivoSpec>[] = [...dateRules, ...couponRules, markerKeyReserved];

/** Masivo documents no rule across the campaigns of an account (no unique names, no code clashes). */
export const accountRules: readonly AccountRule<MasivoSpec>[] = [];
