// Global setup of the integration project: one throwaway server and a migrated template database for the run.
import type { TestProject } from "vitest/node";
import { createTemplate, startTestServer } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  await createTemplate(server.adminUrl);
  project.provide("pgAdminUrl", server.adminUrl);
  return () => server.stop();
}
