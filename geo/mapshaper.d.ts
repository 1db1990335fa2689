// mapshaper ships no types; this is the one call the pipeline makes.
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string>>;
  };
  export default mapshaper;
}
