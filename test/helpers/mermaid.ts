/**
 * A ```mermaid gantt block read by mermaid itself (the devDependency, in a jsdom window), from a
 * test that runs in Node's own environment: only `window` and `document` are set globally, once,
 * so the HTTP clients and servers of an end-to-end test keep Node's own classes.
 */
import { expect } from 'vitest';

export interface GanttTask {
  /** As a reader sees it: the invisible word joiner the calendar may put in front is gone. */
  readonly name: string;
  readonly section: string;
  /** Mermaid reads the chart's times as the machine's local time; read back the same way, `YYYY-MM-DD HH:mm:ss`. */
  readonly start: string;
  readonly end: string;
}

interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
}
interface GanttDb {
  getTasks(): { task: string; section: string; startTime: Date; endTime: Date }[];
  getDiagramTitle(): string;
}
interface JsdomModule {
  JSDOM: new (html: string, opts?: { pretendToBeVisual?: boolean }) => { window: { document: unknown } };
}

let mermaid: Promise<MermaidApi> | undefined;

async function load(): Promise<MermaidApi> {
  // Not a literal: jsdom ships no types, and only its constructor is used.
  const specifier: string = 'jsdom';
  const { JSDOM } = (await import(specifier)) as JsdomModule;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  Object.assign(globalThis, { window, document: window.document });
  return ((await import('mermaid')) as { default: MermaidApi }).default;
}

/** Every ```mermaid block of a markdown text, without its fences. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

/** The chart's tasks and title as mermaid computes them; fails the test when mermaid cannot read it. */
export async function readGantt(text: string): Promise<{ title: string; tasks: GanttTask[] }> {
  const api = await (mermaid ??= load());
  await expect(api.parse(text)).resolves.toBeTruthy();
  const db = (await api.mermaidAPI.getDiagramFromText(text)).db as GanttDb;
  return {
    title: db.getDiagramTitle(),
    tasks: db.getTasks().map((t) => ({ name: t.task.replace(/\u2060/g, '').trim(), section: t.section, start: local(t.startTime), end: local(t.endTime) })),
  };
}

function local(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
