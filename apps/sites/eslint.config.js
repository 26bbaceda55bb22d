import nextjs from "@aizalo/eslint-config/nextjs";

export default nextjs;
