import type { ScopedDb } from "@aizalo/db";
import { NotFoundError, ValidationError } from "../../errors";

export interface TerritoryFields {
  name: string;
  city: string;
  /** An active sales rep, or null for none. */
  assignedTo: string | null;
}

export async function listTerritories(db: ScopedDb) {
  return db.salesTerritory.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      city: true,
      assignedTo: true,
      assignedToUser: { select: { fullName: true } },
      _count: { select: { salesLeads: { where: { deletedAt: null } } } },
    },
  });
}

async function checkFields(db: ScopedDb, fields: TerritoryFields, exceptId: string | null) {
  const clash = await db.salesTerritory.findFirst({
    where: { name: fields.name, ...(exceptId && { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (clash) {
    throw new ValidationError("A territory with this name exists.", {
      name: ["A territory with this name exists."],
    });
  }
  if (fields.assignedTo) {
    const rep = await db.platformUser.findFirst({
      where: { id: fields.assignedTo, role: "sales", isActive: true, deletedAt: null },
      select: { id: true },
    });
    if (!rep) {
      throw new ValidationError("Choose an active sales rep.", {
        assignedTo: ["Choose an active sales rep."],
      });
    }
  }
}

export async function createTerritory(db: ScopedDb, fields: TerritoryFields) {
  await checkFields(db, fields, null);
  return db.salesTerritory.create({ data: fields, select: { id: true } });
}

export async function updateTerritory(db: ScopedDb, id: string, fields: TerritoryFields) {
  const existing = await db.salesTerritory.findFirst({ where: { id }, select: { id: true } });
  if (!existing) throw new NotFoundError("Territory");
  await checkFields(db, fields, id);
  return db.salesTerritory.update({ where: { id }, data: fields, select: { id: true } });
}
