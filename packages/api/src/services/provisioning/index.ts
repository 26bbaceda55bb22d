// Provisioning: turning a sales conversation into a working business (onboarding wizard,
// demo accounts), always as the `provisioning` system service acting for the rep.
export * from "./client-details";
export * from "./onboarding-sessions";
export { provisionClient, PROVISIONING_STEPS, type ProvisioningStep } from "./provision-client";
export { subdomainAvailability } from "./subdomain-availability";
export { templatesForIndustry } from "./website-templates";
export { createDemoAccount, createDemoInput, listDemoAccounts } from "./demo-account";
