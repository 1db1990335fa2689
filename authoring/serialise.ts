/**
 * The bytes of the files the tool writes, the same from the command line and from the studio:
 * two-space JSON with each flat object (a mention, a date) on one line, and a final newline.
 */
export function serialiseStory(story: unknown): string {
  const json = JSON.stringify(story, null, 2).replace(
    /\{\n\s+([^{}[\]]*?)\n\s*\}/g,
    (_, body: string) => `{ ${body.split(/,\n\s+/).join(', ')} }`,
  );
  return `${json}\n`;
}
