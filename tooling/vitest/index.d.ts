import type { ViteUserConfig } from "vitest/config";

export function reporters(
  packageName: string,
): NonNullable<NonNullable<ViteUserConfig["test"]>["reporters"]>;
