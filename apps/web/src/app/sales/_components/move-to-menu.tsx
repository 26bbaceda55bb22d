"use client";

import {
  Button,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@aizalo/ui";
import { STAGE_LABELS, STAGES, type Stage } from "./formatting";

/**
 * Moving a lead without dragging: from the keyboard, a screen reader or a phone. Radix gives
 * the menu its arrow keys and focus return.
 */
export function MoveToMenu({
  businessName,
  stage,
  onMove,
}: {
  businessName: string;
  stage: Stage;
  onMove: (stage: Stage) => void;
}) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Move ${businessName} to…`}>
          Move to…
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>Move to</DropdownMenuLabel>
        {STAGES.filter((target) => target !== stage).map((target) => (
          <DropdownMenuItem key={target} onSelect={() => onMove(target)}>
            {STAGE_LABELS[target]}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
