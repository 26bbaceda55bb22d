"use client";

import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { toast, type FlattenedErrors } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";

/**
 * What every settings form does after a save: field errors from the API under the fields, a
 * toast on success, and the page's settings read again.
 */
export function useSaveFeedback(savedMessage: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  return {
    errors,
    onSuccess: () => {
      setErrors(null);
      toast.success(savedMessage);
      return queryClient.invalidateQueries(trpc.tenant.settings.get.queryFilter());
    },
    onError: (error: { message: string; data?: { validation?: FlattenedErrors | null } | null }) =>
      setErrors(error.data?.validation ?? { formErrors: [error.message], fieldErrors: {} }),
  };
}
