/** `import --list`'s output formats: here, apart from the command, so that main.ts can name them without loading it. */
export type ListFormat = 'text' | 'json';
export const LIST_FORMATS: readonly ListFormat[] = ['text', 'json'];
