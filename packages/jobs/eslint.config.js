import base from "@aizalo/eslint-config/base";

export default base;
