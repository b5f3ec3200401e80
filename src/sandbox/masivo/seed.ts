/**
 * The embedded sandbox's Masivo account: one live campaign per example in campaigns/masivo/ (same
 * id, same values), except for four deliberate differences a dashboard user made, plus two
 * campaigns no YAML manages.
 *
 * Deliberate differences (the first plan shows them):
 *   - 6ab8ebd7-… (coffee punch card): `status` — paused in the dashboard (reads PAUSED; YAML: ACTIVE).
 *   - d03e623e-… (double points 2027): `budget` — 1,000,000 live; YAML: 1,200,000.
 *   - d5843e2a-… (refer a friend): `name` — renamed "Invita a un amigo y gana"; YAML: "Invita a un amigo".
 *   - d5843e2a-… (refer a friend): `metadata` — terms_version still "2026-04"; YAML: "2026-10".
 * A write-only value differs too (plan cannot see it; it makes the YAML's intent real): the
 * welcome coupon has 20,000 generated codes (YAML raises `quantity` to 50,000 with
 * `confirm_changes`).
 *
 * `metadata` is written here as an object and stored, like `rules`, as compact JSON text (null
 * when the campaign has none).
 *
 * Dates come from a fixed calendar, never from `now`, so the seed reads the same whatever the day;
 * only the stored `status` (RUNNING/PAUSED/SCHEDULED/FINISHED, which Masivo derives from the dates)
 * is computed for `now` — reads recompute it anyway.
 */
import type { VendorState } from '../fake.js';
import { deriveStatus, instantOf } from './read-shape.js';
import type { CampaignType, MasivoCampaign, MasivoState, WriteOnlyFields, WriteStatus } from './state.js';

type Seeded = Omit<MasivoCampaign, 'status' | 'rules' | 'metadata'> & {
  written: WriteStatus;
  rules: unknown[];
  metadata?: Record<string, unknown>;
  writeOnly: WriteOnlyFields;
  used?: number;
};

const cond = (type: string, operator: string, primitive: string, value: string | number): Record<string, unknown> => ({ type, operator, primitive, value });
const APP = { label: 'App', value: 'APP' };
const POS = { label: 'Tiendas físicas', value: 'POS' };
const WEB = { label: 'Tienda en línea', value: 'WEB' };

const electronicsOver1500 = [[cond('Order Value', 'greater than', 'number', 1500), cond('Product Category', 'equals', 'string', 'Electrónica')]];
const orderOver499 = [[cond('Order Value', 'greater than', 'number', 499)]];

function campaign(id: string, type: CampaignType, rest: Omit<Seeded, 'id' | 'type'>): Seeded {
  return { id, type, ...rest };
}

