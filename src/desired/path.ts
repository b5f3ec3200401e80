/** One step into a YAML/JSON value: a map key or an array index. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** `budget.amount`, `rules[0].effects[1]`: the dotted form used in plans, errors and `ignore`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** Parses the dotted form back; returns undefined when the text is not a well-formed path. */
export function parsePath(text: string): PathSegment[] | undefined {
  const out: PathSegment[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|(\.)/gy;
  let expectName = true;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    m = re.exec(text);
    if (!m) return undefined;
    if (m[1] !== undefined) {
      if (!expectName) return undefined;
      out.push(m[1]);
      expectName = false;
    } else if (m[2] !== undefined) {
      if (out.length === 0) return undefined;
      out.push(Number(m[2]));
      expectName = false;
    } else {
      if (expectName) return undefined;
      expectName = true;
    }
    pos = re.lastIndex;
  }
  if (expectName || out.length === 0) return undefined;
  return out;
}

/** The top-level field a dotted path starts in: `budget` for `budget.amount`, `rules` for `rules[0].x`. */
export function topField(path: string): string {
  const end = path.search(/[.[]/);
  return end < 0 ? path : path.slice(0, end);
}
