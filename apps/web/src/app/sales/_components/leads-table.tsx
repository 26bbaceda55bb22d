import Link from "next/link";
import { Badge, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@aizalo/ui";
import type { LeadInList } from "./api-types";
import { formatDate, formatKes, STAGE_LABELS, STAGE_TONES } from "./formatting";
import { leadHref } from "./lead-card";

/** The pipeline as a list: every lead on one line, newest activity first. */
export function LeadsTable({ leads }: { leads: LeadInList[] }) {
  return (
    <Table label="Leads">
      <TableHeader>
        <TableRow>
          <TableHead>Business</TableHead>
          <TableHead>Stage</TableHead>
          <TableHead className="text-right">Monthly value</TableHead>
          <TableHead>Next action</TableHead>
          <TableHead>Follow up</TableHead>
          <TableHead>Territory</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {leads.map((lead) => (
          <TableRow key={lead.id}>
            <TableCell>
              <Link href={leadHref(lead.id)} className="font-medium hover:underline">
                {lead.businessName}
              </Link>
              <div className="text-xs text-muted-foreground">{lead.contactName ?? lead.phone}</div>
            </TableCell>
            <TableCell>
              <Badge tone={STAGE_TONES[lead.stage]}>{STAGE_LABELS[lead.stage]}</Badge>
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatKes(lead.value)}</TableCell>
            <TableCell>{lead.nextAction ?? "—"}</TableCell>
            <TableCell>{formatDate(lead.followUpAt)}</TableCell>
            <TableCell>
              {lead.territory?.name ?? "—"}
              {!lead.isMine ? (
                <div className="text-xs text-muted-foreground">Unassigned</div>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
