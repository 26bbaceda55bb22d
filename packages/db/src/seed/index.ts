export interface SeedOptions {
  log?: (line: string) => void;
}

/** Placeholder until the demo data lands: the template is migrated only. */
export async function seedDemoData(_ownerUrl: string, _options: SeedOptions = {}): Promise<void> {}
