import { Prisma, type ScopedDb } from "@aizalo/db";
import { NotFoundError, ValidationError } from "../../errors";
import {
  LEAD_STAGES,
  listLeadsInput,
  OPEN_STAGES,
  type LeadFields,
  type LeadStage,
  type ListLeadsInput,
} from "./lead-fields";
import { leadSelect, leadView } from "./lead-view";

/** Each column of the board shows this many leads, soonest follow-up first. */
export const BOARD_COLUMN_SIZE = 50;

function leadWhere(
  query: ReturnType<typeof listLeadsInput.parse>,
  now: Date,
): Prisma.LeadWhereInput {
  const and: Prisma.LeadWhereInput[] = [];
  if (query.stage) and.push({ stage: query.stage });
  if (query.assignedTo) and.push({ assignedTo: query.assignedTo });
  if (query.overdueOnly) {
    and.push({ stage: { in: [...OPEN_STAGES] }, followUpAt: { lt: now } });
  }
  const search = query.search?.trim();
  if (search) {
    and.push({
      OR: [
        { contactName: { contains: search, mode: "insensitive" } },
        { email: { contains: search, mode: "insensitive" } },
        { phone: { contains: search.replace(/\D/g, "").replace(/^0/, "") || search } },
      ],
    });
  }
  return and.length > 0 ? { AND: and } : {};
}

