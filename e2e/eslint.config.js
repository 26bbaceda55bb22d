import base from "@aizalo/eslint-config/base";

export default [...base, { ignores: ["test-results/**", "logs/**"] }];
