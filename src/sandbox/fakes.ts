/** The vendor fakes the sandbox serves, one line each. */
import type { VendorFake } from './fake.js';
import { fake as masivo } from './masivo/index.js';
import { fake as voucherify } from './voucherify/index.js';
import { fake as lula } from './lula/index.js';
import { fake as spaaza } from './spaaza/index.js';
import { fake as topsort } from './topsort/index.js';

export const allFakes: readonly VendorFake[] = [masivo, voucherify, lula, spaaza, topsort];
