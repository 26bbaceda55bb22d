// The business's own settings (the workspace's Settings page): profile, hours, languages, AI
// tone and notifications. Validation schemas sit beside the services that store them.
export * from "./setting-schemas";
export { readBusinessProfile, updateBusinessProfile } from "./business-profile";
export {
  readWorkspaceSettings,
  saveAiTone,
  saveBusinessHours,
  saveLanguages,
  saveNotifications,
} from "./workspace-settings";
