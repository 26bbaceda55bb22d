export * from "./calendar";
export * from "./dashboard";
export * from "./lead-conversion";
export * from "./recent-activity";
export * from "./report";