export async function listLeads(db: ScopedDb, input: ListLeadsInput, now = new Date()) {
  const query = listLeadsInput.parse(input);
  const where = leadWhere(query, now);
  const orderBy: Prisma.LeadOrderByWithRelationInput[] = [
    query.sort === "followUpAt"
      ? { followUpAt: { sort: query.direction, nulls: "last" } }
      : query.sort === "value"
        ? { value: { sort: query.direction, nulls: "last" } }
        : { [query.sort]: query.direction },
    { id: query.direction },
  ];
  const [tenant, total, rows] = await Promise.all([
    db.tenant.findFirst({ select: { currency: true } }),
    db.lead.count({ where }),
    db.lead.findMany({
      where,
      orderBy,
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: leadSelect,
    }),
  ]);
  return {
    rows: rows.map((row) => leadView(row, now)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    currency: tenant?.currency ?? "KES",
  };
}

/** The pipeline: one column per stage with its count, value and first leads. */
export async function leadBoard(db: ScopedDb, assignedTo?: string, now = new Date()) {
  const where: Prisma.LeadWhereInput = assignedTo ? { assignedTo } : {};
  const [tenant, totals, columns] = await Promise.all([
    db.tenant.findFirst({ select: { currency: true } }),
    db.lead.groupBy({ by: ["stage"], where, _count: { _all: true }, _sum: { value: true } }),
    Promise.all(
      LEAD_STAGES.map((stage) =>
        db.lead.findMany({
          where: { ...where, stage },
          orderBy:
            stage === "won" || stage === "lost"
              ? [{ updatedAt: "desc" }, { id: "desc" }]
              : [{ followUpAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
          take: BOARD_COLUMN_SIZE,
          select: leadSelect,
        }),
      ),
    ),
  ]);
  return {
    currency: tenant?.currency ?? "KES",
    columns: LEAD_STAGES.map((stage, index) => {
      const total = totals.find((row) => row.stage === stage);
      return {
        stage,
        count: total?._count._all ?? 0,
        value: total?._sum.value?.toFixed(2) ?? "0.00",
        leads: (columns[index] ?? []).map((row) => leadView(row, now)),
      };
    }),
  };
}

export async function getLead(db: ScopedDb, id: string) {
  const row = await db.lead.findFirst({ where: { id }, select: leadSelect });
  if (!row) throw new NotFoundError("Lead");
  return leadView(row);
}

/** Team members a lead can be assigned to (active users of this business). */
export async function leadAssignees(db: ScopedDb) {
  return db.tenantUser.findMany({
    where: { isActive: true },
    orderBy: { fullName: "asc" },
    select: { id: true, fullName: true, role: true },
  });
}

/** The assignee and the customer must be this business's: checked here, so the form says so. */
async function checkReferences(db: ScopedDb, fields: Partial<LeadFields>) {
  if (fields.assignedTo) {
    const user = await db.tenantUser.findFirst({
      where: { id: fields.assignedTo, isActive: true },
      select: { id: true },
    });
    if (!user) {
      throw new ValidationError("Choose a member of your team.", {
        assignedTo: ["Choose a member of your team."],
      });
    }
  }
  if (fields.customerId) {
    const customer = await db.customer.findFirst({
      where: { id: fields.customerId },
      select: { id: true },
    });
    if (!customer) {
      throw new ValidationError("That customer was not found.", {
        customerId: ["That customer was not found."],
      });
    }
  }
}

function dataOf(fields: Partial<LeadFields>) {
  return {
    ...(fields.contactName !== undefined && { contactName: fields.contactName }),
    ...(fields.phone !== undefined && { phone: fields.phone }),
    ...(fields.email !== undefined && { email: fields.email }),
    ...(fields.customerId !== undefined && { customerId: fields.customerId }),
    ...(fields.score !== undefined && { score: fields.score }),
    ...(fields.value !== undefined && {
      value: fields.value === null ? null : new Prisma.Decimal(fields.value),
    }),
    ...(fields.probability !== undefined && {
      probability:
        fields.probability === null ? null : new Prisma.Decimal(fields.probability).div(100),
    }),
    ...(fields.assignedTo !== undefined && { assignedTo: fields.assignedTo }),
    ...(fields.followUpAt !== undefined && { followUpAt: fields.followUpAt }),
    ...(fields.notes !== undefined && { notes: fields.notes }),
  };
}

export async function createLead(db: ScopedDb, fields: LeadFields & { stage: LeadStage }) {
  await checkReferences(db, fields);
  const row = await db.lead.create({
    data: { ...dataOf(fields), stage: fields.stage },
    select: leadSelect,
  });
  return leadView(row);
}

export async function updateLead(db: ScopedDb, id: string, fields: Partial<LeadFields>) {
  const current = await db.lead.findFirst({ where: { id }, select: { id: true } });
  if (!current) throw new NotFoundError("Lead");
  await checkReferences(db, fields);
  const row = await db.lead.update({ where: { id }, data: dataOf(fields), select: leadSelect });
  return leadView(row);
}

/**
 * Moves a lead along the pipeline. Won records the conversion value (the lead's value unless
 * given) and the date; leaving won clears the date, so revenue counts each sale once.
 */
export async function moveLead(
  db: ScopedDb,
  input: {
    id: string;
    stage: LeadStage;
    conversionValue?: string | null;
    convertedAt?: Date | null;
    lostReason?: string | null;
  },
) {
  const current = await db.lead.findFirst({
    where: { id: input.id },
    select: { id: true, stage: true, value: true },
  });
  if (!current) throw new NotFoundError("Lead");
  const data: Prisma.LeadUpdateInput = { stage: input.stage };
  if (input.stage === "won") {
    const value = input.conversionValue ?? current.value?.toFixed(2) ?? null;
    if (value === null) {
      throw new ValidationError("Enter what the sale was worth.", {
        conversionValue: ["Enter what the sale was worth."],
      });
    }
    data.value = new Prisma.Decimal(value);
    data.convertedAt = input.convertedAt ?? new Date();
    data.probability = new Prisma.Decimal(1);
    data.lostReason = null;
  } else {
    data.convertedAt = null;
    if (input.stage === "lost") {
      data.lostReason = input.lostReason ?? null;
      data.probability = new Prisma.Decimal(0);
    } else {
      data.lostReason = null;
    }
  }
  const row = await db.lead.update({ where: { id: input.id }, data, select: leadSelect });
  return { lead: leadView(row), from: current.stage };
}
