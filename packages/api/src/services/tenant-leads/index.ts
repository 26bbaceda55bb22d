export * from "./lead-fields";
export * from "./lead-view";
export * from "./leads";
