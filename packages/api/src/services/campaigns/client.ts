// What the web app's client components may import: no database, no server code.
export * from "./campaign-words";
export * from "./message-variables";
export * from "./sms-length";
export * from "./campaign-status";
