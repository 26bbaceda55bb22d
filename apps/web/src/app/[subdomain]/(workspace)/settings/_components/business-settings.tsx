"use client";

import { useQuery } from "@tanstack/react-query";
import { Skeleton } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { AiToneForm } from "./ai-tone-form";
import { HoursForm } from "./hours-form";
import { LanguagesForm } from "./languages-form";
import { NotificationsForm } from "./notifications-form";
import { ProfileForm } from "./profile-form";

/** The Business tab: each part saves on its own, so one mistake never loses the others. */
export function BusinessSettings() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.tenant.settings.get.queryOptions());
  if (settings.isPending) return <Skeleton className="h-96 w-full" />;
  if (settings.isError) {
    return (
      <p role="alert" className="text-sm text-danger">
        Settings could not be loaded: {settings.error.message}
      </p>
    );
  }
  const data = settings.data;
  return (
    <div className="grid min-w-0 gap-6 lg:grid-cols-2">
      {data.canEdit || data.canEditProfile ? null : (
        <p className="text-sm text-muted-foreground lg:col-span-2">
          You can see these settings; an owner or admin can change them.
        </p>
      )}
      <div className="lg:col-span-2">
        <ProfileForm profile={data.profile} editable={data.canEditProfile} />
      </div>
      <HoursForm hours={data.hours} editable={data.canEdit} />
      <div className="flex min-w-0 flex-col gap-6">
        <LanguagesForm languages={data.languages} editable={data.canEdit} />
        <AiToneForm aiTone={data.aiTone} editable={data.canEdit} />
      </div>
      <div className="lg:col-span-2">
        <NotificationsForm notifications={data.notifications} editable={data.canEdit} />
      </div>
    </div>
  );
}
