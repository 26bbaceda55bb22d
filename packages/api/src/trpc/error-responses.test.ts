import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ConflictError, ValidationError } from "../errors";
import { createApiWorld, type ApiWorld, type PersonName } from "../testing/api-world";
import { router } from "./init";
import { publicProcedure, tenantWriteProcedure } from "./procedures";
import { transformer } from "./transformer";

// What a browser gets back over HTTP: the formatter only runs on the wire.
const testRouter = router({
  addCustomer: tenantWriteProcedure
    .input(z.object({ phone: z.string().regex(/^\+254\d{9}$/), firstName: z.string().min(1) }))
    .mutation(() => "added"),
  bookRoom: tenantWriteProcedure.mutation(() => {
    throw new ValidationError("Check the dates", { checkOut: ["Check-out must follow check-in"] });
  }),
  claimSubdomain: tenantWriteProcedure.mutation(() => {
    throw new ConflictError("That subdomain is taken");
  }),
  crash: publicProcedure.query(() => {
    throw new Error("connect ECONNREFUSED postgres://aizalo_app:s3cret@10.0.0.5/aizalo");
  }),
});

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(async () => {
  await world?.close();
});

async function call(person: PersonName, path: string, input?: unknown, method = "POST") {
  const url = new URL(`http://localhost/api/trpc/${path}`);
  if (method === "GET") url.searchParams.set("input", JSON.stringify(transformer.serialize(input)));
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(url, {
      method,
      headers: { "content-type": "application/json" },
      ...(method === "POST" && { body: JSON.stringify(transformer.serialize(input)) }),
    }),
    router: testRouter,
    createContext: () => world.contextFor(person),
  });
  const text = await response.text();
  return { status: response.status, text, error: JSON.parse(text).error.json };
}

describe("errors a client sees", () => {
  it("invalid input comes back 400 with messages per field, for forms", async () => {
    const { status, error } = await call("tenant staff", "addCustomer", {
      phone: "0712",
      firstName: "",
    });
    expect(status).toBe(400);
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Please correct the highlighted fields");
    expect(Object.keys(error.data.validation.fieldErrors).sort()).toEqual(["firstName", "phone"]);
    expect(error.data.validation.fieldErrors.phone).toEqual([expect.any(String)]);
  });

  it("a service's ValidationError comes back the same way, with its own message", async () => {
    const { status, error } = await call("tenant staff", "bookRoom");
    expect(status).toBe(400);
    expect(error.message).toBe("Check the dates");
    expect(error.data.validation).toEqual({
      formErrors: ["Check the dates"],
      fieldErrors: { checkOut: ["Check-out must follow check-in"] },
    });
  });

  it("domain errors map to their code", async () => {
    const { status, error } = await call("tenant admin", "claimSubdomain");
    expect(status).toBe(409);
    expect(error).toMatchObject({ message: "That subdomain is taken", data: { code: "CONFLICT" } });
  });

  it("an unexpected error is a bare 500: no message, no stack, nothing internal", async () => {
    const { status, text, error } = await call("anonymous", "crash", undefined, "GET");
    expect(status).toBe(500);
    expect(error.message).toBe("Something went wrong");
    expect(error.data.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.data).not.toHaveProperty("stack");
    expect(text).not.toMatch(/s3cret|ECONNREFUSED|at .*\.ts/);
  });

  it("a wrong role gets 403 and no session gets 401", async () => {
    expect((await call("tenant viewer", "claimSubdomain")).status).toBe(403);
    expect((await call("anonymous", "claimSubdomain")).status).toBe(401);
  });
});