const SEEDED: readonly Seeded[] = [
  campaign('6ab8ebd7-08d5-40c3-9d7e-118d65906a5b', 'PUNCH_CARDS', {
    brand_id: '2cc67d9c-410c-44c8-aa8c-741fbdbc58af',
    name: 'Tarjeta de sellos Café Aurora',
    description: 'Junta 9 sellos comprando cualquier bebida y tu décima bebida es gratis.',
    rules: [
      {
        conditions: [[cond('Product Category', 'equals', 'string', 'Bebidas')], [cond('Product Category', 'equals', 'string', 'Bebidas de temporada')]],
        effects: [{ reward_id: '65b9ffcc-3b6f-44f2-ad0d-b6b45a96f77c', expiration_date: '3/months', amount: 1 }],
      },
    ],
    attributes: { trigger: 'PURCHASE', privacy: 'PUBLIC' },
    written: 'INACTIVE', // drift: paused in the dashboard
    start_date: '2026-03-01T06:00:00Z',
    end_date: null,
    funded_by: 'Café Aurora',
    budget: 90000,
    writeOnly: { withoutEndDate: true, platforms: [POS, APP], divide_budget_in: 'monthly', labels: [{ label: 'Cafetería', value: 'cafeteria' }] },
  }),
  campaign('d03e623e-cc9b-4610-a661-1d2a5901ce82', 'BEHAVIOR', {
    brand_id: null,
    name: 'Puntos dobles en electrónica 2027',
    description:
      'Todo 2027, los socios ganan el doble de puntos en compras de electrónica mayores a $1,500 MXN; los socios Oro ganan el triple.',
    rules: [
      { conditions: electronicsOver1500, effects: [{ reward_id: 'abbcda41-2625-4bdb-a398-70f90234c9fd', type: 'POINTS', expiration_date: '12/months', amount: 2 }] },
      {
        conditions: electronicsOver1500,
        effects: [
          {
            reward_id: 'abbcda41-2625-4bdb-a398-70f90234c9fd',
            type: 'POINTS',
            tier_id: '17a87757-a39e-471e-8a9a-6a8adef2b061',
            expiration_date: '12/months',
            amount: 3,
          },
        ],
      },
    ],
    attributes: { trigger: 'PURCHASE', privacy: 'PUBLIC' },
    written: 'ACTIVE',
    start_date: '2027-01-01T06:00:00Z',
    end_date: '2028-01-01T05:59:59Z',
    funded_by: 'Samsung Electronics México',
    budget: 1000000, // drift: the YAML says 1,200,000
    writeOnly: {
      platforms: [APP, WEB, POS],
      divide_budget_in: 'monthly',
      labels: [
        { label: 'Electrónica', value: 'electronica' },
        { label: 'Cofinanciada', value: 'cofinanciada' },
      ],
    },
  }),
  campaign('d5843e2a-ddbc-4577-92a0-22ff8fb19977', 'REFERRALS', {
    brand_id: null,
    name: 'Invita a un amigo y gana', // drift: renamed in the dashboard
    description:
      'Quien invita gana 300 puntos cuando su invitado hace su primera compra de $500 MXN o más; el invitado recibe $100 MXN de descuento en esa compra.',
    rules: [{ conditions: orderOver499, effects: [{ reward_id: '2b97aa6b-1b8c-4a0b-82b8-eecbe6b2cf66', type: 'POINTS', expiration_date: '12/months', amount: 300 }] }],
    attributes: { trigger: 'PURCHASE', privacy: 'PRIVATE' },
    written: 'INACTIVE',
    start_date: '2026-06-01T06:00:00Z',
    end_date: null,
    funded_by: null,
    budget: 400000,
    metadata: { program: 'member-get-member', terms_version: '2026-04' }, // drift: the YAML says "2026-10"
    writeOnly: {
      withoutEndDate: true,
      divide_budget_in: 'monthly',
      referee_rules_json: JSON.stringify([
        { conditions: orderOver499, effects: [{ reward_id: '06524577-e607-493e-bbb3-ce42daf12b58', expiration_date: '15/days', amount: 1 }] },
      ]),
    },
  }),
  campaign('370f67dc-b60e-4a2f-ac8d-0ca4dc15d7e3', 'COUPONS', {
    brand_id: null,
    name: 'Cupón de bienvenida — primera compra en app',
    description: '$150 MXN de descuento en la primera compra desde la app, mínimo $799 MXN.',
    rules: [
      {
        conditions: [[cond('Order Value', 'greater than', 'number', 799)]],
        effects: [{ reward_id: 'c58b3502-c007-4014-87e6-52a7d7b8feaf', expiration_date: '30/days', amount: 1 }],
      },
    ],
    attributes: { privacy: 'PUBLIC' },
    written: 'ACTIVE',
    start_date: '2026-12-01T06:00:00Z',
    end_date: null,
    funded_by: null,
    budget: 750000,
    metadata: { owner: 'crm-app', utm_campaign: 'bienvenida-app', cost_center: 'MKT-DIG-014' },
    writeOnly: {
      withoutEndDate: true,
      platforms: [APP],
      divide_budget_in: 'total',
      quantity: 20000, // the YAML raises it to 50,000 with confirm_changes
      useCustomCodes: false,
    },
  }),
  // Not managed by any YAML: an ended summer campaign and a running Buen Fin coupon with custom codes.
  campaign('9f1c2b7e-5d4a-4c1e-9b2f-3a6d8e7c1f20', 'BEHAVIOR', {
    brand_id: null,
    name: 'Cashback de fin de semana — verano 2026',
    description: '5% de regreso en puntos en compras de sábado y domingo.',
    rules: [
      {
        conditions: [[cond('Day of Week', 'in', 'array', 'Saturday,Sunday')]],
        effects: [{ reward_id: 'abbcda41-2625-4bdb-a398-70f90234c9fd', type: 'POINTS', expiration_date: '6/months', amount: 0.05 }],
      },
    ],
    attributes: { trigger: 'PURCHASE', privacy: 'PUBLIC' },
    written: 'ACTIVE',
    start_date: '2026-07-04T06:00:00Z',
    end_date: '2026-09-28T05:59:59Z',
    funded_by: null,
    budget: 250000,
    writeOnly: { platforms: [APP, POS], divide_budget_in: 'weekly' },
  }),
  campaign('b7e4a0d2-3c58-4f6e-a1d9-5e2c7b8f0a43', 'COUPONS', {
    brand_id: '2cc67d9c-410c-44c8-aa8c-741fbdbc58af',
    name: 'Buen Fin 2026 — cupones Café Aurora',
    description: '2x1 en bebidas con código durante el Buen Fin.',
    rules: [
      {
        conditions: [[cond('Product Category', 'equals', 'string', 'Bebidas')]],
        effects: [{ reward_id: '65b9ffcc-3b6f-44f2-ad0d-b6b45a96f77c', expiration_date: '7/days', amount: 1 }],
      },
    ],
    attributes: { privacy: 'PUBLIC' },
    written: 'ACTIVE',
    start_date: '2026-11-13T06:00:00Z',
    end_date: '2026-12-31T05:59:59Z',
    funded_by: 'Café Aurora',
    budget: 50000,
    writeOnly: { useCustomCodes: true, customCodes: 'BUENFIN-AB12, BUENFIN-CD34, BUENFIN-EF56', divide_budget_in: 'total' },
    used: 2,
  }),
];

export function seed(now: Date): VendorState {
  const state: MasivoState = { campaigns: [], writeOnly: {}, codeUsage: {} };
  for (const s of SEEDED) {
    const { written, rules, metadata, writeOnly, used, ...fields } = s;
    const c: MasivoCampaign = {
      ...fields,
      rules: JSON.stringify(rules),
      metadata: metadata === undefined ? null : JSON.stringify(metadata),
      status: deriveStatus(written, instantOf(fields.start_date), instantOf(fields.end_date), now.getTime()),
    };
    state.campaigns.push({ ...c });
    state.writeOnly![s.id] = structuredClone(writeOnly);
    if (used !== undefined) state.codeUsage![s.id] = used;
  }
  return state;
}
